#pragma once

#include "dberror.h"
#include "libpq.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlDriver;

namespace Motcua::Pg {

// Owns a PGresult: Qt Sql cannot run multi-statement scripts or COPY, so the
// few places that need libpq directly use this instead of hand-managed PQclear.
struct ResultDeleter
{
    void operator()(PGresult *r) const { libpq()->clear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

inline Result wrap(PGresult *r)
{
    return Result(r);
}

// The libpq connection behind a QPSQL connection, shared with Qt Sql.
PGconn *connectionOf(const QSqlDatabase &db);

// Runs a script of several statements (simple query protocol); a failure as
// the server reported it (its SQLSTATE and text, mapped by DbError).
DbStatus execScript(PGconn *conn, const QByteArray &sql);

// Runs one statement with its values bound as text parameters.
DbStatus execParams(PGconn *conn, const char *sql, const QList<QByteArray> &params);

// A statement prepared under a name of its own on each connection that runs
// it, so the server parses and plans it once per session, not per call.
struct PreparedStatement
{
    const char *name;
    const char *sql;
    int params;
};

// Whether `statement` is prepared on `conn`, as recorded on the Qt Sql
// driver that shares it (so every repository on one connection knows).
bool isPrepared(const QSqlDriver *driver, const PGconn *conn, const PreparedStatement &statement);
void setPrepared(QSqlDriver *driver,
                 const PGconn *conn,
                 const PreparedStatement &statement,
                 bool prepared);

// Two prepared statements in one round trip (libpq's pipeline mode, one
// sync), each in a transaction of its own: `first`, with one text parameter,
// between BEGIN and COMMIT, then `second`, without any, once the first has
// committed; a failure of the first skips the second and is rolled back.
// Each statement not yet prepared on this connection (`prepareFirst`,
// `prepareSecond`) is prepared in the same round trip; `firstPrepared` and
// `secondPrepared` say whether the server then holds it (42P05, already
// prepared, counts as held). Only on a connection Qt Sql left idle (no
// transaction open, no result pending); otherwise `idle` is false and
// nothing was sent. `error` is set when the round trip broke off (a lost
// connection, a protocol failure); each statement's own failure is in its
// result (a failed COMMIT is the first's).
struct PipelinedPair
{
    bool idle = true;
    bool firstPrepared = false;
    bool secondPrepared = false;
    Result first;
    Result second;
    std::optional<DbError> error;
};
PipelinedPair execPipelinedPair(PGconn *conn,
                                const PreparedStatement &first,
                                const QByteArray &param,
                                const PreparedStatement &second,
                                bool prepareFirst,
                                bool prepareSecond);

// The failure a result reports (its SQLSTATE and the server's text), or Done
// for a successful one. A missing result is a lost connection.
DbStatus statusOf(const PGresult *res);

// A failure of the connection itself (libpq's last message), under `sqlState`
// (a SqlState constant).
DbError connectionError(const PGconn *conn, const char *sqlState);

} // namespace Motcua::Pg
