#pragma once

#include "core/reportingperiod.h"
#include "core/scorecard.h"
#include "dberror.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Motcua {

struct ScorecardQuery
{
    ScorecardPeriod period;
    ScorecardLevel level = ScorecardLevel::Branch;
    int unitId = 0;     // Counter and Clerk levels: the unit
    int counterId = -1; // Clerk level: only this counter's clerks (-1: all)
};

// An unfinished dossier past its due instant (clock not stopped), for the
// overdue-now list.
struct OverdueDossier
{
    qint64 id = 0;
    QString code;
    QString applicantName;
    QString procedureName;
    QString unitName;       // receiving unit
    QString departmentName; // processing department
    QString state;          // DossierState key
    QDateTime dueAt;
};

// How fresh the data is: on a standby, the age of the last replayed change.
struct DataFreshness
{
    bool standby = false;
    qint64 lagMs = 0; // 0 on the primary
    QDateTime serverNow;
};

// Reads the supervisors' figures. Everything comes from the bookkeeping of
// migration 0007 (scorecard_days / scorecard_months) and the open-dossier
// index, so a month or a year costs about the same at 10 million dossiers as
// at 1 million. scorecard_months holds the months before a mark (migration
// 0014); the months from the mark on are added up from scorecard_days. The
// reads never write: a screen rolls the ended months up itself
// (rollMonthsIfDue()) before it reads. The reviews are ReviewsRepository's,
// the statutory report StatutoryReportRepository's.
class ScorecardRepository
{
public:
    explicit ScorecardRepository(QSqlDatabase db);

    // Entries with their figures, scored and ranked against each other
    // (rankEntries(), best first): every active unit, counter or clerk at
    // the level, plus whoever has figures.
    DbResult<QList<ScorecardEntry>> scorecard(const ScorecardQuery &q) const;
    // The whole of what the query covers, as one line (the "all branches" row).
    DbResult<ScorecardFigures> total(const ScorecardQuery &q) const;
    // Every day of the period, for the chart (days without work as zeros).
    DbResult<QList<DailyVolume>> daily(const ScorecardQuery &q) const;
    // Unfinished dossiers past due now, most late first; unitId 0 = all units.
    DbResult<QList<OverdueDossier>> overdueNow(int unitId = 0, int limit = 200) const;
    // Dossiers received in the period by the query's unit / counter / clerk
    // (drill-down to dossiers): id, code, applicant, state, due.
    DbResult<QList<OverdueDossier>> dossiers(const ScorecardQuery &q,
                                             const QString &clerk = QString(),
                                             int limit = 500) const;

    DbResult<ScoreWeights> weights() const;
    // Administrators only (PostgreSQL refuses others); audited with the reason.
    DbStatus setWeights(const ScoreWeights &w, const QString &reason);

    DbResult<DataFreshness> freshness() const;
    // Recomputes the bookkeeping from the dossiers, events, outcomes and
    // ratings (after a restore or a repair); administrators only.
    DbStatus rebuild();
    // Adds the days of the months ended since the last roll into
    // scorecard_months (motcua_scorecard_roll_months, migration 0014); returns
    // the first month still added up from the days. On a standby nothing is
    // rolled and the primary's mark is returned. Any staff member may roll.
    DbResult<QDate> rollMonths();
    // rollMonths() once per calendar month (of the center) of this instance,
    // for a screen to call before it reads; skipped on a standby. A roll that
    // could not run now (the intake held the lock it waits for) is no error:
    // the figures are the same at any mark, and the next call tries again.
    DbStatus rollMonthsIfDue();

private:
    QSqlDatabase m_db;
    // The last scorecard() read, which total() of the same query reuses.
    mutable ScorecardQuery m_lastQuery;
    mutable ScorecardFigures m_lastTotal;
    mutable QElapsedTimer m_lastRead;
    // The first of the month the months are rolled up to, as far as this
    // instance knows (invalid: not asked yet).
    QDate m_rolledTo;
};

} // namespace Motcua
