#include "core/duedate.h"
#include "core/vntime.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Motcua;

namespace {

// "2026-03-02T10:00" on the Vietnam wall clock.
QDateTime vn(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.timeSpec() == Qt::LocalTime)
        t = VnTime::wallClock(t.date(), t.time());
    return t;
}

QString shown(const QDateTime &t)
{
    return VnTime::toVietnam(t).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

// A 2026 calendar close to the real one, plus a make-up Saturday to test swaps.
QVector<CalendarDay> days2026()
{
    QVector<CalendarDay> days;
    auto add = [&](const QDate &d, DayType t) {
        days.append({d, t, QString()});
    };
    add(QDate(2026, 1, 1), DayType::Holiday);
    add(QDate(2026, 1, 10), DayType::MakeupWorkday);
    for (int d = 16; d <= 20; ++d)
        add(QDate(2026, 2, d), DayType::Holiday);
    add(QDate(2026, 4, 26), DayType::Holiday);         // Hùng Kings, a Sunday
    add(QDate(2026, 4, 27), DayType::CompensatoryOff); // ... so Monday off
    add(QDate(2026, 4, 30), DayType::Holiday);
    add(QDate(2026, 5, 1), DayType::Holiday);
    add(QDate(2026, 9, 1), DayType::Holiday);
    add(QDate(2026, 9, 2), DayType::Holiday);
    return days;
}

WorkingHours hoursFrom(const QString &spec)
{
    if (spec.isEmpty())
        return WorkingHours();
    const Result<WorkingHours> r = WorkingHours::parse(spec);
    Q_ASSERT(r.ok());
    return r.value;
}

QVector<Pause> pausesFrom(const QString &text)
{
    QVector<Pause> pauses;
    for (const QString &item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList ends = item.split(QLatin1Char('/'));
        pauses.append({vn(ends.at(0)), vn(ends.at(1))});
    }
    return pauses;
}

const QString saturdayMorning = QStringLiteral("mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30");

} // namespace

class TestDueDate : public QObject
{
    Q_OBJECT

private slots:
    void dueDate_data();
    void dueDate();
    void errors_data();
    void errors();
    void countingStart_data();
    void countingStart();
    void anyTimeSpec();
    void fastPathMatches();
    void neverOutsideWorkingTime();
    void workingMinutesBetween();
    void noWorkingTime();
    void history();
};

