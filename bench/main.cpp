// motcua-bench: measurements with a baseline from the same run.
#include "duedatebench.h"
#include "historybench.h"
#include "intakebench.h"
#include "lookupbench.h"
#include "scorecardbench.h"
#include "soakbench.h"
#include "startupbench.h"
#include "wanbench.h"

#include <QApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    // `wan` drives the desktop's own windows, offscreen unless a platform is
    // named: it needs a QApplication; the others need no display.
    const bool widgets = argc > 1 && qstrcmp(argv[1], "wan") == 0;
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app
            = widgets ? std::make_unique<QApplication>(argc, argv)
                      : std::make_unique<QCoreApplication>(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString usage = QStringLiteral(
            "usage: motcua-bench <measurement> [options]\n"
            "  startup [--runs 21]  launch to the first paint of the login window vs a bare\n"
            "                       QWidget's; medians; peak memory\n"
            "  duedate              due-date computations per second on one core\n"
            "  intake [--counters 1,8,32,100] [--seconds 20]\n"
            "                       intakes through the data layer vs pgbench TPC-B (prepared;\n"
            "                       simple too), same clients\n"
            "  lookup [--rows 10000000] [--lookups 2000]\n"
            "                       p99 of dossier lookups by code, CCCD and unaccented name\n"
            "  history --rows N [--db NAME] [--reuse]\n"
            "                       builds three years of a city's dossiers (bookkeeping rebuilt)\n"
            "  scorecard [--rows 1000000,10000000] [--reuse] [--runs K]\n"
            "            [--seconds 20] [--pairs 8]\n"
            "                       supervisor scorecard timings on those histories; bookkeeping\n"
            "                       cost on intake throughput (median of on/off pairs)\n"
            "  soak [--counters 20] [--seconds 60] [--db NAME] [--reuse]\n"
            "                       counters receive and retry through faults; then every\n"
            "                       acknowledged intake is checked (lost, duplicated, gaps)\n"
            "  wan [--rtt 50] [--trace]\n"
            "                       the desktop's login, intake, lookup, handover and scorecard\n"
            "                       through a proxy holding each packet rtt/2 each way: times,\n"
            "                       round trips, longest event-loop stall\n"
            "Database measurements connect like the app: PG* variables, or --dsn DSN.\n");
    if (args.isEmpty() || args.first() == QLatin1String("--help")) {
        out << usage;
        return args.isEmpty() ? 2 : 0;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("startup"))
        return Motcua::Bench::runStartupBench(args, out, err);
    if (name == QLatin1String("lookup"))
        return Motcua::Bench::runLookupBench(args, out, err);
    if (name == QLatin1String("intake"))
        return Motcua::Bench::runIntakeBench(args, out, err);
    if (name == QLatin1String("history"))
        return Motcua::Bench::runHistoryBench(args, out, err);
    if (name == QLatin1String("scorecard"))
        return Motcua::Bench::runScorecardBench(args, out, err);
    if (name == QLatin1String("soak"))
        return Motcua::Bench::runSoakBench(args, out, err);
    if (name == QLatin1String("wan"))
        return Motcua::Bench::runWanBench(args, out, err);
    if (name == QLatin1String("duedate"))
        return Motcua::Bench::runDueDateBench(args, out);
    err << "motcua-bench: unknown measurement " << name << '\n' << usage;
    return 2;
}
