// Who looked at whom (migration 0022): every search and every dossier a
// person opens is one row of the append-only access log, written by the
// server in the caller's own name; nobody writes, rewrites or erases it
// directly; the unusual-access review flags the patterns it should.
#include "testdatabase.h"

#include "core/vntime.h"
#include "data/accesslogrepository.h"
#include "data/catalog.h"
#include "data/dossierrepository.h"
#include "data/intakerepository.h"

using namespace Motcua;
using namespace Motcua::Test;

class TestAccessLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void searchIsLoggedOnce_data();
    void searchIsLoggedOnce();
    void openIsLoggedReloadIsNot();
    void nobodyWritesTheLogDirectly_data();
    void nobodyWritesTheLogDirectly();
    void unusualAccessIsFlagged();
    void logAloneCommitsWithoutWaiting();

private:
    QSqlDatabase as(const QString &job);
    qint64 logCount();
    QSqlQuery lastEntry();

    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, ConnectionSettings> m_staff;
    DossierDetail m_dossier;
};

void TestAccessLog::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    for (const QString &job :
         {QStringLiteral("clerk"), QStringLiteral("supervisor"), QStringLiteral("admin")})
        m_staff.insert(job, m_db->createStaff(job));
    QSqlDatabase clerk = as(QStringLiteral("clerk"));
    auto procedures = CatalogRepository(clerk).proceduresInForce(QDate::currentDate());
    QVERIFY(procedures.ok());
    const Procedure p = procedures->first();
    QSqlQuery q(m_db->open());
    QVERIFY_SQL(q,
                exec(QStringLiteral("SELECT code FROM units WHERE id = %1").arg(p.departmentId)));
    QVERIFY(q.next());
    m_staff.insert(QStringLiteral("department"),
                   m_db->createStaff(QStringLiteral("department"), q.value(0).toString()));

    const StaffIdentity who = *StaffIdentity::load(clerk);
    IntakeDraft d;
    d.procedureId = p.id;
    d.applicant.fullName = QStringLiteral("Trần Thị Bích");
    d.applicant.idNumber = QStringLiteral("079185004321");
    d.applicant.taxCode = QStringLiteral("0312345675");
    for (const ChecklistItem &c : p.checklist)
        d.documents.append({c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
    auto r = IntakeRepository(clerk).receive(
            d, p, {who.unitId, who.counterId}, QDateTime::currentDateTime(), 60);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
    auto loaded = DossierRepository(clerk, who).load(r->code);
    QVERIFY(loaded.ok());
    m_dossier = *loaded;
}

void TestAccessLog::cleanupTestCase()
{
    m_db.reset();
}

QSqlDatabase TestAccessLog::as(const QString &job)
{
    const QString conn = QStringLiteral("log_") + job;
    if (QSqlDatabase::contains(conn))
        return QSqlDatabase::database(conn);
    return *m_staff.value(job).open(conn);
}

qint64 TestAccessLog::logCount()
{
    QSqlQuery q(m_db->open());
    q.exec(QStringLiteral("SELECT count(*) FROM access_log"));
    q.next();
    return q.value(0).toLongLong();
}

QSqlQuery TestAccessLog::lastEntry()
{
    QSqlQuery q(m_db->open());
    q.exec(QStringLiteral(
            "SELECT l.actor, l.unit_id = s.unit_id, l.counter_id IS NOT DISTINCT FROM "
            "s.counter_id, "
            "  l.kind, l.query, coalesce(l.dossier_id, 0), coalesce(l.dossier_unit_id, 0), "
            "  abs(extract(epoch FROM now() - l.at)) < 60, l.unit_id IS NOT NULL "
            "FROM access_log l LEFT JOIN staff s ON s.role_name = l.actor "
            "ORDER BY l.id DESC LIMIT 1"));
    q.next();
    return q;
}

void TestAccessLog::searchIsLoggedOnce_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("logged");
    QTest::addColumn<int>("found");
    QTest::newRow("code") << m_dossier.summary.code.toLower() << "code"
                          << m_dossier.summary.code.toLower() << 1;
    QTest::newRow("cccd with spaces") << "079 185 004321"
                                      << "id_number"
                                      << "079185004321" << 1;
    QTest::newRow("tax code") << "0312345675"
                              << "tax_code"
                              << "0312345675" << 1;
    QTest::newRow("name without diacritics") << "tran thi bich"
                                             << "name"
                                             << "tran thi bich" << 1;
    QTest::newRow("nobody found is logged too") << "079999999999"
                                                << "id_number"
                                                << "079999999999" << 0;
}

