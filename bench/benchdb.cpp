#include "benchdb.h"

#include "data/demoseed.h"
#include "data/migrator.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Motcua::Bench {

DbResult<ConnectionSettings> adminSettings(QStringList &args)
{
    ConnectionSettings s;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--dsn") && i + 1 < args.size()) {
            auto parsed = ConnectionSettings::fromDsn(args[i + 1]);
            if (!parsed)
                return parsed.error();
            s = *parsed;
            args.remove(i, 2);
            break;
        }
    }
    if (s.user.isEmpty() && qEnvironmentVariableIsEmpty("PGUSER"))
        s.user = QStringLiteral("postgres");
    s.applicationName = QStringLiteral("motcua-bench");
    return s;
}

DbStatus freshDemoDatabase(const ConnectionSettings &admin, const QString &name)
{
    {
        ConnectionSettings s = admin;
        s.database = QStringLiteral("postgres");
        auto db = s.open(QStringLiteral("bench_admin"));
        if (!db)
            return db.error();
        QSqlQuery q(*db);
        q.exec(QStringLiteral("SET client_min_messages = warning"));
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
        if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
            return DbError::fromSql(q.lastError());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_admin"));
    DbStatus status = Done{};
    {
        ConnectionSettings s = admin;
        s.database = name;
        auto db = s.open(QStringLiteral("bench_seed"));
        if (!db)
            return db.error();
        auto migrated = Migrator(*db).migrate();
        if (!migrated)
            status = migrated.error();
        else if (auto seeded = DemoSeed::seed(*db); !seeded)
            status = seeded.error();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_seed"));
    return status;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto idx = std::size_t(std::ceil(p / 100.0 * double(sorted.size()))) - 1;
    return sorted[std::min(idx, sorted.size() - 1)];
}

DbStatus execAsAdmin(const ConnectionSettings &admin, const QString &sql, const QString &database)
{
    ConnectionSettings s = admin;
    if (!database.isEmpty())
        s.database = database;
    DbStatus done = Done{};
    {
        auto db = s.open(QStringLiteral("bench_admin_exec"));
        if (!db)
            return db.error();
        QSqlQuery q(*db);
        if (!q.exec(sql))
            done = DbError::fromSql(q.lastError());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_admin_exec"));
    return done;
}

} // namespace Motcua::Bench
