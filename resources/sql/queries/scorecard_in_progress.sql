-- In progress now per scorecard entry: everything received minus everything
-- resolved, of all time. The months before the mark, and the days from it
-- on. The bound 'infinity' makes the days' condition a range, which the
-- planner estimates as narrow (0.5 %) although it cannot know the mark;
-- alone, `day >= mark` is taken for a third of the table and read by a
-- sequential scan (about 30 ms at 1 M dossiers instead of 3).
-- Binds: {{where}} values. Fragments: {{keys}}, {{where}} over unit_id,
-- counter_id, clerk.
SELECT {{keys}},
       sum(received_in_person + received_post + received_online
           - resolved_early - resolved_on_time - resolved_late)::bigint
FROM (
    SELECT unit_id, counter_id, clerk, received_in_person, received_post, received_online,
           resolved_early, resolved_on_time, resolved_late
    FROM scorecard_months WHERE day < (SELECT months_before FROM scorecard_rollup)
    UNION ALL
    SELECT unit_id, counter_id, clerk, received_in_person, received_post, received_online,
           resolved_early, resolved_on_time, resolved_late
    FROM scorecard_days
    WHERE day >= (SELECT months_before FROM scorecard_rollup) AND day < 'infinity'
) AS s
WHERE {{where}}
GROUP BY 1, 2, 3
