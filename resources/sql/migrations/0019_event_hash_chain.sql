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

-- The canonical serialization, version 1 (UTF-8 bytes, no separators):
--   'motcua-event-v1', then for each of id, dossier_id, at (UTC epoch
--   microseconds), actor, unit_id, counter_id, kind, from_state, to_state,
--   note, data (jsonb's own text form) and prev_hash (lower-case hex):
--   '-' when NULL, otherwise <byte length in decimal> ':' <the bytes>.
-- A length always starts with a digit, so '-' is never a value and no two
-- different events serialize alike. Integers in decimal; the instant does not
-- depend on the session's TimeZone or DateStyle. The hash is the SHA-256 of it.
-- LANGUAGE sql and STABLE (convert_to and the epoch are) so that the trigger's
-- call is inlined; no SET clause for the same reason, and it is not security
-- definer: every name it uses is in pg_catalog, which is searched first.
CREATE FUNCTION motcua_event_hash(p_id bigint, p_dossier_id bigint, p_at timestamptz,
                                  p_actor name, p_unit_id integer, p_counter_id integer,
                                  p_kind text, p_from_state text, p_to_state text, p_note text,
                                  p_data jsonb, p_prev_hash bytea)
    RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT sha256(convert_to(
    'motcua-event-v1'
    || octet_length(p_id::text) || ':' || p_id::text
    || octet_length(p_dossier_id::text) || ':' || p_dossier_id::text
    || coalesce(octet_length((extract(epoch FROM p_at) * 1000000)::bigint::text) || ':'
                || (extract(epoch FROM p_at) * 1000000)::bigint::text, '-')
    || coalesce(octet_length(p_actor::text) || ':' || p_actor::text, '-')
    || coalesce(octet_length(p_unit_id::text) || ':' || p_unit_id::text, '-')
    || coalesce(octet_length(p_counter_id::text) || ':' || p_counter_id::text, '-')
    || coalesce(octet_length(p_kind) || ':' || p_kind, '-')
    || coalesce(octet_length(p_from_state) || ':' || p_from_state, '-')
    || coalesce(octet_length(p_to_state) || ':' || p_to_state, '-')
    || coalesce(octet_length(p_note) || ':' || p_note, '-')
    || coalesce(octet_length(p_data::text) || ':' || p_data::text, '-')
    || coalesce('64:' || encode(p_prev_hash, 'hex'), '-'),
    'UTF8'))
$$;
REVOKE EXECUTE ON FUNCTION motcua_event_hash(bigint, bigint, timestamptz, name, integer, integer,
    text, text, text, text, jsonb, bytea) FROM PUBLIC;

-- octet_length above counts the database's bytes: the lengths are UTF-8
-- lengths only in a UTF-8 database (scripts/pg.sh creates them so).
DO $$
BEGIN
    IF pg_encoding_to_char((SELECT encoding FROM pg_database
                            WHERE datname = current_database())) <> 'UTF8' THEN
        RAISE EXCEPTION 'the control sheet''s hash chain needs a UTF8 database';
    END IF;
END
$$;

-- Every new event chained to the one before it in its dossier.
--
-- Concurrency: the trigger takes a transaction-level advisory lock on the
-- dossier id (key space (0x45564e54 "EVNT", id mod 2^31), apart from the
-- single-key locks of the migrator and the tests) before it reads the
-- dossier's last event, so two events of one dossier written at once are
-- chained one after the other, never both to the same predecessor. A row lock
-- on the dossier would not do: motcua_receive writes the first event before
-- the dossier row exists. Under READ COMMITTED (what every writer uses) the
-- read after the lock sees the other writer's committed event; a transaction
-- with an older snapshot (REPEATABLE READ, SERIALIZABLE) could not, so such
-- writers are refused rather than forking a chain.
--
-- Ids: an event's id is drawn before this trigger runs, so a writer that
-- waited for the lock can hold a smaller id than the predecessor it finds;
-- it then takes a new id, so that a chain's order is always its ids' order.
--
-- Named to fire after every other BEFORE INSERT trigger (they fire in name
-- order), so the hash covers the row as it is stored. SECURITY DEFINER: the
-- new id needs the identity sequence, and every writer must read the chain.
CREATE FUNCTION motcua_event_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_prev_id   bigint;
    v_prev_hash bytea;
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'dossier events are written under READ COMMITTED only (the hash chain '
                        'reads the dossier''s last event after its lock)'
            USING ERRCODE = 'feature_not_supported';
    END IF;
    PERFORM pg_advisory_xact_lock(1163284052, (NEW.dossier_id % 2147483648)::integer);
    -- id + 0: through the (dossier_id, at) index and a sort of the dossier's
    -- few events, never a backward walk of the primary key.
    SELECT e.id, e.hash INTO v_prev_id, v_prev_hash
    FROM dossier_events e WHERE e.dossier_id = NEW.dossier_id
    ORDER BY e.id + 0 DESC LIMIT 1;
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
