-- Unfinished dossiers past their due minute now, per scorecard entry: the
-- condition of dossiers_open_due_idx, an index-only range scan of the open
-- dossiers due before this minute.
-- Binds: {{where}} values. Fragments: {{keys}}, {{where}} over
-- receiving_unit_id, coalesce(counter_id, 0), received_by.
SELECT {{keys}}, count(*)
FROM dossiers
WHERE finished_at IS NULL AND paused_since IS NULL
  AND due_at < date_trunc('minute', now()) AND {{where}}
GROUP BY 1, 2, 3
