#pragma once

#include "dberror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <map>
#include <memory>

namespace Motcua {

// Statements prepared once per connection and reused. A QSqlQuery prepared
// for each call costs QPSQL two extra round trips (PREPARE, DEALLOCATE), more
// than the lookup itself. A statement that fails is prepared afresh once,
// since after a reconnect the server has forgotten it.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Executes `sql` with the values bound in order; the query is returned
    // positioned before the first row.
    DbResult<QSqlQuery *> exec(const QString &sql, const QVariantList &values);

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace Motcua
