-- Report form II.06a (tình hình giải quyết hồ sơ) for the receiving units
-- and a period: one row per sector of the procedures, then the total
-- (GROUPING(sector) = 1).
-- The dossiers the report touches, each once: received in the period;
-- received before it and finished in or after it (the finished-at index);
-- received before it and still open (the open-due index, and
-- dossiers_paused_idx).
-- At the end of the period, or now if that comes first, an unfinished
-- dossier is overdue when its due minute has passed; a paused one is in
-- time.
-- Columns: GROUPING(sector), sector, then the eleven figures of the form.
-- Binds: {{units}} values, start, end; {{units}} values, start, start;
-- {{units}} values, start; {{units}} values, start; then start, end, end,
-- start, start, start, start, end, end.
-- Fragment: {{units}} over u.
WITH d AS (
    SELECT d.* FROM units u JOIN dossiers d ON d.receiving_unit_id = u.id
    WHERE {{units}} AND d.received_at >= ? AND d.received_at < ?
    UNION ALL
    SELECT d.* FROM dossiers d JOIN units u ON u.id = d.receiving_unit_id
    WHERE {{units}} AND d.finished_at >= ? AND d.received_at < ?
    UNION ALL
    SELECT d.* FROM dossiers d JOIN units u ON u.id = d.receiving_unit_id
    WHERE {{units}} AND d.finished_at IS NULL AND d.paused_since IS NULL
      AND d.received_at < ?
    UNION ALL
    SELECT d.* FROM dossiers d JOIN units u ON u.id = d.receiving_unit_id
    WHERE {{units}} AND d.finished_at IS NULL AND d.paused_since IS NOT NULL
      AND d.received_at < ?),
x AS (
    SELECT p.sector, d.channel, d.received_at, d.finished_at, d.due_at, d.state,
           d.paused_since,
           CASE WHEN d.finished_at >= ? AND d.finished_at < ?
                THEN motcua_finish_timeliness(d.due_at, d.finished_at, d.state) END
               AS resolved,
           (d.finished_at IS NULL OR d.finished_at >= ?) AS open_at_end
    FROM d JOIN procedures p ON p.id = d.procedure_id)
SELECT GROUPING(sector), sector,
       count(*) FILTER (WHERE received_at >= ?),
       count(*) FILTER (WHERE received_at >= ? AND channel = 'online'),
       count(*) FILTER (WHERE received_at >= ? AND channel <> 'online'),
       count(*) FILTER (WHERE received_at < ?),
       count(resolved),
       count(*) FILTER (WHERE resolved = 'early'),
       count(*) FILTER (WHERE resolved = 'on_time'),
       count(*) FILTER (WHERE resolved = 'late'),
       count(*) FILTER (WHERE open_at_end),
       count(*) FILTER (WHERE open_at_end
                          AND NOT (paused_since IS NOT NULL AND paused_since < ?)
                          AND due_at < date_trunc('minute', least(?, now())))
FROM x
GROUP BY GROUPING SETS ((sector), ())
ORDER BY GROUPING(sector), sector
