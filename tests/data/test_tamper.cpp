// The figures the branches are ranked on cannot be written by the people
// ranked. Each staff role tries every write that would move a figure: a
// dossier's state, due date, pause, finish time and version directly; events,
// handovers, intake outcomes and ratings directly; and through the referee's
// functions every transition core's lifecycle does not allow the role, a stale
// version, another unit's dossier, a missing reason, an extension outside
// working time. Each must be refused by PostgreSQL and leave nothing changed.
// The run ends with "tamper_refused=R/T". The allowed transitions are tried
// too, as controls: the server allows exactly what core allows.
#include "core/dossierlifecycle.h"
#include "testdatabase.h"

#include <cstdio>

using namespace Motcua;
using namespace Motcua::Test;
using namespace Qt::StringLiterals;

namespace {

const QList<DossierState> kStates = {DossierState::Received,
                                     DossierState::Transferred,
                                     DossierState::InProcessing,
                                     DossierState::AwaitingSupplement,
                                     DossierState::Ready,
                                     DossierState::Returned,
                                     DossierState::Stopped,
                                     DossierState::Withdrawn};
const QList<DossierAction> kActions = {DossierAction::Transfer,
                                       DossierAction::StartProcessing,
                                       DossierAction::RequestSupplement,
                                       DossierAction::ReceiveSupplement,
                                       DossierAction::Extend,
                                       DossierAction::Stop,
                                       DossierAction::Withdraw,
                                       DossierAction::MarkReady,
                                       DossierAction::Return};

ActorRole roleOf(const QString &job)
{
    if (job == u"clerk"_s)
        return ActorRole::Clerk;
    if (job == u"supervisor"_s)
        return ActorRole::Supervisor;
    if (job == u"department"_s)
        return ActorRole::Department;
    return ActorRole::Admin;
}

QString roleKey(ActorRole r)
{
    switch (r) {
    case ActorRole::Clerk:
        return u"clerk"_s;
    case ActorRole::Supervisor:
        return u"supervisor"_s;
    case ActorRole::Department:
        return u"department"_s;
    case ActorRole::Admin:
        break;
    }
    return u"admin"_s;
}

} // namespace

class TestTamper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rulesTableIsCores();
    void noStaffRoleHoldsWrites();
    void transition_data();
    void transition();
    void tamper_data();
    void tamper();
    void actingWritesServerTimeAndEvent();

private:
    // Puts the fixture's dossier in a state (as the superuser) and returns its version.
    int putInState(qint64 id, const QString &state);
    // Everything a figure is computed from, as one text: equal before and after
    // a refused attempt.
    QString fingerprint();
    QSqlDatabase roleConnection(const QString &job);

    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, ConnectionSettings> m_roles;
    QSqlDatabase m_su;
    qint64 m_own = 0;         // received by the clerk's unit, processed by the department
    qint64 m_other = 0;       // received by another unit, processed by another department
    QString m_workingInstant; // a working instant well after both due dates
    int m_tampers = 0;
    int m_refused = 0;
};

