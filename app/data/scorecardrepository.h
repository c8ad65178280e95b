#pragma once

#include "core/scorecard.h"
#include "dberror.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Motcua {

// How far the scorecard is broken down.
enum class ScorecardLevel {
    Branch,  // one entry per receiving unit (center, branches, local teams)
    Counter, // the counters of one unit (counter 0: no counter, e.g. by post)
    Clerk,   // the clerks of one unit, or of one counter of it
};

// A period in Vietnam days (UTC+7), both ends included.
struct ScorecardPeriod
{
    QDate from;
    QDate to;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

struct ScorecardQuery
{
    ScorecardPeriod period;
    ScorecardLevel level = ScorecardLevel::Branch;
    int unitId = 0;     // Counter and Clerk levels: the unit
    int counterId = -1; // Clerk level: only this counter's clerks (-1: all)
};

// One ranked line of the scorecard: a branch, a counter or a clerk.
struct ScorecardEntry
{
    int unitId = 0;
    int counterId = -1; // Counter / Clerk levels
    QString clerk;      // Clerk level: the role name
    QString label;      // unit name, "Quầy 3", or the clerk's full name
    ScorecardFigures figures;
    std::optional<double> score; // compositeScore against the entries compared
    int rank = 0;                // 1 = best score; entries without a score rank last
};

// One day of the period chart.
struct DailyVolume
{
    QDate day;
    qint64 received = 0;
    qint64 resolved = 0;
    qint64 resolvedInTime = 0; // early + on time
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

// A finding of the compliance review; each opens its dossier (dossierId > 0)
// or, for counter outcomes without a dossier, shows the outcome.
struct ComplianceFinding
{
    enum Kind {
        RepeatedSupplement, // more than one supplement request for one dossier
        BlankReason,        // refusal or supplement request with an empty or boilerplate reason
        LateWithoutApology, // finished or overdue after its due date with no apology/extension
        ExtensionAfterDue,  // extension granted after the due date had passed
        HandedWithoutAuthorisation, // result given to someone other than the applicant, no
                                    // authorisation
    };
    Kind kind = RepeatedSupplement;
    qint64 dossierId = 0;
    qint64 outcomeId = 0; // intake_outcomes.id for counter outcomes
    QString code;         // dossier code, empty for counter outcomes
    QString unitName;
    QString applicantName;
    QDateTime at;
    QString detail; // what was found, e.g. "3 supplement requests", the reason as typed
};

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

// Report form II.06a (tình hình giải quyết hồ sơ) for a unit and period: one
// row per sector (lĩnh vực) of the procedures, then the total.
struct ReportII06aRow
{
    QString sector; // empty for the total row
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

// How fresh the data is: on a standby, the age of the last replayed change.
struct DataFreshness
{
    bool standby = false;
    qint64 lagMs = 0; // 0 on the primary
    QDateTime serverNow;
};

// Reads the supervisors' figures. Everything except the report and the
// compliance and bottleneck reviews comes from the bookkeeping of migration
// 0007 (scorecard_days / scorecard_months) and the open-dossier index, so a
// month or a year costs about the same at 10 million dossiers as at 1 million.
// scorecard_months holds the months before a mark (migration 0014); the
// months from the mark on are added up from scorecard_days. Before its first
// read in a calendar month, an instance rolls the ended months up once
// (rollMonths()).
class ScorecardRepository
{
public:
    explicit ScorecardRepository(QSqlDatabase db);

    // Ranked entries (best score first), scores computed against each other.
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

    DbResult<QList<ComplianceFinding>> compliance(const ScorecardPeriod &period,
                                                  int unitId = 0) const;
    DbResult<QList<BottleneckRow>> bottlenecksByProcedure(const ScorecardPeriod &period) const;
    DbResult<QList<BottleneckRow>> bottlenecksByDepartment(const ScorecardPeriod &period) const;
    // unitId 0 = all receiving units together.
    DbResult<QList<ReportII06aRow>> reportII06a(int unitId, const ScorecardPeriod &period) const;

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
    DbResult<QDate> rollMonths() const;

private:
    // rollMonths() once per calendar month of this instance, skipped on a
    // standby. A roll that could not run now (the intake held the lock it
    // waits for) is no error: the figures are the same at any mark, and the
    // next read tries again.
    DbStatus rollMonthsOncePerMonth() const;

    QSqlDatabase m_db;
    // The last scorecard() read, which total() of the same query reuses.
    mutable ScorecardQuery m_lastQuery;
    mutable ScorecardFigures m_lastTotal;
    mutable QElapsedTimer m_lastRead;
    // The first of the month the months are rolled up to, as far as this
    // instance knows (invalid: not asked yet).
    mutable QDate m_rolledTo;
};

} // namespace Motcua
