-- A write to a past day's bookkeeping made cheaper (issue 15, item 5). Every
-- write to a past day's row of scorecard_days (a receipt replayed from a
-- counter's outbox and dated by the counter's clock, a rating or resolution
-- dated in the past, the history bench) drops that day's kept chart totals
-- (migration 0009). It did so from an AFTER row trigger calling a SECURITY
-- DEFINER function with its own search_path: the row queued and fetched again
-- after the statement, the role switched, search_path set and restored around
-- a two-row DELETE. One upsert of a past day's row in a transaction of its own
-- took 58-80 us with that trigger, 22-24 us without it (this machine, a loop
-- of 10,000); the intake path's own statements are 45-120 us each. Now:
--
-- * The trigger fires BEFORE INSERT. Every writer adds to a row with
--   INSERT ... ON CONFLICT DO UPDATE (motcua_receive, motcua_scorecard_bump)
--   or inserts whole rows (the rebuild, the monthly roll into
--   scorecard_months, which has no totals), and PostgreSQL fires row BEFORE
--   INSERT triggers for the proposed row before the conflict check, so once
--   per write whether it inserts or updates: nothing is queued or fetched
--   again. A plain UPDATE of scorecard_days (a superuser's repair) does not
--   drop the totals; follow it with DELETE FROM scorecard_day_totals (or
--   motcua_scorecard_rebuild(), whose deletion drops them all).
-- * The function runs with the writer's rights and search_path (SECURITY
--   INVOKER, names qualified): the writers are SECURITY DEFINER functions with
--   search_path = public, pg_temp, owned by the migrations' superuser or, for
--   the receive, by motcua_referee, which is granted what the DELETE needs.
-- Measured with 10,000 upserts of a past day's row, each in a transaction of
-- its own: 42-54 us a write (before: 58-80 us; without the trigger: 22-24 us).
-- Today's rows, the live intake's, never fired it and still do not.

CREATE OR REPLACE FUNCTION motcua_scorecard_forget_day() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM public.scorecard_day_totals
    WHERE day = NEW.day AND unit_id IN (0, NEW.unit_id);
    RETURN NEW;
END
$$;

GRANT SELECT, DELETE ON scorecard_day_totals TO motcua_referee;

DROP TRIGGER scorecard_days_forget_day ON scorecard_days;
CREATE TRIGGER scorecard_days_forget_day BEFORE INSERT ON scorecard_days
    FOR EACH ROW WHEN (NEW.day < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
    EXECUTE FUNCTION motcua_scorecard_forget_day();
