#pragma once

#include "dberror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <map>
#include <memory>

namespace Motcua {

// Statements prepared once per connection and reused: the one "prepare
// once" mechanism for Qt Sql statements (libpq's pipeline, which Qt Sql
// cannot drive, records its named statements with Pg::setPrepared). A
// QSqlQuery prepared for each call costs QPSQL two extra round trips
// (PREPARE, DEALLOCATE), more than the lookup itself. A statement that fails
// is forgotten, and by default prepared afresh and run once more, since
// after a reconnect the server has forgotten it.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    enum class Retry { Once, Never };

    // Executes `sql` with the values bound in order; the query is returned
    // positioned before the first row. Retry::Never for statements the
    // caller retries itself (or that must not run twice).
    DbResult<QSqlQuery *> exec(const QString &sql,
                               const QVariantList &values,
                               Retry retry = Retry::Once);

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace Motcua
