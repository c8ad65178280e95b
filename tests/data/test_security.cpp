// Access is decided by PostgreSQL: each role connects for itself and tries
// statements directly in SQL; the forbidden ones are refused by grants,
// row-level security or the append-only triggers. Besides the hand-written
// statements, every privilege a role is not meant to hold (accessrules.cpp)
// is tried on every table, column, function and policy of the schema. The run
// ends with "forbidden_refused=R/T" (R refusals among T forbidden attempts).
#include "accessrules.h"
#include "testdatabase.h"

#include <cstdio>

using namespace Motcua;
using namespace Motcua::Test;

class TestSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void statement_data();
    void statement();
    void grantsAsSpecified_data();
    void grantsAsSpecified();
    void forbidden_data();
    void forbidden();
    void everyObjectTriedByEveryRole();
    void eventsStayAppendOnlyEvenWhenGranted();
    void superuserMayCorrectEvents();
    void catalogueChangesAreAudited();

private:
    // Counts one forbidden attempt; refused says whether PostgreSQL refused it.
    void countForbidden(bool refused);

    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, ConnectionSettings> m_roles;
    QSqlDatabase m_su; // the fixture's superuser connection, kept open
    AccessFixture m_fixture;
    int m_forbidden = 0;
    int m_refused = 0;
};

void TestSecurity::countForbidden(bool refused)
{
    ++m_forbidden;
    if (refused)
        ++m_refused;
}

