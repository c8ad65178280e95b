-- What the per-role access audit (tests/data/test_security.cpp, which tries
-- every forbidden action as each role) found PostgreSQL allowing although no
-- staff member should be able to do it, and how it is closed.

-- 1. Dossiers outside the receive function. Clerks could INSERT dossiers and
-- documents directly: a dossier with any code passes the unit check, so a
-- clerk could take another unit's code for tomorrow ("<unit>-<yymmdd>-0001"),
-- and that unit's receive would then fail on the unique code all day (its
-- rollback gives the same number back at every retry). The code could also
-- skip or reuse numbers of the clerk's own unit, and received_at could be
-- back-dated. Dossiers are received only through motcua_receive (security
-- definer since 0006), which draws the code itself; the direct grants go.
REVOKE INSERT ON dossiers, dossier_documents FROM motcua_clerk;
DROP POLICY dossiers_clerk_insert ON dossiers;
DROP POLICY dossier_documents_clerk_insert ON dossier_documents;

-- 2. The daily code counters. Clerks could set their unit's counter row
-- directly (last_seq = 9999 stops the unit's intake for the day, a lower
-- value makes every following receipt collide with an issued code). Only
-- motcua_receive moves it.
REVOKE INSERT, UPDATE ON daily_code_counters FROM motcua_clerk;
DROP POLICY daily_code_counters_own ON daily_code_counters;

-- 3. Resumed drafts. Any clerk could point any unit's supplement request or
-- refusal at any dossier, or clear the mark (a policy with USING (true)).
-- motcua_receive sets it once, when the draft is received.
REVOKE UPDATE (resumed_by) ON intake_outcomes FROM motcua_clerk;
DROP POLICY intake_outcomes_clerk_resume ON intake_outcomes;

-- 4. Forged receipts and events in another unit's name. The events' policy
-- checked only the actor: any staff member could write a "received" event
-- naming any unit and counter, which the scorecard trigger counts as a
-- receipt of that unit (a branch's ranking inflated or an event pinned on
-- another unit's counter). Events now name the writer's own unit (or none)
-- and one of its counters; "received" events come only from motcua_receive.
DROP POLICY dossier_events_insert ON dossier_events;
CREATE POLICY dossier_events_insert ON dossier_events FOR INSERT TO motcua_staff
    WITH CHECK (actor = session_user
                AND kind <> 'received'
                AND (unit_id IS NULL OR unit_id = motcua_current_unit())
                AND (counter_id IS NULL
                     OR EXISTS (SELECT FROM counters c
                                WHERE c.id = counter_id AND c.unit_id = motcua_current_unit())));

-- 5. Ratings and handovers in another unit's name. The rating trigger counts
-- a rating for the unit and counter the row names (or, without one, the
-- dossier's receiving unit): a clerk could file "unsatisfied" ratings against
-- another branch. Both now name the writer's own unit and one of its counters.
DROP POLICY ratings_clerk_insert ON ratings;
CREATE POLICY ratings_clerk_insert ON ratings FOR INSERT TO motcua_clerk
    WITH CHECK (staff = session_user
                AND unit_id = motcua_current_unit()
                AND (counter_id IS NULL
                     OR EXISTS (SELECT FROM counters c
                                WHERE c.id = counter_id AND c.unit_id = motcua_current_unit())));
DROP POLICY handovers_clerk_insert ON handovers;
CREATE POLICY handovers_clerk_insert ON handovers FOR INSERT TO motcua_clerk, motcua_supervisor
    WITH CHECK (clerk = session_user
                AND unit_id = motcua_current_unit()
                AND (counter_id IS NULL
                     OR EXISTS (SELECT FROM counters c
                                WHERE c.id = counter_id AND c.unit_id = motcua_current_unit())));

-- 6. Trigger functions run with their owner's rights; nobody calls them
-- directly (PostgreSQL does not check EXECUTE when a trigger fires).
REVOKE EXECUTE ON FUNCTION motcua_scorecard_received(), motcua_scorecard_dossier(),
    motcua_scorecard_outcome(), motcua_scorecard_rating(), motcua_scorecard_forget_day(),
    motcua_scorecard_forget_all() FROM PUBLIC;
