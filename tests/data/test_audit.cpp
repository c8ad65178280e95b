// The control sheet's hash chain (migration 0019) and `motcua-admin audit
// verify`, against a real server: intact chains after intakes and state
// changes, the server's hash equal to the C++ one, a superuser's edit, removal
// or re-dating of an event found, concurrent writers kept in one chain, and
// the events written before the migration chained by it.
#include "testdatabase.h"

#include "cli/auditcommands.h"
#include "cli/dbcommands.h"
#include "core/eventchain.h"
#include "data/auditrepository.h"
#include "data/catalog.h"
#include "data/dossierrepository.h"
#include "data/intakerepository.h"
#include "data/migrator.h"
#include "data/pgresult.h"
#include "data/staffidentity.h"

#include <QScopeGuard>

#include <thread>

using namespace Motcua;
using namespace Motcua::Test;

namespace {

QString dsn(const ConnectionSettings &s)
{
    QStringList parts;
    const auto k = s.keywords();
    for (auto it = k.cbegin(); it != k.cend(); ++it)
        parts << it.key() + QStringLiteral("='") + it.value() + QLatin1Char('\'');
    return parts.join(QLatin1Char(' '));
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// motcua-admin audit verify in-process, connected as `s`.
Run verify(const ConnectionSettings &s, const QStringList &extra = {})
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    QStringList dsnArgs{QStringLiteral("--dsn"), dsn(s)};
    if (!Cli::takeDsnOption(dsnArgs, err))
        return r;
    r.code = Cli::auditCommand(QStringList{QStringLiteral("verify")} + extra, out, err);
    out.flush();
    err.flush();
    return r;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void intactAfterIntakesAndStateChanges();
    void unitFilter();
    void serverAndCoreAgree();
    void tamperingFound_data();
    void tamperingFound();
    void concurrentWritersChainInIdOrder();
    void olderSnapshotsRefused();
    void bulkInsertInOneStatement();
    void migrationChainsEarlierEvents();

private:
    // A demo database with a supervisor, clerks at two branches, four intakes
    // and a few state changes (with notes in Vietnamese).
    std::unique_ptr<TestDatabase> m_db;
    ConnectionSettings m_supervisor;
    QString m_otherUnit;
    QStringList m_codes; // the first three at the clerk's branch, the last at the other
    QList<qint64> m_ids;
};

void TestAudit::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
}

