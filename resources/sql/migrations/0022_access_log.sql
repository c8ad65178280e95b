-- Who looked at whom (Decree 13/2023/ND-CP on personal data: access to a
-- citizen's data limited to what the job needs, and logged). Every search of
-- the dossiers (by code, CCCD/CMND, tax code or name) and every dossier a
-- person opens is one row here: who (the login role), when (server time), from
-- which unit and counter (their staff row, taken by the server, not sent by
-- the client), what was searched or which dossier was opened.
--
-- Append-only like audit_log and dossier_events: nobody holds INSERT, UPDATE,
-- DELETE or TRUNCATE; row-level security shows the rows to supervisors and
-- administrators only and none to a change; a trigger refuses UPDATE, DELETE
-- and TRUNCATE to everybody but a superuser. Rows are written only by
-- motcua_log_access(), which every staff role may execute and which records
-- the caller itself, so nobody logs an access in another's name.

CREATE TABLE access_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor           name NOT NULL DEFAULT session_user,
    unit_id         integer,  -- the actor's unit at the time (none: not staff)
    counter_id      integer,  -- and counter, if the actor has one
    kind            text NOT NULL
                    CHECK (kind IN ('code', 'id_number', 'tax_code', 'name', 'open')),
    query           text NOT NULL DEFAULT '',
    dossier_id      bigint,   -- the dossier opened
    dossier_unit_id integer,  -- its receiving unit ("another branch's dossier")
    CHECK ((kind = 'open') = (dossier_id IS NOT NULL))
);
-- The supervisors' review reads one actor's rows in time order; periods are
-- ranges of an append-only table, which a BRIN index serves for almost nothing.
CREATE INDEX access_log_actor_at_idx ON access_log (actor, at);
CREATE INDEX access_log_at_brin ON access_log USING brin (at);

CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION motcua_forbid_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION motcua_forbid_change();

ALTER TABLE access_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY access_log_read ON access_log FOR SELECT
    TO motcua_supervisor, motcua_admin USING (true);
GRANT SELECT ON access_log TO motcua_supervisor, motcua_admin;

-- Logs one access of the caller (session_user, whatever role is current) and
-- returns true, so a search can gate on it in the same statement:
--   WITH logged AS MATERIALIZED (SELECT motcua_log_access('code', $1, NULL) AS ok)
--   SELECT … WHERE (SELECT ok FROM logged) AND …
-- (a condition without columns is checked once, before the scan, so the row
-- is written even when nothing is found). PL/pgSQL: its plan is kept for the
-- session, where an SQL body would be planned at every call.
CREATE FUNCTION motcua_log_access(p_kind text, p_query text, p_dossier_id bigint)
    RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- A search writes nothing else: its commit need not wait for the disk or
    -- a synchronous standby (milliseconds on every lookup). The row is durable
    -- within moments (wal_writer_delay); a crash may lose the last few. Only
    -- when the transaction has written nothing before, so that nobody's other
    -- writes are made asynchronous by a search in the same transaction.
    IF txid_current_if_assigned() IS NULL THEN
        PERFORM set_config('synchronous_commit', 'off', true);
    END IF;
    INSERT INTO access_log (actor, unit_id, counter_id, kind, query, dossier_id,
                            dossier_unit_id)
    SELECT session_user, s.unit_id, s.counter_id, p_kind, left(coalesce(p_query, ''), 500),
           p_dossier_id,
           (SELECT d.receiving_unit_id FROM dossiers d WHERE d.id = p_dossier_id)
    FROM (SELECT) one
    LEFT JOIN staff s ON s.role_name = session_user;
    RETURN true;
END
$$;
REVOKE EXECUTE ON FUNCTION motcua_log_access(text, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION motcua_log_access(text, text, bigint) TO motcua_staff;
