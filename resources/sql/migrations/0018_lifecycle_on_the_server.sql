-- The database referees the dossier's life. Until now clerks, supervisors,
-- administrators and departments held UPDATE on a dossier's state, due date,
-- pause, finish time and version, and INSERT on its events, handovers and
-- intake outcomes: the lifecycle rules lived in the client, so a clerk with
-- psql could move a due date a year, mark a dossier returned without an event,
-- or file a control-sheet line on another branch's dossier. The figures the
-- branches are ranked on came from the people being ranked.
--
-- Now every change goes through functions owned by motcua_referee, a role
-- nobody logs in as:
-- * motcua_dossier_act() applies one action: the transition table below (the
--   same as core's DossierLifecycle, versioned by effective date), the role
--   and unit rules, the version check, the reason rules, server time for the
--   pause, the resume and the finish, the due date after a supplement computed
--   here (motcua_resumed_due), an extension that must land in working time,
--   and the control-sheet event, all in one statement;
-- * motcua_record_outcome() records an intake's supplement request or refusal
--   for the caller's own unit, at server time;
-- * motcua_receive() (migration 0017) receives a dossier.
-- Staff roles keep no INSERT, UPDATE or DELETE on dossiers, dossier_events,
-- handovers or intake_outcomes.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'motcua_referee') THEN
        CREATE ROLE motcua_referee NOLOGIN;
    END IF;
    -- The functions enforce the unit rules themselves; row-level security is
    -- for the staff's own statements.
    ALTER ROLE motcua_referee NOLOGIN BYPASSRLS NOSUPERUSER NOCREATEROLE NOCREATEDB;
END
$$;

-- One row per allowed (action, state before, role) in each version of the
-- rules; to_state NULL keeps the state (an extension). Version 1 is
-- DossierLifecycle's table in app/core (test_lifecycle_server compares them).
CREATE TABLE lifecycle_versions (
    version         integer PRIMARY KEY,
    effective_from  timestamptz NOT NULL UNIQUE,
    note            text NOT NULL DEFAULT ''
);
CREATE TABLE lifecycle_rules (
    version     integer NOT NULL REFERENCES lifecycle_versions,
    action      text NOT NULL,
    from_state  text NOT NULL,
    to_state    text,
    role        text NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin', 'department')),
    -- Whether the action must state its reason (Mẫu 02, apology, stop, withdrawal).
    needs_reason boolean NOT NULL DEFAULT false,
    PRIMARY KEY (version, action, from_state, role)
);
INSERT INTO lifecycle_versions (version, effective_from, note)
VALUES (1, '2018-01-01 00:00+07', 'Decree 61/2018/ND-CP, as amended; Decree 118/2025/ND-CP');
INSERT INTO lifecycle_rules (version, action, from_state, to_state, role, needs_reason)
SELECT 1, r.action, f.state, r.to_state, g.role, r.needs_reason
FROM (VALUES
    ('transferred',  ARRAY['received'], 'transferred', ARRAY['clerk', 'supervisor', 'admin'], false),
    ('processing',   ARRAY['transferred'], 'in_processing',
                     ARRAY['department', 'supervisor', 'admin'], false),
    ('supplement',   ARRAY['transferred', 'in_processing'], 'awaiting_supplement',
                     ARRAY['department', 'clerk', 'supervisor', 'admin'], true),
    ('supplemented', ARRAY['awaiting_supplement'], 'in_processing',
                     ARRAY['clerk', 'department', 'supervisor', 'admin'], false),
    ('extended',     ARRAY['transferred', 'in_processing', 'awaiting_supplement'], NULL,
                     ARRAY['department', 'supervisor', 'admin'], true),
    ('stopped',      ARRAY['transferred', 'in_processing', 'awaiting_supplement'], 'stopped',
                     ARRAY['department', 'supervisor', 'admin'], true),
    ('withdrawn',    ARRAY['received', 'transferred', 'in_processing', 'awaiting_supplement'],
                     'withdrawn', ARRAY['clerk', 'supervisor', 'admin'], true),
    ('ready',        ARRAY['in_processing'], 'ready', ARRAY['department', 'supervisor', 'admin'], false),
    ('returned',     ARRAY['ready'], 'returned', ARRAY['clerk', 'supervisor', 'admin'], false)
) AS r(action, from_states, to_state, roles, needs_reason)
CROSS JOIN LATERAL unnest(r.from_states) AS f(state)
CROSS JOIN LATERAL unnest(r.roles) AS g(role);