void TestAudit::init()
{
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_supervisor = m_db->createStaff(QStringLiteral("supervisor"));
    const ConnectionSettings clerk = m_db->createStaff(QStringLiteral("clerk"));
    {
        QSqlDatabase su = m_db->open(QStringLiteral("fixture"));
        QSqlQuery q(su);
        QVERIFY_SQL(
                q,
                exec(QStringLiteral("SELECT u.code FROM units u WHERE u.kind = 'branch' AND EXISTS "
                                    "(SELECT FROM counters c WHERE c.unit_id = u.id) ORDER BY u.id "
                                    "OFFSET 1 LIMIT 1")));
        QVERIFY(q.next());
        m_otherUnit = q.value(0).toString();
    }
    const ConnectionSettings other
            = m_db->createStaff(QStringLiteral("clerk"), m_otherUnit, QStringLiteral("2"));
    m_codes.clear();
    m_ids.clear();
    int n = 0;
    for (const ConnectionSettings &s : {clerk, clerk, clerk, other}) {
        const QString name = QStringLiteral("audit_clerk_%1").arg(n++);
        {
            auto db = s.open(name);
            QVERIFY(db.ok());
            const StaffIdentity who = *StaffIdentity::load(*db);
            const Procedure p
                    = CatalogRepository(*db).proceduresInForce(QDate::currentDate())->first();
            IntakeDraft d;
            d.procedureId = p.id;
            d.applicant.fullName = QStringLiteral("Nguyễn Văn Ân %1").arg(n);
            for (const ChecklistItem &c : p.checklist)
                d.documents.append(
                        {c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
            auto r = IntakeRepository(*db).receive(
                    d, p, {who.unitId, who.counterId}, QDateTime::currentDateTime(), 40 + n);
            QVERIFY2(r.ok(), qPrintable(r.error().describe()));
            m_codes << r->code;
            m_ids << r->id;
            DossierRepository repo(*db, who);
            if (n <= 2) {
                auto t = repo.apply(r->id, 1, DossierAction::Transfer, {});
                QVERIFY2(t.ok(), qPrintable(t.error().describe()));
                if (n == 1) {
                    ActionInput why;
                    why.note = QStringLiteral("Công dân rút hồ sơ — “đổi ý”");
                    auto w = repo.apply(r->id, t->version, DossierAction::Withdraw, why);
                    QVERIFY2(w.ok(), qPrintable(w.error().describe()));
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
}

void TestAudit::cleanup()
{
    m_db.reset();
}

void TestAudit::intactAfterIntakesAndStateChanges()
{
    QSqlDatabase su = m_db->open(QStringLiteral("intact"));
    const qint64 events = scalar(su, QStringLiteral("SELECT count(*) FROM dossier_events"));
    QCOMPARE(events, qint64(7)); // 4 receipts, 2 transfers, 1 withdrawal
    QCOMPARE(scalar(su, QStringLiteral("SELECT count(*) FROM dossier_events WHERE hash IS NULL")),
             qint64(0));
    // Each dossier's first event has no predecessor, every other one links to
    // the event before it.
    QCOMPARE(scalar(su,
                    QStringLiteral("SELECT count(*) FROM (SELECT prev_hash, lag(hash) OVER "
                                   "(PARTITION BY dossier_id ORDER BY id) AS before "
                                   "FROM dossier_events) c "
                                   "WHERE prev_hash IS DISTINCT FROM before")),
             qint64(0));
    // A supervisor runs it (reads the control sheet; no grant of its own).
    const Run r = verify(m_supervisor);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out, QStringLiteral("events=%1 broken=0\n").arg(events));
}

void TestAudit::unitFilter()
{
    Run r = verify(m_supervisor, {QStringLiteral("--unit"), m_otherUnit});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out, QStringLiteral("events=1 broken=0\n"));
    r = verify(m_supervisor, {QStringLiteral("--unit"), QStringLiteral("999.99.99.X")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("999.99.99.X")), qPrintable(r.err));
    r = verify(m_supervisor, {QStringLiteral("--unit")});
    QCOMPARE(r.code, 2);
}

// Events with what a hash is easiest to get wrong on: non-ASCII and
// characters outside the BMP, control characters, quotes and backslashes, NULL states, unit and
// counter, nested jsonb with numbers, escapes and key order, microseconds, an instant before 1970,
// all written under an odd TimeZone and DateStyle. The server's stored hash
// is the C++ one.
void TestAudit::serverAndCoreAgree()
{
    QSqlDatabase su = m_db->open(QStringLiteral("agree"));
    QSqlQuery q(su);
    QVERIFY_SQL(q, exec(QStringLiteral("SET TimeZone = 'Pacific/Chatham'")));
    QVERIFY_SQL(q, exec(QStringLiteral("SET DateStyle = 'SQL, DMY'")));
    q.prepare(QStringLiteral(
            "INSERT INTO dossier_events (dossier_id, at, actor, unit_id, counter_id, kind, "
            "from_state, to_state, note, data) VALUES (?, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?, "
            "?::jsonb)"));
    struct Sample
    {
        const char *at, *actor;
        QVariant unit, counter;
        const char *kind;
        QVariant from, to;
        QString note;
        const char *data;
    };
    const QVariant none(QMetaType::fromType<int>());
    const QVariant noText(QMetaType::fromType<QString>());
    const QList<Sample> samples{
            {"2026-03-02 10:15:30.123456+07",
             "canbo_trungtam",
             1,
             none,
             "note",
             noText,
             noText,
             QStringLiteral("Thiếu bản sao CCCD — “chứng thực”; 😀 ﷽"),
             R"({"b": [1, 2.50, -0.0, 1e3], "a": {"z": null, "ü": "\n\t\"x\"\\"}, "emoji": "😀"})"},
            {"1969-07-20 20:17:40.000001+00",
             "x",
             none,
             3,
             "note",
             QStringLiteral("in_processing"),
             noText,
             QStringLiteral(""),
             "{}"},
            {"2026-12-31 23:59:59.999999+07",
             "cv_sotnmt",
             none,
             none,
             "supplement",
             QStringLiteral("in_processing"),
             QStringLiteral("awaiting_supplement"),
             QStringLiteral("a:b-1:--\t\r\n\\\"") + QChar(1) + QChar(0x1f) + QChar(0x7f),
             R"([1, "two", {"3": true}])"},
    };
    for (const Sample &s : samples) {
        q.addBindValue(m_ids.first());
        q.addBindValue(QString::fromLatin1(s.at));
        q.addBindValue(QString::fromLatin1(s.actor));
        q.addBindValue(s.unit);
        q.addBindValue(s.counter);
        q.addBindValue(QString::fromLatin1(s.kind));
        q.addBindValue(s.from);
        q.addBindValue(s.to);
        q.addBindValue(s.note);
        q.addBindValue(QString::fromUtf8(s.data));
        QVERIFY_SQL(q, exec());
    }

    int compared = 0;
    QSqlDatabase reader = m_db->open(QStringLiteral("agree_read"));
    const DbStatus read = AuditRepository(reader).forEachEvent(0, [&](const ChainedEvent &c) {
        QCOMPARE(c.hash.size(), 32);
        QCOMPARE(EventChain::hash(c.event, c.prevHash).toHex(), c.hash.toHex());
        ++compared;
    });
    QVERIFY2(read.ok(), qPrintable(read.error().describe()));
    QCOMPARE(compared, 7 + samples.size());
    // And through the stored function, directly.
    QCOMPARE(scalar(su,
                    QStringLiteral("SELECT count(*) FROM dossier_events WHERE hash <> "
                                   "motcua_event_hash(id, dossier_id, at, actor, unit_id, "
                                   "counter_id, kind, from_state, to_state, note, data, "
                                   "prev_hash)")),
             qint64(0));
    const Run r = verify(m_supervisor);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out, QStringLiteral("events=%1 broken=0\n").arg(7 + samples.size()));
}

// What the superuser does to one row, and what verify then says. The first
// dossier's control sheet: received, transferred, withdrawn (with a note).
void TestAudit::tamperingFound_data()
{
    QTest::addColumn<QString>("sql"); // %1, %2, %3: the ids of its three events
    QTest::addColumn<int>("broken");
    QTest::addColumn<int>("firstEvent"); // 0, 1 or 2
    QTest::addColumn<QString>("reason");
    QTest::newRow("note rewritten") << "UPDATE dossier_events SET note = 'Đã trả kết quả' "
                                       "WHERE id = %3"
                                    << 1 << 2 << "fields";
    QTest::newRow("transfer deleted")
            << "DELETE FROM dossier_events WHERE id = %2" << 1 << 2 << "link";
    QTest::newRow("receipt deleted")
            << "DELETE FROM dossier_events WHERE id = %1" << 1 << 1 << "link";
    QTest::newRow("at moved an hour") << "UPDATE dossier_events SET at = at - interval '1 hour' "
                                         "WHERE id = %2"
                                      << 1 << 1 << "fields";
    QTest::newRow("ats swapped") << "UPDATE dossier_events e SET at = o.at FROM dossier_events o "
                                    "WHERE (e.id, o.id) IN ((%1, %2), (%2, %1))"
                                 << 2 << 0 << "fields";
    QTest::newRow("actor changed")
            << "UPDATE dossier_events SET actor = 'someone_else' WHERE id = %1" << 1 << 0
            << "fields";
    QTest::newRow("data changed")
            << "UPDATE dossier_events SET data = data || '{\"service_seconds\": 1}' WHERE id = %1"
            << 1 << 0 << "fields";
    QTest::newRow("edited and its hash recomputed with the function")
            << "UPDATE dossier_events SET note = 'x', hash = motcua_event_hash(id, dossier_id, at, "
               "actor, unit_id, counter_id, kind, from_state, to_state, 'x', data, prev_hash) "
               "WHERE id = %2"
            << 1 << 2 << "link";
}

void TestAudit::tamperingFound()
{
    QFETCH(QString, sql);
    QFETCH(int, broken);
    QFETCH(int, firstEvent);
    QFETCH(QString, reason);
    QSqlDatabase su = m_db->open(QStringLiteral("tamper"));
    QSqlQuery q(su);
    q.prepare(
            QStringLiteral("SELECT id, kind FROM dossier_events WHERE dossier_id = ? ORDER BY id"));
    q.addBindValue(m_ids.first());
    QVERIFY_SQL(q, exec());
    QStringList ids, kinds;
    while (q.next()) {
        ids << q.value(0).toString();
        kinds << q.value(1).toString();
    }
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("received"),
                          QStringLiteral("transferred"),
                          QStringLiteral("withdrawn")}));
    QVERIFY_SQL(q,
                exec(QStringLiteral(
                        "ALTER TABLE dossier_events DISABLE TRIGGER dossier_events_append_only")));
    sql.replace(QStringLiteral("%1"), ids[0])
            .replace(QStringLiteral("%2"), ids[1])
            .replace(QStringLiteral("%3"), ids[2]);
    QVERIFY_SQL(q, exec(sql));
    QVERIFY_SQL(q,
                exec(QStringLiteral(
                        "ALTER TABLE dossier_events ENABLE TRIGGER dossier_events_append_only")));

    const qint64 events = scalar(su, QStringLiteral("SELECT count(*) FROM dossier_events"));
    const Run r = verify(m_supervisor);
    QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
    QCOMPARE(r.out,
             QStringLiteral("events=%1 broken=%2\nfirst_broken id=%3 dossier=%4 kind=%5 "
                            "reason=%6\n")
                     .arg(events)
                     .arg(broken)
                     .arg(ids[firstEvent], m_codes.first(), kinds[firstEvent], reason));
    QVERIFY2(r.err.contains(m_codes.first()), qPrintable(r.err));
    // The other unit's chains are untouched.
    const Run other = verify(m_supervisor, {QStringLiteral("--unit"), m_otherUnit});
    QCOMPARE(other.code, 0);
}

