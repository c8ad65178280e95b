-- Every client caches the working calendar it counts due dates with (one
-- CalendarCache per session, app/data/calendarcache.h). A supervisor's edit
-- must reach the open counters before their next receipt, so a change to the
-- working hours or the announced days notifies the channel `motcua_calendar`,
-- once per statement, after the statement (delivered at commit, nothing on a
-- rollback). The payload names the units whose calendar changed, comma
-- separated, or '*' when a city-wide row changed (every unit's calendar).
-- These tables change a few times a year: the cluster-wide lock a NOTIFY takes
-- at commit costs nobody anything here (unlike in the intake transaction).

CREATE FUNCTION motcua_calendar_notify() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    v_units text;
BEGIN
    -- The transition tables differ by event; each branch reads only its own.
    IF TG_OP = 'INSERT' THEN
        SELECT CASE WHEN bool_or(unit_id IS NULL) THEN '*'
                    ELSE string_agg(DISTINCT unit_id::text, ',') END
          INTO v_units FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT CASE WHEN bool_or(unit_id IS NULL) THEN '*'
                    ELSE string_agg(DISTINCT unit_id::text, ',') END
          INTO v_units FROM old_rows;
    ELSE
        SELECT CASE WHEN bool_or(unit_id IS NULL) THEN '*'
                    ELSE string_agg(DISTINCT unit_id::text, ',') END
          INTO v_units FROM (SELECT unit_id FROM old_rows
                             UNION ALL SELECT unit_id FROM new_rows) r;
    END IF;
    IF v_units IS NOT NULL THEN
        -- A payload is limited to 8000 bytes: a very wide change names all.
        PERFORM pg_notify('motcua_calendar',
                          CASE WHEN length(v_units) > 7900 THEN '*' ELSE v_units END);
    END IF;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION motcua_calendar_notify() FROM PUBLIC;

-- Transition tables need one trigger per event.
CREATE TRIGGER working_hours_notify_insert AFTER INSERT ON working_hours
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION motcua_calendar_notify();
CREATE TRIGGER working_hours_notify_update AFTER UPDATE ON working_hours
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION motcua_calendar_notify();
CREATE TRIGGER working_hours_notify_delete AFTER DELETE ON working_hours
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION motcua_calendar_notify();
CREATE TRIGGER calendar_days_notify_insert AFTER INSERT ON calendar_days
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION motcua_calendar_notify();
CREATE TRIGGER calendar_days_notify_update AFTER UPDATE ON calendar_days
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION motcua_calendar_notify();
CREATE TRIGGER calendar_days_notify_delete AFTER DELETE ON calendar_days
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION motcua_calendar_notify();
-- TRUNCATE has no transition tables: every calendar changed.
CREATE FUNCTION motcua_calendar_notify_all() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM pg_notify('motcua_calendar', '*');
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION motcua_calendar_notify_all() FROM PUBLIC;
CREATE TRIGGER working_hours_notify_truncate AFTER TRUNCATE ON working_hours
    FOR EACH STATEMENT EXECUTE FUNCTION motcua_calendar_notify_all();
CREATE TRIGGER calendar_days_notify_truncate AFTER TRUNCATE ON calendar_days
    FOR EACH STATEMENT EXECUTE FUNCTION motcua_calendar_notify_all();
