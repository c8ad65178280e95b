#include "auditrepository.h"

#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Motcua {

namespace {

constexpr int kBatch = 5000;

std::optional<qint64> optionalNumber(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

std::optional<QString> optionalText(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<QString>(v.toString());
}

} // namespace

AuditRepository::AuditRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

DbStatus AuditRepository::forEachEvent(int unitId,
                                       const std::function<void(const ChainedEvent &)> &visit) const
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto fail = [](const QSqlQuery &q) {
        return DbError::fromSql(q.lastError());
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return fail(q);
    // The instant as UTC epoch microseconds: Qt's QDateTime keeps milliseconds
    // only. A cursor cannot be a prepared statement: the unit's id, an integer,
    // is written into the text.
    QString sql = QStringLiteral(
            "DECLARE motcua_audit_events NO SCROLL CURSOR FOR "
            "SELECT e.id, e.dossier_id, (extract(epoch FROM e.at) * 1000000)::bigint, "
            "       e.actor::text, e.unit_id, e.counter_id, e.kind, e.from_state, e.to_state, "
            "       e.note, e.data::text, e.prev_hash, e.hash, d.code "
            "FROM dossier_events e LEFT JOIN dossiers d ON d.id = e.dossier_id ");
    if (unitId > 0)
        sql += QStringLiteral("WHERE d.receiving_unit_id = %1 ").arg(unitId);
    sql += QStringLiteral("ORDER BY e.dossier_id, e.id");
    if (!q.exec(sql))
        return fail(q);
    const QString fetch = QStringLiteral("FETCH %1 FROM motcua_audit_events").arg(kBatch);
    ChainedEvent c;
    for (;;) {
        if (!q.exec(fetch))
            return fail(q);
        int rows = 0;
        while (q.next()) {
            ++rows;
            EventChain::Event &e = c.event;
            e.id = q.value(0).toLongLong();
            e.dossierId = q.value(1).toLongLong();
            e.atMicros = q.value(2).toLongLong();
            e.actor = q.value(3).toString();
            e.unitId = optionalNumber(q.value(4));
            e.counterId = optionalNumber(q.value(5));
            e.kind = q.value(6).toString();
            e.fromState = optionalText(q.value(7));
            e.toState = optionalText(q.value(8));
            e.note = q.value(9).toString();
            e.data = q.value(10).toString();
            c.prevHash = q.value(11).toByteArray();
            c.hash = q.value(12).toByteArray();
            c.dossierCode = q.value(13).toString();
            visit(c);
        }
        if (rows < kBatch)
            break;
    }
    q.finish();
    return tx.commit();
}

} // namespace Motcua