// Two writers of one dossier at once. Writer B draws its event id first, then
// waits for the dossier's row, which A holds (as a state change does); A
// writes its event (a larger id) and commits. B must then chain to A's event
// and take an id after it, so that the chain's order stays its ids' order.
void TestAudit::concurrentWritersChainInIdOrder()
{
    const qint64 dossier = m_ids.last();
    QSqlDatabase a = m_db->open(QStringLiteral("writer_a"));
    QSqlQuery qa(a);
    QVERIFY(a.transaction());
    QVERIFY_SQL(qa,
                exec(QStringLiteral("SELECT FROM dossiers WHERE id = %1 FOR UPDATE").arg(dossier)));

    const ConnectionSettings su = m_db->superuser();
    qint64 bId = 0;
    QString bError;
    std::thread writerB([&] {
        {
            auto b = su.open(QStringLiteral("writer_b"));
            if (!b) {
                bError = b.error().describe();
                return;
            }
            QSqlQuery qb(*b);
            if (!qb.exec(QStringLiteral("INSERT INTO dossier_events (dossier_id, kind, note) "
                                        "VALUES (%1, 'note', 'B') RETURNING id")
                                 .arg(dossier))
                || !qb.next())
                bError = qb.lastError().text();
            else
                bId = qb.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer_b"));
    });
    // Wait until B waits for the lock.
    bool waiting = false;
    QSqlDatabase watch = m_db->open(QStringLiteral("watch"));
    for (int i = 0; i < 200 && !waiting; ++i) {
        waiting = scalar(watch,
                         QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                        "current_database() AND wait_event_type = 'Lock'"))
                  > 0;
        if (!waiting)
            QTest::qWait(50);
    }
    QVERIFY_SQL(qa,
                exec(QStringLiteral("INSERT INTO dossier_events (dossier_id, kind, note) "
                                    "VALUES (%1, 'note', 'A') RETURNING id")
                             .arg(dossier)));
    QVERIFY(qa.next());
    const qint64 aId = qa.value(0).toLongLong();
    QVERIFY(a.commit());
    writerB.join();
    QVERIFY(waiting);
    QVERIFY2(bError.isEmpty(), qPrintable(bError));
    QVERIFY2(bId > aId, qPrintable(QStringLiteral("A %1, B %2").arg(aId).arg(bId)));
    QCOMPARE(scalar(a,
                    QStringLiteral("SELECT count(*) FROM dossier_events b JOIN dossier_events a "
                                   "ON a.id = %1 WHERE b.id = %2 AND b.prev_hash = a.hash")
                            .arg(aId)
                            .arg(bId)),
             qint64(1));
    const Run r = verify(m_supervisor);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
}

