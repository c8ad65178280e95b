-- Ratings come from the citizen, not the clerk. Until now the clerk who served
-- pressed 1/2/3 on their own screen and inserted the rating themselves: the
-- person being rated held the pen (and the satisfaction weighs 35 % of the
-- branch's composite score). From here on a rating is written only by a
-- citizen-facing device through motcua_rate():
--   * a rating terminal faces the citizen at one counter (group role
--     motcua_terminal, one LOGIN role per device, bound to its counter in
--     rating_terminals); it rates what just happened at that counter, within
--     a few minutes;
--   * a hall kiosk (same group, bound to a unit) rates a dossier later, found
--     by the code scanned from the receipt's QR code, within weeks.
-- A rating request is an in-person receipt at a counter (dossiers.counter_id,
-- received_at, received_by) or a handover at a counter (handovers). Both are
-- derived at read time: nothing is added to the intake's writes, whose
-- throughput is budgeted. Unit, counter and clerk of a rating come from the
-- receipt or handover, never from the device, so the scorecard keeps
-- counting them for whoever served (the rating trigger of 0010/0014).

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'motcua_terminal') THEN
        -- Not a member of motcua_staff: a device reads nothing but what its
        -- functions below return.
        CREATE ROLE motcua_terminal NOLOGIN;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO motcua_terminal;
-- Until now only staff could reach the schema, so these helpers kept
-- PostgreSQL's default EXECUTE for PUBLIC; the devices reach it now, and get
-- only the functions granted to them below.
REVOKE EXECUTE ON FUNCTION motcua_current_unit(), motcua_fold(text), motcua_confirm_durable(),
    motcua_service_bucket(integer), motcua_service_hist(integer),
    motcua_finish_timeliness(timestamptz, timestamptz, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION motcua_current_unit(), motcua_fold(text), motcua_confirm_durable(),
    motcua_service_bucket(integer), motcua_service_hist(integer),
    motcua_finish_timeliness(timestamptz, timestamptz, text) TO motcua_staff;

-- How long a request stays open. At the counter's terminal the citizen is
-- still in front of the clerk: 10 minutes after the receipt or handover, and
-- only the counter's latest request is shown. At a hall kiosk the citizen
-- comes back with the receipt: 30 days.
CREATE FUNCTION motcua_rating_terminal_window() RETURNS interval
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN interval '10 minutes';
CREATE FUNCTION motcua_rating_kiosk_window() RETURNS interval
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN interval '30 days';

-- The devices: role_name is the device's own LOGIN role (a member of
-- motcua_terminal). A counter terminal names its counter, a hall kiosk its unit.
CREATE TABLE rating_terminals (
    role_name   name PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('counter', 'kiosk')),
    counter_id  integer REFERENCES counters,
    unit_id     integer REFERENCES units,
    label       text NOT NULL DEFAULT '',
    active      boolean NOT NULL DEFAULT true,
    CHECK ((kind = 'counter' AND counter_id IS NOT NULL AND unit_id IS NULL)
           OR (kind = 'kiosk' AND unit_id IS NOT NULL AND counter_id IS NULL))
);
CREATE TRIGGER rating_terminals_audit AFTER INSERT OR UPDATE OR DELETE ON rating_terminals
    FOR EACH ROW EXECUTE FUNCTION motcua_audit('role_name');
GRANT SELECT ON rating_terminals TO motcua_staff;
GRANT INSERT, UPDATE, DELETE ON rating_terminals TO motcua_admin;

-- A rating belongs to one occasion of the dossier (receipt or handover) and
-- says where it was given: earlier rows were typed by the clerk.
ALTER TABLE ratings
    ADD COLUMN occasion text NOT NULL DEFAULT 'handover' CHECK (occasion IN ('receipt', 'handover')),
    ADD COLUMN via text NOT NULL DEFAULT 'clerk' CHECK (via IN ('clerk', 'terminal', 'kiosk')),
    ADD COLUMN device name;
ALTER TABLE ratings ALTER COLUMN occasion DROP DEFAULT, ALTER COLUMN via DROP DEFAULT;
-- Once per request (0005 allowed one per dossier).
DROP INDEX ratings_one_per_dossier_idx;
CREATE UNIQUE INDEX ratings_one_per_occasion_idx ON ratings (dossier_id, occasion);
DROP INDEX ratings_dossier_idx; -- the unique index leads with dossier_id