void TestAccessLog::searchIsLoggedOnce()
{
    QFETCH(QString, query);
    QFETCH(QString, kind);
    QFETCH(QString, logged);
    QFETCH(int, found);
    QSqlDatabase clerk = as(QStringLiteral("clerk"));
    DossierRepository repo(clerk, *StaffIdentity::load(clerk));
    const qint64 before = logCount();
    auto r = repo.find(query);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
    QCOMPARE(int(r->size()), found);
    QCOMPARE(logCount(), before + 1);
    QSqlQuery e = lastEntry();
    QCOMPARE(e.value(0).toString(), m_staff.value(QStringLiteral("clerk")).user);
    QVERIFY(e.value(1).toBool()); // the clerk's unit
    QVERIFY(e.value(2).toBool()); // and counter
    QVERIFY(e.value(8).toBool());
    QCOMPARE(e.value(3).toString(), kind);
    QCOMPARE(e.value(4).toString(), logged);
    QCOMPARE(e.value(5).toLongLong(), 0);
    QVERIFY(e.value(7).toBool()); // server time, now
    // A second search through the prepared statement: one more row.
    QVERIFY(repo.find(query).ok());
    QCOMPARE(logCount(), before + 2);
}

void TestAccessLog::openIsLoggedReloadIsNot()
{
    QSqlDatabase clerk = as(QStringLiteral("clerk"));
    DossierRepository repo(clerk, *StaffIdentity::load(clerk));
    qint64 before = logCount();
    auto opened = repo.open(m_dossier.summary.code);
    QVERIFY(opened.ok());
    QCOMPARE(opened->summary.id, m_dossier.summary.id);
    QCOMPARE(logCount(), before + 1);
    QSqlQuery e = lastEntry();
    QCOMPARE(e.value(3).toString(), QStringLiteral("open"));
    QCOMPARE(e.value(5).toLongLong(), m_dossier.summary.id);
    QCOMPARE(e.value(6).toInt(), m_dossier.receivingUnitId);
    QVERIFY(e.value(1).toBool());
    QVERIFY(e.value(2).toBool());

    QVERIFY(repo.openById(m_dossier.summary.id).ok());
    QCOMPARE(logCount(), before + 2);
    // Reloads and actions are not openings.
    QVERIFY(repo.load(m_dossier.summary.code).ok());
    QVERIFY(repo.loadById(m_dossier.summary.id).ok());
    auto transferred = repo.apply(
            m_dossier.summary.id, opened->version, DossierAction::Transfer, ActionInput{});
    QVERIFY2(transferred.ok(), transferred.ok() ? "" : qPrintable(transferred.error().message));
    QCOMPARE(logCount(), before + 2);
    // A code nobody has: nothing opened, nothing logged.
    QCOMPARE(repo.open(QStringLiteral("000.00.31.H29-260101-9999")).error().code,
             DbError::NotFound);
    QCOMPARE(logCount(), before + 2);
}

void TestAccessLog::nobodyWritesTheLogDirectly_data()
{
    QTest::addColumn<QString>("job");
    QTest::addColumn<bool>("reads");
    QTest::newRow("clerk") << "clerk" << false;
    QTest::newRow("supervisor") << "supervisor" << true;
    QTest::newRow("admin") << "admin" << true;
    QTest::newRow("department") << "department" << false;
}

