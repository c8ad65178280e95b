-- Compliance: at the counter, more than one supplement request for the same
-- applicant and procedure, the last of them in the period.
-- Columns: dossier id (0), outcome id, code (''), unit, applicant, at,
-- requests, procedure name.
-- Binds: start, end, {{unit}} values. Fragment: {{unit}} over o.
SELECT 0, o.id, '', u.name, o.applicant_name, o.at, s.n, p.name
FROM (SELECT coalesce(applicant_id_number, applicant_tax_code) AS who, procedure_id,
             count(*) AS n, max(id) AS last_id
      FROM intake_outcomes
      WHERE kind = 'supplement_requested'
        AND coalesce(applicant_id_number, applicant_tax_code) IS NOT NULL
      GROUP BY 1, 2
      HAVING count(*) > 1) s
JOIN intake_outcomes o ON o.id = s.last_id
JOIN units u ON u.id = o.unit_id
JOIN procedures p ON p.id = o.procedure_id
WHERE o.at >= ? AND o.at < ? AND {{unit}}
ORDER BY o.at
