#include "statementcache.h"

#include <QSqlError>

namespace Motcua {

DbResult<QSqlQuery *> StatementCache::exec(const QString &sql,
                                           const QVariantList &values,
                                           Retry retry)
{
    const int attempts = retry == Retry::Once ? 2 : 1;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            auto q = std::make_unique<QSqlQuery>(m_db);
            // Not forward-only: Qt 6's QPSQL then reads a forward-only
            // result row by row, and the statement (with its implicit
            // transaction: a receive, a confirmation, a logged opening, a
            // notification) would complete only once read to its end. The
            // results kept here are a row or a page of rows.
            q->setForwardOnly(false);
            if (!q->prepare(sql))
                return DbError::fromSql(q->lastError());
            it = m_queries.emplace(sql, std::move(q)).first;
        }
        QSqlQuery &q = *it->second;
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (q.exec())
            return &q;
        const DbError e = DbError::fromSql(q.lastError());
        m_queries.erase(it);
        if (attempt + 1 == attempts || !m_db.isOpen() || e.code == DbError::ConnectionLost)
            return e;
    }
    return DbError::make(DbError::Other, DbError::tr("The statement could not be run."));
}

} // namespace Motcua
