#include "dbcommands.h"

#include "data/connectionsettings.h"
#include "data/demoseed.h"
#include "data/migrator.h"

#include <QCoreApplication>

namespace Motcua::Cli {

namespace {

QString g_dsn;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::Cli)
};

} // namespace

DbResult<QSqlDatabase> connectFromOptions()
{
    ConnectionSettings settings;
    if (!g_dsn.isEmpty()) {
        auto parsed = ConnectionSettings::fromDsn(g_dsn);
        if (!parsed)
            return parsed.error();
        settings = *parsed;
    }
    settings.applicationName = QStringLiteral("motcua-admin");
    return settings.open(QStringLiteral("admin"));
}

bool takeDsnOption(QStringList &args, QTextStream &err)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--dsn")) {
            if (i + 1 >= args.size()) {
                err << Tr::tr("--dsn needs a value, e.g. --dsn \"host=db1 dbname=motcua\"") << '\n';
                return false;
            }
            g_dsn = args[i + 1];
            args.remove(i, 2);
            return true;
        }
        if (args[i].startsWith(QLatin1String("--dsn="))) {
            g_dsn = args[i].mid(6);
            args.remove(i);
            return true;
        }
    }
    return true;
}

int migrateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    bool statusOnly = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--status")) {
            statusOnly = true;
        } else {
            err << Tr::tr("migrate: unknown argument \"%1\"").arg(shown(a)) << '\n';
            return BadArguments;
        }
    }
    auto db = connectFromOptions();
    if (!db) {
        err << db.error().describe() << '\n';
        return Failure;
    }
    Migrator migrator(*db);
    if (statusOnly) {
        auto st = migrator.status();
        if (!st) {
            err << st.error().describe() << '\n';
            return Failure;
        }
        out << "applied=" << st->applied << " known=" << st->known
            << " pending=" << st->pending.size() << '\n';
        return st->upToDate() ? Ok : Refused;
    }
    auto applied = migrator.migrate();
    if (!applied) {
        err << applied.error().describe() << '\n';
        return Failure;
    }
    if (applied->isEmpty()) {
        out << Tr::tr("Schema is up to date (version %1).").arg(Migrator::bundled().last().version)
            << '\n';
    } else {
        for (int v : *applied)
            out << Tr::tr("Applied migration %1.").arg(v) << '\n';
    }
    return Ok;
}

int seedDemoCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty()) {
        err << Tr::tr("seed-demo: unknown argument \"%1\"").arg(shown(args.first())) << '\n';
        return BadArguments;
    }
    auto db = connectFromOptions();
    if (!db) {
        err << db.error().describe() << '\n';
        return Failure;
    }
    auto st = Migrator(*db).status();
    if (!st || !st->upToDate()) {
        err << Tr::tr("seed-demo: migrate the database first (motcua-admin migrate).") << '\n';
        return Failure;
    }
    auto outcome = DemoSeed::seed(*db);
    if (!outcome) {
        err << outcome.error().describe() << '\n';
        return Failure;
    }
    out << (*outcome == DemoSeed::Outcome::Seeded
                    ? Tr::tr("Demo data loaded.")
                    : Tr::tr("The database already has data; demo data not loaded."))
        << '\n';
    return Ok;
}

} // namespace Motcua::Cli