CREATE TRIGGER lifecycle_versions_append_only BEFORE UPDATE OR DELETE ON lifecycle_versions
    FOR EACH ROW EXECUTE FUNCTION motcua_forbid_change();
CREATE TRIGGER lifecycle_rules_append_only BEFORE UPDATE OR DELETE ON lifecycle_rules
    FOR EACH ROW EXECUTE FUNCTION motcua_forbid_change();
GRANT SELECT ON lifecycle_versions, lifecycle_rules TO motcua_staff;

-- What the referee's functions read and write, and nothing else.
GRANT USAGE ON SCHEMA public TO motcua_referee;
GRANT SELECT ON working_time, working_time_scopes TO motcua_referee;
GRANT EXECUTE ON FUNCTION motcua_due_at(integer, integer, timestamptz),
    motcua_due_at(integer, numeric, text, time, timestamptz),
    motcua_resumed_due(integer, timestamptz, timestamptz, timestamptz),
    motcua_is_working_instant(integer, timestamptz), motcua_service_bucket(integer),
    motcua_fold(text) TO motcua_referee;
GRANT SELECT ON units, counters, staff, procedures, checklist_items, working_hours,
    calendar_days, dossiers, dossier_documents, dossier_events, handovers, intake_outcomes,
    daily_code_counters, scorecard_rollup, scorecard_days, scorecard_months, lifecycle_versions,
    lifecycle_rules, receipt_settings TO motcua_referee;
GRANT INSERT, UPDATE ON dossiers, daily_code_counters, scorecard_days, scorecard_months
    TO motcua_referee;
GRANT INSERT ON dossier_documents, dossier_events, handovers, intake_outcomes TO motcua_referee;
GRANT UPDATE (resumed_by) ON intake_outcomes TO motcua_referee;
GRANT USAGE ON SEQUENCE dossiers_id_seq TO motcua_referee;

-- The caller as staff: job, unit and counter, or nothing for a stranger.
CREATE FUNCTION motcua_dossier_act(p_dossier bigint, p_version integer, p_action text,
                                   p_note text, p_new_due timestamptz, p_handover jsonb)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_job       text;
    v_unit      integer;
    v_counter   integer;
    d           dossiers%ROWTYPE;
    v_rules     integer;
    v_rule      lifecycle_rules%ROWTYPE;
    v_to        text;
    v_due       timestamptz;
    v_paused    timestamptz;
    v_finished  timestamptz;
    v_note      text := btrim(coalesce(p_note, ''));
    v_data      jsonb := '{}';
    v_channel   text;
