// The rules that flag unusual access to citizens' data (core/unusualaccess.h).
#include "core/unusualaccess.h"
#include "core/vntime.h"

#include <QtTest>

using namespace Motcua;

Q_DECLARE_METATYPE(std::optional<UnusualAccessRule>)

class TestUnusualAccess : public QObject
{
    Q_OBJECT

private slots:
    void peakReachesThreshold_data();
    void peakReachesThreshold();
    void outsideHours_data();
    void outsideHours();
};

void TestUnusualAccess::peakReachesThreshold_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("under") << 19 << 20 << false;
    QTest::newRow("at the limit") << 20 << 20 << true;
    QTest::newRow("over") << 45 << 20 << true;
    QTest::newRow("rule off") << 500 << 0 << false;
    QTest::newRow("negative limit is off") << 500 << -3 << false;
}

void TestUnusualAccess::peakReachesThreshold()
{
    QFETCH(int, count);
    QFETCH(int, threshold);
    QFETCH(bool, flagged);
    const AccessPeak peak{QStringLiteral("canbo"),
                          count,
                          VnTime::wallClock(QDate(2026, 3, 10), QTime(9, 0)),
                          VnTime::wallClock(QDate(2026, 3, 10), QTime(9, 50))};
    const auto f
            = UnusualAccessRules::fromPeak(peak, UnusualAccessRule::OtherBranchOpens, threshold);
    QCOMPARE(f.has_value(), flagged);
    if (f) {
        QCOMPARE(f->actor, QStringLiteral("canbo"));
        QCOMPARE(f->count, count);
        QCOMPARE(f->threshold, threshold);
        QCOMPARE(f->from, peak.from);
        QCOMPARE(f->rule, UnusualAccessRule::OtherBranchOpens);
    }
}

void TestUnusualAccess::outsideHours_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QTime>("first");
    QTest::addColumn<QTime>("last");
    QTest::addColumn<int>("tolerance");
    QTest::addColumn<bool>("flagged");
    const QDate tuesday(2026, 3, 10);
    const QDate sunday(2026, 3, 15);
    const QDate holiday(2026, 4, 30);
    QTest::newRow("working day, in hours")
            << tuesday << QTime(7, 30) << QTime(17, 0) << 30 << false;
    QTest::newRow("over lunch is not flagged")
            << tuesday << QTime(12, 0) << QTime(12, 10) << 30 << false;
    QTest::newRow("just inside the tolerance")
            << tuesday << QTime(7, 0) << QTime(17, 30) << 30 << false;
    QTest::newRow("early") << tuesday << QTime(6, 59) << QTime(9, 0) << 30 << true;
    QTest::newRow("late") << tuesday << QTime(9, 0) << QTime(17, 31) << 30 << true;
    QTest::newRow("late, no tolerance") << tuesday << QTime(17, 1) << QTime(17, 1) << 0 << true;
    QTest::newRow("sunday") << sunday << QTime(10, 0) << QTime(10, 0) << 30 << true;
    QTest::newRow("holiday") << holiday << QTime(10, 0) << QTime(11, 0) << 30 << true;
}

void TestUnusualAccess::outsideHours()
{
    QFETCH(QDate, day);
    QFETCH(QTime, first);
    QFETCH(QTime, last);
    QFETCH(int, tolerance);
    QFETCH(bool, flagged);
    // 07:30-11:30 and 13:00-17:00, Monday to Friday; 30 April off.
    const WorkingCalendar calendar(
            WorkingHours(), {{QDate(2026, 4, 30), DayType::Holiday, QStringLiteral("30/4")}});
    AccessDay d;
    d.actor = QStringLiteral("canbo");
    d.day = day;
    d.count = 7;
    d.first = VnTime::wallClock(day, first).toUTC();
    d.last = VnTime::wallClock(day, last).toUTC();
    const auto f = UnusualAccessRules::outsideHours(d, calendar, tolerance);
    QCOMPARE(f.has_value(), flagged);
    if (f) {
        QCOMPARE(f->rule, UnusualAccessRule::OutsideWorkingHours);
        QCOMPARE(f->count, 7);
        QCOMPARE(f->from, d.first);
        QCOMPARE(f->to, d.last);
    }
}

QTEST_APPLESS_MAIN(TestUnusualAccess)
#include "test_unusualaccess.moc"
