#include "statutoryreportrepository.h"

#include "sqlqueries.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Motcua {

StatutoryReportRepository::StatutoryReportRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

DbResult<QList<ReportII06aRow>> StatutoryReportRepository::reportII06a(
        int unitId, const ScorecardPeriod &period) const
{
    if (!period.isValid())
        return DbError::make(DbError::InvalidData, DbError::tr("The period is not valid."));
    const QVariant start = CenterPeriod::start(period);
    const QVariant end = CenterPeriod::end(period);
    const QString units = unitId > 0 ? QStringLiteral("u.id = ?")
                                     : QStringLiteral("u.kind IN ('center', 'branch', "
                                                      "'local_team')");
    QVariantList unitValue;
    if (unitId > 0)
        unitValue << unitId;
    QVariantList values = unitValue + QVariantList{start, end} + unitValue
                          + QVariantList{start, start} + unitValue + QVariantList{start} + unitValue
                          + QVariantList{start};
    values << start << end << end << start << start << start << start << end << end;
    QSqlQuery q(m_db);
    if (!SqlQueries::exec(q,
                          SqlQueries::text(QStringLiteral("report_ii06a"),
                                           {{QStringLiteral("units"), units}}),
                          values))
        return DbError::fromSql(q.lastError());
    QList<ReportII06aRow> out;
    while (q.next()) {
        ReportII06aRow r;
        r.isTotal = q.value(0).toInt() != 0;
        const QString sector = q.value(1).toString();
        r.sector = r.isTotal || sector.trimmed().isEmpty() ? QString() : sector;
        r.receivedTotal = q.value(2).toLongLong();
        r.receivedOnline = q.value(3).toLongLong();
        r.receivedInPersonOrPost = q.value(4).toLongLong();
        r.carriedOver = q.value(5).toLongLong();
        r.resolvedTotal = q.value(6).toLongLong();
        r.resolvedEarly = q.value(7).toLongLong();
        r.resolvedOnTime = q.value(8).toLongLong();
        r.resolvedLate = q.value(9).toLongLong();
        r.inProgressTotal = q.value(10).toLongLong();
        r.inProgressOverdue = q.value(11).toLongLong();
        r.inProgressInTime = r.inProgressTotal - r.inProgressOverdue;
        out.append(r);
    }
    if (out.isEmpty() || !out.last().isTotal) {
        ReportII06aRow total;
        total.isTotal = true;
        out.append(total); // the total row, even for no dossiers
    }
    return out;
}

} // namespace Motcua