void TestDueDate::dueDate_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("cutoff");
    QTest::addColumn<QString>("pauses");
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("expected");

    const QString none;
    // Basic counting (2026-03-02 is a Monday).
    QTest::newRow("Monday 10:00 + 3d is Thursday 10:00")
            << "2026-03-02T10:00"
            << "3d" << none << none << none << "2026-03-05T10:00";
    QTest::newRow("15 working days = three weeks")
            << "2026-03-02T10:00"
            << "15d" << none << none << none << "2026-03-23T10:00";
    QTest::newRow("before opening counts from 07:30")
            << "2026-03-02T06:00"
            << "2h" << none << none << none << "2026-03-02T09:30";
    QTest::newRow("before opening + 1d ends at 17:00 the same day")
            << "2026-03-02T06:00"
            << "1d" << none << none << none << "2026-03-02T17:00";
    QTest::newRow("exact end of the morning stays 11:30")
            << "2026-03-02T07:30"
            << "4h" << none << none << none << "2026-03-02T11:30";
    QTest::newRow("over lunch counts from 13:00")
            << "2026-03-02T12:00"
            << "1h" << none << none << none << "2026-03-02T14:00";
    QTest::newRow("exact interval end 17:00, not next opening")
            << "2026-03-02T13:00"
            << "4h" << none << none << none << "2026-03-02T17:00";
    QTest::newRow("one minute later rolls to the next morning")
            << "2026-03-02T13:01"
            << "4h" << none << none << none << "2026-03-03T07:31";
    QTest::newRow("after closing counts from next opening")
            << "2026-03-02T18:00"
            << "1h" << none << none << none << "2026-03-03T08:30";
    QTest::newRow("Friday after closing goes to Monday")
            << "2026-03-06T17:30"
            << "2h" << none << none << none << "2026-03-09T09:30";
    QTest::newRow("received on Saturday") << "2026-03-07T09:00"
                                          << "0.5d" << none << none << none << "2026-03-09T11:30";
    QTest::newRow("half day from the afternoon")
            << "2026-03-02T14:00"
            << "0.5d" << none << none << none << "2026-03-03T08:30";
    QTest::newRow("hours across the night") << "2026-03-02T16:00"
                                            << "4h" << none << none << none << "2026-03-03T10:30";
    QTest::newRow("seconds are truncated") << "2026-03-02T10:00:59"
                                           << "1h" << none << none << none << "2026-03-02T11:00";

    // Calendar days.
    QTest::newRow("year boundary, 1 Jan holiday")
            << "2025-12-31T16:00"
            << "1d" << none << none << none << "2026-01-02T16:00";
    QTest::newRow("received on a holiday") << "2026-01-01T09:00"
                                           << "1d" << none << none << none << "2026-01-02T17:00";
    QTest::newRow("make-up Saturday is worked")
            << "2026-01-09T10:00"
            << "1d" << none << none << none << "2026-01-10T10:00";
    QTest::newRow("received on a make-up Saturday")
            << "2026-01-10T08:00"
            << "2h" << none << none << none << "2026-01-10T10:00";
    QTest::newRow("make-up Saturday uses Monday hours, not Saturday's")
            << "2026-01-10T11:00"
            << "2h" << none << none << saturdayMorning << "2026-01-10T14:30";
    QTest::newRow("Tết week skipped") << "2026-02-13T15:00"
                                      << "1d" << none << none << none << "2026-02-23T15:00";
    QTest::newRow("compensatory day off skipped")
            << "2026-04-24T10:00"
            << "1d" << none << none << none << "2026-04-28T10:00";
    QTest::newRow("30 April and 1 May skipped")
            << "2026-04-29T10:00"
            << "2d" << none << none << none << "2026-05-05T10:00";
    // 13:00 + 1d ends when the morning's time runs out: 11:30, not 13:00 (exact interval end).
    QTest::newRow("National Day pair skipped")
            << "2026-08-31T13:00"
            << "1d" << none << none << none << "2026-09-03T11:30";

    // Cut-off.
    QTest::newRow("after cut-off counts from next day's opening")
            << "2026-03-02T15:30"
            << "1d"
            << "15:00" << none << none << "2026-03-03T17:00";
    QTest::newRow("same time without cut-off")
            << "2026-03-02T15:30"
            << "1d" << none << none << none << "2026-03-03T15:30";
    QTest::newRow("before cut-off counts normally")
            << "2026-03-02T14:59"
            << "1d"
            << "15:00" << none << none << "2026-03-03T14:59";
    QTest::newRow("exactly at cut-off is not after it")
            << "2026-03-02T15:00"
            << "1d"
            << "15:00" << none << none << "2026-03-03T15:00";
    QTest::newRow("30 seconds after cut-off is after it")
            << "2026-03-02T15:00:30"
            << "1d"
            << "15:00" << none << none << "2026-03-03T17:00";
    QTest::newRow("Friday after cut-off goes to Monday")
            << "2026-03-06T16:00"
            << "4h"
            << "15:00" << none << none << "2026-03-09T11:30";
    QTest::newRow("after cut-off before a holiday")
            << "2025-12-31T15:10"
            << "0.5d"
            << "15:00" << none << none << "2026-01-02T11:30";

    // Saturday-morning centers.
    QTest::newRow("Saturday morning counts")
            << "2026-03-06T15:00"
            << "1d" << none << none << saturdayMorning << "2026-03-09T09:30";
    QTest::newRow("Saturday 11:00 + 1h ends Monday 08:00")
            << "2026-03-07T11:00"
            << "1h" << none << none << saturdayMorning << "2026-03-09T08:00";
    QTest::newRow("Saturday afternoon is closed")
            << "2026-03-07T14:00"
            << "1h" << none << none << saturdayMorning << "2026-03-09T08:30";

    // Pauses (waiting for the citizen's supplement).
    QTest::newRow("pause spanning a weekend")
            << "2026-03-02T10:00"
            << "3d" << none << "2026-03-05T09:00/2026-03-09T14:00" << none << "2026-03-09T15:00";
    QTest::newRow("pause spanning the Tết holidays")
            << "2026-02-10T10:00"
            << "5d" << none << "2026-02-12T10:00/2026-02-24T10:00" << none << "2026-02-27T10:00";
    QTest::newRow("pause on a weekend changes nothing")
            << "2026-03-06T10:00"
            << "1d" << none << "2026-03-07T09:00/2026-03-08T18:00" << none << "2026-03-09T10:00";
    QTest::newRow("pause from evening to mid-morning")
            << "2026-03-02T10:00"
            << "1d" << none << "2026-03-02T18:00/2026-03-03T09:00" << none << "2026-03-03T11:30";
    QTest::newRow("two pauses, given out of order")
            << "2026-03-02T08:00"
            << "4h" << none << "2026-03-02T13:00/2026-03-02T14:00;2026-03-02T09:00/2026-03-02T10:00"
            << none << "2026-03-02T15:30";
    QTest::newRow("pause after the due instant is ignored")
            << "2026-03-02T10:00"
            << "1h" << none << "2026-03-02T11:00/2026-03-04T10:00" << none << "2026-03-02T11:00";
    QTest::newRow("pause starting at receipt")
            << "2026-03-02T10:00"
            << "1h" << none << "2026-03-02T10:00/2026-03-03T10:00" << none << "2026-03-03T11:00";
    QTest::newRow("pause with cut-off")
            << "2026-03-02T16:00"
            << "1d"
            << "15:00"
            << "2026-03-02T16:30/2026-03-04T07:30" << none << "2026-03-04T17:00";
}

