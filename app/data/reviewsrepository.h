#pragma once

#include "core/compliance.h"
#include "core/reportingperiod.h"
#include "dberror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Motcua {

// Time dossiers spend in one state, per procedure or per processing department.
struct BottleneckRow
{
    QString group; // procedure "code — name" or department name
    int groupId = 0;
    QString state; // DossierState key
    qint64 dossiers = 0;
    double medianHours = 0;
    double p90Hours = 0;
    double lateShare = 0; // 0..1: share of the group's finished dossiers that were late
};

// The supervisors' reviews of the dossiers themselves (not the scorecard's
// bookkeeping): the compliance findings and the bottlenecks of a period.
// The statements are in resources/sql/queries/compliance_*.sql and
// bottlenecks.sql.
class ReviewsRepository
{
public:
    explicit ReviewsRepository(QSqlDatabase db);

    // The findings of the period, as facts, in the order of the kinds and
    // then of time; unitId 0 = all receiving units.
    DbResult<QList<ComplianceFinding>> compliance(const ScorecardPeriod &period,
                                                  int unitId = 0) const;
    DbResult<QList<BottleneckRow>> bottlenecksByProcedure(const ScorecardPeriod &period) const;
    DbResult<QList<BottleneckRow>> bottlenecksByDepartment(const ScorecardPeriod &period) const;

private:
    DbResult<QList<BottleneckRow>> bottlenecks(const ScorecardPeriod &period,
                                               const QString &groupId,
                                               const QString &groupLabel,
                                               const QString &groupJoin) const;

    QSqlDatabase m_db;
};

} // namespace Motcua
