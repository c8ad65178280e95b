-- The receive stops paying for foreign keys row by row. Each key PostgreSQL
-- checks on insert is a query of its own through SPI that also locks the
-- parent row FOR KEY SHARE, and so writes to it: for an intake with 8
-- documents that was 23 checks, 9 of them deferred to the commit, that is,
-- run while the unit's code counter row is held and the unit's other counters
-- wait. Every counter of a unit also locked the same unit and procedure rows,
-- which turns those locks into multixacts. Measured with perf on the server
-- (motcua-bench soak's receive, 1 client): the triggers of the checks were a
-- fifth of the receive's server time; without them the server spends 0.88 ms
-- per receive instead of 1.11 ms.
--
-- The same guarantees, kept another way:
-- * a dossier and its documents are written only by motcua_receive, which
--   checks the unit, counter, procedure, department and every document's
--   checklist item once, with one query each (the checklist item must now be
--   one of the procedure's, which the key did not ask);
-- * events written directly (a state change, a return) must name a dossier
--   that exists, by their insert policy; the unit and counter were already
--   checked there (migration 0013);
-- * a parent row that a dossier, document or event names cannot be deleted
--   (motcua_refuse_orphans, the keys' NO ACTION), ids never change, and a
--   TRUNCATE that would orphan rows is refused. A deletion waits for the
--   receives in flight and keeps new ones out until it ends, so a receive's
--   checks stay true until its commit.
-- The keys that cost nothing on the intake path stay: the bookkeeping rows
-- and the code counter insert a row once per day and unit (an update does not
-- check a key whose columns it leaves alone), and every other table's keys.

ALTER TABLE dossiers
    DROP CONSTRAINT dossiers_receiving_unit_id_fkey,
    DROP CONSTRAINT dossiers_counter_id_fkey,
    DROP CONSTRAINT dossiers_procedure_id_fkey,
    DROP CONSTRAINT dossiers_department_id_fkey;
ALTER TABLE dossier_documents
    DROP CONSTRAINT dossier_documents_dossier_id_fkey,
    DROP CONSTRAINT dossier_documents_checklist_item_id_fkey;
ALTER TABLE dossier_events
    DROP CONSTRAINT dossier_events_dossier_id_fkey,
    DROP CONSTRAINT dossier_events_unit_id_fkey,
    DROP CONSTRAINT dossier_events_counter_id_fkey;

-- The keys' NO ACTION on the parents: refuse to delete a row that is named.
CREATE FUNCTION motcua_refuse_orphans() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_by text;
BEGIN
    -- Receives take ROW EXCLUSIVE on dossiers before they check anything.
    LOCK TABLE dossiers, dossier_documents, dossier_events IN SHARE MODE;
    IF TG_TABLE_NAME = 'units' THEN
        SELECT 'dossiers' INTO v_by FROM dossiers d, gone g
        WHERE d.receiving_unit_id = g.id OR d.department_id = g.id LIMIT 1;
        IF v_by IS NULL THEN
            SELECT 'dossier_events' INTO v_by FROM dossier_events e, gone g
            WHERE e.unit_id = g.id LIMIT 1;
        END IF;
    ELSIF TG_TABLE_NAME = 'counters' THEN
        SELECT 'dossiers' INTO v_by FROM dossiers d, gone g WHERE d.counter_id = g.id LIMIT 1;
        IF v_by IS NULL THEN
            SELECT 'dossier_events' INTO v_by FROM dossier_events e, gone g
            WHERE e.counter_id = g.id LIMIT 1;
        END IF;
    ELSIF TG_TABLE_NAME = 'procedures' THEN
        SELECT 'dossiers' INTO v_by FROM dossiers d, gone g WHERE d.procedure_id = g.id LIMIT 1;
    ELSIF TG_TABLE_NAME = 'checklist_items' THEN
        SELECT 'dossier_documents' INTO v_by FROM dossier_documents d, gone g
        WHERE d.checklist_item_id = g.id LIMIT 1;
    ELSIF TG_TABLE_NAME = 'dossiers' THEN
        SELECT 'dossier_documents' INTO v_by FROM dossier_documents d, gone g
        WHERE d.dossier_id = g.id LIMIT 1;
        IF v_by IS NULL THEN
            SELECT 'dossier_events' INTO v_by FROM dossier_events e, gone g
            WHERE e.dossier_id = g.id LIMIT 1;
        END IF;
    END IF;
    IF v_by IS NOT NULL THEN
        RAISE EXCEPTION 'a row of % is still named by %', TG_TABLE_NAME, v_by
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION motcua_refuse_orphaning_truncate() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT FROM dossiers) OR EXISTS (SELECT FROM dossier_events) THEN
        RAISE EXCEPTION '% is named by dossiers or their events', TG_TABLE_NAME
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION motcua_refuse_id_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the id of a row of % never changes', TG_TABLE_NAME
        USING ERRCODE = 'foreign_key_violation';
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['units', 'counters', 'procedures', 'checklist_items', 'dossiers'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_refuse_orphans AFTER DELETE ON %1$I '
                       'REFERENCING OLD TABLE AS gone FOR EACH STATEMENT '
                       'EXECUTE FUNCTION motcua_refuse_orphans()', t);
        EXECUTE format('CREATE TRIGGER %1$s_refuse_orphaning_truncate BEFORE TRUNCATE ON %1$I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_orphaning_truncate()', t);
        EXECUTE format('CREATE TRIGGER %1$s_refuse_id_change BEFORE UPDATE OF id ON %1$I '
                       'FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) '
                       'EXECUTE FUNCTION motcua_refuse_id_change()', t);
    END LOOP;
END
$$;
REVOKE EXECUTE ON FUNCTION motcua_refuse_orphans(), motcua_refuse_orphaning_truncate(),
    motcua_refuse_id_change() FROM PUBLIC;

-- Events written directly name a dossier that exists.
DROP POLICY dossier_events_insert ON dossier_events;
CREATE POLICY dossier_events_insert ON dossier_events FOR INSERT TO motcua_staff
    WITH CHECK (actor = session_user
                AND kind <> 'received'
                AND EXISTS (SELECT FROM dossiers d WHERE d.id = dossier_id)
                AND (unit_id IS NULL OR unit_id = motcua_current_unit())
                AND (counter_id IS NULL
                     OR EXISTS (SELECT FROM counters c
                                WHERE c.id = counter_id AND c.unit_id = motcua_current_unit())));

-- The applicant's search key, computed for every dossier row by its generated
-- column: as a SQL function its body was read from its stored form and run by
-- an executor of its own at every insert (18 µs); in PL/pgSQL the expression
-- is planned once per session (5 µs). The same rule (migration 0001).
CREATE OR REPLACE FUNCTION motcua_fold(t text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS $$
BEGIN
    RETURN btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary,
                                                      normalize(t, NFC))),
                                '\s+', ' ', 'g'));
END
$$;

-- The receive of migration 0011, with the checks above made in one statement,
-- and its scorecard block adding to the day's row only (migration 0014).
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