// A writer whose snapshot is older than the chain's lock could miss the
// dossier's last event: refused, not forked.
void TestAudit::olderSnapshotsRefused()
{
    QSqlDatabase su = m_db->open(QStringLiteral("snapshot"));
    QSqlQuery q(su);
    QVERIFY(su.transaction());
    QVERIFY_SQL(q, exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO dossier_events (dossier_id, kind) VALUES (%1, "
                                   "'note')")
                            .arg(m_ids.first())));
    QCOMPARE(q.lastError().nativeErrorCode(), QString::fromLatin1(SqlState::FeatureNotSupported));
    su.rollback();
}

// An import writing many dossiers' events in one statement: each dossier's
// row lock is kept in its row, so nothing runs out (per-dossier advisory
// locks ran the shared lock table out of memory), and events of one dossier
// within the statement chain to each other.
void TestAudit::bulkInsertInOneStatement()
{
    QSqlDatabase su = m_db->open(QStringLiteral("bulk"));
    QSqlQuery q(su);
    QVERIFY_SQL(q,
                exec(QStringLiteral("INSERT INTO dossier_events (dossier_id, kind, note) "
                                    "SELECT 10000000 + g, 'note', 'nhập ' || g "
                                    "FROM generate_series(1, 30000) g")));
    QVERIFY_SQL(q,
                exec(QStringLiteral("INSERT INTO dossier_events (dossier_id, kind, note) "
                                    "SELECT d.id, 'note', 'ghi chú ' || n FROM dossiers d, "
                                    "generate_series(1, 3) n ORDER BY n, d.id")));
    const Run r = verify(m_supervisor);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out, QStringLiteral("events=%1 broken=0\n").arg(7 + 30000 + 4 * 3));
}

