-- The referee made cheap enough for the counters (issue 14's last figure).
-- Measured per receive with `pgbench -M prepared` as one clerk, one receive a
-- transaction, the referee of migrations 0017-0019 added about 130 us of
-- server CPU to a receive of about 360 us: the due date (a PL/pgSQL call of
-- two queries, whose expressions are set up again in every transaction:
-- 65-90 us), the hash chain's trigger for the receipt (a SECURITY DEFINER
-- call with a SET clause: 22-32 us), and a condition with a subquery
-- (receipt_settings) that ran as a query on every live intake. Here:
--
-- * working_intervals: per calendar scope, one row per working interval of
--   every day from 2020 to 2059, with the working minutes counted from
--   2020-01-01 to its start and to its end. The minutes elapsed at an instant
--   are those of the first interval ending after it (its start's count plus
--   what of it has passed); the due instant is in the first interval whose
--   end's count reaches the target. Two index look-ups and no loop: the due
--   date becomes one SQL function, motcua_due_at_row, that the planner
--   inlines into the receive's statement of checks. motcua_due_at keeps its
--   signature and errors and now answers through it: one implementation,
--   compared with core's calculator by tests/data/test_duedate_server.cpp.
-- * The receipt's event carries its hash, computed in the insert by the same
--   motcua_event_hash; the chain's trigger fires only for other events (and
--   for a receipt written without a hash).
-- * The receipt time reads receipt_settings only for an outbox replay; the
--   retry look-up joins the statement of checks; synchronous_commit is set
--   by an assignment (a simple expression) rather than PERFORM (a query).
-- * The confirmation that follows every receive (motcua_confirm_durable)
--   likewise runs no query of its own.

CREATE TABLE working_intervals (
    scope       integer NOT NULL REFERENCES working_time_scopes ON DELETE CASCADE,
    -- The interval on the Vietnam wall clock (UTC+7, as working_time).
    starts_at   timestamp NOT NULL,
    ends_at     timestamp NOT NULL,
    -- Working minutes from 2020-01-01 00:00 to its start and to its end.
    cum_start   bigint NOT NULL,
    cum_end     bigint NOT NULL,
    PRIMARY KEY (scope, ends_at)
);
CREATE INDEX working_intervals_cum_idx ON working_intervals (scope, cum_end);
GRANT SELECT ON working_intervals TO motcua_staff, motcua_referee;

-- The intervals of every scope, from working_time as rebuilt.
CREATE FUNCTION motcua_working_intervals_rebuild() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DELETE FROM working_intervals;
    INSERT INTO working_intervals (scope, starts_at, ends_at, cum_start, cum_end)
    SELECT x.scope, x.starts_at, x.ends_at, x.cum_end - x.minutes, x.cum_end
    FROM (SELECT w.scope, w.day + make_interval(mins => u.s) AS starts_at,
                 w.day + make_interval(mins => u.e) AS ends_at, u.e - u.s AS minutes,
                 w.cum_before + sum(u.e - u.s) OVER (PARTITION BY w.scope, w.day
                                                     ORDER BY u.o) AS cum_end
          FROM working_time w
          CROSS JOIN LATERAL unnest(w.starts, w.ends) WITH ORDINALITY u(s, e, o)) x;
$$;
REVOKE EXECUTE ON FUNCTION motcua_working_intervals_rebuild() FROM PUBLIC;

-- Migration 0017's rebuild of every scope, followed by the intervals'.
CREATE OR REPLACE FUNCTION motcua_working_time_rebuild_all() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_scope integer;
BEGIN
    -- One rebuild at a time, each reading the calendar as committed after the
    -- one before it; readers (the receive) are not blocked.
    LOCK TABLE working_time_scopes IN SHARE ROW EXCLUSIVE MODE;
    DELETE FROM working_time_scopes;
    FOR v_scope IN
        SELECT 0 UNION SELECT unit_id FROM working_hours WHERE unit_id IS NOT NULL
        UNION SELECT unit_id FROM calendar_days WHERE unit_id IS NOT NULL
    LOOP
        PERFORM motcua_working_time_rebuild(v_scope);
    END LOOP;
    PERFORM motcua_working_intervals_rebuild();
    UPDATE working_time_state SET stale = false;
END
$$;