void TestTamper::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    for (const char *job : {"clerk", "supervisor", "admin"})
        m_roles.insert(QLatin1String(job), m_db->createStaff(QLatin1String(job)));
    m_su = m_db->open(u"fixture"_s);
    QSqlQuery q(m_su);
    QVERIFY_SQL(q,
                exec(u"SELECT u.code FROM procedures p JOIN units u ON u.id = p.department_id "
                     "ORDER BY p.id LIMIT 1"_s));
    QVERIFY(q.next());
    m_roles.insert(u"department"_s, m_db->createStaff(u"department"_s, q.value(0).toString()));
    // The citizen's rating terminal at the clerk's counter (0021).
    QVERIFY_SQL(q,
                exec(u"SELECT counter_id FROM staff WHERE role_name = '%1'"_s.arg(
                        m_roles.value(u"clerk"_s).user)));
    QVERIFY(q.next());
    m_roles.insert(u"terminal"_s, m_db->createRatingDevice(u"counter"_s, q.value(0).toInt()));
    // The clerk's unit is the first branch (createStaff); its dossier goes to
    // the first procedure's department, the other unit's to another one.
    QVERIFY_SQL(q, exec(uR"(
        INSERT INTO dossiers (code, idempotency_key, receiving_unit_id, received_by, procedure_id,
                              department_id, applicant_name, received_at, due_at)
        SELECT u.code || '-261127-0001', gen_random_uuid(), u.id, 'fixture', p.id, p.department_id,
               'Nguyễn Văn An', now() - interval '1 day', now() + interval '3 days'
        FROM (SELECT * FROM units WHERE kind = 'branch' ORDER BY id LIMIT 1) u,
             (SELECT * FROM procedures ORDER BY id LIMIT 1) p
        RETURNING id)"_s));
    QVERIFY(q.next());
    m_own = q.value(0).toLongLong();
    QVERIFY_SQL(q, exec(uR"(
        INSERT INTO dossiers (code, idempotency_key, receiving_unit_id, received_by, procedure_id,
                              department_id, applicant_name, received_at, due_at)
        SELECT u.code || '-261127-0002', gen_random_uuid(), u.id, 'fixture', p.id, p.department_id,
               'Trần Thị Bình', now() - interval '1 day', now() + interval '3 days'
        FROM (SELECT * FROM units WHERE kind IN ('branch', 'center')
              AND id <> (SELECT min(id) FROM units WHERE kind = 'branch') ORDER BY id LIMIT 1) u,
             (SELECT * FROM procedures WHERE department_id <> (SELECT department_id
                  FROM procedures ORDER BY id LIMIT 1) ORDER BY id LIMIT 1) p
        RETURNING id)"_s));
    QVERIFY(q.next());
    m_other = q.value(0).toLongLong();
    QVERIFY(putInState(m_other, u"transferred"_s) > 0);
    // A working instant of the own unit a week after the due date: a lawful
    // extension's new due date.
    QVERIFY_SQL(q,
                exec(u"SELECT receiving_unit_id, due_at FROM dossiers WHERE id = %1"_s.arg(m_own)));
    QVERIFY(q.next());
    const QDateTime instant
            = m_db->workingInstantAfter(q.value(0).toInt(), q.value(1).toDateTime());
    QVERIFY(instant.isValid());
    m_workingInstant = instant.toUTC().toString(Qt::ISODate);
}

void TestTamper::cleanupTestCase()
{
    if (!m_db)
        return; // skipped: no test server
    for (const QString &job : m_roles.keys())
        QSqlDatabase::removeDatabase(u"tamper_"_s + job);
    m_su = QSqlDatabase();
    m_db.reset();
    std::printf("tamper_refused=%d/%d\n", m_refused, m_tampers);
    std::fflush(stdout);
    QVERIFY2(m_tampers > 0 && m_refused == m_tampers,
             qPrintable(u"%1 attempts to write a figure were not refused"_s.arg(m_tampers
                                                                                - m_refused)));
}

QSqlDatabase TestTamper::roleConnection(const QString &job)
{
    const QString conn = u"tamper_"_s + job;
    QSqlDatabase db = QSqlDatabase::database(conn);
    if (db.isOpen())
        return db;
    auto opened = m_roles.value(job).open(conn);
    return opened ? *opened : QSqlDatabase();
}

int TestTamper::putInState(qint64 id, const QString &state)
{
    QSqlQuery q(m_su);
    // An earlier allowed return left its handover; an extension moved the due date.
    q.prepare(u"DELETE FROM handovers WHERE dossier_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return -1;
    q.prepare(u"UPDATE dossiers SET state = ?, version = version + 1, "
              "due_at = received_at + interval '4 days', paused_since = CASE WHEN ? = "
              "'awaiting_supplement' THEN now() - interval '1 hour' "
              "END, finished_at = CASE WHEN ? IN ('returned', 'stopped', 'withdrawn') "
              "THEN now() END WHERE id = ? RETURNING version"_s);
    q.addBindValue(state);
    q.addBindValue(state);
    q.addBindValue(state);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString TestTamper::fingerprint()
{
    QSqlQuery q(m_su);
    q.exec(uR"(
        SELECT md5(concat_ws('|',
            (SELECT string_agg(concat_ws(',', id, state, due_at, paused_since, finished_at, version,
                                         return_channel, received_at, service_seconds), ';'
                               ORDER BY id) FROM dossiers),
            (SELECT count(*) FROM dossier_events), (SELECT count(*) FROM handovers),
            (SELECT count(*) FROM intake_outcomes), (SELECT count(*) FROM ratings),
            (SELECT string_agg(concat_ws(',', day, unit_id, counter_id, clerk, resolved_early,
                                         resolved_on_time, resolved_late, supplement_requests,
                                         refusals, rated_very_satisfied, rated_unsatisfied), ';'
                               ORDER BY day, unit_id, counter_id, clerk) FROM scorecard_days)))
    )"_s);
    return q.next() ? q.value(0).toString() : QString();
}

// The server's table of version 1 is core's, row for row.
void TestTamper::rulesTableIsCores()
{
    QSet<QString> core;
    for (DossierState from : kStates) {
        for (ActorRole role :
             {ActorRole::Clerk, ActorRole::Supervisor, ActorRole::Admin, ActorRole::Department}) {
            for (DossierAction a : DossierLifecycle::allowedActions(from, role)) {
                const Result<DossierState> to = DossierLifecycle::apply(from, a, role);
                QVERIFY(to.ok());
                core << QStringList{actionKey(a),
                                    stateKey(from),
                                    a == DossierAction::Extend ? u"-"_s : stateKey(to.value()),
                                    roleKey(role),
                                    DossierLifecycle::needsReason(a) ? u"t"_s : u"f"_s}
                                .join(u' ');
            }
        }
    }
    QSqlQuery q(m_su);
    QVERIFY_SQL(q,
                exec(u"SELECT concat_ws(' ', action, from_state, coalesce(to_state, '-'), role, "
                     "CASE WHEN needs_reason THEN 't' ELSE 'f' END) FROM lifecycle_rules "
                     "WHERE version = 1"_s));
    QSet<QString> server;
    while (q.next())
        server << q.value(0).toString();
    QCOMPARE(server.size(), core.size());
    QCOMPARE(server, core);
}

// information_schema, asked as the superuser: no staff group or login role
// holds INSERT, UPDATE or DELETE on the tables the figures come from.
void TestTamper::noStaffRoleHoldsWrites()
{
    QSqlQuery q(m_su);
    QVERIFY_SQL(q, exec(uR"(
        WITH staff_roles AS (
            SELECT rolname FROM pg_roles
            WHERE rolname IN ('motcua_staff', 'motcua_clerk', 'motcua_supervisor', 'motcua_admin',
                              'motcua_department')
               OR rolname IN (SELECT role_name FROM staff))
        SELECT grantee || ' ' || privilege_type || ' ' || table_name FROM (
            SELECT grantee, privilege_type, table_name FROM information_schema.table_privileges
            UNION ALL
            SELECT grantee, privilege_type, table_name FROM information_schema.column_privileges) g
        WHERE table_name IN ('dossiers', 'dossier_events', 'ratings', 'handovers', 'intake_outcomes')
          AND privilege_type IN ('INSERT', 'UPDATE', 'DELETE')
          AND grantee IN (SELECT rolname FROM staff_roles))"_s));
    QStringList held;
    while (q.next())
        held << q.value(0).toString();
    std::printf("staff_write_grants=%lld\n", static_cast<long long>(held.size()));
    QVERIFY2(held.isEmpty(), qPrintable(held.join(u", "_s)));
}

// Every (state, action) for every role through motcua_dossier_act: refused
// where core refuses, applied where core allows.
void TestTamper::transition_data()
{
    QTest::addColumn<QString>("job");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    for (const QString &job : {u"clerk"_s, u"supervisor"_s, u"admin"_s, u"department"_s}) {
        for (DossierState from : kStates) {
            for (DossierAction a : kActions) {
                const bool allowed = DossierLifecycle::apply(from, a, roleOf(job)).ok();
                QTest::addRow("%s: %s from %s",
                              qPrintable(job),
                              qPrintable(actionKey(a)),
                              qPrintable(stateKey(from)))
                        << job << stateKey(from) << actionKey(a) << allowed;
            }
        }
    }
}

void TestTamper::transition()
{
    QFETCH(QString, job);
    QFETCH(QString, from);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    const int version = putInState(m_own, from);
    QVERIFY(version > 0);
    const QString before = fingerprint();
    QSqlDatabase db = roleConnection(job);
    QVERIFY(db.isOpen());
    QSqlQuery q(db);
    q.prepare(u"SELECT motcua_dossier_act(?, ?, ?, 'the reason', ?::timestamptz, "
              "'{\"channel\": \"applicant\"}'::jsonb)"_s);
    q.addBindValue(m_own);
    q.addBindValue(version);
    q.addBindValue(action);
    q.addBindValue(m_workingInstant);
    const bool ran = q.exec();
    const QString why = q.lastError().text();
    q.finish();
    if (allowed) {
        QVERIFY2(ran, qPrintable(why));
        QVERIFY(fingerprint() != before);
        return;
    }
    ++m_tampers;
    const bool unchanged = fingerprint() == before;
    if (!ran && unchanged)
        ++m_refused;
    QVERIFY2(!ran, "the server allowed what core refuses");
    QVERIFY(unchanged);
}

void TestTamper::tamper_data()
{
    QTest::addColumn<QString>("job");
    QTest::addColumn<QString>("state"); // the own dossier's state before the attempt
    QTest::addColumn<QString>("sql");   // %1 = own dossier, %2 = other, %3 = its version
    const QString own = u"(SELECT unit_id FROM staff WHERE role_name = session_user)"_s;
    const QString ownCounter = u"(SELECT counter_id FROM staff WHERE role_name = session_user)"_s;
    struct Row
    {
        QString name, state, sql;
        QStringList jobs = {}; // empty: every job
    };
    const QList<Row> direct = {
            {u"postpone the due date a year"_s,
             u"received"_s,
             u"UPDATE dossiers SET due_at = due_at + interval '1 year' WHERE id = %1"_s},
            {u"mark returned without an event"_s,
             u"received"_s,
             u"UPDATE dossiers SET state = 'returned', finished_at = now() WHERE id = %1"_s},
            {u"stop the clock"_s,
             u"in_processing"_s,
             u"UPDATE dossiers SET paused_since = now() WHERE id = %1"_s},
            {u"back-date the finish"_s,
             u"returned"_s,
             u"UPDATE dossiers SET finished_at = received_at WHERE id = %1"_s},
            {u"bump the version"_s,
             u"received"_s,
             u"UPDATE dossiers SET version = version + 1 WHERE id = %1"_s},
            {u"change the return channel"_s,
             u"ready"_s,
             u"UPDATE dossiers SET return_channel = 'post' WHERE id = %1"_s},
            {u"another unit's due date"_s,
             u"received"_s,
             u"UPDATE dossiers SET due_at = due_at + interval '1 year' WHERE id = %2"_s},
            {u"forge a ready event"_s,
             u"in_processing"_s,
             u"INSERT INTO dossier_events (dossier_id, kind, from_state, to_state, note) "
             "VALUES (%1, 'ready', 'in_processing', 'ready', 'x')"_s},
            {u"forge an event on another unit's dossier"_s,
             u"received"_s,
             u"INSERT INTO dossier_events (dossier_id, kind, from_state, to_state, note) "
             "VALUES (%2, 'ready', 'in_processing', 'ready', 'x')"_s},
            {u"erase the control sheet"_s, u"received"_s, u"DELETE FROM dossier_events"_s},
            {u"hand over without the function"_s,
             u"ready"_s,
             u"INSERT INTO handovers (dossier_id, channel, unit_id, counter_id) "
             "VALUES (%1, 'applicant', %4, %5)"_s},
            {u"delete a handover"_s, u"returned"_s, u"DELETE FROM handovers"_s},
            {u"record a refusal directly"_s,
             u"received"_s,
             u"INSERT INTO intake_outcomes (idempotency_key, kind, unit_id, procedure_id, "
             "applicant_name, reason) SELECT gen_random_uuid(), 'refused', %4, id, 'A', 'x' "
             "FROM procedures LIMIT 1"_s},
            {u"delete intake outcomes"_s, u"received"_s, u"DELETE FROM intake_outcomes"_s},
            {u"delete the dossier"_s, u"received"_s, u"DELETE FROM dossiers WHERE id = %1"_s},
            {u"rate own dossier directly"_s,
             u"returned"_s,
             u"INSERT INTO ratings (dossier_id, level, unit_id, counter_id) "
             "VALUES (%1, 'very_satisfied', %4, %5)"_s},
            {u"rate another unit's dossier directly"_s,
             u"received"_s,
             u"INSERT INTO ratings (dossier_id, level, unit_id, counter_id) "
             "VALUES (%2, 'unsatisfied', NULL, NULL)"_s},
            {u"change a rating"_s, u"returned"_s, u"UPDATE ratings SET level = 'very_satisfied'"_s},
            {u"delete ratings"_s, u"returned"_s, u"DELETE FROM ratings"_s},
    };
    const QList<Row> throughFunctions = {
            {u"stale version"_s,
             u"received"_s,
             u"SELECT motcua_dossier_act(%1, %3 - 1, 'transferred', '', NULL, NULL)"_s},
            // Supervisors and administrators act on any unit's dossiers.
            {u"another unit's dossier"_s,
             u"received"_s,
             u"SELECT motcua_dossier_act(%2, (SELECT version FROM dossiers WHERE id = %2), "
             "'withdrawn', 'reason', NULL, NULL)"_s,
             {u"clerk"_s}},
            {u"another department's dossier"_s,
             u"received"_s,
             u"SELECT motcua_dossier_act(%2, (SELECT version FROM dossiers WHERE id = %2), "
             "'processing', '', NULL, NULL)"_s,
             {u"department"_s}},
            {u"stop without a reason"_s,
             u"in_processing"_s,
             u"SELECT motcua_dossier_act(%1, %3, 'stopped', '  ', NULL, NULL)"_s},
            {u"withdraw without a reason"_s,
             u"received"_s,
             u"SELECT motcua_dossier_act(%1, %3, 'withdrawn', '', NULL, NULL)"_s},
            {u"extend to an earlier date"_s,
             u"in_processing"_s,
             u"SELECT motcua_dossier_act(%1, %3, 'extended', 'late', now() - interval '1 day', "
             "NULL)"_s},
            {u"extend to midnight"_s,
             u"in_processing"_s,
             u"SELECT motcua_dossier_act(%1, %3, 'extended', 'late', "
             "(date_trunc('day', due_at AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '8 days') "
             "AT TIME ZONE 'Asia/Ho_Chi_Minh', NULL) FROM dossiers WHERE id = %1"_s},
            {u"an action that does not exist"_s,
             u"received"_s,
             u"SELECT motcua_dossier_act(%1, %3, 'teleported', 'x', NULL, NULL)"_s},
            {u"return by post without tracking"_s,
             u"ready"_s,
             u"SELECT motcua_dossier_act(%1, %3, 'returned', '', NULL, "
             "'{\"channel\": \"post\"}')"_s},
            {u"refusal for another unit"_s,
             u"received"_s,
             u"SELECT motcua_record_outcome(gen_random_uuid(), 'refused', "
             "(SELECT id FROM units WHERE id <> %4 AND kind <> 'department' LIMIT 1), NULL, "
             "(SELECT min(id) FROM procedures), 'A', NULL, NULL, 'reason', '[]', '{}', 300)"_s},
            // A dossier not received or handed over at the terminal's counter.
            {u"rate through the devices' function"_s,
             u"returned"_s,
             u"SELECT * FROM motcua_rate(%1, 'handover', 'very_satisfied')"_s},
            {u"supplement request listing nothing"_s,
             u"received"_s,
             u"SELECT motcua_record_outcome(gen_random_uuid(), 'supplement_requested', %4, %5, "
             "(SELECT min(id) FROM procedures), 'A', NULL, NULL, 'reason', '[]', '{}', 300)"_s},
    };
    for (const QString &job :
         {u"clerk"_s, u"supervisor"_s, u"admin"_s, u"department"_s, u"terminal"_s}) {
        for (const Row &r : direct + throughFunctions) {
            if (!r.jobs.isEmpty() && !r.jobs.contains(job))
                continue;
            QTest::addRow("%s: %s", qPrintable(job), qPrintable(r.name))
                    << job << r.state
                    << QString(r.sql).replace(u"%4"_s, own).replace(u"%5"_s, ownCounter);
        }
    }
}

void TestTamper::tamper()
{
    QFETCH(QString, job);
    QFETCH(QString, state);
    QFETCH(QString, sql);
    const int version = putInState(m_own, state);
    QVERIFY(version > 0);
    const QString before = fingerprint();
    QSqlDatabase db = roleConnection(job);
    QVERIFY(db.isOpen());
    QSqlQuery q(db);
    const bool ran = q.exec(QString(sql)
                                    .replace(u"%1"_s, QString::number(m_own))
                                    .replace(u"%2"_s, QString::number(m_other))
                                    .replace(u"%3"_s, QString::number(version)));
    const QString code = q.lastError().nativeErrorCode();
    q.finish();
    ++m_tampers;
    const bool unchanged = fingerprint() == before;
    // Refused by the server itself, not lost on the way.
    if (!ran && unchanged && !code.startsWith(QLatin1String(SqlState::ConnectionExceptionClass)))
        ++m_refused;
    QVERIFY2(!ran, "PostgreSQL allowed it");
    QVERIFY2(!code.startsWith(QLatin1String(SqlState::ConnectionExceptionClass)), qPrintable(code));
    QVERIFY(unchanged);
}

// An allowed action takes the server's clock and writes its event, whatever
// the client's clock says.
void TestTamper::actingWritesServerTimeAndEvent()
{
    const int version = putInState(m_own, u"ready"_s);
    QSqlDatabase db = roleConnection(u"clerk"_s);
    QSqlQuery q(db);
    q.prepare(u"SELECT motcua_dossier_act(?, ?, 'returned', '', NULL, "
              "'{\"channel\": \"authorised\", \"collector_name\": \"Lê Văn Cường\", "
              "\"collector_id_number\": \"079090001234\"}'::jsonb)"_s);
    q.addBindValue(m_own);
    q.addBindValue(version);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), version + 1);
    QSqlQuery s(m_su);
    s.prepare(u"SELECT d.state, abs(extract(epoch FROM d.finished_at - now())) < 60, "
              "e.kind, e.from_state, e.to_state, e.actor = ?, h.channel, h.collector_name, "
              "h.unit_id = st.unit_id, h.counter_id IS NOT DISTINCT FROM st.counter_id "
              "FROM dossiers d JOIN LATERAL (SELECT * FROM dossier_events WHERE dossier_id = d.id "
              "ORDER BY id DESC LIMIT 1) e ON true JOIN handovers h ON h.dossier_id = d.id "
              "JOIN staff st ON st.role_name = ? WHERE d.id = ?"_s);
    s.addBindValue(m_roles.value(u"clerk"_s).user);
    s.addBindValue(m_roles.value(u"clerk"_s).user);
    s.addBindValue(m_own);
    QVERIFY_SQL(s, exec());
    QVERIFY(s.next());
    QCOMPARE(s.value(0).toString(), u"returned"_s);
    QVERIFY(s.value(1).toBool());
    QCOMPARE(s.value(2).toString(), u"returned"_s);
    QCOMPARE(s.value(3).toString(), u"ready"_s);
    QCOMPARE(s.value(4).toString(), u"returned"_s);
    QVERIFY(s.value(5).toBool());
    QCOMPARE(s.value(6).toString(), u"authorised"_s);
    QCOMPARE(s.value(7).toString(), u"Lê Văn Cường"_s);
    QVERIFY(s.value(8).toBool());
    QVERIFY(s.value(9).toBool());
    // Done: undo the handover for the other tests' fixture (superuser only).
    QVERIFY_SQL(s, exec(u"DELETE FROM handovers"_s));
}

QTEST_GUILESS_MAIN(TestTamper)
#include "test_tamper.moc"