void TestDueDate::dueDate()
{
    QFETCH(QString, received);
    QFETCH(QString, duration);
    QFETCH(QString, cutoff);
    QFETCH(QString, pauses);
    QFETCH(QString, hours);
    QFETCH(QString, expected);

    const DueDateCalculator calc(WorkingCalendar(hoursFrom(hours), days2026()));
    const Result<ProcessingTime> time = ProcessingTime::parse(duration);
    QVERIFY(time.ok());
    DueDateOptions options;
    if (!cutoff.isEmpty())
        options.cutoff = QTime::fromString(cutoff, QStringLiteral("HH:mm"));
    options.pauses = pausesFrom(pauses);
    const Result<QDateTime> due = calc.dueDate(vn(received), time.value, options);
    QVERIFY2(due.ok(), qPrintable(due.error));
    QCOMPARE(shown(due.value), expected);
    QCOMPARE(due.value.timeSpec(), Qt::OffsetFromUTC);
    QCOMPARE(due.value.offsetFromUtc(), 25200);
}

void TestDueDate::errors_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("pauses");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("reversed pause") << "2026-03-02T10:00"
                                    << "2026-03-04T10:00/2026-03-03T10:00"
                                    << "reversed";
    QTest::newRow("overlapping pauses")
            << "2026-03-02T10:00"
            << "2026-03-03T10:00/2026-03-05T10:00;2026-03-04T10:00/2026-03-06T10:00"
            << "overlap";
    QTest::newRow("overlapping pauses given out of order")
            << "2026-03-02T10:00"
            << "2026-03-04T10:00/2026-03-06T10:00;2026-03-03T10:00/2026-03-05T10:00"
            << "overlap";
    QTest::newRow("pause before receipt") << "2026-03-02T10:00"
                                          << "2026-03-01T10:00/2026-03-03T10:00"
                                          << "before the dossier";
    QTest::newRow("pause without end") << "2026-03-02T10:00"
                                       << "2026-03-03T10:00/garbage"
                                       << "no start or no end";
    QTest::newRow("invalid receipt") << "not a time" << QString() << "invalid";
}