SELECT motcua_working_intervals_rebuild();
ANALYZE working_intervals;

-- DueDateCalculator::dueDate without pauses, to the minute, as a row (none
-- for a processing time under a minute or outside 2020-2059), with the rules
-- of motcua_due_at (0017): the processing time in minutes is the product in
-- double precision rounded half away from zero; received strictly after the
-- cut-off (compared with seconds), counting starts the next day at 00:00,
-- otherwise at the receipt's minute; the due instant is the earliest at which
-- that many working minutes have elapsed (an interval's end, 17:00, rather
-- than the next morning). The scope is the unit's own, else the city's (0).
-- LANGUAGE sql, STABLE, without SET or SECURITY DEFINER: inlined where it is
-- called in FROM.
CREATE FUNCTION motcua_due_at_row(p_unit integer, p_value numeric, p_time_unit text,
                                  p_cutoff time, p_received timestamptz)
    RETURNS TABLE (due_at timestamptz) LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT (d.starts_at + make_interval(mins => (r.target - d.cum_start)::integer)
        - interval '7 hours') AT TIME ZONE 'UTC'
FROM (SELECT (p_received AT TIME ZONE 'UTC') + interval '7 hours' AS wall) v
CROSS JOIN LATERAL (SELECT CASE WHEN v.wall::time > p_cutoff THEN (v.wall::date + 1) + time '00:00'
                                ELSE date_trunc('minute', v.wall) END AS at) f
CROSS JOIN LATERAL (SELECT s.scope, s.standard_day_minutes FROM public.working_time_scopes s
                    WHERE s.scope IN (coalesce(p_unit, 0), 0)
                    ORDER BY s.scope DESC LIMIT 1) s
CROSS JOIN LATERAL (SELECT p_value::double precision
                           * CASE p_time_unit WHEN 'working_hours' THEN 60
                                              WHEN 'working_minutes' THEN 1
                                              ELSE s.standard_day_minutes END AS x) m
CROSS JOIN LATERAL (SELECT (floor(m.x) + (m.x - floor(m.x) >= 0.5)::integer)::bigint AS minutes) n
CROSS JOIN LATERAL (SELECT i.cum_start + greatest(0, (extract(epoch FROM f.at - i.starts_at)
                                                       / 60)::bigint) + n.minutes AS target
                    FROM public.working_intervals i
                    WHERE i.scope = s.scope AND i.ends_at > f.at
                    ORDER BY i.ends_at LIMIT 1) r
CROSS JOIN LATERAL (SELECT i.starts_at, i.cum_start FROM public.working_intervals i
                    WHERE i.scope = s.scope AND i.cum_end >= r.target
                    ORDER BY i.cum_end LIMIT 1) d
WHERE n.minutes > 0
$$;
REVOKE EXECUTE ON FUNCTION motcua_due_at_row(integer, numeric, text, time, timestamptz)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION motcua_due_at_row(integer, numeric, text, time, timestamptz)
    TO motcua_staff, motcua_referee;

-- motcua_due_at (0017) through motcua_due_at_row, with its errors.
CREATE OR REPLACE FUNCTION motcua_due_at(p_unit integer, p_value numeric, p_time_unit text,
                                         p_cutoff time, p_received timestamptz)
    RETURNS timestamptz LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    v_due timestamptz;
    v_minutes double precision;
BEGIN
    SELECT r.due_at INTO v_due
    FROM public.motcua_due_at_row(p_unit, p_value, p_time_unit, p_cutoff, p_received) r;
    IF v_due IS NOT NULL THEN
        RETURN v_due;
    END IF;
    -- No row: a processing time under half a minute once converted (the
    -- unit's standard day for working days), else a date out of the calendar.
    v_minutes := p_value::double precision
                 * CASE p_time_unit WHEN 'working_hours' THEN 60 WHEN 'working_minutes' THEN 1
                       ELSE (SELECT s.standard_day_minutes FROM public.working_time_scopes s
                             WHERE s.scope IN (coalesce(p_unit, 0), 0)
                             ORDER BY s.scope DESC LIMIT 1) END;
    IF v_minutes IS NULL OR v_minutes < 0.5 THEN
        RAISE EXCEPTION 'the processing time must be greater than zero'
            USING ERRCODE = 'check_violation';
    END IF;
    RAISE EXCEPTION 'the working calendar covers 2020-2059, not % (or ends before its due date)',
                    p_received
        USING ERRCODE = 'datetime_field_overflow';
END
$$;

-- The receipt's event is hashed by the receive; every other event (and a
-- receipt without a hash) by the chain's trigger, as before.
DROP TRIGGER dossier_events_zz_hash_chain ON dossier_events;
CREATE TRIGGER dossier_events_zz_hash_chain BEFORE INSERT ON dossier_events
    FOR EACH ROW WHEN (NEW.kind <> 'received' OR NEW.hash IS NULL)
    EXECUTE FUNCTION motcua_event_chain();