void TestSecurity::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    for (const char *job : {"clerk", "supervisor", "admin"})
        m_roles.insert(QLatin1String(job), m_db->createStaff(QLatin1String(job)));
    m_su = m_db->open(QStringLiteral("fixture"));
    QSqlQuery q(m_su);
    // The processing officer works in the department of the first procedure.
    QVERIFY_SQL(q,
                exec(QStringLiteral("SELECT u.code FROM procedures p JOIN units u "
                                    "ON u.id = p.department_id ORDER BY p.id LIMIT 1")));
    QVERIFY(q.next());
    m_roles.insert(QStringLiteral("department"),
                   m_db->createStaff(QStringLiteral("department"), q.value(0).toString()));
    // A citizen-facing rating terminal at the first counter (0021).
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT min(id) FROM counters")));
    QVERIFY(q.next());
    m_roles.insert(QStringLiteral("terminal"),
                   m_db->createRatingDevice(QStringLiteral("counter"), q.value(0).toInt()));
    // One dossier of each of three units with an event, and one processed by
    // another department.
    QVERIFY_SQL(q, exec(QStringLiteral(R"(
        INSERT INTO dossiers (code, idempotency_key, receiving_unit_id, received_by, procedure_id,
                              department_id, applicant_name, received_at, due_at)
        SELECT u.code || '-261127-000' || row_number() OVER (ORDER BY u.id), gen_random_uuid(), u.id,
               'fixture', p.id, p.department_id, 'Nguyễn Văn An', now(), now() + interval '3 days'
        FROM (SELECT * FROM units WHERE kind IN ('branch', 'center') ORDER BY id LIMIT 3) u,
             (SELECT * FROM procedures ORDER BY id LIMIT 1) p)")));
    QVERIFY_SQL(
            q,
            exec(QStringLiteral("INSERT INTO dossier_events (dossier_id, actor, kind, to_state) "
                                "SELECT id, 'fixture', 'received', 'received' FROM dossiers")));
    QVERIFY_SQL(q, exec(QStringLiteral(R"(
        INSERT INTO dossiers (code, idempotency_key, receiving_unit_id, received_by, procedure_id,
                              department_id, applicant_name, received_at, due_at)
        SELECT u.code || '-261127-0009', gen_random_uuid(), u.id, 'fixture', p.id, p.department_id,
               'Trần Thị Bình', now(), now() + interval '3 days'
        FROM (SELECT * FROM units WHERE kind = 'branch' ORDER BY id LIMIT 1) u,
             (SELECT * FROM procedures WHERE department_id <> (SELECT department_id
                  FROM procedures ORDER BY id LIMIT 1) ORDER BY id LIMIT 1) p)")));
    QCOMPARE(q.numRowsAffected(), 1);
    m_fixture.database = m_db->name();
    QVERIFY_SQL(q,
                exec(QStringLiteral("SELECT pg_backend_pid(), EXISTS (SELECT FROM "
                                    "pg_available_extensions WHERE name = 'dblink')")));
    QVERIFY(q.next());
    m_fixture.superuserPid = q.value(0).toInt();
    m_fixture.dblinkAvailable = q.value(1).toBool();
}

void TestSecurity::cleanupTestCase()
{
    if (!m_db)
        return; // skipped: no test server
    for (const QString &job : staffJobs())
        QSqlDatabase::removeDatabase(QStringLiteral("bulk_") + job);
    m_su = QSqlDatabase();
    m_db.reset();
    std::printf("forbidden_refused=%d/%d\n", m_refused, m_forbidden);
    std::fflush(stdout);
    QVERIFY2(m_refused == m_forbidden,
             qPrintable(QStringLiteral("%1 forbidden attempts were not refused")
                                .arg(m_forbidden - m_refused)));
}

// The unit of the test clerk is the first branch; "other unit" means any other.
void TestSecurity::statement_data()
{
    QTest::addColumn<QString>("job");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expect"); // refused | nochange | allowed

    const QString ownUnit
            = QStringLiteral("(SELECT unit_id FROM staff WHERE role_name = session_user)");
    const QString insertDossier = QStringLiteral(
            "INSERT INTO dossiers (code, idempotency_key, receiving_unit_id, procedure_id, "
            "department_id, applicant_name, received_at, due_at) "
            "SELECT 'X-261127-0001', gen_random_uuid(), %1, p.id, p.department_id, 'A', now(), "
            "now() "
            "FROM procedures p LIMIT 1");

    const QString receive = QStringLiteral(
            "SELECT r.* FROM (SELECT * FROM procedures ORDER BY id LIMIT 1) p, "
            "LATERAL motcua_receive(jsonb_build_object('key', gen_random_uuid(), "
            "'unit_id', %1, 'counter_id', %2, 'procedure_id', p.id, 'department_id', "
            "p.department_id, 'applicant', jsonb_build_object('name', 'A'), 'received_at', now(), "
            "'due_at', now() + interval '1 day')) r");

    struct Row
    {
        const char *job, *name;
        QString sql;
        const char *expect;
    };
    const QList<Row> rows = {
            // Clerks: receive dossiers, never write or delete them directly; no catalogue,
            // calendar or staff.
            {"clerk", "delete dossier", QStringLiteral("DELETE FROM dossiers"), "refused"},
            {"clerk", "truncate dossiers", QStringLiteral("TRUNCATE dossiers CASCADE"), "refused"},
            {"clerk",
             "rewrite applicant",
             QStringLiteral("UPDATE dossiers SET applicant_name = 'B'"),
             "refused"},
            {"clerk",
             "reissue code",
             QStringLiteral("UPDATE dossiers SET code = code || 'x'"),
             "refused"},
            {"clerk",
             "dossier for another unit",
             insertDossier.arg(
                     QStringLiteral("(SELECT id FROM units WHERE id <> %1 LIMIT 1)").arg(ownUnit)),
             "refused"},
            {"clerk",
             "dossier in another's name",
             QStringLiteral(
                     "INSERT INTO dossiers (code, idempotency_key, receiving_unit_id, received_by, "
                     "procedure_id, department_id, applicant_name, received_at, due_at) "
                     "SELECT 'X-261127-0002', gen_random_uuid(), %1, 'somebody', p.id, "
                     "p.department_id, 'A', now(), now() FROM procedures p LIMIT 1")
                     .arg(ownUnit),
             "refused"},
            {"clerk",
             "advance another unit's dossier",
             QStringLiteral(
                     "UPDATE dossiers SET state = 'transferred' WHERE receiving_unit_id <> %1")
                     .arg(ownUnit),
             "refused"},
            // Only motcua_receive writes dossiers: it draws the code from the counter.
            {"clerk", "own unit's dossier, not received", insertDossier.arg(ownUnit), "refused"},
            // Only motcua_dossier_act changes a dossier's state (migration 0018).
            {"clerk",
             "advance own unit's dossier",
             QStringLiteral("UPDATE dossiers SET state = 'transferred', version = version + 1 "
                            "WHERE receiving_unit_id = %1")
                     .arg(ownUnit),
             "refused"},
            {"clerk",
             "add procedure",
             QStringLiteral("INSERT INTO procedures (code, name, sector, processing_value, "
                            "processing_unit, department_id, effective_from) "
                            "SELECT 'X1', 'x', 'x', 1, 'working_days', id, current_date FROM units "
                            "LIMIT 1"),
             "refused"},
            {"clerk", "edit procedure", QStringLiteral("UPDATE procedures SET fee = 0"), "refused"},
            {"clerk",
             "delete checklist item",
             QStringLiteral("DELETE FROM checklist_items"),
             "refused"},
            {"clerk",
             "add holiday",
             QStringLiteral(
                     "INSERT INTO calendar_days (day, type) VALUES ('2030-01-02', 'holiday')"),
             "refused"},
            {"clerk",
             "change working hours",
             QStringLiteral("UPDATE working_hours SET ends_at = '18:00'"),
             "refused"},
            {"clerk",
             "promote self",
             QStringLiteral("UPDATE staff SET job = 'admin' WHERE role_name = session_user"),
             "refused"},
            {"clerk",
             "add staff",
             QStringLiteral("INSERT INTO staff (role_name, full_name, unit_id, job) SELECT 'x', "
                            "'x', id, 'admin' FROM units LIMIT 1"),
             "refused"},
            {"clerk",
             "edit event",
             QStringLiteral("UPDATE dossier_events SET note = 'x'"),
             "refused"},
            {"clerk", "delete event", QStringLiteral("DELETE FROM dossier_events"), "refused"},
            {"clerk",
             "event as somebody else",
             QStringLiteral("INSERT INTO dossier_events (dossier_id, actor, kind) SELECT id, "
                            "'somebody', 'note' FROM dossiers LIMIT 1"),
             "refused"},
            {"clerk", "read audit log", QStringLiteral("SELECT * FROM audit_log"), "refused"},
            // The receive function runs with its owner's rights and checks the unit itself.
            {"clerk",
             "receive for another unit",
             receive.arg(
                     QStringLiteral("(SELECT id FROM units WHERE id <> %1 LIMIT 1)").arg(ownUnit),
                     QStringLiteral("NULL")),
             "refused"},
            {"clerk",
             "receive at another unit's counter",
             receive.arg(ownUnit,
                         QStringLiteral("(SELECT id FROM counters WHERE unit_id <> %1 LIMIT 1)")
                                 .arg(ownUnit)),
             "refused"},
            {"clerk",
             "receive for own unit",
             receive.arg(ownUnit, QStringLiteral("NULL")),
             "allowed"},
            {"clerk", "read catalogue", QStringLiteral("SELECT * FROM procedures"), "allowed"},
            {"clerk",
             "read any branch's dossiers",
             QStringLiteral("SELECT * FROM dossiers"),
             "allowed"},
            // Supervisors: the calendar, not the catalogue or staff; no dossier creation or
            // deletion.
            {"supervisor",
             "add holiday",
             QStringLiteral("INSERT INTO calendar_days (day, type, note) VALUES ('2030-01-03', "
                            "'holiday', 't')"),
             "allowed"},
            {"supervisor",
             "edit procedure",
             QStringLiteral("UPDATE procedures SET fee = 0"),
             "refused"},
            {"supervisor",
             "add staff",
             QStringLiteral("INSERT INTO staff (role_name, full_name, unit_id, job) SELECT 'x', "
                            "'x', id, 'admin' FROM units LIMIT 1"),
             "refused"},
            {"supervisor", "create dossier", insertDossier.arg(ownUnit), "refused"},
            {"supervisor",
             "receive a dossier",
             receive.arg(ownUnit, QStringLiteral("NULL")),
             "refused"},
            {"supervisor", "delete dossier", QStringLiteral("DELETE FROM dossiers"), "refused"},
            {"supervisor",
             "edit event",
             QStringLiteral("UPDATE dossier_events SET note = 'x'"),
             "refused"},
            {"supervisor", "delete audit", QStringLiteral("DELETE FROM audit_log"), "refused"},
            // Administrators: the catalogue and staff, never dossier deletion or history rewriting.
            {"admin",
             "edit procedure",
             QStringLiteral("UPDATE procedures SET fee_note = 'checked' WHERE id = (SELECT min(id) "
                            "FROM procedures)"),
             "allowed"},
            {"admin", "delete dossier", QStringLiteral("DELETE FROM dossiers"), "refused"},
            {"admin",
             "edit event",
             QStringLiteral("UPDATE dossier_events SET note = 'x'"),
             "refused"},
            {"admin", "delete event", QStringLiteral("DELETE FROM dossier_events"), "refused"},
            {"admin", "edit audit", QStringLiteral("UPDATE audit_log SET reason = 'x'"), "refused"},
            {"admin", "delete audit", QStringLiteral("DELETE FROM audit_log"), "refused"},
            {"admin", "truncate audit", QStringLiteral("TRUNCATE audit_log"), "refused"},
            {"admin", "drop table", QStringLiteral("DROP TABLE dossiers CASCADE"), "refused"},
            {"admin",
             "create role",
             QStringLiteral("CREATE ROLE intruder LOGIN SUPERUSER"),
             "refused"},
    };
    for (const Row &r : rows)
        QTest::addRow("%s: %s", r.job, r.name)
                << QString::fromLatin1(r.job) << r.sql << QString::fromLatin1(r.expect);
}

void TestSecurity::statement()
{
    QFETCH(QString, job);
    QFETCH(QString, sql);
    QFETCH(QString, expect);
    const QString conn = QStringLiteral("sec_") + job;
    {
        auto db = m_roles.value(job).open(conn);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().describe()));
        QVERIFY(db->transaction());
        QSqlQuery q(*db);
        const bool ran = q.exec(sql);
        const int affected = q.numRowsAffected();
        const QString state = q.lastError().nativeErrorCode();
        db->rollback();
        db->close();
        if (expect == QLatin1String("refused"))
            countForbidden(!ran && state == QLatin1String(SqlState::InsufficientPrivilege));
        else if (expect == QLatin1String("nochange"))
            countForbidden(ran && affected == 0);
        if (expect == QLatin1String("refused")) {
            QVERIFY2(!ran, qPrintable(QStringLiteral("not refused: ") + sql));
            QVERIFY2(state == QLatin1String(SqlState::InsufficientPrivilege),
                     qPrintable(QStringLiteral("refused with %1, not for lack of privilege: %2")
                                        .arg(state, q.lastError().text())));
        } else if (expect == QLatin1String("nochange")) {
            QVERIFY2(ran, qPrintable(q.lastError().text()));
            QCOMPARE(affected, 0);
        } else {
            QVERIFY2(ran, qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(conn);
}

// The fixture holds what the rules say each job holds, so that a refusal
// below is not a role missing by accident.
void TestSecurity::grantsAsSpecified_data()
{
    QTest::addColumn<QString>("job");
    QTest::addColumn<QString>("privilege");
    for (const QString &job : staffJobs()) {
        QStringList privileges = expectedPrivileges(job).values();
        privileges.sort();
        for (const QString &p : std::as_const(privileges))
            QTest::addRow("%s: %s", qPrintable(job), qPrintable(p)) << job << p;
    }
}

void TestSecurity::grantsAsSpecified()
{
    QFETCH(QString, job);
    QFETCH(QString, privilege);
    const QString object = privilege.section(QLatin1Char('.'), 0, 0);
    QString what = privilege.section(QLatin1Char('.'), 1);
    QSqlQuery q(m_su);
    if (what == QLatin1String("EXECUTE")) {
        q.prepare(QStringLiteral("SELECT bool_and(has_function_privilege(?, p.oid, 'EXECUTE')) "
                                 "FROM pg_proc p WHERE p.proname = ? "
                                 "AND p.pronamespace = 'public'::regnamespace"));
        q.addBindValue(m_roles.value(job).user);
        q.addBindValue(object);
    } else if (what.contains(QLatin1Char('('))) {
        q.prepare(QStringLiteral("SELECT has_column_privilege(?, ?, ?, ?)"));
        q.addBindValue(m_roles.value(job).user);
        q.addBindValue(QStringLiteral("public.") + object);
        q.addBindValue(what.section(QLatin1Char('('), 1).chopped(1));
        q.addBindValue(what.section(QLatin1Char('('), 0, 0));
    } else {
        q.prepare(QStringLiteral("SELECT has_table_privilege(?, ?, ?)"));
        q.addBindValue(m_roles.value(job).user);
        q.addBindValue(QStringLiteral("public.") + object);
        q.addBindValue(what);
    }
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toBool(), qPrintable(job + QStringLiteral(" lacks ") + privilege));
}

void TestSecurity::forbidden_data()
{
    QTest::addColumn<QString>("job");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("expect");
    QTest::addColumn<QString>("check");
    QTest::addColumn<bool>("outsideTransaction");
    for (const QString &job : staffJobs()) {
        const QList<AccessAttempt> attempts
                = catalogAttempts(m_su, job) + explicitAttempts(job, m_fixture);
        for (const AccessAttempt &a : attempts)
            QTest::addRow("%s: %s", qPrintable(a.job), qPrintable(a.name))
                    << a.job << a.sql << int(a.expect) << a.check << a.outsideTransaction;
    }
}

// The floor of forbidden_refused: every table, column, sequence and function
// of the schema is tried by every role at least once, and the catalogue's
// listing itself must work (a failing query would otherwise try nothing and
// pass).
void TestSecurity::everyObjectTriedByEveryRole()
{
    const CatalogueObjects all = catalogueObjects(m_su);
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    for (const QString &job : staffJobs()) {
        const QList<AccessAttempt> attempts = catalogAttempts(m_su, job);
        QSet<QString> tried;
        for (const AccessAttempt &a : attempts)
            for (const QString &o : objectsTried(a))
                tried.insert(o);
        QStringList missing;
        for (const QString &o : all.objects)
            if (!tried.contains(o))
                missing << o;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(job + QStringLiteral(" is never tried on: ")
                            + missing.join(QStringLiteral(", "))));
    }
}

// Each attempt runs in a transaction that is rolled back, on one connection
// per role.
void TestSecurity::forbidden()
{
    QFETCH(QString, job);
    QFETCH(QString, sql);
    QFETCH(int, expect);
    QFETCH(QString, check);
    QFETCH(bool, outsideTransaction);
    const QString conn = QStringLiteral("bulk_") + job;
    QSqlDatabase db = QSqlDatabase::database(conn);
    if (!db.isOpen()) {
        auto opened = m_roles.value(job).open(conn);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().describe()));
        db = *opened;
    }
    if (!outsideTransaction)
        QVERIFY(db.transaction());
    QSqlQuery q(db);
    const bool ran = q.exec(sql);
    const int affected = q.numRowsAffected();
    const QString state = q.lastError().nativeErrorCode();
    const QString why = q.lastError().text();
    q.finish();
    auto holds = [&db](const QString &expression) {
        QSqlQuery c(db);
        return c.exec(QStringLiteral("SELECT ") + expression) && c.next() && c.value(0).toBool();
    };
    // A NoEffect check looks inside the transaction, before the rollback.
    const bool unchanged = ran && !check.isEmpty() && holds(check);
    if (!outsideTransaction)
        db.rollback();
    switch (AccessAttempt::Expect(expect)) {
    case AccessAttempt::Refused: {
        const bool notHeld = check.isEmpty() || holds(check);
        countForbidden(!ran && state == QLatin1String(SqlState::InsufficientPrivilege) && notHeld);
        QVERIFY2(!ran, qPrintable(QStringLiteral("PostgreSQL allowed: ") + sql));
        QVERIFY2(state == QLatin1String(SqlState::InsufficientPrivilege),
                 qPrintable(QStringLiteral("refused with %1, not for lack of privilege: %2")
                                    .arg(state, why)));
        QVERIFY2(notHeld,
                 qPrintable(QStringLiteral("refused here, but the role holds it: ") + check));
        break;
    }
    case AccessAttempt::NoEffect:
        countForbidden(ran ? unchanged : state == QLatin1String(SqlState::InsufficientPrivilege));
        if (ran)
            QVERIFY2(unchanged, qPrintable(QStringLiteral("it took effect: ") + sql));
        else
            QCOMPARE(state, QString::fromLatin1(SqlState::InsufficientPrivilege));
        break;
    case AccessAttempt::NoChange:
        countForbidden(ran && affected == 0);
        QVERIFY2(ran, qPrintable(why));
        QCOMPARE(affected, 0);
        break;
    case AccessAttempt::Allowed:
        QVERIFY2(ran, qPrintable(why));
        QVERIFY(affected > 0);
        break;
    }
}