void TestDueDate::errors()
{
    QFETCH(QString, received);
    QFETCH(QString, pauses);
    QFETCH(QString, messagePart);
    const DueDateCalculator calc(WorkingCalendar(WorkingHours(), days2026()));
    DueDateOptions options;
    options.pauses = pausesFrom(pauses);
    const Result<QDateTime> due = calc.dueDate(vn(received), ProcessingTime::days(3), options);
    QVERIFY(!due.ok());
    QVERIFY2(due.error.contains(messagePart), qPrintable(due.error));
}

void TestDueDate::countingStart_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("cutoff");
    QTest::addColumn<QString>("expected");

    QTest::newRow("inside working time") << "2026-03-02T10:00" << QString() << "2026-03-02T10:00";
    QTest::newRow("lunch") << "2026-03-02T11:30" << QString() << "2026-03-02T13:00";
    QTest::newRow("at closing") << "2026-03-02T17:00" << QString() << "2026-03-03T07:30";
    QTest::newRow("Sunday") << "2026-03-08T10:00" << QString() << "2026-03-09T07:30";
    QTest::newRow("after cut-off") << "2026-03-02T15:01"
                                   << "15:00"
                                   << "2026-03-03T07:30";
    QTest::newRow("eve of Tết after cut-off") << "2026-02-13T15:30"
                                              << "15:00"
                                              << "2026-02-23T07:30";
}

void TestDueDate::countingStart()
{
    QFETCH(QString, received);
    QFETCH(QString, cutoff);
    QFETCH(QString, expected);
    const DueDateCalculator calc(WorkingCalendar(WorkingHours(), days2026()));
    std::optional<QTime> c;
    if (!cutoff.isEmpty())
        c = QTime::fromString(cutoff, QStringLiteral("HH:mm"));
    const Result<QDateTime> start = calc.countingStart(vn(received), c);
    QVERIFY(start.ok());
    QCOMPARE(shown(start.value), expected);
}

void TestDueDate::anyTimeSpec()
{
    const DueDateCalculator calc(WorkingCalendar(WorkingHours(), days2026()));
    // 03:00 UTC is 10:00 in Vietnam; 12:00 at UTC+9 is 10:00 in Vietnam.
    const QDateTime utc(QDate(2026, 3, 2), QTime(3, 0), Qt::UTC);
    const QDateTime tokyo(QDate(2026, 3, 2), QTime(12, 0), Qt::OffsetFromUTC, 9 * 3600);
    for (const QDateTime &received : {utc, tokyo}) {
        const Result<QDateTime> due = calc.dueDate(received, ProcessingTime::days(3));
        QVERIFY(due.ok());
        QCOMPARE(due.value, QDateTime(QDate(2026, 3, 5), QTime(10, 0), Qt::OffsetFromUTC, 25200));
        QCOMPARE(due.value.offsetFromUtc(), 25200);
    }
}

void TestDueDate::fastPathMatches()
{
    // The benchmark's minute API and the QDateTime API must agree.
    const DueDateCalculator calc(WorkingCalendar(WorkingHours(), days2026()));
    QRandomGenerator rng(20260302);
    const qint64 yearStart = VnTime::toWallMinutes(vn(QStringLiteral("2026-01-01T00:00")));
    for (int i = 0; i < 2000; ++i) {
        const qint64 received = yearStart + rng.bounded(365 * 1440);
        const qint64 work = 1 + rng.bounded(15 * 480);
        const bool withCutoff = rng.bounded(2) == 1;
        const qint64 fast = calc.dueMinutes(received, work, withCutoff ? 15 * 60 : -1);
        DueDateOptions options;
        if (withCutoff)
            options.cutoff = QTime(15, 0);
        const Result<QDateTime> slow = calc.dueDate(
                VnTime::fromWallMinutes(received), ProcessingTime::hours(work / 60.0), options);
        QVERIFY(slow.ok());
        QCOMPARE(VnTime::toWallMinutes(slow.value), fast);
    }
}

