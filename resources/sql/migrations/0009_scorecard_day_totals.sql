-- The period chart (received, resolved and resolved in time per day) for a
-- year would add up a city's every counter of every day (about 90,000
-- bookkeeping rows). Past days hardly change, so their totals are kept once
-- computed, per unit and for all units together (unit_id 0): a year's chart
-- then reads 365 rows. Today is always added up live. The intake path does not
-- write these totals (a per-unit row would make all counters of a unit wait on
-- each other); they are filled when a chart asks for them, and a change to a
-- past day (a receipt sent late from a counter's outbox, a rebuild) drops that
-- day's totals so that the next chart computes them again.

CREATE TABLE scorecard_day_totals (
    unit_id             integer NOT NULL,   -- 0: all units
    day                 date NOT NULL,
    received            bigint NOT NULL,
    resolved            bigint NOT NULL,
    resolved_in_time    bigint NOT NULL,
    PRIMARY KEY (unit_id, day)
);
GRANT SELECT ON scorecard_day_totals TO motcua_staff;

-- The daily series of a period for one unit (0: all units), every day of the
-- period included (zeros where nothing happened). On a standby, which cannot
-- write, the past days are added up without being kept.
CREATE FUNCTION motcua_scorecard_daily(p_from date, p_to date, p_unit integer)
    RETURNS TABLE (day date, received bigint, resolved bigint, resolved_in_time bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_today date := (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    v_last_past date := least(p_to, v_today - 1);
BEGIN
    IF pg_is_in_recovery() THEN
        RETURN QUERY
        SELECT g.d::date, coalesce(s.received, 0)::bigint, coalesce(s.resolved, 0)::bigint,
               coalesce(s.resolved_in_time, 0)::bigint
        FROM generate_series(p_from, p_to, interval '1 day') g(d)
        LEFT JOIN (SELECT b.day,
                          sum(b.received_in_person + b.received_post + b.received_online) AS received,
                          sum(b.resolved_early + b.resolved_on_time + b.resolved_late) AS resolved,
                          sum(b.resolved_early + b.resolved_on_time) AS resolved_in_time
                   FROM scorecard_days b
                   WHERE b.day BETWEEN p_from AND p_to AND (p_unit = 0 OR b.unit_id = p_unit)
                   GROUP BY b.day) s ON s.day = g.d::date
        ORDER BY 1;
        RETURN;
    END IF;
    IF p_from <= v_last_past THEN
        INSERT INTO scorecard_day_totals (unit_id, day, received, resolved, resolved_in_time)
        SELECT p_unit, g.d::date,
               coalesce(sum(s.received_in_person + s.received_post + s.received_online), 0),
               coalesce(sum(s.resolved_early + s.resolved_on_time + s.resolved_late), 0),
               coalesce(sum(s.resolved_early + s.resolved_on_time), 0)
        FROM generate_series(p_from, v_last_past, interval '1 day') g(d)
        LEFT JOIN scorecard_days s ON s.day = g.d::date AND (p_unit = 0 OR s.unit_id = p_unit)
        WHERE NOT EXISTS (SELECT FROM scorecard_day_totals t
                          WHERE t.unit_id = p_unit AND t.day = g.d::date)
        GROUP BY g.d
        ON CONFLICT DO NOTHING;
    END IF;
    -- Past days from the kept totals, today (and any later day) added up live.
    RETURN QUERY
    SELECT g.d::date,
           coalesce(t.received, l.received, 0)::bigint,
           coalesce(t.resolved, l.resolved, 0)::bigint,
           coalesce(t.resolved_in_time, l.resolved_in_time, 0)::bigint
    FROM generate_series(p_from, p_to, interval '1 day') g(d)
    LEFT JOIN scorecard_day_totals t ON t.unit_id = p_unit AND t.day = g.d::date
    LEFT JOIN (SELECT b.day,
                      sum(b.received_in_person + b.received_post + b.received_online) AS received,
                      sum(b.resolved_early + b.resolved_on_time + b.resolved_late) AS resolved,
                      sum(b.resolved_early + b.resolved_on_time) AS resolved_in_time
               FROM scorecard_days b
               WHERE b.day >= greatest(p_from, v_today) AND b.day <= p_to
                 AND (p_unit = 0 OR b.unit_id = p_unit)
               GROUP BY b.day) l ON l.day = g.d::date
    ORDER BY 1;
END
$$;
REVOKE EXECUTE ON FUNCTION motcua_scorecard_daily(date, date, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION motcua_scorecard_daily(date, date, integer) TO motcua_staff;

-- A change to a past day's bookkeeping drops that day's kept totals.
CREATE FUNCTION motcua_scorecard_forget_day() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.day < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date THEN
        DELETE FROM scorecard_day_totals WHERE day = NEW.day AND unit_id IN (0, NEW.unit_id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER scorecard_days_forget_day AFTER INSERT OR UPDATE ON scorecard_days
    FOR EACH ROW EXECUTE FUNCTION motcua_scorecard_forget_day();

-- A rebuild (or any deletion) starts the kept totals afresh.
CREATE FUNCTION motcua_scorecard_forget_all() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM scorecard_day_totals;
    RETURN NULL;
END
$$;
CREATE TRIGGER scorecard_days_forget_all AFTER DELETE OR TRUNCATE ON scorecard_days
    FOR EACH STATEMENT EXECUTE FUNCTION motcua_scorecard_forget_all();

-- The bookkeeping tables are small and read in short aggregates: parallel
-- workers take longer to start than the scan they would share.
ALTER TABLE scorecard_days SET (parallel_workers = 0);
ALTER TABLE scorecard_months SET (parallel_workers = 0);