GRANT EXECUTE ON FUNCTION motcua_event_hash(bigint, bigint, timestamptz, name, integer, integer,
    text, text, text, text, jsonb, bytea) TO motcua_referee;
GRANT USAGE ON SEQUENCE dossier_events_id_seq TO motcua_referee;

-- Migration 0017's receive (owned by motcua_referee since 0018), changed where
-- marked above: the receipt time first, the due date in the statement of
-- checks, the receipt's event hashed in its insert.
CREATE OR REPLACE FUNCTION motcua_receive(p jsonb)
    RETURNS TABLE (dossier_id bigint, code text, received_at timestamptz, due_at timestamptz,
                   replayed boolean)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_key       uuid := (p ->> 'key')::uuid;
    v_unit      integer := (p ->> 'unit_id')::integer;
    v_counter   integer := (p ->> 'counter_id')::integer;
    v_sent_at   timestamptz := (p ->> 'received_at')::timestamptz;
    v_from_outbox boolean := coalesce((p ->> 'from_outbox')::boolean, false);
    v_received  timestamptz;
    v_clock     text;
    v_due       timestamptz;
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
    v_event     bigint;
    v_event_at  timestamptz;
    v_data      jsonb;
    v_prior_id  bigint;
    v_prior_code text;
    v_prior_received timestamptz;
    v_prior_due timestamptz;
    v_setting   text;
    v_channel   text := coalesce(p ->> 'channel', 'in_person');
    v_seconds_sent integer := (p ->> 'service_seconds')::integer;
    v_seconds   integer := CASE WHEN v_seconds_sent IS NOT NULL
                                THEN motcua_bounded_service_seconds(v_seconds_sent)
                           END;
    v_bucket    integer;
    v_hist      integer[] := array_fill(0, ARRAY[24]);