void TestDueDate::neverOutsideWorkingTime()
{
    const WorkingCalendar cal(hoursFrom(saturdayMorning), days2026());
    const DueDateCalculator calc(cal);
    QRandomGenerator rng(7);
    const qint64 yearStart = VnTime::toWallMinutes(vn(QStringLiteral("2026-01-01T00:00")));
    for (int i = 0; i < 5000; ++i) {
        const qint64 received = yearStart + rng.bounded(365 * 1440);
        const qint64 work = 1 + rng.bounded(10 * 480);
        const PauseMinutes pause{received + rng.bounded(3000), received + 3000 + rng.bounded(9000)};
        const qint64 due = calc.dueMinutes(received, work, -1, &pause, 1);
        QVERIFY(due > received);
        const QDate day = QDate::fromJulianDay(VnTime::julianDayOf(due));
        const int minute = VnTime::minuteOfDay(due);
        bool inside = false;
        for (const WorkInterval &iv : cal.intervalsOn(day))
            inside = inside || (minute > iv.start && minute <= iv.end);
        QVERIFY2(inside, qPrintable(VnTime::fromWallMinutes(due).toString(Qt::ISODate)));
        // Exactly `work` working minutes elapsed outside the pause.
        const qint64 start = calc.startMinutes(received, false);
        const qint64 counted = calc.workingMinutesBetween(start, due)
                               - calc.workingMinutesBetween(std::max(start, pause.from),
                                                            std::min(due, pause.to));
        QCOMPARE(counted, work);
    }
}

void TestDueDate::workingMinutesBetween()
{
    const DueDateCalculator calc(WorkingCalendar(WorkingHours(), days2026()));
    auto between = [&](const char *from, const char *to) {
        return calc.workingMinutesBetween(VnTime::toWallMinutes(vn(QLatin1String(from))),
                                          VnTime::toWallMinutes(vn(QLatin1String(to))));
    };
    QCOMPARE(between("2026-03-02T10:00", "2026-03-02T14:00"), qint64(90 + 60));
    QCOMPARE(between("2026-03-02T00:00", "2026-03-09T00:00"), qint64(5 * 480));
    QCOMPARE(between("2026-02-13T00:00", "2026-02-24T00:00"), qint64(2 * 480));
    QCOMPARE(between("2026-03-02T14:00", "2026-03-02T10:00"), qint64(0));
}

void TestDueDate::noWorkingTime()
{
    const DueDateCalculator calc(WorkingCalendar(WorkingHours::none()));
    const Result<QDateTime> due
            = calc.dueDate(vn(QStringLiteral("2026-03-02T10:00")), ProcessingTime::days(1));
    QVERIFY(!due.ok());
    QVERIFY(due.error.contains(QStringLiteral("no working hours")));
}

void TestDueDate::history()
{
    const QDateTime first = vn(QStringLiteral("2026-03-05T10:00"));
    DueDateHistory h(first, vn(QStringLiteral("2026-03-02T10:00")));
    QCOMPARE(h.current(), first);
    QVERIFY(!h.isExtended());

    QVERIFY(!h.extend(vn(QStringLiteral("2026-03-04T10:00")), QStringLiteral("x"), first).ok());
    QVERIFY(!h.extend(vn(QStringLiteral("2026-03-10T10:00")), QStringLiteral("  "), first).ok());
    QVERIFY(!h.extend(QDateTime(), QStringLiteral("x"), first).ok());
    QCOMPARE(h.entries().size(), 1);

    const QDateTime later = vn(QStringLiteral("2026-03-10T10:00"));
    const Status s = h.extend(later, QStringLiteral(" Cần xác minh thực địa "), first);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QVERIFY(h.isExtended());
    QCOMPARE(h.current(), later);
    QCOMPARE(h.original(), first);
    QCOMPARE(h.entries().last().reason, QStringLiteral("Cần xác minh thực địa"));

    const DueDateHistory restored = DueDateHistory::fromEntries(h.entries());
    QCOMPARE(restored.current(), later);
    QVERIFY(!DueDateHistory().extend(later, QStringLiteral("x"), first).ok());
}

QTEST_APPLESS_MAIN(TestDueDate)
#include "test_duedate.moc"
