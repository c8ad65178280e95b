#include "pgresult.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <vector>

namespace Motcua::Pg {

PGconn *connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    // QPSQL names the type after libpq's struct tag.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

namespace {

QString errorOf(const Result &res)
{
    const ExecStatusType st = libpq()->resultStatus(res.get());
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY)
        return {};
    const char *state = libpq()->resultErrorField(res.get(), PG_DIAG_SQLSTATE);
    return QString::fromUtf8(state ? state : "") + QLatin1Char(' ')
           + QString::fromUtf8(libpq()->resultErrorMessage(res.get())).trimmed();
}

} // namespace

QString execScript(PGconn *conn, const QByteArray &sql)
{
    if (!conn || !libpq())
        return QStringLiteral("08003 no connection");
    return errorOf(wrap(libpq()->exec(conn, sql.constData())));
}

QString execParams(PGconn *conn, const char *sql, const QList<QByteArray> &params)
{
    if (!conn || !libpq())
        return QStringLiteral("08003 no connection");
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const QByteArray &p : params)
        values.push_back(p.constData());
    return errorOf(wrap(libpq()->execParams(
            conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0)));
}

} // namespace Motcua::Pg
