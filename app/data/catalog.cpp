#include "catalog.h"

#include "transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Motcua {

CatalogRepository::CatalogRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

DbResult<QList<Procedure>> CatalogRepository::load(const QString &where,
                                                   const QVariantList &values) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
            QStringLiteral("SELECT p.id, p.code, p.version, p.name, p.sector, p.processing_value, "
                           "       p.processing_unit, p.cutoff_time, p.fee, p.fee_note, "
                           "       p.department_id, d.name, p.legal_basis, p.effective_from, "
                           "       p.effective_to "
                           "FROM procedures p JOIN units d ON d.id = p.department_id WHERE ")
            + where + QStringLiteral(" ORDER BY p.code, p.version DESC"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    QList<Procedure> out;
    QHash<int, qsizetype> index;
    while (q.next()) {
        Procedure p;
        p.id = q.value(0).toInt();
        p.code = q.value(1).toString();
        p.version = q.value(2).toInt();
        p.name = q.value(3).toString();
        p.sector = q.value(4).toString();
        p.processingValue = q.value(5).toDouble();
        p.processingUnit = q.value(6).toString();
        p.cutoff = q.value(7).isNull() ? QTime() : q.value(7).toTime();
        p.fee = q.value(8).toLongLong();
        p.feeNote = q.value(9).toString();
        p.departmentId = q.value(10).toInt();
        p.departmentName = q.value(11).toString();
        p.legalBasis = q.value(12).toString();
        p.effectiveFrom = q.value(13).toDate();
        p.effectiveTo = q.value(14).isNull() ? QDate() : q.value(14).toDate();
        index.insert(p.id, out.size());
        out.append(p);
    }
    if (out.isEmpty())
        return out;
    // All checklists in one round trip.
    QStringList ids;
    for (const Procedure &p : out)
        ids << QString::number(p.id);
    QSqlQuery c(m_db);
    c.setForwardOnly(true);
    c.prepare(QStringLiteral(
            "SELECT procedure_id, id, position, name, required, coalesce(alt_group, ''), "
            "       originals, certified_copies, photocopies, note "
            "FROM checklist_items WHERE procedure_id = ANY (?::int[]) "
            "ORDER BY procedure_id, position"));
    c.addBindValue(QStringLiteral("{%1}").arg(ids.join(QLatin1Char(','))));
    if (!c.exec())
        return DbError::fromSql(c.lastError());
    while (c.next()) {
        ChecklistItem item;
        item.id = c.value(1).toInt();
        item.position = c.value(2).toInt();
        item.name = c.value(3).toString();
        item.required = c.value(4).toBool();
        item.altGroup = c.value(5).toString();
        item.originals = c.value(6).toInt();
        item.certifiedCopies = c.value(7).toInt();
        item.photocopies = c.value(8).toInt();
        item.note = c.value(9).toString();
        out[index.value(c.value(0).toInt())].checklist.append(item);
    }
    return out;
}

DbResult<QList<Procedure>> CatalogRepository::proceduresInForce(const QDate &on) const
{
    return load(QStringLiteral(
                        "p.effective_from <= ? AND (p.effective_to IS NULL OR p.effective_to > ?)"),
                {on, on});
}

DbResult<QList<Procedure>> CatalogRepository::versions(const QString &code) const
{
    return load(QStringLiteral("p.code = ?"), {code});
}

DbResult<QList<UnitRef>> CatalogRepository::departments() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, code, name, kind FROM units "
                               "WHERE kind = 'department' AND active ORDER BY name")))
        return DbError::fromSql(q.lastError());
    QList<UnitRef> out;
    while (q.next())
        out.append({q.value(0).toInt(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}

DbResult<int> CatalogRepository::saveNewVersion(const Procedure &p, const QString &reason)
{
    Transaction tx(m_db, reason);
    if (!tx.started())
        return tx.started().error();
    auto fail = [](const QSqlQuery &q) {
        return DbError::fromSql(q.lastError());
    };
    QSqlQuery q(m_db);

    // The versions of this code, locked so two administrators cannot both add
    // version n+1.
    q.prepare(QStringLiteral("SELECT id, version, effective_from FROM procedures "
                             "WHERE code = ? ORDER BY version DESC FOR UPDATE"));
    q.addBindValue(p.code);
    if (!q.exec())
        return fail(q);
    int version = 1;
    if (q.next()) {
        version = q.value(1).toInt() + 1;
        if (q.value(2).toDate() >= p.effectiveFrom)
            return DbError::make(DbError::InvalidData,
                                 DbError::tr("A new version must take effect after %1, when the "
                                             "current version took effect.")
                                         .arg(q.value(2).toDate().toString(Qt::ISODate)));
        QSqlQuery close(m_db);
        close.prepare(QStringLiteral("UPDATE procedures SET effective_to = ? WHERE code = ? "
                                     "AND (effective_to IS NULL OR effective_to > ?)"));
        close.addBindValue(p.effectiveFrom);
        close.addBindValue(p.code);
        close.addBindValue(p.effectiveFrom);
        if (!close.exec())
            return fail(close);
    }

    q.prepare(QStringLiteral(
            "INSERT INTO procedures (code, version, name, sector, processing_value, "
            "  processing_unit, cutoff_time, fee, fee_note, department_id, legal_basis, "
            "  effective_from, effective_to) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(p.code);
    q.addBindValue(version);
    q.addBindValue(p.name);
    q.addBindValue(p.sector);
    q.addBindValue(p.processingValue);
    q.addBindValue(p.processingUnit);
    q.addBindValue(p.cutoff.isValid() ? QVariant(p.cutoff)
                                      : QVariant(QMetaType::fromType<QTime>()));
    q.addBindValue(p.fee);
    q.addBindValue(p.feeNote);
    q.addBindValue(p.departmentId);
    q.addBindValue(p.legalBasis);
    q.addBindValue(p.effectiveFrom);
    q.addBindValue(p.effectiveTo.isValid() ? QVariant(p.effectiveTo)
                                           : QVariant(QMetaType::fromType<QDate>()));
    if (!q.exec() || !q.next())
        return fail(q);
    const int id = q.value(0).toInt();

    QSqlQuery item(m_db);
    item.prepare(QStringLiteral(
            "INSERT INTO checklist_items (procedure_id, position, name, required, alt_group, "
            "  originals, certified_copies, photocopies, note) "
            "VALUES (?, ?, ?, ?, NULLIF(?, ''), ?, ?, ?, ?)"));
    int position = 0;
    for (const ChecklistItem &c : p.checklist) {
        item.addBindValue(id);
        item.addBindValue(++position);
        item.addBindValue(c.name);
        item.addBindValue(c.required);
        item.addBindValue(c.altGroup);
        item.addBindValue(c.originals);
        item.addBindValue(c.certifiedCopies);
        item.addBindValue(c.photocopies);
        item.addBindValue(c.note);
        if (!item.exec())
            return fail(item);
    }
    if (DbStatus committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

} // namespace Motcua
