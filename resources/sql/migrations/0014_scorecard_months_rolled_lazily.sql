-- The scorecard's months rolled up lazily. Every intake upserted two
-- bookkeeping rows, its day's and its month's, and the month's row of a busy
-- counter is the one every intake of the month updates (measured as
-- bookkeeping_ratio by motcua-bench scorecard). Now the writers add to the
-- day's row only, and whole days are added into months once, after the month
-- has ended:
--   scorecard_months  every month before scorecard_rollup.months_before
--                     (a first of the month), complete
--   scorecard_days    every day, as before; the only place for the days from
--                     months_before on
-- A writer adds to a month's row too when its day lies before the mark (a
-- late receipt from a counter's outbox, a resolution or rating dated in a
-- closed month). Readers take whole months before the mark from
-- scorecard_months and everything else from scorecard_days, reading the mark
-- in the same statement (app/data/scorecardrepository.cpp).
--
-- The race with the roll: a writer adds to its day's row first and reads the
-- mark after. The roll takes scorecard_days in SHARE mode, so it waits for
-- every writer that already added to a day (and holds back the next ones)
-- before it adds the days up and moves the mark: a writer either committed
-- before the roll adds up its day, or reads the new mark after the roll and
-- adds to the month itself.

CREATE TABLE scorecard_rollup (
    only_row        boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    months_before   date NOT NULL
        CHECK (months_before = date_trunc('month', months_before)::date)
);
INSERT INTO scorecard_rollup (months_before)
VALUES (date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date);
DELETE FROM scorecard_months WHERE day >= (SELECT months_before FROM scorecard_rollup);
GRANT SELECT ON scorecard_rollup TO motcua_staff;

-- The triggers' helper (0010): the day's row, then the month's row only for a
-- day before the mark.
CREATE OR REPLACE FUNCTION motcua_scorecard_bump(d scorecard_days, p_bucket integer) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    v_bucket integer := coalesce(p_bucket, 1);
    v_one    integer := (p_bucket IS NOT NULL)::integer;
BEGIN
    d.service_hist := array_fill(0, ARRAY[24]);
    d.service_hist[v_bucket] := v_one;
    INSERT INTO public.scorecard_days AS s SELECT (d).*
    ON CONFLICT (day, unit_id, counter_id, clerk) DO UPDATE SET
        received_in_person = s.received_in_person + excluded.received_in_person,
        received_post = s.received_post + excluded.received_post,
        received_online = s.received_online + excluded.received_online,
        received_first_visit = s.received_first_visit + excluded.received_first_visit,
        resolved_early = s.resolved_early + excluded.resolved_early,
        resolved_on_time = s.resolved_on_time + excluded.resolved_on_time,
        resolved_late = s.resolved_late + excluded.resolved_late,
        supplement_requests = s.supplement_requests + excluded.supplement_requests,
        refusals = s.refusals + excluded.refusals,
        rated_very_satisfied = s.rated_very_satisfied + excluded.rated_very_satisfied,
        rated_satisfied = s.rated_satisfied + excluded.rated_satisfied,
        rated_unsatisfied = s.rated_unsatisfied + excluded.rated_unsatisfied,
        service_hist[v_bucket] = s.service_hist[v_bucket] + v_one;
    -- After the day's row, never before: see the race above.
    IF d.day < (SELECT r.months_before FROM public.scorecard_rollup r) THEN
        d.day := date_trunc('month', d.day)::date;
        INSERT INTO public.scorecard_months AS s SELECT (d).*
        ON CONFLICT (day, unit_id, counter_id, clerk) DO UPDATE SET
            received_in_person = s.received_in_person + excluded.received_in_person,
            received_post = s.received_post + excluded.received_post,
            received_online = s.received_online + excluded.received_online,
            received_first_visit = s.received_first_visit + excluded.received_first_visit,
            resolved_early = s.resolved_early + excluded.resolved_early,
            resolved_on_time = s.resolved_on_time + excluded.resolved_on_time,
            resolved_late = s.resolved_late + excluded.resolved_late,
            supplement_requests = s.supplement_requests + excluded.supplement_requests,
            refusals = s.refusals + excluded.refusals,
            rated_very_satisfied = s.rated_very_satisfied + excluded.rated_very_satisfied,
            rated_satisfied = s.rated_satisfied + excluded.rated_satisfied,
            rated_unsatisfied = s.rated_unsatisfied + excluded.rated_unsatisfied,
            service_hist[v_bucket] = s.service_hist[v_bucket] + v_one;
    END IF;
END
$$;
REVOKE EXECUTE ON FUNCTION motcua_scorecard_bump(scorecard_days, integer) FROM PUBLIC;