BEGIN
    SELECT s.job, s.unit_id, s.counter_id INTO v_job, v_unit, v_counter
    FROM staff s WHERE s.role_name = session_user AND s.active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'only active staff change dossiers' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO d FROM dossiers WHERE id = p_dossier FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'dossier % does not exist', p_dossier USING ERRCODE = 'no_data_found';
    END IF;
    -- Clerks act on their own unit's dossiers, departments on the dossiers they
    -- process; supervisors and administrators on any.
    IF (v_job = 'clerk' AND d.receiving_unit_id <> v_unit)
       OR (v_job = 'department' AND d.department_id <> v_unit) THEN
        RAISE EXCEPTION 'dossier % belongs to another unit', d.code
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF d.version IS DISTINCT FROM p_version THEN
        RAISE EXCEPTION 'dossier % is at version %, not %', d.code, d.version, p_version
            USING ERRCODE = 'serialization_failure';
    END IF;
    SELECT v.version INTO v_rules FROM lifecycle_versions v
    WHERE v.effective_from <= now() ORDER BY v.effective_from DESC LIMIT 1;
    SELECT * INTO v_rule FROM lifecycle_rules r
    WHERE r.version = v_rules AND r.action = p_action AND r.from_state = d.state
      AND r.role = v_job;
    IF NOT FOUND THEN
        RAISE EXCEPTION '"%" is not allowed to % from "%"', p_action, v_job, d.state
            USING ERRCODE = 'check_violation';
    END IF;
    IF v_rule.needs_reason AND v_note = '' THEN
        RAISE EXCEPTION '"%" needs a reason', p_action USING ERRCODE = 'check_violation';
    END IF;

    v_to := coalesce(v_rule.to_state, d.state);
    v_due := d.due_at;
    v_paused := d.paused_since;
    v_finished := d.finished_at;
    CASE p_action
    WHEN 'supplement' THEN
        v_paused := now(); -- the clock stops
    WHEN 'supplemented' THEN
        -- The clock resumes with the working time that was left at the pause.
        v_due := motcua_resumed_due(d.receiving_unit_id, d.due_at, d.paused_since, now());
        IF v_due IS DISTINCT FROM d.due_at THEN
            v_data := jsonb_build_object('old_due', motcua_iso_utc(d.due_at),
                                         'new_due', motcua_iso_utc(v_due));
        END IF;
        v_data := v_data || jsonb_build_object('paused_from', motcua_iso_utc(d.paused_since));
        v_paused := NULL;
    WHEN 'extended' THEN
        IF p_new_due IS NULL OR p_new_due <= d.due_at THEN
            RAISE EXCEPTION 'an extension needs a new due date after %', d.due_at
                USING ERRCODE = 'check_violation';
        END IF;
        IF NOT motcua_is_working_instant(d.receiving_unit_id, p_new_due) THEN
            RAISE EXCEPTION 'the new due date % is outside working time', p_new_due
                USING ERRCODE = 'check_violation';
        END IF;
        v_due := p_new_due;
        v_data := jsonb_build_object('old_due', motcua_iso_utc(d.due_at),
                                     'new_due', motcua_iso_utc(v_due),
                                     'after_due', now() > d.due_at);
    WHEN 'returned', 'stopped', 'withdrawn' THEN
        v_finished := now();
    ELSE
        NULL;
    END CASE;

    IF p_action = 'returned' THEN
        v_channel := coalesce(p_handover ->> 'channel', 'applicant');
        INSERT INTO handovers (dossier_id, channel, collector_name, collector_id_number,
                               authorisation, tracking_number, unit_id, counter_id, clerk)
        VALUES (d.id, v_channel, btrim(coalesce(p_handover ->> 'collector_name', '')),
                btrim(coalesce(p_handover ->> 'collector_id_number', '')),
                btrim(coalesce(p_handover ->> 'authorisation', '')),
                btrim(coalesce(p_handover ->> 'tracking_number', '')), v_unit, v_counter,
                session_user);
        v_data := v_data || jsonb_build_object('channel', v_channel);
    END IF;
    v_data := v_data || jsonb_build_object('rules_version', v_rules);

    UPDATE dossiers SET state = v_to, due_at = v_due, paused_since = v_paused,
                        finished_at = v_finished, version = version + 1
    WHERE id = d.id;
    INSERT INTO dossier_events (dossier_id, actor, unit_id, counter_id, kind, from_state,
                                to_state, note, data)
    VALUES (d.id, session_user, v_unit, v_counter, p_action, d.state, v_to, v_note, v_data);
    RETURN d.version + 1;
END
$$;

-- Instants in the events' data as the client wrote them before: UTC with
-- milliseconds (DossierRepository reads old_due/new_due back).
CREATE FUNCTION motcua_iso_utc(t timestamptz) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');

