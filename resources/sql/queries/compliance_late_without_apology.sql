-- Compliance: finished late in the period, or unfinished and overdue now with
-- the due date before the end of the period, without an extension (which
-- carries the apology).
-- Columns: dossier id, outcome id (0), code, unit, applicant, at (finished,
-- or due), due, finished.
-- Binds: {{unit}} values, start, end, end. Fragment: {{unit}} over d.
SELECT d.id, 0, d.code, u.name, d.applicant_name, coalesce(d.finished_at, d.due_at),
       d.due_at, d.finished_at
FROM dossiers d
JOIN units u ON u.id = d.receiving_unit_id
WHERE {{unit}}
  AND ((d.finished_at >= ? AND d.finished_at < ?
        AND motcua_finish_timeliness(d.due_at, d.finished_at, d.state) = 'late')
       OR (d.finished_at IS NULL AND d.paused_since IS NULL
           AND d.due_at < date_trunc('minute', now()) AND d.due_at < ?))
  AND NOT EXISTS (SELECT FROM dossier_events e
                  WHERE e.dossier_id = d.id AND e.kind = 'extended')
ORDER BY 6
