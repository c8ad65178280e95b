-- Compliance: supplement requests while processing, and stops, whose reason
-- says nothing (as compliance_blank_reason_counter.sql).
-- Columns: dossier id, outcome id (0), code, unit, applicant, at, event
-- kind, note.
-- Binds: start, end, {{unit}} values, phrases. Fragment: {{unit}} over d.
SELECT d.id, 0, d.code, u.name, d.applicant_name, e.at, e.kind, e.note
FROM dossier_events e
JOIN dossiers d ON d.id = e.dossier_id
JOIN units u ON u.id = d.receiving_unit_id
WHERE e.kind IN ('supplement', 'stopped')
  AND e.at >= ? AND e.at < ? AND {{unit}}
  AND (char_length(btrim(coalesce(e.note, ''))) < 10
       OR motcua_fold(regexp_replace(coalesce(e.note, ''), '[[:punct:]]', '', 'g'))
          = ANY (string_to_array(?, '|')))
ORDER BY e.at
