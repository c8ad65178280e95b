#pragma once

#include "core/reportingperiod.h"
#include "dberror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Motcua {

// Report form II.06a (tình hình giải quyết hồ sơ) for a unit and period: one
// row per sector (lĩnh vực) of the procedures, then the total.
struct ReportII06aRow
{
    bool isTotal = false;
    QString sector; // empty for procedures without a sector (and for the total)
    qint64 receivedTotal = 0;
    qint64 receivedOnline = 0;
    qint64 receivedInPersonOrPost = 0;
    qint64 carriedOver = 0; // unfinished at the start of the period
    qint64 resolvedTotal = 0;
    qint64 resolvedEarly = 0;
    qint64 resolvedOnTime = 0;
    qint64 resolvedLate = 0;
    qint64 inProgressTotal = 0; // unfinished at the end of the period
    qint64 inProgressInTime = 0;
    qint64 inProgressOverdue = 0;

    // The eleven figures in the form's column order, (1) received … (11) overdue.
    QList<qint64> figures() const
    {
        return {receivedTotal,
                receivedOnline,
                receivedInPersonOrPost,
                carriedOver,
                resolvedTotal,
                resolvedEarly,
                resolvedOnTime,
                resolvedLate,
                inProgressTotal,
                inProgressInTime,
                inProgressOverdue};
    }
};

// The statutory report of the one-stop section (form II.06a), counted from
// the dossiers themselves (resources/sql/queries/report_ii06a.sql).
class StatutoryReportRepository
{
public:
    explicit StatutoryReportRepository(QSqlDatabase db);

    // One row per sector, in sector order, then the total row (always, even
    // without dossiers); unitId 0 = all receiving units together.
    DbResult<QList<ReportII06aRow>> reportII06a(int unitId, const ScorecardPeriod &period) const;

private:
    QSqlDatabase m_db;
};

} // namespace Motcua
