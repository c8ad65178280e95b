-- Counter intake: the receive transaction in one round trip, and the two other
-- outcomes of an intake (supplement request, refusal), which issue no code.

-- Intakes that ended without a dossier: the supplement request (Mẫu 02) lists
-- everything missing at once, the refusal (Mẫu 03) states its reason. The
-- draft is kept so that the intake continues where it stopped.
CREATE TABLE intake_outcomes (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idempotency_key     uuid NOT NULL UNIQUE,
    kind                text NOT NULL CHECK (kind IN ('supplement_requested', 'refused')),
    unit_id             integer NOT NULL REFERENCES units,
    counter_id          integer REFERENCES counters,
    clerk               name NOT NULL DEFAULT session_user,
    procedure_id        integer NOT NULL REFERENCES procedures,
    applicant_name      text NOT NULL,
    applicant_id_number text,
    applicant_tax_code  text,
    reason              text NOT NULL CHECK (btrim(reason) <> ''),
    -- For a supplement request: [{"name": …, "reason": …}, …]
    missing             jsonb NOT NULL DEFAULT '[]',
    -- The whole intake form as typed, to continue it later.
    draft               jsonb NOT NULL DEFAULT '{}',
    at                  timestamptz NOT NULL DEFAULT now(),
    service_seconds     integer CHECK (service_seconds >= 0),
    -- Set when the dossier is later received from this draft.
    resumed_by          bigint REFERENCES dossiers
);
CREATE INDEX intake_outcomes_applicant_idx ON intake_outcomes (applicant_id_number, procedure_id);
CREATE INDEX intake_outcomes_unit_at_idx ON intake_outcomes (unit_id, at);

ALTER TABLE intake_outcomes ENABLE ROW LEVEL SECURITY;
CREATE POLICY intake_outcomes_read ON intake_outcomes FOR SELECT TO motcua_staff USING (true);
CREATE POLICY intake_outcomes_clerk_insert ON intake_outcomes FOR INSERT TO motcua_clerk
    WITH CHECK (unit_id = motcua_current_unit() AND clerk = session_user);
CREATE POLICY intake_outcomes_clerk_resume ON intake_outcomes FOR UPDATE TO motcua_clerk
    USING (true) WITH CHECK (true);
GRANT SELECT ON intake_outcomes TO motcua_staff;
GRANT INSERT ON intake_outcomes TO motcua_clerk;
GRANT UPDATE (resumed_by) ON intake_outcomes TO motcua_clerk;

-- Receives a dossier in one statement: the daily code counter row of the unit
-- is incremented inside this transaction (so codes are gapless and never
-- reused: a rollback gives the number back), then the dossier, its documents
-- and its first event are written. A submit whose idempotency key already
-- landed returns that dossier instead (replayed = true), so a retry after a
-- dropped connection never makes a second dossier or burns a second code.
-- Runs with the caller's rights: grants and row-level security apply.
CREATE FUNCTION motcua_receive(p jsonb)
    RETURNS TABLE (dossier_id bigint, code text, received_at timestamptz, due_at timestamptz,
                   replayed boolean)
    LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    v_key       uuid := (p ->> 'key')::uuid;
    v_unit      integer := (p ->> 'unit_id')::integer;
    v_received  timestamptz := (p ->> 'received_at')::timestamptz;
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
    IF v_received > now() + interval '5 minutes' THEN
        RAISE EXCEPTION 'received_at % is in the future', v_received USING ERRCODE = 'check_violation';
    END IF;
    v_day := (v_received AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    SELECT u.code INTO v_unit_code FROM units u WHERE u.id = v_unit;

    INSERT INTO daily_code_counters AS c (unit_id, day, last_seq) VALUES (v_unit, v_day, 1)
    ON CONFLICT (unit_id, day) DO UPDATE SET last_seq = c.last_seq + 1
    RETURNING c.last_seq INTO v_seq;
    v_code := v_unit_code || '-' || to_char(v_day, 'YYMMDD') || '-' || lpad(v_seq::text, 4, '0');

    INSERT INTO dossiers (code, idempotency_key, receiving_unit_id, counter_id, procedure_id,
                          department_id, channel, return_channel, applicant_kind, applicant_name,
                          applicant_id_number, applicant_tax_code, applicant_birth_date,
                          applicant_phone, applicant_email, applicant_province, applicant_ward,
                          applicant_street, representative_name, representative_id_number,
                          sets_count, fee, received_at, due_at, service_seconds)
    SELECT v_code, v_key, v_unit, (p ->> 'counter_id')::integer, (p ->> 'procedure_id')::integer,
           (p ->> 'department_id')::integer, coalesce(p ->> 'channel', 'in_person'),
           coalesce(p ->> 'return_channel', 'counter'), coalesce(a ->> 'kind', 'person'),
           a ->> 'name', nullif(a ->> 'id_number', ''), nullif(a ->> 'tax_code', ''),
           (nullif(a ->> 'birth_date', ''))::date, coalesce(a ->> 'phone', ''),
           coalesce(a ->> 'email', ''), coalesce(a ->> 'province', ''), coalesce(a ->> 'ward', ''),
           coalesce(a ->> 'street', ''), coalesce(a ->> 'representative_name', ''),
           coalesce(a ->> 'representative_id_number', ''),
           coalesce((p ->> 'sets_count')::integer, 1), coalesce((p ->> 'fee')::numeric, 0),
           v_received, (p ->> 'due_at')::timestamptz, (p ->> 'service_seconds')::integer
    FROM (SELECT p -> 'applicant' AS a) s
    RETURNING id INTO v_id;

    INSERT INTO dossier_documents (dossier_id, checklist_item_id, name, originals,
                                   certified_copies, photocopies)
    SELECT v_id, (d ->> 'checklist_item_id')::integer, d ->> 'name',
           coalesce((d ->> 'originals')::integer, 0), coalesce((d ->> 'certified_copies')::integer, 0),
           coalesce((d ->> 'photocopies')::integer, 0)
    FROM jsonb_array_elements(coalesce(p -> 'documents', '[]')) d;

    INSERT INTO dossier_events (dossier_id, unit_id, counter_id, kind, to_state, data)
    VALUES (v_id, v_unit, (p ->> 'counter_id')::integer, 'received', 'received',
            jsonb_build_object('due_at', p ->> 'due_at', 'code', v_code));

    IF p ? 'resumes' THEN
        UPDATE intake_outcomes SET resumed_by = v_id WHERE id = (p ->> 'resumes')::bigint;
    END IF;

    dossier_id := v_id;
    code := v_code;
    received_at := v_received;
    due_at := (p ->> 'due_at')::timestamptz;
    replayed := false;
    RETURN NEXT;
END
$$;
GRANT EXECUTE ON FUNCTION motcua_receive(jsonb) TO motcua_clerk;
