#include "core/timeliness.h"
#include "core/vntime.h"

#include <QTest>

using namespace Motcua;

namespace {

QDateTime vn(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.timeSpec() == Qt::LocalTime ? VnTime::wallClock(t.date(), t.time()) : t;
}

} // namespace

class TestTimeliness : public QObject
{
    Q_OBJECT

private slots:
    void finished_data();
    void finished();
    void open_data();
    void open();
    void keys();
};

void TestTimeliness::finished_data()
{
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("finished");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");

    const int resolved = int(FinishKind::Resolved);
    QTest::newRow("day before the due day is early") << "2026-03-05T10:00"
                                                     << "2026-03-04T16:59" << resolved << "early";
    QTest::newRow("due day before the due instant is on time, not early")
            << "2026-03-05T10:00"
            << "2026-03-05T07:45" << resolved << "on_time";
    QTest::newRow("at the due instant is on time") << "2026-03-05T10:00"
                                                   << "2026-03-05T10:00" << resolved << "on_time";
    QTest::newRow("within the due minute is on time")
            << "2026-03-05T10:00"
            << "2026-03-05T10:00:59" << resolved << "on_time";
    QTest::newRow("one minute after is late") << "2026-03-05T10:00"
                                              << "2026-03-05T10:01" << resolved << "late";
    QTest::newRow("next day is late") << "2026-03-05T10:00"
                                      << "2026-03-06T08:00" << resolved << "late";
    // 2026-03-04T20:00 UTC is 03:00 on the 5th in Vietnam: the due day, not the day before.
    QTest::newRow("day compared on the Vietnam clock")
            << "2026-03-05T10:00"
            << "2026-03-04T20:00Z" << resolved << "on_time";
    QTest::newRow("late but withdrawn counts as on time")
            << "2026-03-05T10:00"
            << "2026-03-09T10:00" << int(FinishKind::Withdrawn) << "on_time";
    QTest::newRow("late but waiting for supplement counts as on time")
            << "2026-03-05T10:00"
            << "2026-03-09T10:00" << int(FinishKind::WaitingForSupplement) << "on_time";
    QTest::newRow("early but withdrawn counts as on time")
            << "2026-03-05T10:00"
            << "2026-03-02T10:00" << int(FinishKind::Withdrawn) << "on_time";
}

void TestTimeliness::finished()
{
    QFETCH(QString, due);
    QFETCH(QString, finished);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    QCOMPARE(timelinessKey(classifyFinished(vn(due), vn(finished), FinishKind(kind))), expected);
}

void TestTimeliness::open_data()
{
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("now");
    QTest::addColumn<bool>("paused");
    QTest::addColumn<QString>("expected");

    QTest::newRow("before due") << "2026-03-05T10:00"
                                << "2026-03-05T09:59" << false << "in_time";
    QTest::newRow("at due") << "2026-03-05T10:00"
                            << "2026-03-05T10:00" << false << "in_time";
    QTest::newRow("past due") << "2026-03-05T10:00"
                              << "2026-03-05T10:01" << false << "overdue";
    QTest::newRow("paused past due is in time") << "2026-03-05T10:00"
                                                << "2026-03-09T10:00" << true << "in_time";
    QTest::newRow("other time zone") << "2026-03-05T10:00"
                                     << "2026-03-05T03:30Z" << false << "overdue";
}

void TestTimeliness::open()
{
    QFETCH(QString, due);
    QFETCH(QString, now);
    QFETCH(bool, paused);
    QFETCH(QString, expected);
    QCOMPARE(timelinessKey(classifyOpen(vn(due), vn(now), paused)), expected);
}

void TestTimeliness::keys()
{
    for (Timeliness t : {Timeliness::Early,
                         Timeliness::OnTime,
                         Timeliness::Late,
                         Timeliness::InTime,
                         Timeliness::Overdue}) {
        QCOMPARE(timelinessFromKey(timelinessKey(t)), t);
        QVERIFY(!timelinessLabel(t).isEmpty());
    }
    QVERIFY(!timelinessFromKey(QStringLiteral("late ")));
}

QTEST_APPLESS_MAIN(TestTimeliness)
#include "test_timeliness.moc"