void TestSecurity::eventsStayAppendOnlyEvenWhenGranted()
{
    QSqlDatabase su = m_db->open(QStringLiteral("grant"));
    QSqlQuery q(su);
    QVERIFY_SQL(q,
                exec(QStringLiteral(
                        "GRANT UPDATE, DELETE ON dossier_events, audit_log TO motcua_admin")));
    {
        auto db = m_roles.value(QStringLiteral("admin")).open(QStringLiteral("granted"));
        QVERIFY(db.ok());
        QSqlQuery a(*db);
        // Events: row-level security has no UPDATE or DELETE policy, so even a
        // granted statement reaches no row.
        QVERIFY_SQL(a, exec(QStringLiteral("UPDATE dossier_events SET note = 'rewritten'")));
        QCOMPARE(a.numRowsAffected(), 0);
        QVERIFY_SQL(a, exec(QStringLiteral("DELETE FROM dossier_events")));
        QCOMPARE(a.numRowsAffected(), 0);
        // The audit log: the append-only trigger refuses for everybody but a superuser.
        QVERIFY(!a.exec(QStringLiteral("UPDATE audit_log SET reason = 'rewritten'")));
        QCOMPARE(a.lastError().nativeErrorCode(),
                 QString::fromLatin1(SqlState::InsufficientPrivilege));
        QVERIFY(a.lastError().text().contains(QLatin1String("append-only")));
        QVERIFY(!a.exec(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(a.lastError().nativeErrorCode(),
                 QString::fromLatin1(SqlState::InsufficientPrivilege));
        a.finish();
        db->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("granted"));
    QVERIFY_SQL(q,
                exec(QStringLiteral(
                        "REVOKE UPDATE, DELETE ON dossier_events, audit_log FROM motcua_admin")));
    QVERIFY_SQL(
            q,
            exec(QStringLiteral("SELECT count(*) FROM dossier_events WHERE note = 'rewritten'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestSecurity::superuserMayCorrectEvents()
{
    QSqlDatabase su = m_db->open(QStringLiteral("super"));
    QSqlQuery q(su);
    QVERIFY_SQL(q,
                exec(QStringLiteral("UPDATE dossier_events SET note = 'corrected by DBA' "
                                    "WHERE id = (SELECT min(id) FROM dossier_events)")));
    QCOMPARE(q.numRowsAffected(), 1);
}

void TestSecurity::catalogueChangesAreAudited()
{
    const QString conn = QStringLiteral("audit_admin");
    {
        auto db = m_roles.value(QStringLiteral("admin")).open(conn);
        QVERIFY(db.ok());
        QSqlQuery q(*db);
        QVERIFY_SQL(q, exec(QStringLiteral("BEGIN")));
        QVERIFY_SQL(
                q,
                exec(QStringLiteral("SELECT set_config('motcua.reason', 'Decision 123', true)")));
        QVERIFY_SQL(q,
                    exec(QStringLiteral("UPDATE procedures SET fee_note = 'audited' "
                                        "WHERE id = (SELECT max(id) FROM procedures)")));
        QVERIFY_SQL(q, exec(QStringLiteral("COMMIT")));
        QVERIFY_SQL(q,
                    exec(QStringLiteral(
                            "SELECT actor, action, reason, new_row ->> 'fee_note' FROM audit_log "
                            "WHERE table_name = 'procedures' ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), m_roles.value(QStringLiteral("admin")).user);
        QCOMPARE(q.value(1).toString(), QStringLiteral("UPDATE"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Decision 123"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("audited"));
        db->close();
    }
    QSqlDatabase::removeDatabase(conn);
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "test_security.moc"
