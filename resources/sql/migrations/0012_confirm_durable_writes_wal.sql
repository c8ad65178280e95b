-- motcua_confirm_durable() (migration 0006) did not wait for anything.
-- PostgreSQL flushes the WAL at commit, and waits for a synchronous standby,
-- only when the transaction wrote WAL before its commit record
-- (RecordTransactionCommit: wrote_xlog && markXidCommitted). Taking an xid
-- writes none, so the "synchronous" commit of the confirmation returned at
-- once: an intake could be acknowledged while its commit (made with
-- synchronous_commit = off) was still only in the primary's WAL buffers, on
-- no standby. scripts/failover.sh showed it: after the primary was killed
-- under load and the synchronous standby promoted, 72 of 9,226 acknowledged
-- intakes were missing and their codes had been issued again.
--
-- Now the confirmation writes one small WAL record first, a non-transactional
-- logical message that no table keeps and nothing decodes, so its commit
-- flushes the WAL up to its own record (and so past the receive's commit) and
-- waits for the synchronous standby to have it.
CREATE OR REPLACE FUNCTION motcua_confirm_durable() RETURNS xid8
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM set_config('synchronous_commit', 'on', true);
    PERFORM pg_logical_emit_message(false, 'motcua_confirm_durable', '');
    RETURN pg_current_xact_id();
END
$$;
