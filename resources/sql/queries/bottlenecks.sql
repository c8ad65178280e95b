-- Bottlenecks: the time dossiers received in the period spent in each state,
-- grouped by procedure or by processing department. Received in the period:
-- per receiving unit through dossiers_unit_received_idx. A state lasts from
-- the event that entered it to the next change of state; the current state
-- of an unfinished dossier lasts until now.
-- Columns: group id, group label, state, dossiers, median hours, 90th
-- percentile hours, share of the group's finished dossiers that were late.
-- Binds: start, end. Fragments: {{group_id}} (a column of d),
-- {{group_label}} (of g), {{group_join}} (joins g on sp.gid).
WITH d AS MATERIALIZED (
    SELECT d.id, d.procedure_id, d.department_id, d.due_at, d.finished_at, d.state
    FROM units r JOIN dossiers d ON d.receiving_unit_id = r.id
    WHERE r.kind IN ('center', 'branch', 'local_team')
      AND d.received_at >= ? AND d.received_at < ?),
steps AS (
    SELECT e.dossier_id, e.to_state, e.at,
           lead(e.at) OVER (PARTITION BY e.dossier_id ORDER BY e.at, e.id) AS next_at
    FROM dossier_events e JOIN d ON d.id = e.dossier_id
    WHERE e.to_state IS NOT NULL AND e.from_state IS DISTINCT FROM e.to_state),
spans AS (
    SELECT {{group_id}} AS gid, s.to_state,
           extract(epoch FROM coalesce(s.next_at, now()) - s.at) / 3600.0 AS hours
    FROM steps s JOIN d ON d.id = s.dossier_id
    WHERE s.to_state NOT IN ('returned', 'stopped', 'withdrawn')
      AND (s.next_at IS NOT NULL OR d.finished_at IS NULL)),
late AS (
    SELECT {{group_id}} AS gid,
           avg(CAST(motcua_finish_timeliness(d.due_at, d.finished_at, d.state) = 'late'
                    AS integer)) AS share
    FROM d WHERE d.finished_at IS NOT NULL GROUP BY 1)
SELECT sp.gid, {{group_label}}, sp.to_state, count(*),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY sp.hours),
       percentile_cont(0.9) WITHIN GROUP (ORDER BY sp.hours),
       coalesce(max(l.share), 0)
FROM spans sp {{group_join}} LEFT JOIN late l ON l.gid = sp.gid
GROUP BY sp.gid, {{group_label}}, sp.to_state
ORDER BY percentile_cont(0.9) WITHIN GROUP (ORDER BY sp.hours) DESC, 2, 3