-- An intake that ends without a dossier: the supplement request (listing what
-- is missing, all at once) or the refusal, for the caller's own unit and
-- counter, at server time. A retried submit returns the outcome it recorded.
CREATE FUNCTION motcua_record_outcome(p_key uuid, p_kind text, p_unit integer, p_counter integer,
                                      p_procedure integer, p_applicant_name text,
                                      p_id_number text, p_tax_code text, p_reason text,
                                      p_missing jsonb, p_draft jsonb, p_service_seconds integer)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    SELECT o.id INTO v_id FROM intake_outcomes o WHERE o.idempotency_key = p_key;
    IF FOUND THEN
        RETURN v_id;
    END IF;
    IF NOT EXISTS (SELECT FROM staff s WHERE s.role_name = session_user AND s.active
                   AND s.job = 'clerk' AND s.unit_id = p_unit) THEN
        RAISE EXCEPTION 'a clerk records intakes for their own unit only'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_counter IS NOT NULL
       AND NOT EXISTS (SELECT FROM counters c WHERE c.id = p_counter AND c.unit_id = p_unit) THEN
        RAISE EXCEPTION 'counter % is not one of unit %', p_counter, p_unit
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_kind = 'supplement_requested'
       AND (jsonb_typeof(p_missing) IS DISTINCT FROM 'array' OR jsonb_array_length(p_missing) = 0) THEN
        RAISE EXCEPTION 'a supplement request lists what is missing' USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO intake_outcomes (idempotency_key, kind, unit_id, counter_id, clerk, procedure_id,
                                 applicant_name, applicant_id_number, applicant_tax_code, reason,
                                 missing, draft, service_seconds)
    VALUES (p_key, p_kind, p_unit, p_counter, session_user, p_procedure, p_applicant_name,
            nullif(p_id_number, ''), nullif(p_tax_code, ''), btrim(coalesce(p_reason, '')),
            coalesce(p_missing, '[]'), coalesce(p_draft, '{}'),
            motcua_bounded_service_seconds(p_service_seconds))
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN -- a concurrent retry of the same submit won
        SELECT o.id INTO v_id FROM intake_outcomes o WHERE o.idempotency_key = p_key;
    END IF;
    RETURN v_id;
END
$$;

ALTER FUNCTION motcua_dossier_act(bigint, integer, text, text, timestamptz, jsonb)
    OWNER TO motcua_referee;
ALTER FUNCTION motcua_record_outcome(uuid, text, integer, integer, integer, text, text, text,
                                     text, jsonb, jsonb, integer) OWNER TO motcua_referee;
ALTER FUNCTION motcua_receive(jsonb) OWNER TO motcua_referee;
REVOKE EXECUTE ON FUNCTION motcua_dossier_act(bigint, integer, text, text, timestamptz, jsonb),
    motcua_record_outcome(uuid, text, integer, integer, integer, text, text, text, text, jsonb,
                          jsonb, integer),
    motcua_iso_utc(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION motcua_iso_utc(timestamptz), motcua_bounded_service_seconds(integer)
    TO motcua_referee;
GRANT EXECUTE ON FUNCTION motcua_dossier_act(bigint, integer, text, text, timestamptz, jsonb)
    TO motcua_staff;
GRANT EXECUTE ON FUNCTION motcua_record_outcome(uuid, text, integer, integer, integer, text, text,
                                                text, text, jsonb, jsonb, integer)
    TO motcua_clerk;

-- No direct writes any more.
REVOKE INSERT, UPDATE, DELETE ON dossiers, dossier_events, handovers, intake_outcomes
    FROM motcua_staff, motcua_clerk, motcua_supervisor, motcua_admin, motcua_department;
DROP POLICY dossiers_clerk_update ON dossiers;
DROP POLICY dossiers_supervisor_update ON dossiers;
DROP POLICY dossiers_department_update ON dossiers;
DROP POLICY dossier_events_insert ON dossier_events;
DROP POLICY handovers_clerk_insert ON handovers;
DROP POLICY intake_outcomes_clerk_insert ON intake_outcomes;
