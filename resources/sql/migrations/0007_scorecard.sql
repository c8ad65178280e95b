-- The supervisors' scorecard: what each branch, counter and clerk did, kept as
-- running counts per day (and per month, for long periods) while the work
-- happens, so that a month or a year of a city's history adds up from a few
-- thousand rows instead of millions of dossiers.
--
-- Attribution: receipts, resolutions and counter-side supplement requests and
-- refusals count for the receiving unit, counter and clerk of the dossier (the
-- branch the citizen chose and comes back to), on the day they happened;
-- ratings count for the unit, counter and clerk of the handover.

CREATE TABLE scorecard_days (
    day                     date NOT NULL,
    unit_id                 integer NOT NULL REFERENCES units,
    counter_id              integer NOT NULL DEFAULT 0,   -- 0: no counter (post, online)
    clerk                   name NOT NULL DEFAULT '',
    received_in_person      integer NOT NULL DEFAULT 0,
    received_post           integer NOT NULL DEFAULT 0,
    received_online         integer NOT NULL DEFAULT 0,
    -- Received complete at the first visit: no earlier supplement request or
    -- refusal for the same applicant and procedure (trips spared).
    received_first_visit    integer NOT NULL DEFAULT 0,
    resolved_early          integer NOT NULL DEFAULT 0,
    resolved_on_time        integer NOT NULL DEFAULT 0,
    resolved_late           integer NOT NULL DEFAULT 0,
    supplement_requests     integer NOT NULL DEFAULT 0,
    refusals                integer NOT NULL DEFAULT 0,
    rated_very_satisfied    integer NOT NULL DEFAULT 0,
    rated_satisfied         integer NOT NULL DEFAULT 0,
    rated_unsatisfied       integer NOT NULL DEFAULT 0,
    -- Counter service times, counted per motcua_service_bucket.
    service_hist            integer[] NOT NULL DEFAULT array_fill(0, ARRAY[24]),
    PRIMARY KEY (day, unit_id, counter_id, clerk)
);
-- The same counts per calendar month (day = the first of the month).
CREATE TABLE scorecard_months (LIKE scorecard_days INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE scorecard_months ADD PRIMARY KEY (day, unit_id, counter_id, clerk);
ALTER TABLE scorecard_months ADD FOREIGN KEY (unit_id) REFERENCES units;

-- Open dossiers by due instant: the overdue-now list and the overdue counts
-- read only the part of this index before now.
CREATE INDEX dossiers_open_due_idx ON dossiers (due_at)
    INCLUDE (receiving_unit_id, counter_id, received_by)
    WHERE finished_at IS NULL AND paused_since IS NULL;
-- Trips spared for businesses (people are found by intake_outcomes_applicant_idx).
CREATE INDEX intake_outcomes_tax_code_idx ON intake_outcomes (applicant_tax_code, procedure_id)
    WHERE applicant_tax_code IS NOT NULL;

-- The service-time bucket (1-based) of a time in seconds. The edges are the
-- ones of serviceBucketEdges() in app/core/scorecard.cpp.
CREATE FUNCTION motcua_service_bucket(seconds integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN width_bucket(greatest(coalesce(seconds, 0), 0),
                        '{0,15,30,45,60,90,120,150,180,240,300,360,420,480,600,720,900,1200,1500,1800,2400,3600,5400,7200}'::integer[]);

-- Timeliness of a finished dossier as report II.06a counts it, the rule of
-- classifyFinished() in app/core/timeliness.cpp: compared on the Vietnam wall
-- clock to the minute; withdrawn ones count as on time.
CREATE FUNCTION motcua_finish_timeliness(due timestamptz, finished timestamptz, state text)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE
        WHEN state = 'withdrawn' OR due IS NULL OR finished IS NULL THEN 'on_time'
        WHEN (finished AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
             < (due AT TIME ZONE 'Asia/Ho_Chi_Minh')::date THEN 'early'
        WHEN date_trunc('minute', finished) <= date_trunc('minute', due) THEN 'on_time'
        ELSE 'late'
    END;

-- Adds one row of counts to its day and its month.
CREATE FUNCTION motcua_scorecard_add(d scorecard_days) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO scorecard_days AS s SELECT (d).*
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
        service_hist = (SELECT array_agg(a + b ORDER BY i)
                        FROM unnest(s.service_hist, excluded.service_hist) WITH ORDINALITY
                             AS h(a, b, i));
    d.day := date_trunc('month', d.day)::date;
    INSERT INTO scorecard_months AS s SELECT (d).*
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
        service_hist = (SELECT array_agg(a + b ORDER BY i)
                        FROM unnest(s.service_hist, excluded.service_hist) WITH ORDINALITY
                             AS h(a, b, i));
END
$$;
REVOKE EXECUTE ON FUNCTION motcua_scorecard_add(scorecard_days) FROM PUBLIC;

-- A histogram with one service time in it.
CREATE FUNCTION motcua_service_hist(seconds integer) RETURNS integer[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN seconds IS NULL THEN array_fill(0, ARRAY[24])
                ELSE array_fill(0, ARRAY[motcua_service_bucket(seconds) - 1]) || 1
                     || array_fill(0, ARRAY[24 - motcua_service_bucket(seconds)]) END;

-- Receipts: from the "received" event, which the receive writes before it
-- takes the unit's code counter (a trigger on the dossier row would run while
-- the other counters of the unit wait). The event's data carries the channel,
-- the receipt instant, the service time and whether it was a first visit.
CREATE FUNCTION motcua_scorecard_received() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    d scorecard_days;
    v_channel text := coalesce(NEW.data ->> 'channel', 'in_person');
BEGIN
    d.day := (coalesce((NEW.data ->> 'received_at')::timestamptz, NEW.at)
              AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    d.unit_id := NEW.unit_id;
    d.counter_id := coalesce(NEW.counter_id, 0);
    d.clerk := NEW.actor;
    d.received_in_person := (v_channel = 'in_person')::integer;
    d.received_post := (v_channel = 'post')::integer;
    d.received_online := (v_channel = 'online')::integer;
    d.received_first_visit := coalesce((NEW.data ->> 'first_visit')::boolean, false)::integer;
    d.resolved_early := 0; d.resolved_on_time := 0; d.resolved_late := 0;
    d.supplement_requests := 0; d.refusals := 0;
    d.rated_very_satisfied := 0; d.rated_satisfied := 0; d.rated_unsatisfied := 0;
    d.service_hist := motcua_service_hist((NEW.data ->> 'service_seconds')::integer);
    PERFORM motcua_scorecard_add(d);
    RETURN NULL;
END
$$;
CREATE TRIGGER dossier_events_scorecard AFTER INSERT ON dossier_events
    FOR EACH ROW WHEN (NEW.kind = 'received' AND NEW.unit_id IS NOT NULL)
    EXECUTE FUNCTION motcua_scorecard_received();

-- Resolutions (returned, stopped, withdrawn) and supplement requests while
-- processing (the clock stops), from the dossier's own row.
CREATE FUNCTION motcua_scorecard_dossier() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    d scorecard_days;
    v_class text;
BEGIN
    d.unit_id := NEW.receiving_unit_id;
    d.counter_id := coalesce(NEW.counter_id, 0);
    d.clerk := NEW.received_by;
    d.received_in_person := 0; d.received_post := 0; d.received_online := 0;
    d.received_first_visit := 0;
    d.resolved_early := 0; d.resolved_on_time := 0; d.resolved_late := 0;
    d.supplement_requests := 0; d.refusals := 0;
    d.rated_very_satisfied := 0; d.rated_satisfied := 0; d.rated_unsatisfied := 0;
    d.service_hist := array_fill(0, ARRAY[24]);
    IF NEW.finished_at IS NOT NULL AND OLD.finished_at IS NULL THEN
        v_class := motcua_finish_timeliness(NEW.due_at, NEW.finished_at, NEW.state);
        d.day := (NEW.finished_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
        d.resolved_early := (v_class = 'early')::integer;
        d.resolved_on_time := (v_class = 'on_time')::integer;
        d.resolved_late := (v_class = 'late')::integer;
        PERFORM motcua_scorecard_add(d);
    ELSIF NEW.state = 'awaiting_supplement' AND OLD.state <> 'awaiting_supplement' THEN
        d.day := (coalesce(NEW.paused_since, now()) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
        d.supplement_requests := 1;
        PERFORM motcua_scorecard_add(d);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER dossiers_scorecard AFTER UPDATE OF state, finished_at ON dossiers
    FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state
                       OR OLD.finished_at IS DISTINCT FROM NEW.finished_at)
    EXECUTE FUNCTION motcua_scorecard_dossier();

-- Supplement requests (Mẫu 02) and refusals (Mẫu 03) at the counter.
CREATE FUNCTION motcua_scorecard_outcome() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    d scorecard_days;
BEGIN
    d.day := (NEW.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    d.unit_id := NEW.unit_id;
    d.counter_id := coalesce(NEW.counter_id, 0);
    d.clerk := NEW.clerk;
    d.received_in_person := 0; d.received_post := 0; d.received_online := 0;
    d.received_first_visit := 0;
    d.resolved_early := 0; d.resolved_on_time := 0; d.resolved_late := 0;
    d.supplement_requests := (NEW.kind = 'supplement_requested')::integer;
    d.refusals := (NEW.kind = 'refused')::integer;
    d.rated_very_satisfied := 0; d.rated_satisfied := 0; d.rated_unsatisfied := 0;
    d.service_hist := motcua_service_hist(NEW.service_seconds);
    PERFORM motcua_scorecard_add(d);
    RETURN NULL;
END
$$;
CREATE TRIGGER intake_outcomes_scorecard AFTER INSERT ON intake_outcomes
    FOR EACH ROW EXECUTE FUNCTION motcua_scorecard_outcome();

-- Ratings, for the unit, counter and clerk of the handover.
CREATE FUNCTION motcua_scorecard_rating() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    d scorecard_days;
BEGIN
    d.day := (NEW.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    d.unit_id := coalesce(NEW.unit_id,
                          (SELECT receiving_unit_id FROM dossiers WHERE id = NEW.dossier_id));
    d.counter_id := coalesce(NEW.counter_id, 0);
    d.clerk := NEW.staff;
    d.received_in_person := 0; d.received_post := 0; d.received_online := 0;
    d.received_first_visit := 0;
    d.resolved_early := 0; d.resolved_on_time := 0; d.resolved_late := 0;
    d.supplement_requests := 0; d.refusals := 0;
    d.rated_very_satisfied := (NEW.level = 'very_satisfied')::integer;
    d.rated_satisfied := (NEW.level = 'satisfied')::integer;
    d.rated_unsatisfied := (NEW.level = 'unsatisfied')::integer;
    d.service_hist := array_fill(0, ARRAY[24]);
    PERFORM motcua_scorecard_add(d);
    RETURN NULL;
END
$$;
CREATE TRIGGER ratings_scorecard AFTER INSERT ON ratings
    FOR EACH ROW EXECUTE FUNCTION motcua_scorecard_rating();

-- The receive tells the bookkeeping how the dossier came (channel, service
-- time, first visit) in its "received" event; otherwise as in migration 0006.
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
    v_id_number text := nullif(p -> 'applicant' ->> 'id_number', '');
    v_tax_code  text := nullif(p -> 'applicant' ->> 'tax_code', '');
    v_first     boolean;
    v_day       date;
    v_seq       integer;
    v_unit_code text;
    v_code      text;
    v_id        bigint;
BEGIN
    SELECT d.id, d.code, d.received_at, d.due_at INTO dossier_id, code, received_at, due_at
    FROM dossiers d WHERE d.idempotency_key = v_key;
    IF FOUND THEN
        replayed := true;
        RETURN NEXT;
        RETURN;
    END IF;
    IF v_unit IS DISTINCT FROM motcua_current_unit() THEN
        RAISE EXCEPTION 'a clerk receives dossiers for their own unit only'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_counter IS NOT NULL
       AND NOT EXISTS (SELECT FROM counters c WHERE c.id = v_counter AND c.unit_id = v_unit) THEN
        RAISE EXCEPTION 'counter % is not one of unit %', v_counter, v_unit
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_received > now() + interval '5 minutes' THEN
        RAISE EXCEPTION 'received_at % is in the future', v_received USING ERRCODE = 'check_violation';
    END IF;
    v_day := (v_received AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    v_id := nextval('dossiers_id_seq'::regclass);
    v_first := NOT p ? 'resumes'
        AND NOT EXISTS (SELECT FROM intake_outcomes o
                        WHERE o.applicant_id_number = v_id_number AND o.procedure_id = v_procedure)
        AND NOT EXISTS (SELECT FROM intake_outcomes o
                        WHERE o.applicant_tax_code = v_tax_code AND o.procedure_id = v_procedure);

    INSERT INTO dossier_documents (dossier_id, checklist_item_id, name, originals,
                                   certified_copies, photocopies)
    SELECT v_id, (d ->> 'checklist_item_id')::integer, d ->> 'name',
           coalesce((d ->> 'originals')::integer, 0), coalesce((d ->> 'certified_copies')::integer, 0),
           coalesce((d ->> 'photocopies')::integer, 0)
    FROM jsonb_array_elements(coalesce(p -> 'documents', '[]')) d;

    INSERT INTO dossier_events (dossier_id, actor, unit_id, counter_id, kind, to_state, data)
    VALUES (v_id, session_user, v_unit, v_counter, 'received', 'received',
            jsonb_build_object('due_at', p ->> 'due_at', 'received_at', p ->> 'received_at',
                               'channel', coalesce(p ->> 'channel', 'in_person'),
                               'service_seconds', (p ->> 'service_seconds')::integer,
                               'first_visit', v_first));

    SELECT u.code INTO v_unit_code FROM units u WHERE u.id = v_unit;
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
           (p ->> 'department_id')::integer, coalesce(p ->> 'channel', 'in_person'),
           coalesce(p ->> 'return_channel', 'counter'), coalesce(a ->> 'kind', 'person'),
           a ->> 'name', v_id_number, v_tax_code,
           (nullif(a ->> 'birth_date', ''))::date, coalesce(a ->> 'phone', ''),
           coalesce(a ->> 'email', ''), coalesce(a ->> 'province', ''), coalesce(a ->> 'ward', ''),
           coalesce(a ->> 'street', ''), coalesce(a ->> 'representative_name', ''),
           coalesce(a ->> 'representative_id_number', ''),
           coalesce((p ->> 'sets_count')::integer, 1), coalesce((p ->> 'fee')::numeric, 0),
           v_received, v_due, (p ->> 'service_seconds')::integer
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

-- The weights of the composite score (one row), set by administrators and
-- audited like the catalogue; everybody reads them, the formula is public.
CREATE TABLE scorecard_weights (
    id              boolean PRIMARY KEY DEFAULT true CHECK (id),
    on_time         numeric(6, 2) NOT NULL DEFAULT 40 CHECK (on_time >= 0),
    satisfaction    numeric(6, 2) NOT NULL DEFAULT 35 CHECK (satisfaction >= 0),
    volume          numeric(6, 2) NOT NULL DEFAULT 15 CHECK (volume >= 0),
    trips_spared    numeric(6, 2) NOT NULL DEFAULT 10 CHECK (trips_spared >= 0),
    CHECK (on_time + satisfaction + volume + trips_spared > 0)
);
INSERT INTO scorecard_weights DEFAULT VALUES;
CREATE TRIGGER scorecard_weights_audit AFTER INSERT OR UPDATE OR DELETE ON scorecard_weights
    FOR EACH ROW EXECUTE FUNCTION motcua_audit('id');

GRANT SELECT ON scorecard_days, scorecard_months, scorecard_weights TO motcua_staff;
GRANT UPDATE ON scorecard_weights TO motcua_admin;
