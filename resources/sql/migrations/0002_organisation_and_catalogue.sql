-- Organisation (units, counters, staff), the procedure catalogue, the working
-- calendar and the append-only audit trail of changes to them.

-- Branches of the center, local teams and processing departments. `code` is the
-- unit's code under QCVN 102:2016/BTTTT (e.g. 000.00.31.H29) and prefixes the
-- dossier codes the unit issues.
CREATE TABLE units (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text NOT NULL UNIQUE CHECK (code ~ '^[0-9A-Z]+(\.[0-9A-Z]+)*$'),
    name        text NOT NULL CHECK (btrim(name) <> ''),
    kind        text NOT NULL CHECK (kind IN ('center', 'branch', 'local_team', 'department')),
    parent_id   integer REFERENCES units,
    province    text NOT NULL DEFAULT '',
    address     text NOT NULL DEFAULT '',
    phone       text NOT NULL DEFAULT '',
    active      boolean NOT NULL DEFAULT true
);

CREATE TABLE counters (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id     integer NOT NULL REFERENCES units,
    number      integer NOT NULL CHECK (number > 0),
    name        text NOT NULL DEFAULT '',
    active      boolean NOT NULL DEFAULT true,
    UNIQUE (unit_id, number)
);

-- One row per staff member; role_name is their own PostgreSQL LOGIN role.
CREATE TABLE staff (
    role_name   name PRIMARY KEY,
    full_name   text NOT NULL CHECK (btrim(full_name) <> ''),
    unit_id     integer NOT NULL REFERENCES units,
    counter_id  integer REFERENCES counters,
    job         text NOT NULL CHECK (job IN ('clerk', 'supervisor', 'admin')),
    active      boolean NOT NULL DEFAULT true
);

-- A procedure is versioned: each edit is a new row with the same code and a new
-- effective-from date, so a dossier keeps the version it was received under.
CREATE TABLE procedures (
    id                  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                text NOT NULL CHECK (btrim(code) <> ''),
    version             integer NOT NULL DEFAULT 1 CHECK (version > 0),
    name                text NOT NULL CHECK (btrim(name) <> ''),
    sector              text NOT NULL,
    processing_value    numeric(6, 2) NOT NULL CHECK (processing_value > 0),
    processing_unit     text NOT NULL CHECK (processing_unit IN ('working_days', 'working_hours')),
    cutoff_time         time,
    fee                 numeric(14, 0) NOT NULL DEFAULT 0 CHECK (fee >= 0),
    fee_note            text NOT NULL DEFAULT '',
    department_id       integer NOT NULL REFERENCES units,
    legal_basis         text NOT NULL DEFAULT '',
    effective_from      date NOT NULL,
    effective_to        date,
    created_by          name NOT NULL DEFAULT current_user,
    created_at          timestamptz NOT NULL DEFAULT now(),
    search_key          text GENERATED ALWAYS AS (motcua_fold(code || ' ' || name)) STORED,
    UNIQUE (code, version),
    CHECK (effective_to IS NULL OR effective_to > effective_from)
);
CREATE INDEX procedures_search_idx ON procedures USING gin (search_key gin_trgm_ops);

CREATE TABLE checklist_items (
    id                  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    procedure_id        integer NOT NULL REFERENCES procedures ON DELETE CASCADE,
    position            integer NOT NULL,
    name                text NOT NULL CHECK (btrim(name) <> ''),
    required            boolean NOT NULL DEFAULT true,
    -- Items sharing a group are alternatives: one of them is enough.
    alt_group           text,
    originals           integer NOT NULL DEFAULT 0 CHECK (originals >= 0),
    certified_copies    integer NOT NULL DEFAULT 0 CHECK (certified_copies >= 0),
    photocopies         integer NOT NULL DEFAULT 0 CHECK (photocopies >= 0),
    note                text NOT NULL DEFAULT '',
    UNIQUE (procedure_id, position)
);

