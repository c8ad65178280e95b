// motcua-bench wan: its delay proxy against the test server (a query waits a
// round trip and counts as one), and the bench's line.
#include "delayproxy.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

using namespace Motcua;
using namespace Motcua::Test;
using Motcua::Bench::DelayProxy;

class TestWan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void queryWaitsOneRoundTrip_data();
    void queryWaitsOneRoundTrip();
    void benchPrintsEveryFigure();
};

void TestWan::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
}

void TestWan::queryWaitsOneRoundTrip_data()
{
    QTest::addColumn<int>("rtt");
    QTest::addColumn<int>("queries");
    QTest::newRow("no delay") << 0 << 1;
    QTest::newRow("40 ms, one query") << 40 << 1;
    QTest::newRow("40 ms, three queries") << 40 << 3;
}

void TestWan::queryWaitsOneRoundTrip()
{
    QFETCH(int, rtt);
    QFETCH(int, queries);
    TestDatabase db(TestDatabase::Content::Demo);
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const ConnectionSettings admin = TestDatabase::adminSettings();
    DelayProxy proxy(admin.hosts, admin.ports, rtt);
    QString why;
    QVERIFY2(proxy.start(&why), qPrintable(why));
    ConnectionSettings far = db.createStaff(QStringLiteral("clerk"));
    far.hosts = QStringLiteral("127.0.0.1");
    far.ports = QString::number(proxy.port());
    const QString name = QStringLiteral("wan_%1_%2").arg(rtt).arg(queries);
    qint64 beforeClose = 0;
    {
        auto conn = far.open(name);
        QVERIFY2(conn.ok(), qPrintable(conn.error().describe()));
        const DelayProxy::Counts opened = proxy.counts();
        QCOMPARE(opened.connections, 1);
        // SSL refused, start-up packet, SCRAM's two exchanges at least.
        QVERIFY2(opened.startupRoundTrips >= 3,
                 qPrintable(QString::number(opened.startupRoundTrips)));
        QSqlQuery q(*conn);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < queries; ++i) {
            QVERIFY_SQL(q, exec(QStringLiteral("SELECT 1")));
            QVERIFY(q.next());
        }
        const double ms = clock.nsecsElapsed() / 1e6;
        const DelayProxy::Counts after = proxy.counts();
        QVERIFY2(ms >= rtt * queries, qPrintable(QString::number(ms)));
        QCOMPARE(after.roundTrips - opened.roundTrips, qint64(queries));
        QCOMPARE(after.startupRoundTrips, opened.startupRoundTrips);
        beforeClose = after.roundTrips;
        conn->close();
    }
    QSqlDatabase::removeDatabase(name);
    // The Terminate of the close waits for nothing and is not counted.
    QTest::qWait(100);
    QCOMPARE(proxy.counts().roundTrips, beforeClose);
}

void TestWan::benchPrintsEveryFigure()
{
    QProcess bench;
    bench.start(QStringLiteral(MOTCUA_BENCH_PATH),
                {QStringLiteral("wan"),
                 QStringLiteral("--rtt"),
                 QStringLiteral("20"),
                 QStringLiteral("--dsn"),
                 qEnvironmentVariable("MOTCUA_TEST_ADMIN_DSN")});
    QVERIFY(bench.waitForFinished(240000));
    const QString errors = QString::fromUtf8(bench.readAllStandardError());
    QVERIFY2(bench.exitStatus() == QProcess::NormalExit && bench.exitCode() == 0,
             qPrintable(errors));
    const QStringList lines = QString::fromUtf8(bench.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString number = QStringLiteral("(\\d+(?:\\.\\d)?)");
    QString pattern = QStringLiteral("^rtt_ms=20");
    const QStringList actions = {QStringLiteral("login"),
                                 QStringLiteral("intake"),
                                 QStringLiteral("lookup"),
                                 QStringLiteral("handover"),
                                 QStringLiteral("scorecard")};
    for (const QString &a : actions)
        pattern += QStringLiteral(" %1_ms=%2 %1_rt=(\\d+)").arg(a, number);
    const QRegularExpressionMatch line
            = QRegularExpression(pattern + QLatin1Char('$')).match(lines[0]);
    QVERIFY2(line.hasMatch(), qPrintable(lines[0] + QLatin1Char('\n') + errors));
    // Every action waits for the server at least once.
    for (int i = 0; i < actions.size(); ++i) {
        QVERIFY2(line.captured(1 + 2 * i).toDouble() >= 20, qPrintable(lines[0]));
        QVERIFY2(line.captured(2 + 2 * i).toInt() >= 1, qPrintable(lines[0]));
    }
    QVERIFY2(QRegularExpression(QStringLiteral("^frame_max_ms=") + number + QLatin1Char('$'))
                     .match(lines[1])
                     .hasMatch(),
             qPrintable(lines[1]));
}

QTEST_GUILESS_MAIN(TestWan)
#include "test_wan.moc"
