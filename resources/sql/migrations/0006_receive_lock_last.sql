-- The receive transaction holds its unit's daily code counter row for as short
-- a time as it can. Several counters of one unit (the main center has dozens)
-- queue on that row, and each waits for the one before it to commit, so what
-- runs between taking the row and the commit sets how long a citizen waits.
--
-- Before: counter row → dossier → documents → event → commit.
-- Now:    documents → event → counter row → dossier → commit.
--
-- The documents and the first event name a dossier id drawn from the identity
-- sequence before the dossier row exists; their foreign keys are checked at
-- commit (deferred), so the rows still can never point at a missing dossier.

ALTER TABLE dossier_documents
    ALTER CONSTRAINT dossier_documents_dossier_id_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE dossier_events
    ALTER CONSTRAINT dossier_events_dossier_id_fkey DEFERRABLE INITIALLY DEFERRED;

-- The documents' row-level policy asks whether their dossier belongs to the
-- clerk's unit, which it cannot see before the dossier is written. The function
-- therefore runs with its owner's rights and makes the same checks itself: the
-- unit is the caller's own, the counter is one of the unit's, the clerk and the
-- event's actor are the session user. Only clerks may call it.
DROP FUNCTION motcua_receive(jsonb);
CREATE FUNCTION motcua_receive(p jsonb)
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

    INSERT INTO dossier_documents (dossier_id, checklist_item_id, name, originals,
                                   certified_copies, photocopies)
    SELECT v_id, (d ->> 'checklist_item_id')::integer, d ->> 'name',
           coalesce((d ->> 'originals')::integer, 0), coalesce((d ->> 'certified_copies')::integer, 0),
           coalesce((d ->> 'photocopies')::integer, 0)
    FROM jsonb_array_elements(coalesce(p -> 'documents', '[]')) d;

    INSERT INTO dossier_events (dossier_id, actor, unit_id, counter_id, kind, to_state, data)
    VALUES (v_id, session_user, v_unit, v_counter, 'received', 'received',
            jsonb_build_object('due_at', p ->> 'due_at'));

    SELECT u.code INTO v_unit_code FROM units u WHERE u.id = v_unit;
    -- From here to the commit, the other counters of this unit wait; the
    -- commit does not wait for the disk (see motcua_confirm_durable below).
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
    SELECT v_id, v_code, v_key, v_unit, v_counter, session_user, (p ->> 'procedure_id')::integer,
           (p ->> 'department_id')::integer, coalesce(p ->> 'channel', 'in_person'),
           coalesce(p ->> 'return_channel', 'counter'), coalesce(a ->> 'kind', 'person'),
           a ->> 'name', nullif(a ->> 'id_number', ''), nullif(a ->> 'tax_code', ''),
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
REVOKE EXECUTE ON FUNCTION motcua_receive(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION motcua_receive(jsonb) TO motcua_clerk;

-- The receive commits without waiting for its WAL to reach the disk, so that
-- the unit's counter row is free again at once instead of after an fsync; the
-- counters queued behind it then share their flushes (group commit). The
-- client acknowledges the intake (prints the receipt) only after this call: a
-- transaction of its own that commits synchronously, which flushes the WAL up to
-- and past the receive's commit record (and, with a synchronous standby, waits
-- for it too). If the server dies before, the receive is not acknowledged and
-- its retry with the same key lands once; a later intake that saw the counter
-- value flushes the earlier commit with its own.
CREATE FUNCTION motcua_confirm_durable() RETURNS xid8
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM set_config('synchronous_commit', 'on', true);
    RETURN pg_current_xact_id();
END
$$;
GRANT EXECUTE ON FUNCTION motcua_confirm_durable() TO motcua_staff;
