#pragma once

#include "data/connectionsettings.h"

#include <QStringList>
#include <QTextStream>

namespace Motcua::Bench {

// The database a history of `rows` dossiers is built into by default.
QString historyDatabaseName(qint64 rows);

// Makes sure `database` holds a city's history of about `rows` dossiers:
// with `reuse`, a complete earlier build of at least that size is kept;
// otherwise the database is created again and filled. Progress goes to err.
// Returns the number of dossiers; buildSeconds is 0 when reused.
DbResult<qint64> ensureHistory(const ConnectionSettings &admin,
                               const QString &database,
                               qint64 rows,
                               bool reuse,
                               QTextStream &err,
                               double *buildSeconds = nullptr);

// `motcua-bench history --rows N [--db NAME] [--reuse] [--dsn DSN]`: three
// years (ending today) of a city's one-stop work in 50 receiving units and
// 300 procedures, written set-based through the real schema with the
// triggers off, then the bookkeeping recomputed by the product's own
// motcua_scorecard_rebuild(), then VACUUM ANALYZE. Prints
//   rows=N build_s=…
int runHistoryBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Motcua::Bench
