#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Motcua {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_open = m_db.transaction();
    if (!m_open)
        m_started = DbError::fromSql(m_db.lastError());
}

Transaction::Transaction(QSqlDatabase db, const QString &reason)
    : m_db(std::move(db))
{
    m_open = m_db.transaction();
    if (!m_open) {
        m_started = DbError::fromSql(m_db.lastError());
        return;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT set_config('motcua.reason', ?, true)"));
    q.addBindValue(reason.trimmed());
    if (!q.exec()) {
        m_started = DbError::fromSql(q.lastError());
        rollback();
    }
}

Transaction::~Transaction()
{
    rollback();
}

DbStatus Transaction::commit()
{
    if (!m_started)
        return m_started;
    if (!m_open)
        return DbError::make(DbError::Other, DbError::tr("The transaction has already ended."));
    if (!m_db.commit())
        return DbError::fromSql(m_db.lastError());
    m_open = false;
    return Done{};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_db.rollback();
}

} // namespace Motcua
