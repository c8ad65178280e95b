// The supervisors' periods in the center's days (Asia/Ho_Chi_Minh): "this
// week / month / quarter / year" up to today at the edges of months,
// quarters and years, the instants a period covers, and its whole months.
// The process runs as a PC set to UTC, where the center's day starts at
// 17:00 of the day before.
#include "core/reportingperiod.h"

#include <QTest>

#include <ctime>

using namespace Motcua;

Q_DECLARE_METATYPE(Motcua::PeriodKind)

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

class TestReportingPeriod : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upTo_data();
    void upTo();
    void currentOnAPcInUtc_data();
    void currentOnAPcInUtc();
    void instants_data();
    void instants();
    void wholeMonths_data();
    void wholeMonths();
};

void TestReportingPeriod::initTestCase()
{
    // A counter PC left on UTC: nothing below may depend on it.
    qputenv("TZ", "UTC");
    tzset();
    QCOMPARE(QDateTime::currentDateTime().offsetFromUtc(), 0);
    QVERIFY(CenterPeriod::timeZone().isValid());
    QCOMPARE(CenterPeriod::timeZone().offsetFromUtc(utc("2026-06-01T00:00:00")), 7 * 3600);
}

void TestReportingPeriod::upTo_data()
{
    QTest::addColumn<PeriodKind>("kind");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    const QDate newYear = d("2026-01-01"); // a Thursday
    QTest::newRow("today") << PeriodKind::Today << d("2026-05-14") << d("2026-05-14");
    QTest::newRow("week, New Year's Day: from the Monday of last year")
            << PeriodKind::Week << newYear << d("2025-12-29");
    QTest::newRow("week, on a Monday") << PeriodKind::Week << d("2026-03-30") << d("2026-03-30");
    QTest::newRow("week, on a Sunday") << PeriodKind::Week << d("2026-04-05") << d("2026-03-30");
    QTest::newRow("month, its first day") << PeriodKind::Month << newYear << newYear;
    QTest::newRow("month, its last day") << PeriodKind::Month << d("2026-01-31") << newYear;
    QTest::newRow("month, leap February's last day")
            << PeriodKind::Month << d("2024-02-29") << d("2024-02-01");
    QTest::newRow("quarter, last day of Q1") << PeriodKind::Quarter << d("2026-03-31") << newYear;
    QTest::newRow("quarter, first day of Q2")
            << PeriodKind::Quarter << d("2026-04-01") << d("2026-04-01");
    QTest::newRow("quarter, last day of Q3")
            << PeriodKind::Quarter << d("2026-09-30") << d("2026-07-01");
    QTest::newRow("quarter, last day of Q4")
            << PeriodKind::Quarter << d("2026-12-31") << d("2026-10-01");
    QTest::newRow("year, its first day") << PeriodKind::Year << newYear << newYear;
    QTest::newRow("year, its last day") << PeriodKind::Year << d("2026-12-31") << newYear;
}

void TestReportingPeriod::upTo()
{
    QFETCH(PeriodKind, kind);
    QFETCH(QDate, today);
    QFETCH(QDate, from);
    const ScorecardPeriod p = CenterPeriod::upTo(kind, today);
    QCOMPARE(p.from, from);
    QCOMPARE(p.to, today);
    QVERIFY(p.isValid());
}

void TestReportingPeriod::currentOnAPcInUtc_data()
{
    QTest::addColumn<PeriodKind>("kind");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    // 17:00 UTC is midnight in the center: the new day, month, quarter or
    // year has begun there while the PC's clock still shows the old one.
    QTest::newRow("quarter: 16:59:59 UTC on 31 March is still Q1")
            << PeriodKind::Quarter << utc("2026-03-31T16:59:59") << d("2026-01-01")
            << d("2026-03-31");
    QTest::newRow("quarter: 17:00 UTC on 31 March is Q2 in the center")
            << PeriodKind::Quarter << utc("2026-03-31T17:00:00") << d("2026-04-01")
            << d("2026-04-01");
    QTest::newRow("year: New Year's Eve 17:30 UTC is the new year")
            << PeriodKind::Year << utc("2025-12-31T17:30:00") << d("2026-01-01") << d("2026-01-01");
    QTest::newRow("month: 30 April 23:00 UTC is 1 May")
            << PeriodKind::Month << utc("2026-04-30T23:00:00") << d("2026-05-01")
            << d("2026-05-01");
    QTest::newRow("month: 1 May 16:00 UTC is still 1 May")
            << PeriodKind::Month << utc("2026-05-01T16:00:00") << d("2026-05-01")
            << d("2026-05-01");
    QTest::newRow("week: Sunday 18:00 UTC is Monday in the center")
            << PeriodKind::Week << utc("2026-04-05T18:00:00") << d("2026-04-06") << d("2026-04-06");
    QTest::newRow("today: an instant given with another offset")
            << PeriodKind::Today
            << QDateTime::fromString(QStringLiteral("2026-04-05T20:30:00-05:00"), Qt::ISODate)
            << d("2026-04-06") << d("2026-04-06");
}

