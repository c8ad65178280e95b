#pragma once

#include "data/connectionsettings.h"

#include <QStringList>
#include <QTextStream>

namespace Motcua::Bench {

// The server the measurements run against, as a superuser: --dsn, else the
// PG* variables (user postgres when none is given). Takes --dsn out of args.
DbResult<ConnectionSettings> adminSettings(QStringList &args);

// Creates (again) a database of that name, migrated and with the demo data.
DbStatus freshDemoDatabase(const ConnectionSettings &admin, const QString &name);

// Runs one statement as the superuser, in `database` (the admin's own when
// empty): a CHECKPOINT between measured runs, a VACUUM after a warm-up.
DbStatus execAsAdmin(const ConnectionSettings &admin,
                     const QString &sql,
                     const QString &database = QString());

// The percentile p (0..100) of sorted values.
double percentile(const std::vector<double> &sorted, double p);

} // namespace Motcua::Bench
