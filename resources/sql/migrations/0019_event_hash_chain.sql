-- The control sheet made tamper-evident. dossier_events is append-only by
-- grants, policies and a trigger, but a superuser (or anyone holding the
-- server's files) can still change or remove a row unseen. Each event now
-- carries the SHA-256 of its own fields and of the hash of the event before it
-- in its dossier (by id), so such a change breaks the chain at that event;
-- `motcua-admin audit verify` recomputes every chain outside the database
-- (app/core/eventchain.cpp, which must serialize exactly as below).
--
-- What a chain does not show: the removal of a dossier's last events (nothing
-- after them names them), or a whole chain rewritten by someone who recomputes
-- every hash after the change. Those need the heads kept somewhere the
-- database's superuser cannot write (docs/audit-chain.md).

ALTER TABLE dossier_events ADD COLUMN prev_hash bytea, ADD COLUMN hash bytea;

-- The canonical serialization, version 1: the text of the JSON array
--   ["motcua-event-v1", id, dossier_id, at, actor, unit_id, counter_id, kind,
--    from_state, to_state, note, data, prev_hash]
-- as json_build_array prints it (elements separated by ", ", strings quoted
-- and escaped, NULL as null, numbers and the jsonb data as their text), in
-- UTF-8. `at` is UTC epoch microseconds, so it does not depend on the
-- session's TimeZone or DateStyle; prev_hash is lower-case hex. A JSON array
-- of scalars cannot be read two ways. The hash is its SHA-256.
-- One function call over the fields rather than a length-prefixed
-- concatenation: the trigger's expression is set up again in every
-- transaction, and the concatenation of 40 pieces cost twice as much CPU
-- per event (about 20 us against 9 us). LANGUAGE sql and STABLE (the epoch
-- and convert_to are) so that the trigger's call is inlined; no SET clause for
-- the same reason, and not security definer: it only computes.
CREATE FUNCTION motcua_event_hash(p_id bigint, p_dossier_id bigint, p_at timestamptz,
                                  p_actor name, p_unit_id integer, p_counter_id integer,
                                  p_kind text, p_from_state text, p_to_state text, p_note text,
                                  p_data jsonb, p_prev_hash bytea)
    RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT pg_catalog.sha256(pg_catalog.convert_to(pg_catalog.json_build_array(
    'motcua-event-v1', p_id, p_dossier_id, (extract(epoch FROM p_at) * 1000000)::bigint,
    p_actor, p_unit_id, p_counter_id, p_kind, p_from_state, p_to_state, p_note, p_data,
    pg_catalog.encode(p_prev_hash, 'hex'))::text, 'UTF8'))
$$;
REVOKE EXECUTE ON FUNCTION motcua_event_hash(bigint, bigint, timestamptz, name, integer, integer,
    text, text, text, text, jsonb, bytea) FROM PUBLIC;

-- Every new event chained to the one before it in its dossier.
--
-- Concurrency: the trigger locks the dossier's row (SELECT ... FOR UPDATE)
-- before it reads the dossier's last event, so two events of one dossier
-- written at once are chained one after the other, never both to the same
-- predecessor; under READ COMMITTED (what every writer uses) the read after
-- the lock sees the other writer's committed event. A writer that already
-- changed or locked the row (a state change, the server's lifecycle
-- functions) holds the lock already. A receipt (kind 'received', written only
-- by motcua_receive, before its dossier row exists) starts its chain with no
-- lock and no query: nobody else can name a dossier id that is not committed
-- yet (the events' insert policy asks that the dossier exists). Not an advisory
-- lock per dossier: those live in the shared lock table, and a bulk insert of
-- events for tens of thousands of dossiers in one transaction ran it out of
-- memory; a row lock is kept in the row. A transaction with an older snapshot
-- (REPEATABLE READ, SERIALIZABLE) could miss the other writer's event, so
-- such writers are refused rather than forking a chain.
--
-- Ids: an event's id is drawn before this trigger runs, so a writer that
-- waited for the lock can hold a smaller id than the predecessor it finds;
-- it then takes a new id, so that a chain's order is always its ids' order.
--
-- Named to fire after every other BEFORE INSERT trigger (they fire in name
-- order), so the hash covers the row as it is stored. SECURITY DEFINER: the
-- row lock and the new id need rights on dossiers and the identity sequence.
CREATE FUNCTION motcua_event_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_prev_id   bigint;
    v_prev_hash bytea;
BEGIN
    IF NEW.kind = 'received' THEN
        -- A receipt starts its dossier's chain, with nothing before it and
        -- nothing to lock: only motcua_receive writes one (the events' insert
        -- policy refuses the kind to staff), for a dossier id it has just
        -- drawn and that nobody else can name before its commit. No query
        -- here: inside the receive each one cost about 0.1 ms. A receipt
        -- written into an existing chain (by a superuser) shows as a broken
        -- link there.
        v_prev_hash := NULL;
    ELSE
        -- Lock the dossier's row (a state change holds it already), then
        -- read its last event: a writer that waited sees the other's event.
        -- id + 0: through the (dossier_id, at) index and a sort of the
        -- dossier's few events, never a backward walk of the primary key.
        IF current_setting('transaction_isolation') <> 'read committed' THEN
            RAISE EXCEPTION 'dossier events are written under READ COMMITTED only (the hash '
                            'chain reads the dossier''s last event after its lock)'
                USING ERRCODE = 'feature_not_supported';
        END IF;
        PERFORM FROM dossiers d WHERE d.id = NEW.dossier_id FOR UPDATE;
        SELECT e.id, e.hash INTO v_prev_id, v_prev_hash
        FROM dossier_events e WHERE e.dossier_id = NEW.dossier_id
        ORDER BY e.id + 0 DESC LIMIT 1;
    END IF;
    IF v_prev_id > NEW.id THEN
        NEW.id := nextval('dossier_events_id_seq'::regclass);
    END IF;
    NEW.prev_hash := v_prev_hash;
    NEW.hash := motcua_event_hash(NEW.id, NEW.dossier_id, NEW.at, NEW.actor, NEW.unit_id,
                                  NEW.counter_id, NEW.kind, NEW.from_state, NEW.to_state,
                                  NEW.note, NEW.data, v_prev_hash);
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION motcua_event_chain() FROM PUBLIC;
CREATE TRIGGER dossier_events_zz_hash_chain BEFORE INSERT ON dossier_events
    FOR EACH ROW EXECUTE FUNCTION motcua_event_chain();

-- The events written before this migration, chained in id order. Nothing else
-- changes a row (the append-only trigger is off inside this transaction only;
-- its lock keeps every other session out until the commit).
ALTER TABLE dossier_events DISABLE TRIGGER dossier_events_append_only;
DO $$
DECLARE
    r       record;
    v_last  bigint;
    v_prev  bytea;
    v_hash  bytea;
BEGIN
    FOR r IN SELECT * FROM dossier_events ORDER BY dossier_id, id LOOP
        IF r.dossier_id IS DISTINCT FROM v_last THEN
            v_prev := NULL;
            v_last := r.dossier_id;
        END IF;
        v_hash := motcua_event_hash(r.id, r.dossier_id, r.at, r.actor, r.unit_id, r.counter_id,
                                    r.kind, r.from_state, r.to_state, r.note, r.data, v_prev);
        UPDATE dossier_events SET prev_hash = v_prev, hash = v_hash WHERE id = r.id;
        v_prev := v_hash;
    END LOOP;
END
$$;
ALTER TABLE dossier_events ENABLE TRIGGER dossier_events_append_only;
