-- Rebuilds the scorecard bookkeeping of migration 0007 from the dossiers,
-- their events, the counter outcomes and the ratings: after a restore, a
-- repair, or for the history of a database that existed before 0007. One
-- set-based pass over each source (no per-row loops), with exactly the
-- attribution of the triggers:
--   receipts     received_at day, receiving unit, counter, clerk, channel,
--                service time; first visit = no supplement request or refusal
--                for the same applicant (ID or tax code) and procedure before
--   resolutions  finished_at day, timeliness by motcua_finish_timeliness
--   supplements  while processing: each event into awaiting_supplement, on its
--                day, for the dossier's receiving unit, counter and clerk
--   outcomes     supplement requests and refusals at the counter
--   ratings      the unit (or the dossier's unit), counter and clerk rated

-- Report II.06a finds the dossiers finished in or after a period and the
-- paused ones through these (open dossiers not paused are in
-- dossiers_open_due_idx). Both leave out a newly received dossier, so the
-- intake pays nothing for them.
CREATE INDEX dossiers_finished_at_idx ON dossiers (finished_at) WHERE finished_at IS NOT NULL;
CREATE INDEX dossiers_paused_idx ON dossiers (receiving_unit_id)
    WHERE paused_since IS NOT NULL AND finished_at IS NULL;
-- Extensions, supplement requests and stops, for the compliance review.
CREATE INDEX dossier_events_review_idx ON dossier_events (kind, at)
    WHERE kind IN ('extended', 'supplement', 'stopped');

CREATE FUNCTION motcua_scorecard_rebuild() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- No trigger adds to the tables while they are rebuilt; a receipt that
    -- committed before the lock is seen by the statements below.
    LOCK TABLE scorecard_days, scorecard_months IN SHARE ROW EXCLUSIVE MODE;
    DELETE FROM scorecard_months;
    DELETE FROM scorecard_days;

    INSERT INTO scorecard_days
    WITH first_by_id AS (
        SELECT applicant_id_number AS who, procedure_id, min(at) AS first_at
        FROM intake_outcomes WHERE applicant_id_number IS NOT NULL
        GROUP BY 1, 2
    ), first_by_tax AS (
        SELECT applicant_tax_code AS who, procedure_id, min(at) AS first_at
        FROM intake_outcomes WHERE applicant_tax_code IS NOT NULL
        GROUP BY 1, 2
    ), src AS (
        -- Receipts.
        SELECT (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day,
               d.receiving_unit_id AS unit_id, coalesce(d.counter_id, 0) AS counter_id,
               d.received_by AS clerk,
               (d.channel = 'in_person')::integer AS rip, (d.channel = 'post')::integer AS rpost,
               (d.channel = 'online')::integer AS ronline,
               (coalesce(fi.first_at >= d.received_at, true)
                AND coalesce(ft.first_at >= d.received_at, true))::integer AS rfirst,
               0 AS re, 0 AS rot, 0 AS rl, 0 AS sup, 0 AS ref, 0 AS rvs, 0 AS rs, 0 AS ru,
               CASE WHEN d.service_seconds IS NOT NULL
                    THEN motcua_service_bucket(d.service_seconds) END AS bucket
        FROM dossiers d
        LEFT JOIN first_by_id fi
               ON fi.who = d.applicant_id_number AND fi.procedure_id = d.procedure_id
        LEFT JOIN first_by_tax ft
               ON ft.who = d.applicant_tax_code AND ft.procedure_id = d.procedure_id
        UNION ALL
        -- Resolutions.
        SELECT (d.finished_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
               d.receiving_unit_id, coalesce(d.counter_id, 0), d.received_by,
               0, 0, 0, 0, (t = 'early')::integer, (t = 'on_time')::integer, (t = 'late')::integer,
               0, 0, 0, 0, 0, NULL
        FROM dossiers d,
             LATERAL motcua_finish_timeliness(d.due_at, d.finished_at, d.state) AS t
        WHERE d.finished_at IS NOT NULL
        UNION ALL
        -- Supplement requests while processing (the clock stops).
        SELECT (e.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
               d.receiving_unit_id, coalesce(d.counter_id, 0), d.received_by,
               0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, NULL
        FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
        WHERE e.to_state = 'awaiting_supplement'
          AND e.from_state IS DISTINCT FROM 'awaiting_supplement'
        UNION ALL
        -- Supplement requests (Mẫu 02) and refusals (Mẫu 03) at the counter.
        SELECT (o.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
               o.unit_id, coalesce(o.counter_id, 0), o.clerk,
               0, 0, 0, 0, 0, 0, 0,
               (o.kind = 'supplement_requested')::integer, (o.kind = 'refused')::integer,
               0, 0, 0,
               CASE WHEN o.service_seconds IS NOT NULL
                    THEN motcua_service_bucket(o.service_seconds) END
        FROM intake_outcomes o
        UNION ALL
        -- Ratings.
        SELECT (r.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
               coalesce(r.unit_id, d.receiving_unit_id), coalesce(r.counter_id, 0), r.staff,
               0, 0, 0, 0, 0, 0, 0, 0, 0,
               (r.level = 'very_satisfied')::integer, (r.level = 'satisfied')::integer,
               (r.level = 'unsatisfied')::integer, NULL
        FROM ratings r JOIN dossiers d ON d.id = r.dossier_id
    )
    SELECT day, unit_id, counter_id, clerk,
           sum(rip)::integer, sum(rpost)::integer, sum(ronline)::integer, sum(rfirst)::integer,
           sum(re)::integer, sum(rot)::integer, sum(rl)::integer,
           sum(sup)::integer, sum(ref)::integer,
           sum(rvs)::integer, sum(rs)::integer, sum(ru)::integer,
           ARRAY[count(*) FILTER (WHERE bucket = 1)::integer,
                 count(*) FILTER (WHERE bucket = 2)::integer,
                 count(*) FILTER (WHERE bucket = 3)::integer,
                 count(*) FILTER (WHERE bucket = 4)::integer,
                 count(*) FILTER (WHERE bucket = 5)::integer,
                 count(*) FILTER (WHERE bucket = 6)::integer,
                 count(*) FILTER (WHERE bucket = 7)::integer,
                 count(*) FILTER (WHERE bucket = 8)::integer,
                 count(*) FILTER (WHERE bucket = 9)::integer,
                 count(*) FILTER (WHERE bucket = 10)::integer,
                 count(*) FILTER (WHERE bucket = 11)::integer,
                 count(*) FILTER (WHERE bucket = 12)::integer,
                 count(*) FILTER (WHERE bucket = 13)::integer,
                 count(*) FILTER (WHERE bucket = 14)::integer,
                 count(*) FILTER (WHERE bucket = 15)::integer,
                 count(*) FILTER (WHERE bucket = 16)::integer,
                 count(*) FILTER (WHERE bucket = 17)::integer,
                 count(*) FILTER (WHERE bucket = 18)::integer,
                 count(*) FILTER (WHERE bucket = 19)::integer,
                 count(*) FILTER (WHERE bucket = 20)::integer,
                 count(*) FILTER (WHERE bucket = 21)::integer,
                 count(*) FILTER (WHERE bucket = 22)::integer,
                 count(*) FILTER (WHERE bucket = 23)::integer,
                 count(*) FILTER (WHERE bucket = 24)::integer]
    FROM src
    GROUP BY day, unit_id, counter_id, clerk;

    INSERT INTO scorecard_months
    SELECT date_trunc('month', day)::date, unit_id, counter_id, clerk,
           sum(received_in_person)::integer, sum(received_post)::integer,
           sum(received_online)::integer, sum(received_first_visit)::integer,
           sum(resolved_early)::integer, sum(resolved_on_time)::integer,
           sum(resolved_late)::integer, sum(supplement_requests)::integer,
           sum(refusals)::integer, sum(rated_very_satisfied)::integer,
           sum(rated_satisfied)::integer, sum(rated_unsatisfied)::integer,
           ARRAY[sum(service_hist[1])::integer, sum(service_hist[2])::integer, sum(service_hist[3])::integer, sum(service_hist[4])::integer, sum(service_hist[5])::integer, sum(service_hist[6])::integer, sum(service_hist[7])::integer, sum(service_hist[8])::integer, sum(service_hist[9])::integer, sum(service_hist[10])::integer, sum(service_hist[11])::integer, sum(service_hist[12])::integer, sum(service_hist[13])::integer, sum(service_hist[14])::integer, sum(service_hist[15])::integer, sum(service_hist[16])::integer, sum(service_hist[17])::integer, sum(service_hist[18])::integer, sum(service_hist[19])::integer, sum(service_hist[20])::integer, sum(service_hist[21])::integer, sum(service_hist[22])::integer, sum(service_hist[23])::integer, sum(service_hist[24])::integer]
    FROM scorecard_days
    GROUP BY 1, 2, 3, 4;
END
$$;
REVOKE EXECUTE ON FUNCTION motcua_scorecard_rebuild() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION motcua_scorecard_rebuild() TO motcua_admin;

-- Existing databases get their history.
SELECT motcua_scorecard_rebuild();
