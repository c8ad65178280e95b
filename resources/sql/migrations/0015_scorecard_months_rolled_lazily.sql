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

-- The receive as in 0014; only its scorecard block changed (the day's row,
-- then the month's row only for a day before the mark).
CREATE OR REPLACE FUNCTION motcua_receive(p jsonb)
    RETURNS TABLE (dossier_id bigint, code text, received_at timestamptz, due_at timestamptz,
                   replayed boolean)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_key       uuid := (p ->> 'key')::uuid;
    v_unit      integer := (p ->> 'unit_id')::integer;
    v_counter   integer := (p ->> 'counter_id')::integer;
    v_received  timestamptz := (p ->> 'received_at')::timestamptz;
    v_due       timestamptz := (p ->> 'due_at')::timestamptz;
    v_procedure integer := (p ->> 'procedure_id')::integer;
    v_department integer := (p ->> 'department_id')::integer;
    v_staff_unit integer;
    v_counter_ok boolean;
    v_procedure_ok boolean;
    v_department_ok boolean;
    v_documents_ok boolean;
    v_id_number text := nullif(p -> 'applicant' ->> 'id_number', '');
    v_tax_code  text := nullif(p -> 'applicant' ->> 'tax_code', '');
    v_first     boolean;
    v_day       date;
    v_seq       integer;
    v_unit_code text;
    v_code      text;
    v_id        bigint;
    v_channel   text := coalesce(p ->> 'channel', 'in_person');
    v_seconds   integer := (p ->> 'service_seconds')::integer;
    v_bucket    integer;
    v_hist      integer[] := array_fill(0, ARRAY[24]);
BEGIN
    -- Before anything is read: a deletion of a unit, counter, procedure or
    -- checklist item waits for this receive, or this receive for it (see
    -- motcua_refuse_orphans), so what is checked below stays true to the commit.
    LOCK TABLE dossiers IN ROW EXCLUSIVE MODE;
    SELECT d.id, d.code, d.received_at, d.due_at INTO dossier_id, code, received_at, due_at
    FROM dossiers d WHERE d.idempotency_key = v_key;
    IF FOUND THEN
        replayed := true;
        RETURN NEXT;
        RETURN;
    END IF;
    -- Everything the receive checks, and what it looks up, in one statement
    -- (each statement of its own costs an executor start): the clerk's unit
    -- (motcua_current_unit(), inlined), the counter, and what the foreign
    -- keys checked row by row (see the top of this migration): the procedure
    -- and department exist, and every document is an item of this
    -- procedure's checklist (stricter than the key was); the unit's code; and
    -- whether this is the applicant's first visit for the procedure.
    SELECT s.unit_id,
           EXISTS (SELECT FROM counters c WHERE c.id = v_counter AND c.unit_id = v_unit),
           EXISTS (SELECT FROM procedures pr WHERE pr.id = v_procedure),
           EXISTS (SELECT FROM units u WHERE u.id = v_department),
           NOT EXISTS (SELECT FROM jsonb_array_elements(coalesce(p -> 'documents', '[]')) d
                       WHERE d ->> 'checklist_item_id' IS NOT NULL
                         AND NOT EXISTS (SELECT FROM checklist_items c
                                         WHERE c.id = (d ->> 'checklist_item_id')::integer
                                           AND c.procedure_id = v_procedure)),
           (SELECT u.code FROM units u WHERE u.id = v_unit),
           NOT p ? 'resumes'
               AND NOT EXISTS (SELECT FROM intake_outcomes o
                               WHERE o.applicant_id_number = v_id_number
                                 AND o.procedure_id = v_procedure)
               AND NOT EXISTS (SELECT FROM intake_outcomes o
                               WHERE o.applicant_tax_code = v_tax_code
                                 AND o.procedure_id = v_procedure)
    INTO v_staff_unit, v_counter_ok, v_procedure_ok, v_department_ok, v_documents_ok,
         v_unit_code, v_first
    FROM (SELECT) AS one
    LEFT JOIN staff s ON s.role_name = session_user AND s.active;
    IF v_unit IS DISTINCT FROM v_staff_unit THEN
        RAISE EXCEPTION 'a clerk receives dossiers for their own unit only'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_counter IS NOT NULL AND NOT v_counter_ok THEN
        RAISE EXCEPTION 'counter % is not one of unit %', v_counter, v_unit
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT v_procedure_ok OR NOT v_department_ok THEN
        RAISE EXCEPTION 'procedure % or department % does not exist', v_procedure, v_department
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF NOT v_documents_ok THEN
        RAISE EXCEPTION 'a document is not an item of the checklist of procedure %', v_procedure
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF v_received > now() + interval '5 minutes' THEN
        RAISE EXCEPTION 'received_at % is in the future', v_received USING ERRCODE = 'check_violation';
    END IF;
    v_day := (v_received AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    v_id := nextval('dossiers_id_seq'::regclass);

    INSERT INTO dossier_documents (dossier_id, checklist_item_id, name, originals,
                                   certified_copies, photocopies)
    SELECT v_id, (d ->> 'checklist_item_id')::integer, d ->> 'name',
           coalesce((d ->> 'originals')::integer, 0), coalesce((d ->> 'certified_copies')::integer, 0),
           coalesce((d ->> 'photocopies')::integer, 0)
    FROM jsonb_array_elements(coalesce(p -> 'documents', '[]')) d;

    INSERT INTO dossier_events (dossier_id, actor, unit_id, counter_id, kind, to_state, data)
    VALUES (v_id, session_user, v_unit, v_counter, 'received', 'received',
            jsonb_build_object('due_at', p ->> 'due_at', 'received_at', p ->> 'received_at',
                               'channel', v_channel, 'service_seconds', v_seconds,
                               'first_visit', v_first, 'counted', true));

    -- scorecard: begin
    -- The scorecard's counts of this intake: its day's row, then its month's
    -- row only when the day lies before the months not yet rolled up (a late
    -- receipt from an outbox; migration 0015).
    v_bucket := coalesce(motcua_service_bucket(v_seconds), 1);
    v_hist[v_bucket] := (v_seconds IS NOT NULL)::integer;
    INSERT INTO scorecard_days AS s (day, unit_id, counter_id, clerk, received_in_person,
                                     received_post, received_online, received_first_visit,
                                     service_hist)
    VALUES (v_day, v_unit, coalesce(v_counter, 0), session_user,
            (v_channel = 'in_person')::integer, (v_channel = 'post')::integer,
            (v_channel = 'online')::integer, v_first::integer, v_hist)
    ON CONFLICT (day, unit_id, counter_id, clerk) DO UPDATE SET
        received_in_person = s.received_in_person + excluded.received_in_person,
        received_post = s.received_post + excluded.received_post,
        received_online = s.received_online + excluded.received_online,
        received_first_visit = s.received_first_visit + excluded.received_first_visit,
        service_hist[v_bucket] = s.service_hist[v_bucket] + excluded.service_hist[v_bucket];
    IF v_day < (SELECT r.months_before FROM scorecard_rollup r) THEN
        INSERT INTO scorecard_months AS s (day, unit_id, counter_id, clerk, received_in_person,
                                           received_post, received_online, received_first_visit,
                                           service_hist)
        VALUES (date_trunc('month', v_day)::date, v_unit, coalesce(v_counter, 0), session_user,
                (v_channel = 'in_person')::integer, (v_channel = 'post')::integer,
                (v_channel = 'online')::integer, v_first::integer, v_hist)
        ON CONFLICT (day, unit_id, counter_id, clerk) DO UPDATE SET
            received_in_person = s.received_in_person + excluded.received_in_person,
            received_post = s.received_post + excluded.received_post,
            received_online = s.received_online + excluded.received_online,
            received_first_visit = s.received_first_visit + excluded.received_first_visit,
            service_hist[v_bucket] = s.service_hist[v_bucket] + excluded.service_hist[v_bucket];
    END IF;
    -- scorecard: end

    -- From here to the commit, the other counters of this unit wait; the
    -- commit does not wait for the disk (see motcua_confirm_durable).
    PERFORM set_config('synchronous_commit', 'off', true);
    INSERT INTO daily_code_counters AS c (unit_id, day, last_seq) VALUES (v_unit, v_day, 1)
    ON CONFLICT (unit_id, day) DO UPDATE SET last_seq = c.last_seq + 1
    RETURNING c.last_seq INTO v_seq;
    v_code := v_unit_code || '-' || to_char(v_day, 'YYMMDD') || '-' || lpad(v_seq::text, 4, '0');

    INSERT INTO dossiers (id, code, idempotency_key, receiving_unit_id, counter_id, received_by,
                          procedure_id, department_id, channel, return_channel, applicant_kind,
                          applicant_name, applicant_id_number, applicant_tax_code,
                          applicant_birth_date, applicant_phone, applicant_email,
                          applicant_province, applicant_ward, applicant_street,
                          representative_name, representative_id_number, sets_count, fee,
                          received_at, due_at, service_seconds)
    OVERRIDING SYSTEM VALUE
    SELECT v_id, v_code, v_key, v_unit, v_counter, session_user, v_procedure,
           v_department, coalesce(p ->> 'channel', 'in_person'),
           coalesce(p ->> 'return_channel', 'counter'), coalesce(a ->> 'kind', 'person'),
           a ->> 'name', v_id_number, v_tax_code,
           (nullif(a ->> 'birth_date', ''))::date, coalesce(a ->> 'phone', ''),
           coalesce(a ->> 'email', ''), coalesce(a ->> 'province', ''), coalesce(a ->> 'ward', ''),
           coalesce(a ->> 'street', ''), coalesce(a ->> 'representative_name', ''),
           coalesce(a ->> 'representative_id_number', ''),
           coalesce((p ->> 'sets_count')::integer, 1), coalesce((p ->> 'fee')::numeric, 0),
           v_received, v_due, v_seconds
    FROM (SELECT p -> 'applicant' AS a) s;

    IF p ? 'resumes' THEN
        UPDATE intake_outcomes o SET resumed_by = v_id
        WHERE o.id = (p ->> 'resumes')::bigint AND o.resumed_by IS NULL;
    END IF;

    dossier_id := v_id;
    code := v_code;
    received_at := v_received;
    due_at := v_due;
    replayed := false;
    RETURN NEXT;
END
$$;

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