void TestAccessLog::nobodyWritesTheLogDirectly()
{
    QFETCH(QString, job);
    QFETCH(bool, reads);
    QSqlDatabase db = as(job);
    // Something to change.
    QVERIFY(DossierRepository(db, *StaffIdentity::load(db)).find(QStringLiteral("tran")).ok());
    const qint64 before = logCount();
    const auto refused = [&](const QString &sql) {
        QSqlQuery q(db);
        const bool ran = q.exec(sql);
        if (ran)
            qWarning() << job << "ran" << sql;
        return !ran
               && q.lastError().nativeErrorCode() == QLatin1String(SqlState::InsufficientPrivilege);
    };
    QVERIFY(refused(QStringLiteral("INSERT INTO access_log (kind, query) VALUES ('name', 'x')")));
    QVERIFY(refused(QStringLiteral(
            "INSERT INTO access_log (actor, kind, query) VALUES ('somebody', 'name', 'x')")));
    QVERIFY(refused(QStringLiteral("UPDATE access_log SET query = 'x'")));
    QVERIFY(refused(QStringLiteral("DELETE FROM access_log")));
    QVERIFY(refused(QStringLiteral("TRUNCATE access_log")));
    QVERIFY(refused(QStringLiteral("SET SESSION AUTHORIZATION postgres")));
    QCOMPARE(logCount(), before);

    // The function writes in the caller's own name, whatever it is given.
    QSqlQuery q(db);
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT motcua_log_access('name', 'somebody else', NULL)")));
    QCOMPARE(logCount(), before + 1);
    QCOMPARE(lastEntry().value(0).toString(), m_staff.value(job).user);
    // A row that breaks the table's rules is refused, not half written.
    QVERIFY(!q.exec(QStringLiteral("SELECT motcua_log_access('open', '', NULL)")));
    QCOMPARE(logCount(), before + 1);

    QSqlQuery read(db);
    QCOMPARE(read.exec(QStringLiteral("SELECT count(*) FROM access_log")), reads);
    if (reads) {
        read.next();
        QCOMPARE(read.value(0).toLongLong(), before + 1);
        QVERIFY(AccessLogRepository(db)
                        .unusual(QDate::currentDate(), QDate::currentDate(), {})
                        .ok());
    } else {
        QCOMPARE(AccessLogRepository(db)
                         .unusual(QDate::currentDate(), QDate::currentDate(), {})
                         .error()
                         .code,
                 DbError::PermissionDenied);
    }
}

