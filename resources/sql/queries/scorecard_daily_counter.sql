-- One counter's (or its clerks') figures per day of a period, for the chart:
-- few enough rows to add up directly.
-- Binds: from, to, {{where}} values. Fragment: {{where}}.
SELECT day,
       sum(received_in_person + received_post + received_online)::bigint,
       sum(resolved_early + resolved_on_time + resolved_late)::bigint,
       sum(resolved_early + resolved_on_time)::bigint
FROM scorecard_days
WHERE day >= ? AND day <= ? AND {{where}}
GROUP BY day