// A database at the migration before 0019 with events of two dossiers
// (written past the triggers, as a bulk load would): migrating chains them.
void TestAudit::migrationChainsEarlierEvents()
{
    const QString name = m_db->name() + QStringLiteral("_up");
    ConnectionSettings admin = TestDatabase::adminSettings();
    admin.database = QStringLiteral("postgres");
    {
        auto db = admin.open(QStringLiteral("up_admin"));
        QVERIFY(db.ok());
        QSqlQuery q(*db);
        QVERIFY_SQL(q, exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("up_admin"));
    auto dropIt = qScopeGuard([&] {
        {
            auto db = admin.open(QStringLiteral("up_drop"));
            if (db) {
                QSqlQuery q(*db);
                q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("up_drop"));
    });
    ConnectionSettings up = admin;
    up.database = name;
    {
        auto db = up.open(QStringLiteral("up"));
        QVERIFY(db.ok());
        PGconn *c = Pg::connectionOf(*db);
        DbStatus e = Pg::execScript(c,
                                    "CREATE TABLE schema_migrations (version integer PRIMARY KEY, "
                                    "name text NOT NULL, checksum text NOT NULL, applied_at "
                                    "timestamptz NOT NULL DEFAULT now(), applied_by name NOT NULL "
                                    "DEFAULT session_user)");
        QVERIFY2(e.ok(), qPrintable(e.error().describe()));
        for (const Migration &m : Migrator::bundled()) {
            if (m.version >= 19)
                break;
            e = Pg::execScript(c, "BEGIN;\n" + m.sql);
            if (e)
                e = Pg::execParams(c,
                                   "INSERT INTO schema_migrations (version, name, checksum) "
                                   "VALUES ($1, $2, $3)",
                                   {QByteArray::number(m.version), m.name.toUtf8(), m.checksum});
            if (e)
                e = Pg::execScript(c, "COMMIT");
            QVERIFY2(e.ok(), qPrintable(QString::number(m.version) + e.error().describe()));
        }
        e = Pg::execScript(c,
                           "SET session_replication_role = replica;\n"
                           "INSERT INTO dossier_events (dossier_id, at, actor, kind, to_state, "
                           "note, data) VALUES "
                           "(2, now() - interval '2 days', 'a', 'received', 'received', '', '{}'),"
                           "(1, now() - interval '2 days', 'a', 'received', 'received', '', "
                           "'{\"k\": \"Đ\"}'),"
                           "(2, now() - interval '1 day', 'b', 'transferred', 'transferred', "
                           "'Chuyển phòng', '{}'),"
                           "(1, now(), 'c', 'withdrawn', 'withdrawn', 'Rút', '{}');\n"
                           "SET session_replication_role = origin");
        QVERIFY2(e.ok(), qPrintable(e.error().describe()));
        auto migrated = Migrator(*db).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.error().describe()));
        QVERIFY(migrated->contains(19));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM dossier_events WHERE hash IS NULL")),
                 qint64(0));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM dossier_events WHERE prev_hash IS "
                                       "NULL")),
                 qint64(2));
        // Still append-only after the migration.
        QSqlQuery q(*db);
        QVERIFY_SQL(q,
                    exec(QStringLiteral("SELECT tgenabled FROM pg_trigger WHERE tgname = "
                                        "'dossier_events_append_only'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("O"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("up"));
    const Run r = verify(up);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out, QStringLiteral("events=4 broken=0\n"));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
