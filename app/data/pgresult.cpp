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

namespace {

DbError noConnection()
{
    return DbError::fromSqlState(QLatin1String(SqlState::ConnectionDoesNotExist),
                                 QStringLiteral("no connection"));
}

} // namespace

DbStatus statusOf(const PGresult *res)
{
    if (!res)
        return DbError::fromSqlState(QLatin1String(SqlState::ConnectionFailure),
                                     QStringLiteral("no result"));
    const ExecStatusType st = libpq()->resultStatus(res);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY)
        return Done{};
    const char *state = libpq()->resultErrorField(res, PG_DIAG_SQLSTATE);
    return DbError::fromSqlState(QString::fromLatin1(state ? state : ""),
                                 QString::fromUtf8(libpq()->resultErrorMessage(res)));
}

DbError connectionError(const PGconn *conn, const char *sqlState)
{
    return DbError::fromSqlState(QLatin1String(sqlState),
                                 QString::fromUtf8(libpq()->errorMessage(conn)));
}

DbStatus execScript(PGconn *conn, const QByteArray &sql)
{
    if (!conn || !libpq())
        return noConnection();
    return statusOf(wrap(libpq()->exec(conn, sql.constData())).get());
}

DbStatus execParams(PGconn *conn, const char *sql, const QList<QByteArray> &params)
{
    if (!conn || !libpq())
        return noConnection();
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const QByteArray &p : params)
        values.push_back(p.constData());
    return statusOf(wrap(libpq()->execParams(conn,
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
        r.error = noConnection();
        return r;
    }
    if (pq->status(conn) != CONNECTION_OK) {
        r.error = connectionError(conn, SqlState::ConnectionFailure);
        return r;
    }
    if (pq->transactionStatus(conn) != PQTRANS_IDLE || pq->isBusy(conn)
        || !pq->enterPipelineMode(conn)) {
        r.idle = false;
        return r;
    }
    const char *values[] = {param.constData()};
    // What each result answers, in the order sent: the preparations of
    // statements this connection does not hold yet, then the first in a
    // transaction of its own, then the second in the implicit transaction
    // that ends at the one sync. A failure skips the rest of the pipeline.
    enum Slot { PrepareFirst, PrepareSecond, Begin, First, Commit, Second };
    std::vector<Slot> expected;
    if (prepareFirst)
        expected.push_back(PrepareFirst);
    if (prepareSecond)
        expected.push_back(PrepareSecond);
    expected.insert(expected.end(), {Begin, First, Commit, Second});
    const bool sent
            = (!prepareFirst || pq->sendPrepare(conn, first.name, first.sql, first.params, nullptr))
              && (!prepareSecond
                  || pq->sendPrepare(conn, second.name, second.sql, second.params, nullptr))
              && pq->sendQueryParams(conn, "BEGIN", 0, nullptr, nullptr, nullptr, nullptr, 0)
              && pq->sendQueryPrepared(conn, first.name, 1, values, nullptr, nullptr, 0)
              && pq->sendQueryParams(conn, "COMMIT", 0, nullptr, nullptr, nullptr, nullptr, 0)
              && pq->sendQueryPrepared(conn, second.name, 0, nullptr, nullptr, nullptr, 0)
              && pq->pipelineSync(conn);
    // Each result is followed by a null; the sync comes last. A connection
    // that breaks returns an error result or nothing.
    int syncs = 0;
    int nulls = 0;
    size_t slot = 0;
    while (sent && syncs < 1 && nulls < 2) {
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
            continue;
        }
        if (slot >= expected.size()) {
            pq->clear(res);
            continue;
        }
        const bool failed = status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK;
        const bool aborted = status == PGRES_PIPELINE_ABORTED;
        const Slot answers = expected[slot++];
        switch (answers) {
        case PrepareFirst:
        case PrepareSecond: {
            const char *state = pq->resultErrorField(res, PG_DIAG_SQLSTATE);
            const bool held
                    = !failed
                      || (state && qstrcmp(state, SqlState::DuplicatePreparedStatement) == 0);
            (answers == PrepareFirst ? r.firstPrepared : r.secondPrepared) = held;
            // A statement that could not be prepared: its error is the first's.
            if (failed && !aborted && !r.first)
                r.first = wrap(res);
            else
                pq->clear(res);
            break;
        }
        case Begin:
        case Commit:
            // A failed BEGIN or COMMIT (the first's work did not commit) is
            // the first's failure, whatever the first answered.
            if (failed && !aborted)
                r.first = wrap(res);
            else
                pq->clear(res);
            break;
        case First:
            if (!r.first)
                r.first = wrap(res);
            else
                pq->clear(res);
            break;
        case Second:
            r.second = wrap(res);
            break;
        }
    }
    if (!sent || syncs < 1 || pq->status(conn) != CONNECTION_OK)
        r.error = connectionError(conn,
                                  pq->status(conn) != CONNECTION_OK ? SqlState::ConnectionFailure
                                                                    : SqlState::ProtocolViolation);
    if (pq->status(conn) == CONNECTION_OK) {
        pq->exitPipelineMode(conn);
        // A failure inside the first's transaction leaves it open, aborted:
        // the sync ends only an implicit transaction.
        if (pq->transactionStatus(conn) != PQTRANS_IDLE)
            pq->clear(pq->exec(conn, "ROLLBACK"));
    }
    return r;
}

} // namespace Motcua::Pg
