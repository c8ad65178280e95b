-- Compliance: more than one supplement request while processing one dossier
-- (everything missing must be asked at once), the last of them in the period.
-- Columns: dossier id, outcome id (0), code, unit, applicant, at, requests.
-- Binds: start, end, {{unit}} values. Fragment: {{unit}} over d.
SELECT d.id, 0, d.code, u.name, d.applicant_name, s.last_at, s.n
FROM (SELECT e.dossier_id, count(*) AS n, max(e.at) AS last_at
      FROM dossier_events e
      WHERE e.kind = 'supplement'
      GROUP BY e.dossier_id
      HAVING count(*) > 1 AND max(e.at) >= ? AND max(e.at) < ?) s
JOIN dossiers d ON d.id = s.dossier_id
JOIN units u ON u.id = d.receiving_unit_id
WHERE {{unit}}
ORDER BY s.last_at
