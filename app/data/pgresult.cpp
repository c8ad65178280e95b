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

QByteArray preparedProperty(const PreparedStatement &statement)
{
    return QByteArrayLiteral("_motcua_prepared_") + statement.name;
}

} // namespace

bool isPrepared(const QSqlDriver *driver, const PGconn *conn, const PreparedStatement &statement)
{
    return driver && conn
           && driver->property(preparedProperty(statement).constData()).value<quintptr>()
                      == quintptr(conn);
}

void setPrepared(QSqlDriver *driver,
                 const PGconn *conn,
                 const PreparedStatement &statement,
                 bool prepared)
{
    if (driver)
        driver->setProperty(preparedProperty(statement).constData(),
                            QVariant::fromValue(prepared ? quintptr(conn) : quintptr(0)));
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
                                const PreparedStatement &first,
                                const QByteArray &param,
                                const PreparedStatement &second,
                                bool prepareFirst,
                                bool prepareSecond)
{
    PipelinedPair r;
    r.firstPrepared = !prepareFirst;
    r.secondPrepared = !prepareSecond;
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
    // The preparations, in order: their results come first.
    std::vector<bool *> preparations;
    if (prepareFirst)
        preparations.push_back(&r.firstPrepared);
    if (prepareSecond)
        preparations.push_back(&r.secondPrepared);
    const bool sent
            = (!prepareFirst || pq->sendPrepare(conn, first.name, first.sql, first.params, nullptr))
              && (!prepareSecond
                  || pq->sendPrepare(conn, second.name, second.sql, second.params, nullptr))
              && pq->sendQueryPrepared(conn, first.name, 1, values, nullptr, nullptr, 0)
              && pq->pipelineSync(conn)
              && pq->sendQueryPrepared(conn, second.name, 0, nullptr, nullptr, nullptr, 0)
              && pq->pipelineSync(conn);
    // Results arrive as: each preparation's, then the first's, each followed
    // by a null; a sync; the second's, a null, a sync. A connection that
    // breaks returns an error result or nothing.
    int syncs = 0;
    int nulls = 0;
    size_t preparation = 0;
    while (sent && syncs < 2 && nulls < 2) {
        PGresult *res = pq->getResult(conn);
        if (!res) {
            ++nulls;
            continue;
        }
        nulls = 0;
        const ExecStatusType status = pq->resultStatus(res);
        if (status == PGRES_PIPELINE_SYNC) {
            pq->clear(res);
            ++syncs;
        } else if (syncs == 0 && preparation < preparations.size()) {
            const char *state = pq->resultErrorField(res, PG_DIAG_SQLSTATE);
            *preparations[preparation++]
                    = status == PGRES_COMMAND_OK || (state && qstrcmp(state, "42P05") == 0);
            // A statement that could not be prepared: its error is the first's.
            if (status != PGRES_COMMAND_OK && status != PGRES_PIPELINE_ABORTED && !r.first)
                r.first = wrap(res);
            else
                pq->clear(res);
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