void TestReportingPeriod::currentOnAPcInUtc()
{
    QFETCH(PeriodKind, kind);
    QFETCH(QDateTime, now);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const ScorecardPeriod p = CenterPeriod::current(kind, now);
    QCOMPARE(p.from, from);
    QCOMPARE(p.to, to);
    // The same instant as the PC's local time (UTC here) gives the same period.
    const ScorecardPeriod local = CenterPeriod::current(kind, now.toLocalTime());
    QCOMPARE(local.from, from);
    QCOMPARE(local.to, to);
}

void TestReportingPeriod::instants_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::newRow("a day") << d("2026-05-14") << d("2026-05-14") << utc("2026-05-13T17:00:00")
                           << utc("2026-05-14T17:00:00");
    QTest::newRow("April") << d("2026-04-01") << d("2026-04-30") << utc("2026-03-31T17:00:00")
                           << utc("2026-04-30T17:00:00");
    QTest::newRow("a year across its end")
            << d("2026-01-01") << d("2026-12-31") << utc("2025-12-31T17:00:00")
            << utc("2026-12-31T17:00:00");
}

void TestReportingPeriod::instants()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    const ScorecardPeriod p{from, to};
    QCOMPARE(CenterPeriod::start(p), start);
    QCOMPARE(CenterPeriod::end(p), end);
    QCOMPARE(CenterPeriod::start(p).timeSpec(), Qt::UTC);
    // The last instant belongs to the period's last day, the end to the next.
    QCOMPARE(CenterPeriod::dateAt(end.addSecs(-1)), to);
    QCOMPARE(CenterPeriod::dateAt(end), to.addDays(1));
    QCOMPARE(CenterPeriod::dateAt(start), from);
}

void TestReportingPeriod::wholeMonths_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("firstWhole");
    QTest::addColumn<QDate>("afterLastWhole");
    QTest::addColumn<bool>("empty");
    QTest::newRow("one whole month")
            << d("2026-01-01") << d("2026-01-31") << d("2026-01-01") << d("2026-02-01") << false;
    QTest::newRow("partial at both edges")
            << d("2026-01-15") << d("2026-04-10") << d("2026-02-01") << d("2026-04-01") << false;
    QTest::newRow("inside one month")
            << d("2026-01-15") << d("2026-01-20") << d("2026-02-01") << d("2026-01-01") << true;
    QTest::newRow("leap February without its last day")
            << d("2024-02-01") << d("2024-02-28") << d("2024-02-01") << d("2024-02-01") << true;
    QTest::newRow("leap February whole")
            << d("2024-02-01") << d("2024-02-29") << d("2024-02-01") << d("2024-03-01") << false;
    QTest::newRow("a quarter") << d("2026-04-01") << d("2026-06-30") << d("2026-04-01")
                               << d("2026-07-01") << false;
    QTest::newRow("a year") << d("2026-01-01") << d("2026-12-31") << d("2026-01-01")
                            << d("2027-01-01") << false;
}

void TestReportingPeriod::wholeMonths()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDate, firstWhole);
    QFETCH(QDate, afterLastWhole);
    QFETCH(bool, empty);
    const CenterPeriod::WholeMonths m = CenterPeriod::wholeMonths({from, to});
    QCOMPARE(m.firstWhole, firstWhole);
    QCOMPARE(m.afterLastWhole, afterLastWhole);
    QCOMPARE(m.isEmpty(), empty);
}

QTEST_APPLESS_MAIN(TestReportingPeriod)
#include "test_reportingperiod.moc"
