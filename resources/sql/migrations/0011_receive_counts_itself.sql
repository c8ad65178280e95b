-- The receive counts itself for the scorecard. Until now its `received` event
-- fired a trigger that called a helper that wrote the day's and the month's
-- counts: two PL/pgSQL calls and a row built field by field on every intake,
-- about a tenth of the receive's server time (pg_stat_statements with
-- track = all, motcua-bench soak). The receive already holds every value, so
-- it writes both rows itself, right after the event and before it takes the
-- unit's code counter. Its event says so ('counted'); the trigger stays for
-- `received` events written any other way (imports, the history bench).

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
    v_channel   text := coalesce(p ->> 'channel', 'in_person');
    v_seconds   integer := (p ->> 'service_seconds')::integer;
    v_bucket    integer;
    v_hist      integer[] := array_fill(0, ARRAY[24]);
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
                               'channel', v_channel, 'service_seconds', v_seconds,
                               'first_visit', v_first, 'counted', true));

    -- scorecard: begin
    -- The scorecard's counts of this intake, for its day and its month.
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
    -- scorecard: end

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

DROP TRIGGER dossier_events_scorecard ON dossier_events;
CREATE TRIGGER dossier_events_scorecard AFTER INSERT ON dossier_events
    FOR EACH ROW WHEN (NEW.kind = 'received' AND NEW.unit_id IS NOT NULL
                       AND NOT NEW.data ? 'counted')
    EXECUTE FUNCTION motcua_scorecard_received();
