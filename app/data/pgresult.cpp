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

QString errorOf(const PGresult *res)
{
    const ExecStatusType st = libpq()->resultStatus(res);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY)
        return {};
    const char *state = libpq()->resultErrorField(res, PG_DIAG_SQLSTATE);
    return QString::fromUtf8(state ? state : "") + QLatin1Char(' ')
           + QString::fromUtf8(libpq()->resultErrorMessage(res)).trimmed();
}

QString execScript(PGconn *conn, const QByteArray &sql)
{
    if (!conn || !libpq())
        return QStringLiteral("08003 no connection");
    return errorOf(wrap(libpq()->exec(conn, sql.constData())).get());
}

QString execParams(PGconn *conn, const char *sql, const QList<QByteArray> &params)
{
    if (!conn || !libpq())
        return QStringLiteral("08003 no connection");
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const QByteArray &p : params)
        values.push_back(p.constData());
    return errorOf(wrap(libpq()->execParams(conn,
                                            sql,
                                            int(values.size()),
                                            nullptr,
                                            values.data(),
                                            nullptr,
                                            nullptr,
                                            0))
                           .get());
}

PipelinedPair execPipelinedPair(PGconn *conn,
                                const char *first,
                                const QByteArray &param,
                                const char *second)
{
    PipelinedPair r;
    const LibPq *pq = libpq();
    if (!conn || !pq) {
        r.error = QStringLiteral("08003 no connection");
        return r;
    }
    if (pq->status(conn) != CONNECTION_OK) {
        r.error = QStringLiteral("08006 ") + QString::fromUtf8(pq->errorMessage(conn)).trimmed();
        return r;
    }
    if (pq->transactionStatus(conn) != PQTRANS_IDLE || pq->isBusy(conn)
        || !pq->enterPipelineMode(conn)) {
        r.idle = false;
        return r;
    }
    const char *values[] = {param.constData()};
    const bool sent = pq->sendQueryParams(conn, first, 1, nullptr, values, nullptr, nullptr, 0)
                      && pq->pipelineSync(conn)
                      && pq->sendQueryParams(conn, second, 0, nullptr, nullptr, nullptr, nullptr, 0)
                      && pq->pipelineSync(conn);
    // Results arrive as: the first's, null, a sync, the second's, null, a
    // sync. A connection that breaks returns an error result or nothing.
    int syncs = 0;
    int nulls = 0;
    while (sent && syncs < 2 && nulls < 2) {
        PGresult *res = pq->getResult(conn);
        if (!res) {
            ++nulls;
            continue;
        }
        nulls = 0;
        if (pq->resultStatus(res) == PGRES_PIPELINE_SYNC) {
            pq->clear(res);
            ++syncs;
        } else if (syncs == 0 && !r.first) {
            r.first = wrap(res);
        } else if (syncs == 1 && !r.second) {
            r.second = wrap(res);
        } else {
            pq->clear(res);
        }
    }
    if (!sent || syncs < 2 || pq->status(conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(pq->errorMessage(conn)).trimmed();
        r.error = (pq->status(conn) != CONNECTION_OK ? QStringLiteral("08006 ")
                                                     : QStringLiteral("08P01 "))
                  + message;
    }
    if (pq->status(conn) == CONNECTION_OK)
        pq->exitPipelineMode(conn);
    return r;
}

} // namespace Motcua::Pg
