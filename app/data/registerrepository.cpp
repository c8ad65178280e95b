#include "registerrepository.h"

#include "core/centertime.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace Motcua {

RegisterRepository::RegisterRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

DbResult<QList<RegisterRow>> RegisterRepository::rows(int unitId,
                                                      const QDate &from,
                                                      const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return DbError::make(DbError::InvalidData,
                             DbError::tr("The period of the register is not valid."));
    // The period in the center's days: [from 00:00, to + 1 day 00:00), which
    // uses dossiers_unit_received_idx.
    const QDateTime start = CenterTime::startOfDay(from).toUTC();
    const QDateTime end = CenterTime::startOfDay(to.addDays(1)).toUTC();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
            "SELECT d.id, d.code, d.applicant_name, p.code, p.name, d.received_at, d.due_at, "
            "       (SELECT min(e.at) FROM dossier_events e "
            "         WHERE e.dossier_id = d.id AND e.kind = 'transferred'), "
            "       (SELECT max(e.at) FROM dossier_events e "
            "         WHERE e.dossier_id = d.id AND e.kind = 'returned'), "
            "       d.state, "
            "       coalesce((SELECT e.note FROM dossier_events e "
            "                  WHERE e.dossier_id = d.id AND e.note <> '' "
            "                  ORDER BY e.at DESC, e.id DESC LIMIT 1), '') "
            "FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
            "WHERE d.receiving_unit_id = ? AND d.received_at >= ? AND d.received_at < ? "
            "ORDER BY d.received_at, d.id"));
    q.addBindValue(unitId);
    q.addBindValue(start);
    q.addBindValue(end);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    QList<RegisterRow> out;
    while (q.next()) {
        RegisterRow r;
        r.id = q.value(0).toLongLong();
        r.code = q.value(1).toString();
        r.applicantName = q.value(2).toString();
        r.procedureCode = q.value(3).toString();
        r.procedureName = q.value(4).toString();
        r.receivedAt = q.value(5).toDateTime();
        r.dueAt = q.value(6).toDateTime();
        r.transferredAt = q.value(7).toDateTime();
        r.returnedAt = q.value(8).toDateTime();
        r.state = q.value(9).toString();
        r.note = q.value(10).toString();
        out.append(r);
    }
    return out;
}

DbResult<QList<UnitRef>> RegisterRepository::receivingUnits() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, name, kind FROM units "
                               "WHERE kind IN ('center', 'branch', 'local_team') AND active "
                               "ORDER BY kind = 'local_team', name")))
        return DbError::fromSql(q.lastError());
    QList<UnitRef> out;
    while (q.next())
        out.append({q.value(0).toInt(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}

namespace {

QString csvField(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

} // namespace

DbStatus writeRegisterCsv(const QList<RegisterRow> &rows,
                          const QStringList &header,
                          const std::function<QString(const QString &)> &stateLabel,
                          QIODevice *out)
{
    auto fail = [] {
        return DbError::make(DbError::Other, DbError::tr("The file could not be written."));
    };
    if (!out || !out->isWritable())
        return fail();
    QStringList lines;
    QStringList head;
    for (const QString &h : header)
        head << csvField(h);
    lines << head.join(QLatin1Char(','));
    int n = 0;
    for (const RegisterRow &r : rows) {
        const QString notes = r.note.isEmpty()
                                      ? stateLabel(r.state)
                                      : stateLabel(r.state) + QStringLiteral(" — ") + r.note;
        lines << QStringList{csvField(QString::number(++n)),
                             csvField(r.code),
                             csvField(r.applicantName),
                             csvField(r.procedureName),
                             csvField(CenterTime::dateTime(r.receivedAt)),
                             csvField(CenterTime::dateTime(r.dueAt)),
                             csvField(CenterTime::dateTime(r.transferredAt)),
                             csvField(CenterTime::dateTime(r.returnedAt)),
                             csvField(notes)}
                         .join(QLatin1Char(','));
    }
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += lines.join(QLatin1String("\r\n")).toUtf8();
    bytes += "\r\n";
    if (out->write(bytes) != bytes.size())
        return fail();
    return Done{};
}

} // namespace Motcua
