#pragma once

#include "dberror.h"

#include <QSqlDatabase>
#include <QString>

namespace Motcua {

// A transaction on a Qt Sql connection that cannot be left open by mistake:
// it begins on construction and rolls back in the destructor unless
// commit() succeeded, so an early return on any error path undoes the work.
//
//     Transaction tx(m_db, reason);
//     if (!tx.started())
//         return tx.started().error();
//     ... statements; on failure: return DbError::fromSql(q.lastError());
//     return tx.commit();
class Transaction
{
public:
    // Begins a transaction on `db`.
    explicit Transaction(QSqlDatabase db);
    // Begins one and records `reason` as the audit reason of everything it
    // changes (the transaction-local setting motcua.reason, which the audit
    // triggers copy into each audit row), trimmed. Whether a reason is
    // required, and how its absence is worded, is the caller's to decide.
    Transaction(QSqlDatabase db, const QString &reason);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether the transaction began (and the reason was recorded), or why not.
    const DbStatus &started() const { return m_started; }
    // Commits; a failed commit leaves the transaction to roll back.
    DbStatus commit();
    // Rolls back now (also what the destructor does unless committed).
    void rollback();

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    DbStatus m_started = Done{};
    bool m_open = false;
};

} // namespace Motcua
