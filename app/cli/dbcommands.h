#pragma once

#include "commands.h"

#include "data/dberror.h"

#include <QSqlDatabase>

namespace Motcua::Cli {

// Subcommands that work against the database. The connection comes from
// --dsn, else from the PG* environment variables or a service name, as libpq does.
int migrateCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int seedDemoCommand(const QStringList &args, QTextStream &out, QTextStream &err);

// Takes --dsn VALUE out of args (wherever it is) and stores it for the
// database subcommands. Returns false when --dsn lacks its value.
bool takeDsnOption(QStringList &args, QTextStream &err);

// Opens the connection described by --dsn (or the environment) for a
// database subcommand.
DbResult<QSqlDatabase> connectFromOptions();

} // namespace Motcua::Cli