void TestAccessLog::unusualAccessIsFlagged()
{
    // A quiet Tuesday in the demo calendar, in Vietnam time.
    const QDate day(2026, 3, 10);
    const auto at = [&](int h, int m) {
        return VnTime::wallClock(day, QTime(h, m)).toUTC();
    };
    QSqlQuery su(m_db->open());
    QVERIFY_SQL(su,
                exec(QStringLiteral("SELECT u.id, (SELECT id FROM units WHERE kind = 'branch' AND "
                                    "id <> u.id ORDER BY id LIMIT 1) FROM units u "
                                    "JOIN staff s ON s.unit_id = u.id WHERE s.role_name = '%1'")
                             .arg(m_staff.value(QStringLiteral("clerk")).user)));
    QVERIFY(su.next());
    const int own = su.value(0).toInt();
    const int other = su.value(1).toInt();
    QVERIFY(other > 0);
    QSqlQuery ins(m_db->open());
    QVERIFY(ins.prepare(
            QStringLiteral("INSERT INTO access_log (at, actor, unit_id, kind, query, dossier_id, "
                           "dossier_unit_id) VALUES (?, ?, ?, ?, ?, ?, ?)")));
    const auto add = [&](const QDateTime &t,
                         const QString &actor,
                         const QString &kind,
                         const QString &query,
                         qint64 dossier,
                         int dossierUnit) {
        ins.addBindValue(t);
        ins.addBindValue(actor);
        ins.addBindValue(own);
        ins.addBindValue(kind);
        ins.addBindValue(query.isNull() ? QStringLiteral("") : query); // NOT NULL
        ins.addBindValue(dossier ? QVariant(dossier) : QVariant(QMetaType(QMetaType::LongLong)));
        ins.addBindValue(dossierUnit ? QVariant(dossierUnit) : QVariant(QMetaType(QMetaType::Int)));
        const bool ok = ins.exec();
        if (!ok)
            qWarning() << ins.lastError().text();
        return ok;
    };
    const QString curious = m_staff.value(QStringLiteral("clerk")).user;
    // 21 other-branch dossiers within 50 minutes (one twice), plus own-branch ones.
    for (int i = 0; i < 22; ++i)
        QVERIFY(add(at(9, 0).addSecs(i * 140),
                    curious,
                    QStringLiteral("open"),
                    {},
                    1000 + qMin(i, 20),
                    other));
    for (int i = 0; i < 30; ++i)
        QVERIFY(add(at(10, 0).addSecs(i * 60), curious, QStringLiteral("open"), {}, 5000 + i, own));
    // Another person: 19 other-branch dossiers in an hour (under the limit),
    // 25 different CCCDs within 40 minutes, and one search at 22:10.
    const QString busy = QStringLiteral("busy_clerk");
    for (int i = 0; i < 19; ++i)
        QVERIFY(add(at(13, 0).addSecs(i * 180), busy, QStringLiteral("open"), {}, 2000 + i, other));
    for (int i = 0; i < 25; ++i)
        QVERIFY(add(at(14, 0).addSecs(i * 90),
                    busy,
                    QStringLiteral("id_number"),
                    QStringLiteral("0791900%1").arg(10000 + i),
                    0,
                    0));
    QVERIFY(add(at(22, 10), busy, QStringLiteral("name"), QStringLiteral("nguyen"), 0, 0));
    // Spread over the day: 30 CCCDs, one every 10 minutes: never 20 in an hour.
    const QString spread = QStringLiteral("spread_clerk");
    for (int i = 0; i < 30; ++i)
        QVERIFY(add(at(8, 0).addSecs(i * 600),
                    spread,
                    QStringLiteral("id_number"),
                    QStringLiteral("0791900%1").arg(20000 + i),
                    0,
                    0));

    auto rows = AccessLogRepository(as(QStringLiteral("supervisor")))
                        .unusual(day, day, AccessThresholds{});
    QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().describe()));
    QStringList seen;
    for (const UnusualAccessRow &r : *rows)
        seen << QStringLiteral("%1 %2 %3")
                        .arg(r.access.actor)
                        .arg(int(r.access.rule))
                        .arg(r.access.count);
    QStringList expected = {
            QStringLiteral("%1 %2 25").arg(busy).arg(int(UnusualAccessRule::ManyIdSearches)),
            QStringLiteral("%1 %2 45").arg(busy).arg(int(UnusualAccessRule::OutsideWorkingHours)),
            QStringLiteral("%1 %2 21").arg(curious).arg(int(UnusualAccessRule::OtherBranchOpens)),
    };
    if (curious < busy)
        expected = QStringList{expected[2], expected[0], expected[1]};
    QCOMPARE(seen, expected);
    const UnusualAccessRow &flagged = *std::find_if(
            rows->begin(), rows->end(), [&](const auto &r) { return r.access.actor == curious; });
    QVERIFY(!flagged.fullName.isEmpty() && flagged.fullName != curious);
    QVERIFY(!flagged.unitName.isEmpty());
    QCOMPARE(flagged.access.from, at(9, 0));

    // The limits are the supervisor's: 19 flags the second person too; a
    // limit of 0 turns the rule off.
    AccessThresholds strict;
    strict.otherBranchOpensPerHour = 19;
    strict.idSearchesPerHour = 0;
    strict.toleranceMinutes = 24 * 60;
    rows = AccessLogRepository(as(QStringLiteral("supervisor"))).unusual(day, day, strict);
    QVERIFY(rows.ok());
    seen.clear();
    for (const UnusualAccessRow &r : *rows)
        seen << QStringLiteral("%1 %2 %3")
                        .arg(r.access.actor)
                        .arg(int(r.access.rule))
                        .arg(r.access.count);
    expected = QStringList(
            {QStringLiteral("%1 0 19").arg(busy), QStringLiteral("%1 0 21").arg(curious)});
    if (curious < busy)
        std::swap(expected[0], expected[1]);
    QCOMPARE(seen, expected);
}

// The log's row alone does not make a search wait for the disk; a
// transaction that wrote before keeps its durability.
void TestAccessLog::logAloneCommitsWithoutWaiting()
{
    QSqlDatabase db = as(QStringLiteral("clerk"));
    QSqlQuery q(db);
    const auto setting = [&] {
        q.exec(QStringLiteral("SHOW synchronous_commit"));
        q.next();
        return q.value(0).toString();
    };
    QVERIFY_SQL(q, exec(QStringLiteral("SET synchronous_commit = on")));
    QVERIFY_SQL(q, exec(QStringLiteral("BEGIN")));
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT motcua_log_access('name', 'x', NULL)")));
    QCOMPARE(setting(), QStringLiteral("off"));
    QVERIFY_SQL(q, exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(setting(), QStringLiteral("on"));
    QVERIFY_SQL(q, exec(QStringLiteral("BEGIN")));
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT txid_current()"))); // as a write would
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT motcua_log_access('name', 'x', NULL)")));
    QCOMPARE(setting(), QStringLiteral("on"));
    QVERIFY_SQL(q, exec(QStringLiteral("ROLLBACK")));
}

QTEST_GUILESS_MAIN(TestAccessLog)
#include "test_accesslog.moc"
