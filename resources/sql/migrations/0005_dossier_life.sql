-- The dossier's life after intake: processing departments feed states, the
-- counter hands results over (to the applicant, an authorised person, or by
-- post), and dossiers are found by code, ID or name among millions.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'motcua_department') THEN
        CREATE ROLE motcua_department NOLOGIN IN ROLE motcua_staff;
    END IF;
END
$$;

ALTER TABLE staff DROP CONSTRAINT staff_job_check;
ALTER TABLE staff ADD CONSTRAINT staff_job_check
    CHECK (job IN ('clerk', 'supervisor', 'admin', 'department'));

-- A department advances the dossiers it processes (state columns only).
CREATE POLICY dossiers_department_update ON dossiers FOR UPDATE TO motcua_department
    USING (department_id = motcua_current_unit())
    WITH CHECK (department_id = motcua_current_unit());
GRANT UPDATE (state, due_at, paused_since, finished_at, version) ON dossiers TO motcua_department;

-- Who took the result: the applicant, an authorised person (with their ID
-- and the authorisation), or the post (with its tracking number).
CREATE TABLE handovers (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id              bigint NOT NULL UNIQUE REFERENCES dossiers,
    at                      timestamptz NOT NULL DEFAULT now(),
    channel                 text NOT NULL CHECK (channel IN ('applicant', 'authorised', 'post')),
    collector_name          text NOT NULL DEFAULT '',
    collector_id_number     text NOT NULL DEFAULT '',
    authorisation           text NOT NULL DEFAULT '',
    tracking_number         text NOT NULL DEFAULT '',
    unit_id                 integer REFERENCES units,
    counter_id              integer REFERENCES counters,
    clerk                   name NOT NULL DEFAULT session_user,
    CHECK (channel <> 'post' OR btrim(tracking_number) <> ''),
    CHECK (channel <> 'authorised' OR (btrim(collector_name) <> ''
                                       AND btrim(collector_id_number) <> ''))
);
ALTER TABLE handovers ENABLE ROW LEVEL SECURITY;
CREATE POLICY handovers_read ON handovers FOR SELECT TO motcua_staff USING (true);
CREATE POLICY handovers_clerk_insert ON handovers FOR INSERT TO motcua_clerk, motcua_supervisor
    WITH CHECK (clerk = session_user);
GRANT SELECT ON handovers TO motcua_staff;
GRANT INSERT ON handovers TO motcua_clerk, motcua_supervisor;

-- Name lookup from the start of the name ("nguyen van an…"), first page in
-- name order: a btree range scan that stops after a page, fast among millions
-- of Nguyễns where a trigram index would visit them all.
CREATE INDEX dossiers_name_prefix_idx ON dossiers (applicant_name_key text_pattern_ops, id);

-- One rating per dossier, given at the handover.
CREATE UNIQUE INDEX ratings_one_per_dossier_idx ON ratings (dossier_id);

-- The trigram index on names served a contains-search that the prefix index
-- replaces; it cost every intake a GIN insertion.
DROP INDEX dossiers_name_key_idx;
