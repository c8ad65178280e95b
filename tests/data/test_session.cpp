// The session object: the connections a window works with, owned in one place.
#include "data/session.h"

#include "testdatabase.h"

using namespace Motcua;
using namespace Motcua::Test;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownConnectionIsSeparateAndOwned();
    void unreachableReplicaFallsBackToOwn();

private:
    static qint64 backend(const QSqlDatabase &db);
    std::unique_ptr<TestDatabase> m_tdb;
    ConnectionSettings m_supervisor;
};

void TestSession::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_tdb = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_tdb->isValid(), qPrintable(m_tdb->error()));
    m_supervisor = m_tdb->createStaff(QStringLiteral("supervisor"));
}

qint64 TestSession::backend(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestSession::ownConnectionIsSeparateAndOwned()
{
    const QString name = QStringLiteral("session_own");
    QVERIFY(m_supervisor.open(name).ok());
    auto who = StaffIdentity::load(QSqlDatabase::database(name, false));
    QVERIFY(who.ok());
    const QStringList before = QSqlDatabase::connectionNames();
    {
        Session session(m_supervisor, name, *who);
        QCOMPARE(session.identity().roleName, who->roleName);
        const qint64 primary = backend(session.primary());
        const qint64 own = backend(session.own());
        QVERIFY(primary > 0);
        QVERIFY(own > 0);
        QVERIFY(own != primary);
        // Without a replica the reads go to the own connection.
        QCOMPARE(backend(session.reader()), own);
        QVERIFY(!session.readsFromReplica());
        QVERIFY(session.connectionMessage().isEmpty());
        QCOMPARE(QSqlDatabase::connectionNames().count(), before.count() + 1);
    }
    // The session dropped what it opened, and only that.
    QStringList after = QSqlDatabase::connectionNames();
    QStringList expected = before;
    after.sort();
    expected.sort();
    QCOMPARE(after, expected);
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

void TestSession::unreachableReplicaFallsBackToOwn()
{
    const QString name = QStringLiteral("session_replica");
    QVERIFY(m_supervisor.open(name).ok());
    auto who = StaffIdentity::load(QSqlDatabase::database(name, false));
    QVERIFY(who.ok());
    {
        Session session(m_supervisor, name, *who);
        // Nothing listens on port 1.
        const DbStatus set
                = session.setReadReplica(QStringLiteral("127.0.0.1"), QStringLiteral("1"));
        QVERIFY(!set.ok());
        QCOMPARE(set.error().code, DbError::ConnectionLost);
        QVERIFY(!session.readsFromReplica());
        QVERIFY(session.connectionMessage().contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(backend(session.reader()), backend(session.own()));
        // Back to the primary's side: no replica, no message.
        QVERIFY(session.setReadReplica(QString(), QString()).ok());
        QVERIFY(session.connectionMessage().isEmpty());
    }
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestSession)
#include "test_session.moc"
