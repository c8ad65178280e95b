-- The server is the authority on due dates and on every instant that enters a
-- figure. Until now the counter computed a dossier's due date
-- (app/core/duedate.cpp) and motcua_receive stored the due_at, received_at and
-- service_seconds it was sent: a clerk could move the figures. From here:
-- * the due date is computed here, by the rules of DueDateCalculator, from the
--   unit's effective calendar as it is at that moment;
-- * a live intake is received at the server's time; only an intake replayed
--   from a counter's outbox keeps the counter's time, and only within a
--   bounded window back, never in the future;
-- * the service time is clamped into bounds.
--
-- How the due date stays cheap (it runs inside every intake): a table,
-- working_time, holds per calendar scope one row per day from 2020 to 2059
-- with that day's working intervals and the working minutes counted from
-- 2020-01-01 to the start of the day (cum_before) and to its end (cum_after).
-- Working minutes elapsed at any instant are cum_before plus what the day's
-- intervals hold before the instant; a due date is the earliest instant at
-- which the minutes at the counting start plus the processing time have
-- elapsed: one index look-up for the receipt's day and one on cum_after for
-- the due day, in one statement. A day-by-day walk costs one iteration per
-- day counted (21 for 15 working days) and, measured, several times more (see
-- docs/due-dates-on-the-server.md). Triggers on working_hours and
-- calendar_days rebuild the table at the commit of any change.
--
-- A scope is 0 (the city default: the city's hours or the built-in standard,
-- and the city-wide days) or a unit that keeps hours or days of its own: its
-- own hours, else the city's, else the standard; the city-wide days with its
-- own winning on the same date: what CalendarRepository::effectiveCalendar
-- resolves. A unit without rows of its own uses scope 0.

CREATE TABLE working_time_scopes (
    scope                integer PRIMARY KEY,
    -- The standard (Monday-type) day's length: converts working days to
    -- minutes (WorkingHours::standardDayMinutes).
    standard_day_minutes integer NOT NULL
);

CREATE TABLE working_time (
    scope       integer NOT NULL REFERENCES working_time_scopes ON DELETE CASCADE,
    day         date NOT NULL,
    -- The day's working intervals in minutes of the Vietnam wall-clock day,
    -- sorted; empty on a day off.
    starts      integer[] NOT NULL,
    ends        integer[] NOT NULL,
    cum_before  bigint NOT NULL,
    cum_after   bigint NOT NULL,
    PRIMARY KEY (scope, day)
);
-- The due day: the first day whose end reaches the minutes to count.
CREATE INDEX working_time_cum_idx ON working_time (scope, cum_after, day);

-- Whether working_time must be rebuilt at the commit (one row). Written only
-- by the triggers below, so nobody can keep a changed calendar from being
-- rebuilt.
CREATE TABLE working_time_state (
    one   boolean PRIMARY KEY DEFAULT true CHECK (one),
    stale boolean NOT NULL
);
INSERT INTO working_time_state VALUES (true, false);

GRANT SELECT ON working_time_scopes, working_time TO motcua_staff;

-- The working week a scope works by: per ISO weekday its intervals and
-- minutes. The same rounding as CalendarRepository::loadHours.
CREATE FUNCTION motcua_working_week(p_scope integer)
    RETURNS TABLE (weekday integer, starts integer[], ends integer[], minutes integer)
    LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    WITH raw AS (
        SELECT h.weekday::integer AS weekday,
               (extract(epoch FROM h.starts_at) / 60)::integer AS s,
               (extract(epoch FROM h.ends_at) / 60)::integer AS e,
               coalesce(h.unit_id, 0) AS source
        FROM working_hours h
        WHERE coalesce(h.unit_id, 0) IN (p_scope, 0)
    ), chosen AS (
        SELECT r.weekday, r.s, r.e FROM raw r
        WHERE r.source = (SELECT max(source) FROM raw)
        UNION ALL
        -- WorkingHours(): Mon-Fri 07:30-11:30, 13:00-17:00.
        SELECT d, v.s, v.e FROM generate_series(1, 5) d, (VALUES (450, 690), (780, 1020)) v(s, e)
        WHERE NOT EXISTS (SELECT FROM raw)
    )
    SELECT w,
           coalesce(array_agg(c.s ORDER BY c.s) FILTER (WHERE c.s IS NOT NULL), '{}'),
           coalesce(array_agg(c.e ORDER BY c.s) FILTER (WHERE c.s IS NOT NULL), '{}'),
           coalesce(sum(c.e - c.s), 0)::integer
    FROM generate_series(1, 7) w
    LEFT JOIN chosen c ON c.weekday = w
    GROUP BY w
