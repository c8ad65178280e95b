#include "duedatebench.h"

#include "core/duedate.h"
#include "core/holidays.h"
#include "core/vntime.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <vector>

namespace Motcua::Bench {

namespace {

struct Case
{
    qint64 received;
    qint64 work;
    int cutoff;
    int pauseCount;
    PauseMinutes pause;
};

} // namespace

int runDueDateBench(const QStringList &args, QTextStream &out)
{
    double seconds = 2.0;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--seconds") && i + 1 < args.size()) {
            bool ok = false;
            seconds = args.at(++i).toDouble(&ok);
            if (!ok || seconds <= 0 || seconds > 600)
                return 2;
        } else {
            return 2;
        }
    }

    const WorkingHours hours;
    QVector<CalendarDay> days;
    for (int year : {2026, 2027}) {
        const auto suggested = Holidays::suggest(year, hours);
        if (suggested.ok())
            days += suggested.value();
    }
    const DueDateCalculator calculator{WorkingCalendar(hours, days)};
    const int dayMinutes = calculator.calendar().standardDayMinutes();

    // Inputs are drawn up front so the timed loop measures the calculator, not the generator.
    QRandomGenerator rng(2026);
    const qint64 yearStart
            = VnTime::toWallMinutes(VnTime::wallClock(QDate(2026, 1, 1), QTime(0, 0)));
    std::vector<Case> cases(8192);
    for (Case &c : cases) {
        c.received = yearStart + rng.bounded(365 * 24 * 60);
        if (rng.bounded(10) < 8)
            c.work = qint64(1 + rng.bounded(30)) * dayMinutes / 2; // 0.5d .. 15d
        else
            c.work = qint64(1 + rng.bounded(8)) * 60; // 1h .. 8h
        c.cutoff = rng.bounded(4) == 0 ? 15 * 60 : -1;
        c.pauseCount = 0;
        if (rng.bounded(10) == 0) {
            const qint64 from = c.received + rng.bounded(5 * 24 * 60);
            c.pause = {from, from + 60 + rng.bounded(7 * 24 * 60)};
            c.pauseCount = 1;
        }
    }

    QElapsedTimer timer;
    timer.start();
    const qint64 budgetNs = qint64(seconds * 1e9);
    qint64 done = 0;
    qint64 checksum = 0;
    qint64 elapsed = 0;
    do {
        for (const Case &c : cases) {
            checksum += c.pauseCount
                                ? calculator.dueMinutes(c.received, c.work, c.cutoff, &c.pause, 1)
                                : calculator.dueMinutes(c.received, c.work, c.cutoff);
        }
        done += qint64(cases.size());
        elapsed = timer.nsecsElapsed();
    } while (elapsed < budgetNs);

    // Keeps the loop from being optimised away.
    volatile qint64 sink = checksum;
    (void)sink;

    out << "per_second=" << qint64(double(done) * 1e9 / double(elapsed)) << Qt::endl;
    return 0;
}

} // namespace Motcua::Bench
