#include "core/duedate.h"
#include "core/vntime.h"
#include "duedatecases.h"

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

WorkingHours hoursFrom(const QString &spec)
{
    if (spec.isEmpty())
        return WorkingHours();
    const Result<WorkingHours> r = WorkingHours::parse(spec);
    Q_ASSERT(r.ok());
    return r.value();
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
    void extensionRule_data();
    void extensionRule();
};

void TestDueDate::dueDate_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("cutoff");
    QTest::addColumn<QString>("pauses");
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("expected");

    // The rows live in tests/support: the server's equivalence test reuses them.
    for (const Test::DueDateRow &r : Test::dueDateRows())
        QTest::newRow(r.name) << QString::fromUtf8(r.received) << QString::fromUtf8(r.duration)
                              << QString::fromUtf8(r.cutoff) << QString::fromUtf8(r.pauses)
                              << QString::fromUtf8(r.hours) << QString::fromUtf8(r.expected);
}

void TestDueDate::dueDate()
{
    QFETCH(QString, received);
    QFETCH(QString, duration);
    QFETCH(QString, cutoff);
    QFETCH(QString, pauses);
    QFETCH(QString, hours);
    QFETCH(QString, expected);

    const DueDateCalculator calc(WorkingCalendar(hoursFrom(hours), Test::days2026()));
    const Result<ProcessingTime> time = ProcessingTime::parse(duration);
    QVERIFY(time.ok());
    DueDateOptions options;
    if (!cutoff.isEmpty())
        options.cutoff = QTime::fromString(cutoff, QStringLiteral("HH:mm"));
    options.pauses = pausesFrom(pauses);
    const Result<QDateTime> due = calc.dueDate(vn(received), time.value(), options);
    QVERIFY2(due.ok(), qPrintable(due.error()));
    QCOMPARE(shown(due.value()), expected);
    QCOMPARE(due.value().timeSpec(), Qt::OffsetFromUTC);
    QCOMPARE(due.value().offsetFromUtc(), 25200);
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
    const DueDateCalculator calc(WorkingCalendar(WorkingHours(), Test::days2026()));
    DueDateOptions options;
    options.pauses = pausesFrom(pauses);
    const Result<QDateTime> due = calc.dueDate(vn(received), ProcessingTime::days(3), options);
    QVERIFY(!due.ok());
    QVERIFY2(due.error().contains(messagePart), qPrintable(due.error()));
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
    const DueDateCalculator calc(WorkingCalendar(WorkingHours(), Test::days2026()));
    std::optional<QTime> c;
    if (!cutoff.isEmpty())
        c = QTime::fromString(cutoff, QStringLiteral("HH:mm"));
    const Result<QDateTime> start = calc.countingStart(vn(received), c);
    QVERIFY(start.ok());
    QCOMPARE(shown(start.value()), expected);
}

void TestDueDate::anyTimeSpec()
{
    const DueDateCalculator calc(WorkingCalendar(WorkingHours(), Test::days2026()));
    // 03:00 UTC is 10:00 in Vietnam; 12:00 at UTC+9 is 10:00 in Vietnam.
    const QDateTime utc(QDate(2026, 3, 2), QTime(3, 0), Qt::UTC);
    const QDateTime tokyo(QDate(2026, 3, 2), QTime(12, 0), Qt::OffsetFromUTC, 9 * 3600);
    for (const QDateTime &received : {utc, tokyo}) {
        const Result<QDateTime> due = calc.dueDate(received, ProcessingTime::days(3));
        QVERIFY(due.ok());
        QCOMPARE(due.value(), QDateTime(QDate(2026, 3, 5), QTime(10, 0), Qt::OffsetFromUTC, 25200));
        QCOMPARE(due.value().offsetFromUtc(), 25200);
    }
}

void TestDueDate::fastPathMatches()
{
    // The benchmark's minute API and the QDateTime API must agree.
    const DueDateCalculator calc(WorkingCalendar(WorkingHours(), Test::days2026()));
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
        QCOMPARE(VnTime::toWallMinutes(slow.value()), fast);
    }
}

void TestDueDate::neverOutsideWorkingTime()
{
    const WorkingCalendar cal(hoursFrom(QString::fromUtf8(Test::kSaturdayMorning)),
                              Test::days2026());
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
    const DueDateCalculator calc(WorkingCalendar(WorkingHours(), Test::days2026()));
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
    QVERIFY(due.error().contains(QStringLiteral("no working hours")));
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
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(h.isExtended());
    QCOMPARE(h.current(), later);
    QCOMPARE(h.original(), first);
    QCOMPARE(h.entries().last().reason, QStringLiteral("Cần xác minh thực địa"));

    const DueDateHistory restored = DueDateHistory::fromEntries(h.entries());
    QCOMPARE(restored.current(), later);
    QVERIFY(!DueDateHistory().extend(later, QStringLiteral("x"), first).ok());
}

void TestDueDate::extensionRule_data()
{
    using P = DueDateHistory::ExtensionProblem;
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("newDue");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("problem");
    const QString due = QStringLiteral("2026-03-05T10:00");
    QTest::newRow("later, with a reason") << due << QStringLiteral("2026-03-10T10:00")
                                          << QStringLiteral("Cần xác minh") << int(P::None);
    QTest::newRow("one minute later is later") << due << QStringLiteral("2026-03-05T10:01")
                                               << QStringLiteral("Cần xác minh") << int(P::None);
    QTest::newRow("the same instant is not later")
            << due << due << QStringLiteral("Cần xác minh") << int(P::NewDueNotLater);
    QTest::newRow("earlier") << due << QStringLiteral("2026-03-04T10:00")
                             << QStringLiteral("Cần xác minh") << int(P::NewDueNotLater);
    QTest::newRow("no new due date")
            << due << QString() << QStringLiteral("Cần xác minh") << int(P::NewDueMissing);
    QTest::newRow("blank reason") << due << QStringLiteral("2026-03-10T10:00")
                                  << QStringLiteral("   ") << int(P::NoReason);
    QTest::newRow("the date is checked before the reason")
            << due << QStringLiteral("2026-03-04T10:00") << QString() << int(P::NewDueNotLater);
    QTest::newRow("nothing to extend") << QString() << QStringLiteral("2026-03-10T10:00")
                                       << QStringLiteral("Cần xác minh") << int(P::NoDueDate);
}

// One rule for the counter's dialog, the dossier repository and the history.
void TestDueDate::extensionRule()
{
    QFETCH(QString, current);
    QFETCH(QString, newDue);
    QFETCH(QString, reason);
    QFETCH(int, problem);
    const QDateTime currentDue = current.isEmpty() ? QDateTime() : vn(current);
    const QDateTime next = newDue.isEmpty() ? QDateTime() : vn(newDue);
    QCOMPARE(int(DueDateHistory::extensionProblem(currentDue, next, reason)), problem);
    DueDateHistory h(currentDue, vn(QStringLiteral("2026-03-02T10:00")));
    QCOMPARE(int(h.extensionProblem(next, reason)), problem);
    const Status s = h.extend(next, reason, vn(QStringLiteral("2026-03-03T10:00")));
    QCOMPARE(s.ok(), problem == int(DueDateHistory::ExtensionProblem::None));
    QCOMPARE(h.isExtended(), s.ok());
    if (!s.ok())
        QVERIFY(!s.error().isEmpty());
}

QTEST_APPLESS_MAIN(TestDueDate)
#include "test_duedate.moc"
