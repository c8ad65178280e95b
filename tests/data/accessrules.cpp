#include "accessrules.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Motcua::Test {

namespace {

// Every staff member reads the organisation, the catalogue, the calendar, the
// dossiers of every branch and the scorecard ("any branch, any dossier").
const QStringList kReadByAll = {
        u"units"_s,
        u"counters"_s,
        u"staff"_s,
        u"procedures"_s,
        u"checklist_items"_s,
        u"working_hours"_s,
        u"calendar_days"_s,
        u"dossiers"_s,
        u"dossier_documents"_s,
        u"dossier_events"_s,
        u"daily_code_counters"_s,
        u"ratings"_s,
        u"rating_terminals"_s,
        u"intake_outcomes"_s,
        u"handovers"_s,
        u"scorecard_days"_s,
        u"scorecard_months"_s,
        u"scorecard_weights"_s,
        u"scorecard_day_totals"_s,
        u"scorecard_rollup"_s,
        u"schema_migrations"_s,
        u"lifecycle_versions"_s,
        u"lifecycle_rules"_s,
        // The calendar as days with working minutes counted (0017).
        u"working_time"_s,
        u"working_time_scopes"_s,
        u"receipt_settings"_s,
        // Its working intervals, which the due date reads (0023).
        u"working_intervals"_s,
};

// Pure helpers and the staff functions every role calls.
const QStringList kExecutedByAll = {
        u"motcua_current_unit"_s,
        u"motcua_fold"_s,
        u"motcua_confirm_durable"_s,
        u"motcua_scorecard_daily"_s,
        // Any screen on the primary may roll the ended months up (0014).
        u"motcua_scorecard_roll_months"_s,
        u"motcua_service_bucket"_s,
        u"motcua_finish_timeliness"_s,
        u"motcua_service_hist"_s,
        // Every change of a dossier's life (0018); the function applies the
        // role's rules itself.
        u"motcua_dossier_act"_s,
        // Due dates from the calendar, by the client's rules (0017).
        u"motcua_due_at"_s,
        u"motcua_due_at_row"_s,
        u"motcua_resumed_due"_s,
        u"motcua_is_working_instant"_s,
        // Whether a citizen's rating request is still open (0021).
        u"motcua_rating_terminal_window"_s,
        u"motcua_rating_kiosk_window"_s,
        u"motcua_rating_occasions"_s,
        // Writes the caller's own access to citizens' data (0022).
        u"motcua_log_access"_s,
};

// A rating device (motcua_terminal, 0021) reads nothing directly: it checks
// the schema version and calls its four functions.
const QStringList kExecutedByDevices = {
        u"motcua_rating_terminal_info"_s,
        u"motcua_rating_pending"_s,
        u"motcua_rating_open"_s,
        u"motcua_rate"_s,
        u"motcua_rating_terminal_window"_s,
        u"motcua_rating_kiosk_window"_s,
};

QString quotedIdent(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

QStringList column(QSqlQuery &q)
{
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

QStringList staffJobs()
{
    return {u"clerk"_s, u"supervisor"_s, u"admin"_s, u"department"_s, u"terminal"_s};
}

QSet<QString> expectedPrivileges(const QString &job)
{
    QSet<QString> g;
    if (job == u"terminal"_s) {
        g << u"schema_migrations.SELECT"_s;
        for (const QString &f : kExecutedByDevices)
            g << f + u".EXECUTE"_s;
        return g;
    }
    for (const QString &t : kReadByAll)
        g << t + u".SELECT"_s;
    for (const QString &f : kExecutedByAll)
        g << f + u".EXECUTE"_s;
    // No INSERT, UPDATE or DELETE on dossiers, events, handovers, intake
    // outcomes: their changes go through the referee's functions (0018).
    auto change = [&g](const QStringList &tables) {
        for (const QString &t : tables)
            g << t + u".INSERT"_s << t + u".UPDATE"_s << t + u".DELETE"_s;
    };
    if (job == u"clerk"_s) {
        // Not ratings.INSERT: the citizen rates at a device (0021).
        g << u"motcua_receive.EXECUTE"_s << u"motcua_record_outcome.EXECUTE"_s;
    } else if (job == u"supervisor"_s) {
        change({u"working_hours"_s, u"calendar_days"_s});
        g << u"audit_log.SELECT"_s << u"access_log.SELECT"_s;
    } else if (job == u"admin"_s) {
        change({u"units"_s,
                u"counters"_s,
                u"staff"_s,
                u"rating_terminals"_s,
                u"procedures"_s,
                u"checklist_items"_s,
                u"working_hours"_s,
                u"calendar_days"_s});
        g << u"audit_log.SELECT"_s << u"access_log.SELECT"_s << u"scorecard_weights.UPDATE"_s
          << u"receipt_settings.UPDATE(outbox_window)"_s << u"motcua_scorecard_rebuild.EXECUTE"_s;
    }
    return g;
}

QList<AccessAttempt> catalogAttempts(QSqlDatabase su, const QString &job)
{
    const QSet<QString> granted = expectedPrivileges(job);
    QList<AccessAttempt> out;
    auto add = [&](const QString &name, const QString &sql, const QString &notHeld = {}) {
        out.append({job, name, sql, AccessAttempt::Refused, notHeld, false});
    };
    auto lacksOn = [](const char *function, const QString &object, const QString &privilege) {
        return u"NOT %1(session_user, '%2', '%3')"_s.arg(
                QLatin1String(function), object, privilege);
    };
    QSqlQuery q(su);
    q.exec(u"SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
           "AND relkind IN ('r', 'p', 'v', 'm') ORDER BY relname"_s);
    const QStringList tables = column(q);
    for (const QString &t : tables) {
        const QString qt = quotedIdent(t);
        auto lacks = [&](const QString &priv) {
            return !granted.contains(t + u'.' + priv);
        };
        const QString rel = u"public."_s + qt;
        if (lacks(u"SELECT"_s))
            add(t + u" SELECT"_s,
                u"SELECT count(*) FROM "_s + qt,
                lacksOn("has_any_column_privilege", rel, u"SELECT"_s));
        if (lacks(u"INSERT"_s))
            add(t + u" INSERT"_s,
                u"INSERT INTO "_s + qt + u" DEFAULT VALUES"_s,
                lacksOn("has_any_column_privilege", rel, u"INSERT"_s));
        if (lacks(u"DELETE"_s))
            add(t + u" DELETE"_s,
                u"DELETE FROM "_s + qt + u" WHERE false"_s,
                lacksOn("has_table_privilege", rel, u"DELETE"_s));
        if (lacks(u"UPDATE"_s)) {
            q.prepare(u"SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass "
                      "AND attnum > 0 AND NOT attisdropped ORDER BY attnum"_s);
            q.addBindValue(u"public."_s + qt);
            q.exec();
            for (const QString &c : column(q)) {
                if (lacks(u"UPDATE("_s + c + u')'))
                    add(t + u" UPDATE "_s + c,
                        u"UPDATE "_s + qt + u" SET "_s + quotedIdent(c)
                                + u" = DEFAULT WHERE false"_s,
                        u"NOT has_column_privilege(session_user, '%1', '%2', 'UPDATE')"_s.arg(
                                rel, QString(c).replace(u'\'', u"''"_s)));
            }
        }
        // Nobody truncates, adds triggers, or acts as the owner.
        add(t + u" TRUNCATE"_s,
            u"TRUNCATE "_s + qt + u" CASCADE"_s,
            lacksOn("has_table_privilege", rel, u"TRUNCATE"_s));
        add(t + u" CREATE TRIGGER"_s,
            u"CREATE TRIGGER intruder BEFORE INSERT ON "_s + qt
                    + u" FOR EACH STATEMENT EXECUTE FUNCTION suppress_redundant_updates_trigger()"_s,
            lacksOn("has_table_privilege", rel, u"TRIGGER"_s));
        // Every column, whatever the role may write in it: its default is the
        // owner's to change.
        q.prepare(u"SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass "
                  "AND attnum > 0 AND NOT attisdropped ORDER BY attnum"_s);
        q.addBindValue(rel);
        q.exec();
        for (const QString &c : column(q))
            add(t + u" ALTER COLUMN "_s + c,
                u"ALTER TABLE "_s + qt + u" ALTER COLUMN "_s + quotedIdent(c)
                        + u" SET DEFAULT NULL"_s);
        add(t + u" DISABLE TRIGGER"_s, u"ALTER TABLE "_s + qt + u" DISABLE TRIGGER ALL"_s);
        add(t + u" DISABLE ROW LEVEL SECURITY"_s,
            u"ALTER TABLE "_s + qt + u" DISABLE ROW LEVEL SECURITY"_s);
        add(t + u" OWNER"_s, u"ALTER TABLE "_s + qt + u" OWNER TO CURRENT_USER"_s);
        add(t + u" DROP"_s, u"DROP TABLE "_s + qt + u" CASCADE"_s);
        // ACCESS EXCLUSIVE would stop every counter; it needs UPDATE, DELETE or TRUNCATE.
        if (lacks(u"UPDATE"_s) && lacks(u"DELETE"_s))
            add(t + u" LOCK"_s, u"LOCK TABLE "_s + qt + u" IN ACCESS EXCLUSIVE MODE NOWAIT"_s);
    }

    // Sequences: nobody sets, restarts or drops one (the referee's functions
    // draw ids through their owner's grants).
    q.exec(u"SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
           "AND relkind = 'S' ORDER BY relname"_s);
    for (const QString &s : column(q)) {
        const QString rel = u"public."_s + quotedIdent(s);
        add(s + u" SETVAL"_s,
            u"SELECT setval('%1', 1)"_s.arg(QString(rel).replace(u'\'', u"''"_s)),
            lacksOn("has_sequence_privilege", rel, u"UPDATE"_s));
        add(s + u" RESTART"_s, u"ALTER SEQUENCE "_s + rel + u" RESTART"_s);
        add(s + u" DROP"_s, u"DROP SEQUENCE "_s + rel + u" CASCADE"_s);
    }

    q.exec(u"SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'public' "
           "ORDER BY 1, 2"_s);
    while (q.next())
        add(q.value(0).toString() + u" DROP POLICY "_s + q.value(1).toString(),
            u"DROP POLICY "_s + quotedIdent(q.value(1).toString()) + u" ON "_s
                    + quotedIdent(q.value(0).toString()));

    // The project's functions (not the extensions'): calling one the job may
    // not execute, and replacing or dropping any of them. The arguments come
    // from a subquery the planner keeps (OFFSET 0): a strict function called
    // with constant NULLs is folded to NULL at planning, before the executor
    // checks EXECUTE, and would look callable.
    q.exec(uR"(
        SELECT p.proname, p.oid::regprocedure::text,
               coalesce((SELECT string_agg(format('v.a%s', a.o), ', ' ORDER BY a.o)
                         FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY a(t, o)), ''),
               coalesce((SELECT string_agg(format('NULL::%s AS a%s', format_type(a.t, NULL), a.o),
                                           ', ' ORDER BY a.o)
                         FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY a(t, o)), '1')
        FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                          AND d.objid = p.oid AND d.deptype = 'e')
        ORDER BY 2)"_s);
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString signature = q.value(1).toString();
        if (!granted.contains(name + u".EXECUTE"_s))
            add(signature + u" EXECUTE"_s,
                u"SELECT "_s + quotedIdent(name) + u'(' + q.value(2).toString()
                        + u") FROM (SELECT "_s + q.value(3).toString() + u" OFFSET 0) v"_s,
                lacksOn("has_function_privilege", signature, u"EXECUTE"_s));
        add(signature + u" DROP"_s, u"DROP FUNCTION "_s + signature);
        add(signature + u" SECURITY INVOKER"_s,
            u"ALTER FUNCTION "_s + signature + u" SECURITY INVOKER"_s);
    }
    return out;
}

CatalogueObjects catalogueObjects(QSqlDatabase su)
{
    CatalogueObjects out;
    QSqlQuery q(su);
    if (!q.exec(uR"(
            SELECT 'table ' || c.relname FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
            UNION ALL
            SELECT 'column ' || c.relname || '.' || a.attname FROM pg_class c
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
            UNION ALL
            SELECT 'sequence ' || c.relname FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
            UNION ALL
            SELECT 'function ' || p.oid::regprocedure::text FROM pg_proc p
            WHERE p.pronamespace = 'public'::regnamespace
              AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                              AND d.objid = p.oid AND d.deptype = 'e')
            ORDER BY 1)"_s)) {
        out.error = q.lastError().text();
        return out;
    }
    out.objects = column(q);
    if (out.objects.isEmpty())
        out.error = u"the catalogue lists no table, column, sequence or function"_s;
    return out;
}