$$;

-- Rebuilds one scope's rows (none for a unit without hours or days of its
-- own). Refuses overlapping stored hours, which the client refuses too.
CREATE FUNCTION motcua_working_time_rebuild(p_scope integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_std integer;
    v_std_minutes integer;
BEGIN
    DELETE FROM working_time_scopes WHERE scope = p_scope;
    IF p_scope <> 0 AND NOT EXISTS (SELECT FROM working_hours WHERE unit_id = p_scope)
       AND NOT EXISTS (SELECT FROM calendar_days WHERE unit_id = p_scope) THEN
        RETURN;
    END IF;
    -- An interval empty once rounded to the minute, or starting before the
    -- one before it ends.
    IF EXISTS (SELECT FROM motcua_working_week(p_scope) w, unnest(w.starts, w.ends) u(s, e)
               WHERE u.e <= u.s)
       OR EXISTS (SELECT FROM motcua_working_week(p_scope) w,
                              unnest(w.starts[2:], w.ends[:cardinality(w.ends) - 1]) u(s, e)
                  WHERE u.s < u.e) THEN
        RAISE EXCEPTION 'the working hours of % overlap', CASE WHEN p_scope = 0 THEN 'the city' ELSE 'unit ' || p_scope END
            USING ERRCODE = 'check_violation';
    END IF;
    -- The standard day: Monday, or the first worked weekday after it.
    SELECT coalesce(min(w.weekday) FILTER (WHERE w.minutes > 0), 1) INTO v_std
    FROM motcua_working_week(p_scope) w;
    SELECT w.minutes INTO v_std_minutes FROM motcua_working_week(p_scope) w WHERE w.weekday = v_std;
    INSERT INTO working_time_scopes (scope, standard_day_minutes) VALUES (p_scope, v_std_minutes);
    INSERT INTO working_time (scope, day, starts, ends, cum_before, cum_after)
    SELECT p_scope, d.day, coalesce(w.starts, '{}'), coalesce(w.ends, '{}'),
           sum(coalesce(w.minutes, 0)) OVER (ORDER BY d.day) - coalesce(w.minutes, 0),
           sum(coalesce(w.minutes, 0)) OVER (ORDER BY d.day)
    FROM (SELECT g::date AS day,
                 -- A day off is not worked; a make-up day works the standard day.
                 CASE sp.type WHEN 'holiday' THEN 0 WHEN 'compensatory_off' THEN 0
                              WHEN 'makeup_workday' THEN v_std
                              ELSE extract(isodow FROM g)::integer END AS weekday
          FROM generate_series(timestamp '2020-01-01', timestamp '2059-12-31', interval '1 day') g
          LEFT JOIN (SELECT DISTINCT ON (c.day) c.day, c.type FROM calendar_days c
                     WHERE c.unit_id IS NULL OR c.unit_id = p_scope
                     ORDER BY c.day, c.unit_id NULLS LAST) sp ON sp.day = g::date) d
    LEFT JOIN motcua_working_week(p_scope) w ON w.weekday = d.weekday;
END
$$;

-- Every scope: the city's and each unit's with hours or days of its own.
CREATE FUNCTION motcua_working_time_rebuild_all() RETURNS void
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
    UPDATE working_time_state SET stale = false;
END
$$;

-- Any change to the hours or days marks the table stale; the first deferred
-- trigger at the commit rebuilds it once, from the calendar as it then is.
CREATE FUNCTION motcua_working_time_mark() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE working_time_state SET stale = true WHERE NOT stale;
    IF TG_OP = 'TRUNCATE' THEN
        -- No row trigger follows a TRUNCATE.
        PERFORM motcua_working_time_rebuild_all();
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION motcua_working_time_refresh() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF (SELECT stale FROM working_time_state) THEN
        PERFORM motcua_working_time_rebuild_all();
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER working_hours_working_time_mark AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON working_hours FOR EACH STATEMENT EXECUTE FUNCTION motcua_working_time_mark();
CREATE TRIGGER calendar_days_working_time_mark AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON calendar_days FOR EACH STATEMENT EXECUTE FUNCTION motcua_working_time_mark();
CREATE CONSTRAINT TRIGGER working_hours_working_time_refresh
    AFTER INSERT OR UPDATE OR DELETE ON working_hours DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION motcua_working_time_refresh();
CREATE CONSTRAINT TRIGGER calendar_days_working_time_refresh
    AFTER INSERT OR UPDATE OR DELETE ON calendar_days DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION motcua_working_time_refresh();

REVOKE EXECUTE ON FUNCTION motcua_working_week(integer), motcua_working_time_rebuild(integer),
    motcua_working_time_rebuild_all(), motcua_working_time_mark(),
    motcua_working_time_refresh() FROM PUBLIC;

SELECT motcua_working_time_rebuild_all();

-- The functions below are SECURITY INVOKER on purpose: they read only what
-- every staff member may read (working_time is derived from the calendar), and
-- a SET clause would save and restore the setting at every call, inside every
-- intake. Every name they use is qualified with its schema. The hot one is
-- PL/pgSQL: its statement is planned once per session, where a SQL function
-- that cannot be inlined is read and planned again at every call.

-- Two index look-ups (the receipt's day, the due day) and a few expressions:
-- the same in one statement with the arithmetic in SQL cost twice as much.
-- The due date of a dossier received at p_received at unit p_unit, for
-- p_value units of p_time_unit ('working_days': of the unit's standard day,
-- 'working_hours', or 'working_minutes'), with a cut-off (NULL: none):
-- DueDateCalculator::dueDate without pauses, to the minute.
-- * The processing time in minutes is ProcessingTime::workingMinutes: the
--   product in double precision, rounded half away from zero (std::llround).
-- * Received strictly after the cut-off (compared with seconds), counting
--   starts the next day; otherwise the receipt's seconds are truncated.
-- * The due instant is the earliest at which that many working minutes have
--   elapsed since the receipt: inside an interval or at its end (17:00, not
--   the next morning).
-- Vietnam wall clock (UTC+7). Raises outside 2020-2059.
CREATE FUNCTION motcua_due_at(p_unit integer, p_value numeric, p_time_unit text,
                              p_cutoff time, p_received timestamptz)
    RETURNS timestamptz LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    v_wall timestamp := (p_received AT TIME ZONE 'UTC') + interval '7 hours';
    v_from date := v_wall::date;
    v_minute integer := extract(hour FROM v_wall)::integer * 60
                        + extract(minute FROM v_wall)::integer;
    v_scope integer;
    v_standard integer;
    v_x double precision;
    v_minutes bigint;
    v_target bigint;
    v_day date;
    v_starts integer[];
    v_ends integer[];
BEGIN
    IF p_cutoff IS NOT NULL AND v_wall::time > p_cutoff THEN
        v_from := v_from + 1;
        v_minute := 0;
    END IF;
    -- The receipt's day in the unit's scope (its own, else the city's).
    SELECT w.scope, s.standard_day_minutes, w.cum_before, w.starts, w.ends
    INTO v_scope, v_standard, v_target, v_starts, v_ends
    FROM public.working_time_scopes s
    JOIN public.working_time w ON w.scope = s.scope AND w.day = v_from
    WHERE s.scope IN (coalesce(p_unit, 0), 0)
    ORDER BY s.scope DESC LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the working calendar covers 2020-2059, not %', p_received
            USING ERRCODE = 'datetime_field_overflow';
    END IF;
    FOR i IN 1 .. cardinality(v_starts) LOOP
        IF v_minute > v_starts[i] THEN
            v_target := v_target + least(v_minute, v_ends[i]) - v_starts[i];
        END IF;
    END LOOP;
    v_x := p_value::double precision * CASE p_time_unit WHEN 'working_hours' THEN 60
                                                        WHEN 'working_minutes' THEN 1
                                                        ELSE v_standard END;
    v_minutes := floor(v_x) + (v_x - floor(v_x) >= 0.5)::integer;
    IF v_minutes IS NULL OR v_minutes <= 0 THEN
        RAISE EXCEPTION 'the processing time must be greater than zero'
            USING ERRCODE = 'check_violation';
    END IF;
    v_target := v_target + v_minutes;
    -- The day on which the processing time runs out.
    SELECT w.day, w.starts, w.ends, v_target - w.cum_before
    INTO v_day, v_starts, v_ends, v_target
    FROM public.working_time w
    WHERE w.scope = v_scope AND w.cum_after >= v_target
    ORDER BY w.cum_after, w.day LIMIT 1;
    FOR i IN 1 .. coalesce(cardinality(v_starts), 0) LOOP
        IF v_target <= v_ends[i] - v_starts[i] THEN
            RETURN (v_day + make_interval(mins => (v_starts[i] + v_target)::integer)
                    - interval '7 hours') AT TIME ZONE 'UTC';
        END IF;
        v_target := v_target - (v_ends[i] - v_starts[i]);
    END LOOP;
    RAISE EXCEPTION 'the working calendar (2020-2059) ends before the due date of %', p_received
        USING ERRCODE = 'datetime_field_overflow';
END
$$;

-- The due date of a dossier of procedure p_procedure received at p_received
-- at unit p_unit, with the procedure's processing time and cut-off; NULL for
-- an unknown procedure.
CREATE FUNCTION motcua_due_at(p_unit integer, p_procedure integer, p_received timestamptz)
    RETURNS timestamptz LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT public.motcua_due_at(p_unit, p.processing_value, p.processing_unit, p.cutoff_time,
                                p_received)
    FROM public.procedures p WHERE p.id = p_procedure
$$;

-- DueDateCalculator::resumedDue, for the dossier's unit: the working time
-- left at the pause (from p_paused to p_due) counts again from p_resumed; a
-- dossier paused at or after its due date keeps it (p_due as given).
CREATE FUNCTION motcua_resumed_due(p_unit integer, p_due timestamptz, p_paused timestamptz,
                                   p_resumed timestamptz)
    RETURNS timestamptz LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    v_due timestamp := date_trunc('minute', (p_due AT TIME ZONE 'UTC') + interval '7 hours');
    v_paused timestamp := date_trunc('minute', (p_paused AT TIME ZONE 'UTC') + interval '7 hours');
    v_left bigint;
BEGIN
    IF v_due <= v_paused THEN
        RETURN p_due;
    END IF;
    -- The working minutes between the two: counted to each, subtracted.
    SELECT sum(CASE WHEN x.at = v_due THEN 1 ELSE -1 END
               * (w.cum_before + coalesce((SELECT sum(greatest(0, least(u.e, x.minute) - u.s))
                                           FROM unnest(w.starts, w.ends) u(s, e)), 0)))
    INTO v_left
    FROM (SELECT v_due AS at UNION ALL SELECT v_paused) a,
         LATERAL (SELECT a.at, a.at::date AS day,
                         (extract(hour FROM a.at) * 60 + extract(minute FROM a.at))::integer
                             AS minute) x,
         public.working_time w
    WHERE w.scope = (SELECT ws.scope FROM public.working_time_scopes ws
                     WHERE ws.scope = coalesce(p_unit, 0) OR ws.scope = 0
                     ORDER BY ws.scope DESC LIMIT 1)
      AND w.day = x.day
    HAVING count(*) = 2;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the working calendar covers 2020-2059, not % to %', p_paused, p_due
            USING ERRCODE = 'datetime_field_overflow';
    END IF;
    IF v_left <= 0 THEN
        RETURN p_due;
    END IF;
    RETURN public.motcua_due_at(p_unit, v_left::numeric, 'working_minutes', NULL, p_resumed);
END
$$;

-- Whether p_at lies in the unit's working time, ends included: from the
-- opening of an interval to its closing, to the second (a due date of 17:00
-- is inside, 17:00:01 is not; midnight closes an interval ending at 24:00).
-- For checking that a new due date set by an extension is a working instant.
CREATE FUNCTION motcua_is_working_instant(p_unit integer, p_at timestamptz)
    RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT coalesce(bool_or(x.t >= u.s * 60 AND x.t <= u.e * 60), false)
    FROM (SELECT (p_at AT TIME ZONE 'UTC') + interval '7 hours' AS wall) v
    CROSS JOIN LATERAL (SELECT extract(epoch FROM v.wall::time) AS t, v.wall::date AS day
                        UNION ALL
                        SELECT 86400, v.wall::date - 1 WHERE v.wall::time = time '00:00') x
    JOIN public.working_time w ON w.day = x.day
                              AND w.scope = (SELECT ws.scope FROM public.working_time_scopes ws
                                             WHERE ws.scope = coalesce(p_unit, 0) OR ws.scope = 0
                                             ORDER BY ws.scope DESC LIMIT 1)
    CROSS JOIN LATERAL unnest(w.starts, w.ends) u(s, e)
$$;

REVOKE EXECUTE ON FUNCTION motcua_due_at(integer, numeric, text, time, timestamptz),
    motcua_due_at(integer, integer, timestamptz),
    motcua_resumed_due(integer, timestamptz, timestamptz, timestamptz),
    motcua_is_working_instant(integer, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION motcua_due_at(integer, numeric, text, time, timestamptz),
    motcua_due_at(integer, integer, timestamptz),
    motcua_resumed_due(integer, timestamptz, timestamptz, timestamptz),
    motcua_is_working_instant(integer, timestamptz) TO motcua_staff;

-- The bounds of a counter service time a client reports (call to done),
-- before it enters the service-time median and p90: below 30 s no dossier is
-- checked against its checklist, above 4 h the draft was left open. Clamped,
-- not refused: an intake is never lost over its timer. NULL (not measured)
-- stays NULL. The receive and the intake outcomes (0018) use it.
CREATE FUNCTION motcua_bounded_service_seconds(seconds integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN least(greatest(seconds, 30), 4 * 3600);
REVOKE EXECUTE ON FUNCTION motcua_bounded_service_seconds(integer) FROM PUBLIC;

-- How far back an intake replayed from a counter's outbox may keep the
-- counter's receipt time: a counter cut off over a long weekend delivers its
-- queue within it; anything older, or later than now (a counter's clock
-- ahead), is received at the server's time. Not longer by default: a clerk
-- could otherwise date a receipt into any past day. Administrators may change
-- it (audited), e.g. after a long outage of a far branch.
CREATE TABLE receipt_settings (
    one             boolean PRIMARY KEY DEFAULT true CHECK (one),
    outbox_window   interval NOT NULL DEFAULT interval '72 hours'
                        CHECK (outbox_window BETWEEN interval '0' AND interval '93 days')
);
INSERT INTO receipt_settings DEFAULT VALUES;
CREATE TRIGGER receipt_settings_audit AFTER INSERT OR UPDATE OR DELETE ON receipt_settings
    FOR EACH ROW EXECUTE FUNCTION motcua_audit('one');
GRANT SELECT ON receipt_settings TO motcua_staff;
GRANT UPDATE (outbox_window) ON receipt_settings TO motcua_admin;

-- The receive of migration 0015 (with 0016's documents), changed only where
-- the server now decides: the receipt time (v_received, v_clock), the due
-- date (v_due, from the procedure looked up in the one statement of checks)
-- and the service time (clamped). The 'received' event records which clock
-- was used and, when the counter's values were not taken, what it sent.
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
    v_value     numeric;
    v_time_unit text;
    v_cutoff    time;
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
           pr.id IS NOT NULL, pr.processing_value, pr.processing_unit, pr.cutoff_time,
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
    INTO v_staff_unit, v_counter_ok, v_procedure_ok, v_value, v_time_unit, v_cutoff,
         v_department_ok, v_documents_ok, v_unit_code, v_first
    FROM (SELECT) AS one
    LEFT JOIN staff s ON s.role_name = session_user AND s.active
    LEFT JOIN procedures pr ON pr.id = v_procedure;
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
    -- The receipt time: the server's, or the counter's for an intake
    -- replayed from its outbox within the window (receipt_settings, read
    -- only for a replay).
    IF v_from_outbox AND v_sent_at <= now()
       AND v_sent_at >= now() - (SELECT r.outbox_window FROM receipt_settings r) THEN
        v_received := v_sent_at;
        v_clock := 'counter';
    ELSE
        v_received := now();
        v_clock := 'server';
    END IF;
    -- The due date, computed here from the unit's calendar as it is now; a
    -- due date the client sends is ignored.
    v_due := motcua_due_at(v_unit, v_value, v_time_unit, v_cutoff, v_received);
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
            jsonb_build_object('due_at', v_due, 'received_at', v_received, 'clock', v_clock,
                               'channel', v_channel, 'service_seconds', v_seconds,
                               'first_visit', v_first, 'counted', true)
            -- What the counter sent, when it was not taken as is.
            || CASE WHEN v_sent_at IS DISTINCT FROM v_received AND v_from_outbox
                    THEN jsonb_build_object('received_at_sent', v_sent_at) ELSE '{}' END
            || CASE WHEN v_seconds_sent IS DISTINCT FROM v_seconds
                    THEN jsonb_build_object('service_seconds_sent', v_seconds_sent) ELSE '{}' END);

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
