// Connection settings: DSNs, URIs, multi-host lists, failures as values.
#include "testdatabase.h"

using namespace Motcua;
using namespace Motcua::Test;

class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void parsesDsn_data();
    void parsesDsn();
    void rejectsBadDsn();
    void wrongPasswordIsAuthenticationError();
    void unreachableServerIsConnectionLost();
    void multiHostFallsThroughToLiveServer();
};

void TestConnection::parsesDsn_data()
{
    QTest::addColumn<QString>("dsn");
    QTest::addColumn<QString>("hosts");
    QTest::addColumn<QString>("ports");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("target");
    QTest::newRow("key-value") << "host=db1 port=5432 dbname=motcua"
                               << "db1"
                               << "5432"
                               << "motcua"
                               << "";
    QTest::newRow("multi-host") << "host=db1,db2 port=5432,5433 target_session_attrs=read-write"
                                << "db1,db2"
                                << "5432,5433"
                                << ""
                                << "read-write";
    QTest::newRow("uri") << "postgresql://db1:5432,db2:5433/motcua?target_session_attrs=read-write"
                         << "db1,db2"
                         << "5432,5433"
                         << "motcua"
                         << "read-write";
    QTest::newRow("service") << "service=motcua"
                             << ""
                             << ""
                             << ""
                             << "";
}

void TestConnection::parsesDsn()
{
    QFETCH(QString, dsn);
    auto s = ConnectionSettings::fromDsn(dsn);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QFETCH(QString, hosts);
    QFETCH(QString, ports);
    QFETCH(QString, database);
    QFETCH(QString, target);
    QCOMPARE(s->hosts, hosts);
    QCOMPARE(s->ports, ports);
    QCOMPARE(s->database, database);
    QCOMPARE(s->targetSessionAttrs, target);
}

void TestConnection::rejectsBadDsn()
{
    auto s = ConnectionSettings::fromDsn(QStringLiteral("host=db1 nonsense_keyword=3"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, DbError::InvalidData);
    QVERIFY(s.error().message.contains(QLatin1String("nonsense_keyword")));
}

void TestConnection::wrongPasswordIsAuthenticationError()
{
    MOTCUA_REQUIRE_SERVER();
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    ConnectionSettings s = tdb.createStaff(QStringLiteral("clerk"));
    s.password = QStringLiteral("not the password");
    // Over TCP so that the password is checked (the socket maps only the superuser).
    s.hosts = QStringLiteral("127.0.0.1");
    auto db = s.open(QStringLiteral("wrongpw"));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, DbError::AuthenticationFailed);
    QVERIFY(!db.error().message.isEmpty());
}

void TestConnection::unreachableServerIsConnectionLost()
{
    auto s = ConnectionSettings::fromDsn(
            QStringLiteral("host=127.0.0.1 port=1 dbname=x user=y connect_timeout=2"));
    QVERIFY(s.ok());
    auto db = s->open(QStringLiteral("unreachable"));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, DbError::ConnectionLost);
}

void TestConnection::multiHostFallsThroughToLiveServer()
{
    MOTCUA_REQUIRE_SERVER();
    TestDatabase tdb;
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    ConnectionSettings s = tdb.superuser();
    // A dead host first: libpq tries the next one, as it would after a failover.
    const QString host = s.hosts.isEmpty() ? qEnvironmentVariable("PGHOST") : s.hosts;
    const QString port = s.ports.isEmpty() ? qEnvironmentVariable("PGPORT") : s.ports;
    s.hosts = QStringLiteral("127.0.0.1,") + host;
    s.ports = QStringLiteral("1,") + port;
    s.targetSessionAttrs = QStringLiteral("read-write");
    auto db = s.open(QStringLiteral("multihost"));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().describe()));
    QSqlQuery q(*db);
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT current_database()")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), tdb.name());
    db->close();
}

QTEST_GUILESS_MAIN(TestConnection)
#include "test_connection.moc"
