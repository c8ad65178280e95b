-- The figures of each scorecard entry over a period: the whole calendar
-- months before the mark of migration 0014 from scorecard_months; the
-- partial months at either edge and the whole months from the mark on from
-- scorecard_days; in one statement, so that the mark read agrees with the
-- rows read. A period within no whole month binds firstWhole and
-- afterLastWhole both as the day after it: no month is read, and the days'
-- first range is the whole period.
-- Binds: firstWhole, afterLastWhole, {{where}} values; from, firstWhole,
-- firstWhole, afterLastWhole, to, {{where}} values.
-- Fragments: {{keys}} (unit, counter, clerk of the entry), {{where}}.
-- Columns: the key, the twelve counts in the order of ScorecardFigures, then
-- the service-time histograms as text (added up by the caller: taking 24
-- subscripts of every row costs the server more than the rest).
SELECT k_unit, k_counter, k_clerk,
       coalesce(sum(received_in_person), 0)::bigint, coalesce(sum(received_post), 0)::bigint,
       coalesce(sum(received_online), 0)::bigint, coalesce(sum(received_first_visit), 0)::bigint,
       coalesce(sum(resolved_early), 0)::bigint, coalesce(sum(resolved_on_time), 0)::bigint,
       coalesce(sum(resolved_late), 0)::bigint, coalesce(sum(supplement_requests), 0)::bigint,
       coalesce(sum(refusals), 0)::bigint, coalesce(sum(rated_very_satisfied), 0)::bigint,
       coalesce(sum(rated_satisfied), 0)::bigint, coalesce(sum(rated_unsatisfied), 0)::bigint,
       array_agg(service_hist)::text
FROM (
    SELECT {{keys}}, received_in_person, received_post, received_online, received_first_visit,
           resolved_early, resolved_on_time, resolved_late, supplement_requests, refusals,
           rated_very_satisfied, rated_satisfied, rated_unsatisfied, service_hist
    FROM scorecard_months
    WHERE day >= ? AND day < least(?, (SELECT months_before FROM scorecard_rollup)) AND {{where}}
    UNION ALL
    SELECT {{keys}}, received_in_person, received_post, received_online, received_first_visit,
           resolved_early, resolved_on_time, resolved_late, supplement_requests, refusals,
           rated_very_satisfied, rated_satisfied, rated_unsatisfied, service_hist
    FROM scorecard_days
    WHERE (day >= ? AND day < ?
           OR day >= least(greatest(?, (SELECT months_before FROM scorecard_rollup)), ?)
              AND day <= ?)
      AND {{where}}
) AS s (k_unit, k_counter, k_clerk, received_in_person, received_post, received_online,
        received_first_visit, resolved_early, resolved_on_time, resolved_late,
        supplement_requests, refusals, rated_very_satisfied, rated_satisfied, rated_unsatisfied,
        service_hist)
GROUP BY 1, 2, 3
