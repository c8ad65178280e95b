// motcua-admin: the administrator's command line.
#include "auditcommands.h"
#include "calendarcommands.h"
#include "commands.h"
#include "dbcommands.h"
#include "dossiercommands.h"
#include "rulescommands.h"
#include "scorecardcommands.h"

#include "core/freetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace Motcua::Cli;

namespace {

struct Subcommand
{
    const char *name;
    Command run;
    const char *synopsis;
    const char *help;
};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::Cli)
};

const Subcommand kSubcommands[] = {
        {"migrate",
         migrateCommand,
         "migrate [--status]",
         QT_TRANSLATE_NOOP("Motcua::Cli",
                           "Apply the pending schema migrations (idempotent). --status prints "
                           "applied/known/pending and exits 1 when migrations are pending.")},
        {"seed-demo",
         seedDemoCommand,
         "seed-demo",
         QT_TRANSLATE_NOOP("Motcua::Cli",
                           "Load the demo branches, procedures, 2025-2027 calendar and staff "
                           "accounts into an empty database (superuser connection).")},
        {"calendar",
         calendarCommand,
         "calendar import FILE.csv [--unit CODE] [--reason TEXT] | "
         "calendar export FILE.csv|- [--unit CODE] [--year Y]",
         QT_TRANSLATE_NOOP("Motcua::Cli",
                           "Import or export the announced calendar days (header date,type,note) "
                           "city-wide or, with --unit, of one unit. Import replaces the stored "
                           "type and note of every date in the file, in one audited "
                           "transaction, and prints imported=N inserted=I updated=U "
                           "unchanged=K.")},
        {"due-date",
         dueDateCommand,
         "due-date --received T --duration 3d|4h|0.5d [--cutoff HH:MM] [--hours SPEC] "
         "[--calendar FILE.csv] [--pause FROM/TO]... [--finished T]",
         QT_TRANSLATE_NOOP(
                 "Motcua::Cli",
                 "Print due=YYYY-MM-DDTHH:MM for a receipt instant and a statutory time in "
                 "working days or hours; with --finished also status=early|on_time|late. "
                 "SPEC like \"mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30\"; the CSV "
                 "has the header date,type,note (holiday, compensatory_off, makeup_workday).")},
        {"lunar-to-solar",
         lunarToSolarCommand,
         "lunar-to-solar DAY MONTH YEAR [--leap]",
         QT_TRANSLATE_NOOP(
                 "Motcua::Cli",
                 "Print the solar date (YYYY-MM-DD) of a Vietnamese lunar date (UTC+7).")},
        {"holidays",
         holidaysCommand,
         "holidays suggest --year Y [--hours SPEC] [--national-day-extra 1|3]",
         QT_TRANSLATE_NOOP(
                 "Motcua::Cli",
                 "Print the year's Labour Code holidays, with days off in lieu, as calendar "
                 "CSV. A suggestion: the announced schedule always wins.")},
        {"check",
         checkCommand,
         "check cccd|cmnd|mst|phone VALUE [--birth-year Y]",
         QT_TRANSLATE_NOOP("Motcua::Cli",
                           "Check an identifier: valid prints the normalised value and exits 0; "
                           "invalid prints why and exits 1.")},
        {"dossier",
         dossierCommand,
         "dossier show CODE | dossier status CODE ACTION [--note TEXT] [--new-due "
         "YYYY-MM-DDTHH:MM]",
         QT_TRANSLATE_NOOP(
                 "Motcua::Cli",
                 "Show a dossier with its control sheet, or change its state with the same "
                 "rules and events as the app. ACTION: transferred, processing, supplement, "
                 "supplemented, extended (--new-due and --note), stopped, withdrawn, ready, "
                 "returned. Exits 1 with the reason when refused.")},
        {"audit",
         auditCommand,
         "audit verify [--unit CODE]",
         QT_TRANSLATE_NOOP(
                 "Motcua::Cli",
                 "Recompute the hash chain of every dossier's control sheet (with --unit, of "
                 "the dossiers that unit received) apart from the server and print events=N "
                 "broken=K. Exits 1 when an event was changed, removed or inserted after it "
                 "was written, and names the first broken event.")},
        {"scorecard",
         scorecardCommand,
         "scorecard show|report --from YYYY-MM-DD --to YYYY-MM-DD [--unit CODE] "
         "[--read-from DSN] | scorecard rebuild | scorecard roll",
         QT_TRANSLATE_NOOP(
                 "Motcua::Cli",
                 "show: the branches ranked by the composite score with their figures "
                 "(with --unit, that unit's counters), tab-separated; report: report "
                 "II.06a as CSV; rebuild: recompute the scorecard bookkeeping from the "
                 "dossiers (administrators); roll: add the days of the months ended "
                 "since the last roll into the monthly bookkeeping and print "
                 "months_before=YYYY-MM-DD (for a cron on the 1st; the scorecard also "
                 "rolls by itself). --read-from DSN reads the figures from that server (a "
                 "standby) and prints its freshness first.")},
};

void printHelp(QTextStream &out)
{
    out << Tr::tr("Usage: motcua-admin [--dsn DSN] <command> [arguments]") << "\n\n"
        << Tr::tr("Connection: --dsn takes a libpq connection string or postgresql:// URI; "
                  "without it the PG* environment variables and PGSERVICE apply.")
        << "\n\n"
        << Tr::tr("Commands:") << '\n';
    for (const Subcommand &s : kSubcommands) {
        out << "  " << QString::fromLatin1(s.synopsis) << '\n'
            << "      " << QCoreApplication::translate("Motcua::Cli", s.help) << '\n';
    }
    out << "\n"
        << Tr::tr("Exit codes: 0 success, 1 refused or invalid value, 2 malformed arguments, "
                  "3 database or other failure.")
        << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("Motcua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Qt would turn bytes that are not UTF-8 into U+FFFD unseen: refuse them.
    // No argument needs more than a note's 2,000 characters (twice that for
    // text in decomposed form): a longer one is refused before any command.
    constexpr qsizetype kMaxArgument = 4000;
    for (int i = 1; i < argc; ++i) {
        const auto text = Motcua::FreeText::strictUtf8(QByteArrayView(argv[i]));
        if (!text) {
            err << Tr::tr("Argument %1 is not valid UTF-8 text; motcua-admin reads its "
                          "arguments as UTF-8.")
                            .arg(i)
                << '\n';
            return BadArguments;
        }
        if (const qsizetype n = Motcua::FreeText::codePoints(*text); n > kMaxArgument) {
            err << Tr::tr("Argument %1 has %2 characters; motcua-admin takes at most %3 in "
                          "one argument.")
                            .arg(i)
                            .arg(n)
                            .arg(kMaxArgument)
                << '\n';
            return BadArguments;
        }
    }
    QStringList args = app.arguments().mid(1);
    if (!takeDsnOption(args, err))
        return BadArguments;
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printHelp(out);
        return args.isEmpty() ? BadArguments : Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "motcua-admin " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    const QString name = args.takeFirst();
    for (const Subcommand &s : kSubcommands) {
        if (name == QLatin1String(s.name))
            return s.run(args, out, err);
    }
    err << Tr::tr("Unknown command \"%1\". Run motcua-admin --help.").arg(shown(name)) << '\n';
    return BadArguments;
}