BEGIN
    -- Before anything is read: a deletion of a unit, counter, procedure or
    -- checklist item waits for this receive, or this receive for it (see
    -- motcua_refuse_orphans), so what is checked below stays true to the commit.
    LOCK TABLE dossiers IN ROW EXCLUSIVE MODE;
    -- The receipt time: the server's, or the counter's for an intake
    -- replayed from its outbox within the window. Nested, so that a live
    -- intake evaluates simple expressions only and never reads
    -- receipt_settings (a subquery makes the whole condition a query).
    v_received := now();
    v_clock := 'server';
    IF v_from_outbox AND v_sent_at <= v_received THEN
        IF v_sent_at >= v_received - (SELECT r.outbox_window FROM receipt_settings r) THEN
            v_received := v_sent_at;
            v_clock := 'counter';
        END IF;
    END IF;
    -- Everything the receive checks, and what it looks up, in one statement
    -- (each statement of its own costs an executor start): the clerk's unit
    -- (motcua_current_unit(), inlined), the counter, and what the foreign
    -- keys checked row by row (see the top of this migration): the procedure
    -- and department exist, and every document is an item of this
    -- procedure's checklist (stricter than the key was); the unit's code; and
    -- whether this is the applicant's first visit for the procedure; and,
    -- since migration 0023, the due date (motcua_due_at_row, inlined) and the
    -- dossier already received under this key (a retry), if any, which
    -- answers before anything is checked.
    SELECT s.unit_id,
           EXISTS (SELECT FROM counters c WHERE c.id = v_counter AND c.unit_id = v_unit),
           prior.id, prior.code, prior.received_at, prior.due_at, pr.id IS NOT NULL, due.due_at,
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
    INTO v_staff_unit, v_counter_ok, v_prior_id, v_prior_code, v_prior_received, v_prior_due,
         v_procedure_ok, v_due,
         v_department_ok, v_documents_ok, v_unit_code, v_first
    FROM (SELECT) AS one
    LEFT JOIN staff s ON s.role_name = session_user AND s.active
    LEFT JOIN dossiers prior ON prior.idempotency_key = v_key
    LEFT JOIN procedures pr ON pr.id = v_procedure
    LEFT JOIN LATERAL motcua_due_at_row(v_unit, pr.processing_value, pr.processing_unit,
                                        pr.cutoff_time, v_received) due ON true;
    IF v_prior_id IS NOT NULL THEN
        dossier_id := v_prior_id;
        code := v_prior_code;
        received_at := v_prior_received;
        due_at := v_prior_due;
        replayed := true;
        RETURN NEXT;
        RETURN;
    END IF;
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
    -- The due date was computed above from the unit's calendar as it is
    -- now; a due date the client sends is ignored.
    IF v_due IS NULL THEN
        RAISE EXCEPTION 'no due date for procedure % received at %: a processing time under '
                        'a minute, or outside the working calendar (2020-2059)',
                        v_procedure, v_received
            USING ERRCODE = 'datetime_field_overflow';
    END IF;
    v_day := (v_received AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    v_id := nextval('dossiers_id_seq'::regclass);

    INSERT INTO dossier_documents (dossier_id, checklist_item_id, name, originals,
                                   certified_copies, photocopies)
    SELECT v_id, (d ->> 'checklist_item_id')::integer, d ->> 'name',
           coalesce((d ->> 'originals')::integer, 0), coalesce((d ->> 'certified_copies')::integer, 0),
           coalesce((d ->> 'photocopies')::integer, 0)
    FROM jsonb_array_elements(coalesce(p -> 'documents', '[]')) d;

    -- The receipt starts its dossier's hash chain (migration 0019) with the
    -- hash computed here, in the insert, rather than by the chain's trigger
    -- (which no longer fires for a receipt that carries its hash): the same
    -- function over the row as stored, without a trigger call per intake.
    v_event := nextval('dossier_events_id_seq'::regclass);
    v_event_at := clock_timestamp();
    v_data := jsonb_build_object('due_at', v_due, 'received_at', v_received, 'clock', v_clock,
                               'channel', v_channel, 'service_seconds', v_seconds,
                               'first_visit', v_first, 'counted', true)
            -- What the counter sent, when it was not taken as is.
            || CASE WHEN v_sent_at IS DISTINCT FROM v_received AND v_from_outbox
                    THEN jsonb_build_object('received_at_sent', v_sent_at) ELSE '{}' END
            || CASE WHEN v_seconds_sent IS DISTINCT FROM v_seconds
                    THEN jsonb_build_object('service_seconds_sent', v_seconds_sent) ELSE '{}' END;
    INSERT INTO dossier_events (id, dossier_id, at, actor, unit_id, counter_id, kind, to_state,
                                data, hash)
    OVERRIDING SYSTEM VALUE
    VALUES (v_event, v_id, v_event_at, session_user, v_unit, v_counter, 'received', 'received',
            v_data,
            motcua_event_hash(v_event, v_id, v_event_at, session_user, v_unit, v_counter,
                              'received', NULL, 'received', '', v_data, NULL));

    -- scorecard: begin
    -- The scorecard's counts of this intake: its day's row, then its month's
    -- row only when the day lies before the months not yet rolled up (a late
    -- receipt from an outbox; migration 0014).
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
    -- An assignment, not PERFORM: a simple expression, without a query.
    v_setting := set_config('synchronous_commit', 'off', true);
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

-- The intake's confirmation (0012) with the same effect: synchronous_commit
-- on for its commit, one WAL record so that its commit flushes the WAL past
-- the receive's commit and waits for the synchronous standby, and an xid.
-- Each PERFORM was a query of its own (an executor start each); assignments
-- of function calls are simple expressions, evaluated without one.
CREATE OR REPLACE FUNCTION motcua_confirm_durable() RETURNS xid8
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_setting text;
    v_lsn pg_lsn;
BEGIN
    v_setting := set_config('synchronous_commit', 'on', true);
    v_lsn := pg_logical_emit_message(false, 'motcua_confirm_durable', '');
    RETURN pg_current_xact_id();
END
$$;