-- Nobody but motcua_rate writes ratings: the clerk's insert goes, and no
-- staff role may insert, change or delete one.
DROP POLICY ratings_clerk_insert ON ratings;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ratings
    FROM motcua_staff, motcua_clerk, motcua_supervisor, motcua_admin, motcua_department;

-- A terminal finds its counter's latest handover through this.
CREATE INDEX handovers_counter_at_idx ON handovers (counter_id, at) WHERE counter_id IS NOT NULL;

-- The rating requests of a dossier: an in-person receipt at a counter and a
-- handover at a counter (not by post: the citizen is not there), with who
-- served. Runs inside the security-definer functions below, and for staff
-- (the clerk's screen) with their own rights.
CREATE FUNCTION motcua_rating_occasions(p_dossier bigint)
    RETURNS TABLE (occasion text, at timestamptz, unit_id integer, counter_id integer, clerk name)
    LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT 'receipt', d.received_at, d.receiving_unit_id, d.counter_id, d.received_by
    FROM dossiers d
    WHERE d.id = p_dossier AND d.counter_id IS NOT NULL AND d.channel = 'in_person'
    UNION ALL
    SELECT 'handover', h.at, coalesce(h.unit_id, c.unit_id), h.counter_id, h.clerk
    FROM handovers h JOIN counters c ON c.id = h.counter_id
    WHERE h.dossier_id = p_dossier AND h.channel <> 'post'
$$;

-- The calling device's row; refuses anybody else. Runs inside the
-- security-definer functions below only.
CREATE FUNCTION motcua_rating_device() RETURNS rating_terminals
    LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
DECLARE
    t rating_terminals;
BEGIN
    SELECT * INTO t FROM rating_terminals WHERE role_name = session_user AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the role % is not an active rating terminal', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN t;
END
$$;

-- What the device is, for its screen: kind, label, unit and counter.
CREATE FUNCTION motcua_rating_terminal_info()
    RETURNS TABLE (role_name name, kind text, label text, unit_name text, counter_number integer)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    t rating_terminals := motcua_rating_device();
BEGIN
    RETURN QUERY
    SELECT t.role_name, t.kind, t.label, u.name, c.number
    FROM (SELECT 1) one
    LEFT JOIN counters c ON c.id = t.counter_id
    LEFT JOIN units u ON u.id = coalesce(t.unit_id, c.unit_id);
END
$$;

-- A counter terminal's open request: the latest receipt or handover at its
-- counter, while the window is open and it is not rated yet (an older request
-- is superseded by the next citizen's).
CREATE FUNCTION motcua_rating_pending()
    RETURNS TABLE (dossier_id bigint, code text, procedure_name text, occasion text,
                   at timestamptz, expires_at timestamptz, clerk_name text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    t rating_terminals := motcua_rating_device();
    v_unit integer;
    v_since timestamptz := now() - motcua_rating_terminal_window();
BEGIN
    IF t.kind <> 'counter' THEN
        RAISE EXCEPTION 'a hall kiosk has no counter of its own' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT c.unit_id INTO v_unit FROM counters c WHERE c.id = t.counter_id;
    RETURN QUERY
    WITH latest AS (
        SELECT * FROM (
            (SELECT d.id, 'receipt'::text AS occasion, d.received_at AS at, d.received_by AS clerk
             FROM dossiers d
             WHERE d.receiving_unit_id = v_unit AND d.received_at > v_since
               AND d.counter_id = t.counter_id AND d.channel = 'in_person'
             ORDER BY d.received_at DESC LIMIT 1)
            UNION ALL
            (SELECT h.dossier_id, 'handover'::text, h.at, h.clerk
             FROM handovers h
             WHERE h.counter_id = t.counter_id AND h.at > v_since AND h.channel <> 'post'
             ORDER BY h.at DESC LIMIT 1)
        ) both_kinds
        ORDER BY at DESC LIMIT 1
    )
    SELECT l.id, d.code, p.name, l.occasion, l.at, l.at + motcua_rating_terminal_window(),
           coalesce(s.full_name, l.clerk::text)
    FROM latest l
    JOIN dossiers d ON d.id = l.id
    JOIN procedures p ON p.id = d.procedure_id
    LEFT JOIN staff s ON s.role_name = l.clerk
    WHERE NOT EXISTS (SELECT FROM ratings r WHERE r.dossier_id = l.id AND r.occasion = l.occasion);
END
$$;

-- A hall kiosk's open requests for a dossier code (as scanned from the
-- receipt): each occasion within the kiosk window and not rated yet.
CREATE FUNCTION motcua_rating_open(p_code text)
    RETURNS TABLE (dossier_id bigint, code text, procedure_name text, occasion text,
                   at timestamptz, expires_at timestamptz, clerk_name text, unit_name text,
                   counter_number integer)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    t rating_terminals := motcua_rating_device();
BEGIN
    IF t.kind <> 'kiosk' THEN
        RAISE EXCEPTION 'only a hall kiosk rates a dossier by its code'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
    SELECT d.id, d.code, p.name, o.occasion, o.at, o.at + motcua_rating_kiosk_window(),
           coalesce(s.full_name, o.clerk::text), u.name, c.number
    FROM dossiers d
    JOIN procedures p ON p.id = d.procedure_id
    CROSS JOIN LATERAL motcua_rating_occasions(d.id) o
    LEFT JOIN staff s ON s.role_name = o.clerk
    LEFT JOIN units u ON u.id = o.unit_id
    LEFT JOIN counters c ON c.id = o.counter_id
    WHERE d.code = upper(btrim(p_code))
      AND now() <= o.at + motcua_rating_kiosk_window()
      AND NOT EXISTS (SELECT FROM ratings r WHERE r.dossier_id = d.id AND r.occasion = o.occasion)
    ORDER BY o.at;
END
$$;

-- The only writer of ratings. The caller must be an active device: a counter
-- terminal of the counter where the receipt or handover happened, within the
-- terminal window, or a hall kiosk (any unit's), within the kiosk window.
-- Once per dossier and occasion. Unit, counter and clerk are those of the
-- receipt or handover. Errors: 42501 not this device's request, 22023 bad
-- level or occasion, P0002 no such request, 55000 the window has closed,
-- 23505 already rated.
CREATE FUNCTION motcua_rate(p_dossier bigint, p_occasion text, p_level text)
    RETURNS TABLE (rating_id bigint, rated_at timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    t rating_terminals := motcua_rating_device();
    o record;
    v_id bigint;
BEGIN
    IF p_level IS NULL OR p_level NOT IN ('very_satisfied', 'satisfied', 'unsatisfied') THEN
        RAISE EXCEPTION 'unknown rating level %', p_level USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_occasion IS NULL OR p_occasion NOT IN ('receipt', 'handover') THEN
        RAISE EXCEPTION 'unknown occasion %', p_occasion USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO o FROM motcua_rating_occasions(p_dossier) x WHERE x.occasion = p_occasion;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'dossier % has no % to rate', p_dossier, p_occasion
            USING ERRCODE = 'no_data_found';
    END IF;
    IF t.kind = 'counter' THEN
        IF o.counter_id IS DISTINCT FROM t.counter_id THEN
            RAISE EXCEPTION 'the % of dossier % was not at this terminal''s counter',
                p_occasion, p_dossier USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF now() > o.at + motcua_rating_terminal_window() THEN
            RAISE EXCEPTION 'the time to rate the % of dossier % at the counter has passed',
                p_occasion, p_dossier USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
    ELSIF now() > o.at + motcua_rating_kiosk_window() THEN
        RAISE EXCEPTION 'the time to rate the % of dossier % has passed', p_occasion, p_dossier
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    INSERT INTO ratings (dossier_id, occasion, level, at, unit_id, counter_id, staff, via, device)
    VALUES (p_dossier, p_occasion, p_level, now(), o.unit_id, o.counter_id, o.clerk,
            CASE t.kind WHEN 'counter' THEN 'terminal' ELSE 'kiosk' END, t.role_name)
    ON CONFLICT (dossier_id, occasion) DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        RAISE EXCEPTION 'the % of dossier % is already rated', p_occasion, p_dossier
            USING ERRCODE = 'unique_violation';
    END IF;
    rating_id := v_id;
    rated_at := now();
    RETURN NEXT;
END
$$;

REVOKE EXECUTE ON FUNCTION motcua_rating_occasions(bigint), motcua_rating_device(),
    motcua_rating_terminal_info(), motcua_rating_pending(), motcua_rating_open(text),
    motcua_rate(bigint, text, text), motcua_rating_terminal_window(),
    motcua_rating_kiosk_window() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION motcua_rating_terminal_info(), motcua_rating_pending(),
    motcua_rating_open(text), motcua_rate(bigint, text, text) TO motcua_terminal;
-- The clerk's screen shows each request rated, open or expired.
GRANT EXECUTE ON FUNCTION motcua_rating_terminal_window(), motcua_rating_kiosk_window()
    TO motcua_staff, motcua_terminal;
GRANT EXECUTE ON FUNCTION motcua_rating_occasions(bigint) TO motcua_staff;