-- motcua_receive (0011) still writes both rows until migration 0015 rewrites
-- its block; the migrations run one after the other, and a month row it adds
-- at or after the mark is one that readers ignore and the roll replaces.

-- Adds the days of the months ended since the mark into scorecard_months and
-- moves the mark to the first of the current month (Vietnam); returns the
-- mark. Any screen on the primary may call it (the supervisor's scorecard
-- does, once a month), and an administrator's cron on the 1st
-- (motcua-admin scorecard roll). On a standby, or when the months are already
-- rolled, it returns the mark and changes nothing. It waits at most 2 s for
-- the writers in flight (while it waits, new intakes wait behind it); past
-- that it fails with lock_not_available and the next call tries again: the
-- figures are the same at any mark.
CREATE FUNCTION motcua_scorecard_roll_months() RETURNS date
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    SET lock_timeout = '2s' AS $$
DECLARE
    v_month date := date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    v_mark  date;
BEGIN
    SELECT r.months_before INTO v_mark FROM scorecard_rollup r;
    IF pg_is_in_recovery() OR v_mark >= v_month THEN
        RETURN v_mark;
    END IF;
    -- Waits for the writers that added to a day and have not committed; they
    -- read the mark only after their day's row, so none is left out.
    LOCK TABLE scorecard_days IN SHARE MODE;
    SELECT r.months_before INTO v_mark FROM scorecard_rollup r FOR UPDATE;
    IF v_mark >= v_month THEN
        RETURN v_mark; -- another call rolled them meanwhile
    END IF;
    DELETE FROM scorecard_months WHERE day >= v_mark AND day < v_month;
    -- The month sums of the days, as the rebuild of 0008 adds them up.
    INSERT INTO scorecard_months
    SELECT date_trunc('month', s.day)::date, s.unit_id, s.counter_id, s.clerk,
           sum(s.received_in_person)::integer, sum(s.received_post)::integer,
           sum(s.received_online)::integer, sum(s.received_first_visit)::integer,
           sum(s.resolved_early)::integer, sum(s.resolved_on_time)::integer,
           sum(s.resolved_late)::integer, sum(s.supplement_requests)::integer,
           sum(s.refusals)::integer, sum(s.rated_very_satisfied)::integer,
           sum(s.rated_satisfied)::integer, sum(s.rated_unsatisfied)::integer,
           ARRAY[sum(s.service_hist[1])::integer, sum(s.service_hist[2])::integer,
                 sum(s.service_hist[3])::integer, sum(s.service_hist[4])::integer,
                 sum(s.service_hist[5])::integer, sum(s.service_hist[6])::integer,
                 sum(s.service_hist[7])::integer, sum(s.service_hist[8])::integer,
                 sum(s.service_hist[9])::integer, sum(s.service_hist[10])::integer,
                 sum(s.service_hist[11])::integer, sum(s.service_hist[12])::integer,
                 sum(s.service_hist[13])::integer, sum(s.service_hist[14])::integer,
                 sum(s.service_hist[15])::integer, sum(s.service_hist[16])::integer,
                 sum(s.service_hist[17])::integer, sum(s.service_hist[18])::integer,
                 sum(s.service_hist[19])::integer, sum(s.service_hist[20])::integer,
                 sum(s.service_hist[21])::integer, sum(s.service_hist[22])::integer,
                 sum(s.service_hist[23])::integer, sum(s.service_hist[24])::integer]
    FROM scorecard_days s
    WHERE s.day >= v_mark AND s.day < v_month
    GROUP BY 1, 2, 3, 4;
    UPDATE scorecard_rollup SET months_before = v_month;
    RETURN v_month;
END
$$;
REVOKE EXECUTE ON FUNCTION motcua_scorecard_roll_months() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION motcua_scorecard_roll_months() TO motcua_staff;

-- The rebuild (0008) recomputes the months of every day; it stays, under
-- another name, for the rebuild below, which then leaves the current month to
-- the days.
ALTER FUNCTION motcua_scorecard_rebuild() RENAME TO motcua_scorecard_rebuild_all;
REVOKE EXECUTE ON FUNCTION motcua_scorecard_rebuild_all() FROM PUBLIC, motcua_admin;

CREATE FUNCTION motcua_scorecard_rebuild() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM motcua_scorecard_rebuild_all();
    UPDATE scorecard_rollup
    SET months_before = date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    DELETE FROM scorecard_months WHERE day >= (SELECT r.months_before FROM scorecard_rollup r);
END
$$;
REVOKE EXECUTE ON FUNCTION motcua_scorecard_rebuild() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION motcua_scorecard_rebuild() TO motcua_admin;