-- Working intervals per weekday (1 = Monday … 7 = Sunday). unit_id NULL is the
-- city-wide default; a unit with rows of its own uses only those.
CREATE TABLE working_hours (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id     integer REFERENCES units,
    weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts_at   time NOT NULL,
    ends_at     time NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX working_hours_unit_idx ON working_hours (unit_id, weekday);

-- Announced days: holidays, days off in lieu, make-up workdays. unit_id NULL
-- applies to every unit.
CREATE TABLE calendar_days (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day         date NOT NULL,
    unit_id     integer REFERENCES units,
    type        text NOT NULL CHECK (type IN ('holiday', 'compensatory_off', 'makeup_workday')),
    note        text NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX calendar_days_day_unit_idx ON calendar_days (day, coalesce(unit_id, 0));

-- Append-only record of every change to the organisation, catalogue and calendar.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor       name NOT NULL DEFAULT session_user,
    table_name  text NOT NULL,
    action      text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    row_key     text NOT NULL,
    old_row     jsonb,
    new_row     jsonb,
    reason      text NOT NULL DEFAULT ''
);

CREATE FUNCTION motcua_audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_old jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    v_new jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
BEGIN
    INSERT INTO audit_log (table_name, action, row_key, old_row, new_row, reason)
    VALUES (TG_TABLE_NAME, TG_OP,
            coalesce(v_new, v_old) ->> TG_ARGV[0], v_old, v_new,
            coalesce(current_setting('motcua.reason', true), ''));
    RETURN NULL;
END
$$;

CREATE TRIGGER units_audit AFTER INSERT OR UPDATE OR DELETE ON units
    FOR EACH ROW EXECUTE FUNCTION motcua_audit('code');
CREATE TRIGGER counters_audit AFTER INSERT OR UPDATE OR DELETE ON counters
    FOR EACH ROW EXECUTE FUNCTION motcua_audit('id');
CREATE TRIGGER staff_audit AFTER INSERT OR UPDATE OR DELETE ON staff
    FOR EACH ROW EXECUTE FUNCTION motcua_audit('role_name');
CREATE TRIGGER procedures_audit AFTER INSERT OR UPDATE OR DELETE ON procedures
    FOR EACH ROW EXECUTE FUNCTION motcua_audit('id');
CREATE TRIGGER checklist_items_audit AFTER INSERT OR UPDATE OR DELETE ON checklist_items
    FOR EACH ROW EXECUTE FUNCTION motcua_audit('id');
CREATE TRIGGER working_hours_audit AFTER INSERT OR UPDATE OR DELETE ON working_hours
    FOR EACH ROW EXECUTE FUNCTION motcua_audit('id');
CREATE TRIGGER calendar_days_audit AFTER INSERT OR UPDATE OR DELETE ON calendar_days
    FOR EACH ROW EXECUTE FUNCTION motcua_audit('day');

-- The trail is append-only for everybody but a superuser, table owner included.
CREATE FUNCTION motcua_forbid_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION motcua_forbid_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION motcua_forbid_change();

-- The staff row of the connected role; SECURITY DEFINER so policies can use it
-- without granting staff the whole table.
CREATE FUNCTION motcua_current_unit() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    RETURN (SELECT unit_id FROM staff WHERE role_name = session_user AND active);

-- Reading the organisation and catalogue is open to all staff; changing it is
-- the administrators' job (the calendar also the supervisors').
GRANT SELECT ON units, counters, staff, procedures, checklist_items, working_hours,
                calendar_days TO motcua_staff;
GRANT INSERT, UPDATE, DELETE ON units, counters, staff, procedures, checklist_items
    TO motcua_admin;
GRANT INSERT, UPDATE, DELETE ON working_hours, calendar_days TO motcua_supervisor, motcua_admin;
GRANT SELECT ON audit_log TO motcua_supervisor, motcua_admin;
GRANT EXECUTE ON FUNCTION motcua_current_unit(), motcua_fold(text) TO motcua_staff;
REVOKE EXECUTE ON FUNCTION motcua_audit(), motcua_forbid_change() FROM PUBLIC;
