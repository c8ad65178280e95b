-- Compliance: extensions granted in the period after the due date had passed.
-- Columns: dossier id, outcome id (0), code, unit, applicant, at (granted),
-- old due, new due.
-- Binds: start, end, {{unit}} values. Fragment: {{unit}} over d.
SELECT d.id, 0, d.code, u.name, d.applicant_name, e.at,
       CAST(e.data ->> 'old_due' AS timestamptz), CAST(e.data ->> 'new_due' AS timestamptz)
FROM dossier_events e
JOIN dossiers d ON d.id = e.dossier_id
JOIN units u ON u.id = d.receiving_unit_id
WHERE e.kind = 'extended' AND e.at >= ? AND e.at < ? AND {{unit}}
  AND coalesce(CAST(e.data ->> 'after_due' AS boolean),
               e.at > CAST(e.data ->> 'old_due' AS timestamptz))
ORDER BY e.at
