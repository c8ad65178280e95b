-- Compliance: results handed to somebody else without an authorisation: an
-- "authorised" handover with no authorisation written down, or an
-- "applicant" handover to a person whose ID is neither the applicant's nor
-- the representative's.
-- Columns: dossier id, outcome id (0), code, unit, applicant, at, channel,
-- collector's name, collector's ID.
-- Binds: start, end, {{unit}} values. Fragment: {{unit}} over d.
SELECT d.id, 0, d.code, u.name, d.applicant_name, h.at, h.channel,
       h.collector_name, h.collector_id_number
FROM handovers h
JOIN dossiers d ON d.id = h.dossier_id
JOIN units u ON u.id = d.receiving_unit_id
WHERE h.at >= ? AND h.at < ? AND {{unit}}
  AND ((h.channel = 'authorised'
        AND (btrim(h.authorisation) = '' OR btrim(h.collector_id_number) = ''))
       OR (h.channel = 'applicant' AND btrim(h.collector_id_number) <> ''
           AND h.collector_id_number IS DISTINCT FROM d.applicant_id_number
           AND h.collector_id_number <> d.representative_id_number))
ORDER BY h.at