// The names catalogAttempts gives: "T VERB", "T UPDATE C", "T ALTER COLUMN C",
// "S SETVAL", "SIG VERB" (a signature holds a parenthesis).
QStringList objectsTried(const AccessAttempt &attempt)
{
    const QString &n = attempt.name;
    const qsizetype paren = n.indexOf(u'(');
    if (paren > 0) {
        const qsizetype close = n.indexOf(u')', paren);
        return {u"function "_s + n.left(close + 1)};
    }
    const QStringList words = n.split(u' ');
    if (words.size() < 2)
        return {};
    const QString object = words.first();
    if (words.size() == 3 && words[1] == u"UPDATE"_s)
        return {u"column "_s + object + u'.' + words[2], u"table "_s + object};
    if (words.size() == 4 && words[1] == u"ALTER"_s && words[2] == u"COLUMN"_s)
        return {u"column "_s + object + u'.' + words[3], u"table "_s + object};
    if (words[1] == u"SETVAL"_s || words[1] == u"RESTART"_s)
        return {u"sequence "_s + object};
    if (words[1] == u"DROP"_s && words.size() == 2)
        return {u"table "_s + object, u"sequence "_s + object};
    return {u"table "_s + object};
}

QList<AccessAttempt> explicitAttempts(const QString &job, const AccessFixture &fx)
{
    QList<AccessAttempt> out;
    auto refused = [&](const QString &name, const QString &sql) {
        out.append({job, name, sql, AccessAttempt::Refused, {}, false});
    };
    auto noEffect = [&](const QString &name, const QString &sql, const QString &check) {
        out.append({job, name, sql, AccessAttempt::NoEffect, check, false});
    };
    auto outside = [&](const QString &name, const QString &sql) {
        out.append({job, name, sql, AccessAttempt::Refused, {}, true});
    };
    auto allowed = [&](const QString &name, const QString &sql) {
        out.append({job, name, sql, AccessAttempt::Allowed, {}, false});
    };
    const QString own = u"(SELECT unit_id FROM staff WHERE role_name = session_user)"_s;
    const QString ownCounter = u"(SELECT counter_id FROM staff WHERE role_name = session_user)"_s;
    const QString other
            = u"(SELECT id FROM units WHERE id <> %1 AND kind <> 'department' ORDER BY id "
              "LIMIT 1)"_s.arg(own);
    const QString otherCounter
            = u"(SELECT id FROM counters WHERE unit_id <> %1 ORDER BY id LIMIT 1)"_s.arg(own);
    const QString anyDossier = u"(SELECT min(id) FROM dossiers)"_s;

    // Roles: no new ones, no higher rights for oneself, no other identity.
    const QString higher = job == u"admin"_s        ? u"postgres"_s
                           : job == u"department"_s ? u"motcua_clerk"_s
                                                    : u"motcua_admin"_s;
    const QString otherGroup = job == u"admin"_s ? u"motcua_supervisor"_s : u"motcua_admin"_s;
    refused(u"create role"_s, u"CREATE ROLE intruder LOGIN PASSWORD 'x'"_s);
    for (const char *attr : {"SUPERUSER", "CREATEROLE", "CREATEDB", "BYPASSRLS", "REPLICATION"})
        refused(u"alter own role "_s + QLatin1String(attr),
                u"ALTER ROLE CURRENT_USER "_s + QLatin1String(attr));
    refused(u"let a group role log in"_s, u"ALTER ROLE motcua_admin LOGIN PASSWORD 'x'"_s);
    refused(u"drop a group role"_s, u"DROP ROLE motcua_clerk"_s);
    refused(u"grant self "_s + otherGroup, u"GRANT "_s + otherGroup + u" TO CURRENT_USER"_s);
    refused(u"set role "_s + higher, u"SET ROLE "_s + higher);
    refused(u"set role postgres"_s, u"SET ROLE postgres"_s);
    refused(u"set session authorization"_s, u"SET SESSION AUTHORIZATION postgres"_s);
    noEffect(u"grant self DELETE on dossiers"_s,
             u"GRANT DELETE, TRUNCATE ON dossiers TO CURRENT_USER"_s,
             u"NOT has_table_privilege(session_user, 'dossiers', 'DELETE') "
             "AND NOT has_table_privilege(session_user, 'dossiers', 'TRUNCATE')"_s);
    noEffect(u"grant everybody the audit log"_s,
             u"GRANT SELECT, INSERT ON audit_log TO PUBLIC"_s,
             u"NOT has_table_privilege('public', 'audit_log', 'SELECT')"_s);
    noEffect(u"grant own reads to another"_s,
             u"GRANT SELECT ON dossiers TO PUBLIC"_s,
             u"NOT has_table_privilege('public', 'dossiers', 'SELECT')"_s);

    // Objects: no new schema objects, no replaced policy helper.
    refused(u"create schema"_s, u"CREATE SCHEMA intruder"_s);
    refused(u"create table"_s, u"CREATE TABLE public.intruder (x int)"_s);
    refused(u"create view"_s, u"CREATE VIEW public.intruder AS SELECT 1"_s);
    refused(u"create function"_s,
            u"CREATE FUNCTION public.intruder() RETURNS int LANGUAGE sql RETURN 1"_s);
    refused(u"replace the policy helper"_s,
            u"CREATE OR REPLACE FUNCTION motcua_current_unit() RETURNS integer "
            "LANGUAGE sql RETURN 1"_s);
    refused(u"create policy"_s,
            u"CREATE POLICY intruder ON audit_log FOR SELECT TO PUBLIC USING (true)"_s);
    refused(u"create index"_s, u"CREATE INDEX intruder ON dossiers (applicant_phone)"_s);
    refused(u"comment on table"_s, u"COMMENT ON TABLE dossiers IS 'x'"_s);
    refused(u"reindex"_s, u"REINDEX TABLE dossiers"_s);
    refused(u"cluster"_s, u"CLUSTER dossiers USING dossiers_pkey"_s);
    refused(u"alter database"_s,
            u"ALTER DATABASE %1 SET session_replication_role = replica"_s.arg(
                    quotedIdent(fx.database)));
    refused(u"take over the database"_s,
            u"ALTER DATABASE %1 OWNER TO CURRENT_USER"_s.arg(quotedIdent(fx.database)));
    outside(u"create database"_s, u"CREATE DATABASE intruder"_s);
    if (fx.dblinkAvailable)
        refused(u"create extension dblink"_s, u"CREATE EXTENSION dblink"_s);

    // The server, its files and other sessions.
    refused(u"skip triggers (replica)"_s, u"SET session_replication_role = replica"_s);
    refused(u"silence the log"_s, u"SET log_statement = 'none'"_s);
    outside(u"alter system"_s, u"ALTER SYSTEM SET log_connections = off"_s);
    refused(u"reload configuration"_s, u"SELECT pg_reload_conf()"_s);
    refused(u"copy to program"_s, u"COPY units TO PROGRAM 'id'"_s);
    refused(u"copy from program"_s, u"COPY units FROM PROGRAM 'id'"_s);
    refused(u"copy from server file"_s, u"COPY units FROM '/etc/passwd'"_s);
    refused(u"copy to server file"_s, u"COPY (SELECT 1) TO '/tmp/motcua-intruder'"_s);
    refused(u"pg_read_file"_s, u"SELECT pg_read_file('/etc/passwd')"_s);
    refused(u"pg_read_binary_file"_s, u"SELECT pg_read_binary_file('postgresql.conf')"_s);
    refused(u"pg_ls_dir"_s, u"SELECT pg_ls_dir('.')"_s);
    refused(u"pg_stat_file"_s, u"SELECT pg_stat_file('postgresql.conf')"_s);
    refused(u"lo_import"_s, u"SELECT lo_import('/etc/passwd')"_s);
    refused(u"lo_export"_s, u"SELECT lo_export(0, '/tmp/motcua-intruder')"_s);
    if (fx.superuserPid > 0) {
        refused(u"terminate a superuser session"_s,
                u"SELECT pg_terminate_backend(%1)"_s.arg(fx.superuserPid));
        refused(u"cancel a superuser's query"_s,
                u"SELECT pg_cancel_backend(%1)"_s.arg(fx.superuserPid));
    }

    // The control sheet: no receipts outside the receive, nothing in another
    // unit's or another person's name.
    const QString event = u"INSERT INTO dossier_events (dossier_id, actor, unit_id, counter_id, "
                          "kind, to_state) VALUES (%1, %2, %3, %4, '%5', 'received')"_s;
    refused(u"forge a receipt event"_s,
            event.arg(anyDossier, u"session_user"_s, own, u"NULL"_s, u"received"_s));
    refused(u"event in another unit's name"_s,
            event.arg(anyDossier, u"session_user"_s, other, u"NULL"_s, u"note"_s));
    refused(u"event at another unit's counter"_s,
            event.arg(anyDossier, u"session_user"_s, own, otherCounter, u"note"_s));
    refused(u"event as somebody else"_s,
            event.arg(anyDossier, u"'somebody'"_s, own, u"NULL"_s, u"note"_s));
    refused(u"rewrite an event"_s, u"UPDATE dossier_events SET note = 'x'"_s);
    refused(u"delete an event"_s, u"DELETE FROM dossier_events"_s);
    refused(u"rewrite the audit trail"_s, u"UPDATE audit_log SET reason = 'x'"_s);
    refused(u"erase the audit trail"_s, u"DELETE FROM audit_log"_s);
    // The access log: only through motcua_log_access(), in one's own name.
    refused(u"forge an access"_s,
            u"INSERT INTO access_log (actor, kind, query) VALUES ('somebody', 'name', 'x')"_s);
    refused(u"rewrite the access log"_s, u"UPDATE access_log SET query = 'x'"_s);
    refused(u"erase the access log"_s, u"DELETE FROM access_log"_s);
    if (job != u"terminal"_s)
        allowed(u"log an own access"_s, u"SELECT motcua_log_access('name', 'x', NULL)"_s);
    // Since 0018 events are written only by the referee's functions, with the
    // state change they record.
    refused(u"event in own name and unit"_s,
            event.arg(anyDossier, u"session_user"_s, own, u"NULL"_s, u"note"_s));

    // Dossiers: only through motcua_receive, which draws the code itself.
    refused(u"squat another unit's next code"_s,
            u"INSERT INTO dossiers (code, idempotency_key, receiving_unit_id, procedure_id, "
            "department_id, applicant_name, received_at, due_at) "
            "SELECT (SELECT code FROM units WHERE id = %1) || '-' "
            "|| to_char(current_date + 1, 'YYMMDD') || '-0001', gen_random_uuid(), %2, p.id, "
            "p.department_id, 'A', now(), now() FROM procedures p LIMIT 1"_s.arg(other, own));
    refused(u"documents for another unit's dossier"_s,
            u"INSERT INTO dossier_documents (dossier_id, name) SELECT id, 'x' FROM dossiers "
            "WHERE receiving_unit_id <> %1 LIMIT 1"_s.arg(own));
    refused(u"own unit's code counter"_s,
            u"INSERT INTO daily_code_counters AS c (unit_id, day, last_seq) "
            "VALUES (%1, current_date, 9999) ON CONFLICT (unit_id, day) "
            "DO UPDATE SET last_seq = 9999"_s.arg(own));
    refused(u"another unit's code counter"_s,
            u"UPDATE daily_code_counters SET last_seq = 0 WHERE unit_id <> %1"_s.arg(own));
    refused(u"mark a draft resumed"_s,
            u"UPDATE intake_outcomes SET resumed_by = %1"_s.arg(anyDossier));
    refused(u"intake outcome for another unit"_s,
            u"INSERT INTO intake_outcomes (idempotency_key, kind, unit_id, procedure_id, "
            "applicant_name, reason) SELECT gen_random_uuid(), 'refused', %1, id, 'A', 'x' "
            "FROM procedures LIMIT 1"_s.arg(other));
    refused(u"intake outcome in another's name"_s,
            u"INSERT INTO intake_outcomes (idempotency_key, kind, unit_id, clerk, procedure_id, "
            "applicant_name, reason) SELECT gen_random_uuid(), 'refused', %1, 'somebody', id, "
            "'A', 'x' FROM procedures LIMIT 1"_s.arg(own));

    // Ratings and handovers count for the unit they name.
    const QString rating = u"INSERT INTO ratings (dossier_id, level, unit_id, counter_id, staff) "
                           "VALUES (%1, 'unsatisfied', %2, %3, %4)"_s;
    const QString handover = u"INSERT INTO handovers (dossier_id, channel, unit_id, counter_id, "
                             "clerk) VALUES (%1, 'applicant', %2, %3, %4)"_s;
    refused(u"rate in another unit's name"_s,
            rating.arg(anyDossier, other, u"NULL"_s, u"session_user"_s));
    refused(u"rate without a unit"_s,
            rating.arg(anyDossier, u"NULL"_s, u"NULL"_s, u"session_user"_s));
    refused(u"rate at another unit's counter"_s,
            rating.arg(anyDossier, own, otherCounter, u"session_user"_s));
    refused(u"rate as somebody else"_s, rating.arg(anyDossier, own, u"NULL"_s, u"'somebody'"_s));
    refused(u"hand over at another unit"_s,
            handover.arg(anyDossier, other, u"NULL"_s, u"session_user"_s));
    refused(u"hand over at another unit's counter"_s,
            handover.arg(anyDossier, own, otherCounter, u"session_user"_s));
    refused(u"hand over as somebody else"_s,
            handover.arg(anyDossier, own, u"NULL"_s, u"'somebody'"_s));
    // Nobody rates in SQL, not even in their own unit and name: the citizen
    // rates at a device through motcua_rate (0021), which staff may not call.
    refused(u"rate in own unit"_s, rating.arg(anyDossier, own, ownCounter, u"session_user"_s));
    refused(u"rate through the devices' function"_s,
            u"SELECT * FROM motcua_rate(%1, 'receipt', 'unsatisfied')"_s.arg(anyDossier));
    refused(u"change a rating"_s, u"UPDATE ratings SET level = 'unsatisfied'"_s);
    refused(u"delete a rating"_s, u"DELETE FROM ratings"_s);
    refused(u"hand over in own unit"_s,
            handover.arg(anyDossier, own, ownCounter, u"session_user"_s));

    // Dossier rows: no direct change at all, own unit's or another's (0018).
    refused(u"advance another unit's dossier"_s,
            u"UPDATE dossiers SET state = 'transferred', version = version + 1 "
            "WHERE receiving_unit_id <> %1"_s.arg(own));
    refused(u"advance own unit's dossier"_s,
            u"UPDATE dossiers SET state = 'transferred', version = version + 1 "
            "WHERE receiving_unit_id = %1"_s.arg(own));
    refused(u"advance own department's dossier"_s,
            u"UPDATE dossiers SET state = 'in_processing', version = version + 1 "
            "WHERE department_id = %1"_s.arg(own));
    return out;
}

} // namespace Motcua::Test
