#include "reviewsrepository.h"

#include "sqlqueries.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace Motcua {

using SqlQueries::exec;

ReviewsRepository::ReviewsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

DbResult<QList<ComplianceFinding>> ReviewsRepository::compliance(const ScorecardPeriod &period,
                                                                 int unitId) const
{
    if (!period.isValid())
        return DbError::make(DbError::InvalidData, DbError::tr("The period is not valid."));
    const QVariant start = CenterPeriod::start(period);
    const QVariant end = CenterPeriod::end(period);
    const QString phrases = Compliance::boilerplatePhrases().join(QLatin1Char('|'));
    QVariantList unitValue;
    if (unitId > 0)
        unitValue << unitId;
    // The unit's condition on the dossier (d) or on the counter outcome (o).
    const QHash<QString, QString> ofDossier{
            {QStringLiteral("unit"),
             unitId > 0 ? QStringLiteral("d.receiving_unit_id = ?") : QStringLiteral("true")}};
    const QHash<QString, QString> ofOutcome{
            {QStringLiteral("unit"),
             unitId > 0 ? QStringLiteral("o.unit_id = ?") : QStringLiteral("true")}};

    // Every statement's first six columns: dossier id, outcome id, code,
    // unit, applicant, at; then the facts of its kind, which `facts` reads.
    struct Review
    {
        ComplianceFinding::Kind kind;
        const char *statement;
        const QHash<QString, QString> &fragments;
        QVariantList values;
        std::function<void(const QSqlQuery &, ComplianceFinding &)> facts;
    };
    const Review reviews[] = {
            {ComplianceFinding::RepeatedSupplement,
             "compliance_repeated_supplement_processing",
             ofDossier,
             QVariantList{start, end} + unitValue,
             [](const QSqlQuery &q, ComplianceFinding &f) {
                 f.count = q.value(6).toLongLong();
             }},
            {ComplianceFinding::RepeatedSupplement,
             "compliance_repeated_supplement_counter",
             ofOutcome,
             QVariantList{start, end} + unitValue,
             [](const QSqlQuery &q, ComplianceFinding &f) {
                 f.count = q.value(6).toLongLong();
                 f.procedureName = q.value(7).toString();
             }},
            {ComplianceFinding::BlankReason,
             "compliance_blank_reason_counter",
             ofOutcome,
             QVariantList{start, end} + unitValue + QVariantList{phrases, phrases},
             [](const QSqlQuery &q, ComplianceFinding &f) {
                 f.step = q.value(6).toString() == QLatin1String("refused")
                                  ? ComplianceFinding::CounterRefusal
                                  : ComplianceFinding::CounterSupplement;
                 f.reason = q.value(7).toString().trimmed();
             }},
            {ComplianceFinding::BlankReason,
             "compliance_blank_reason_processing",
             ofDossier,
             QVariantList{start, end} + unitValue + QVariantList{phrases},
             [](const QSqlQuery &q, ComplianceFinding &f) {
                 f.step = q.value(6).toString() == QLatin1String("stopped")
                                  ? ComplianceFinding::ProcessingStop
                                  : ComplianceFinding::ProcessingSupplement;
                 f.reason = q.value(7).toString().trimmed();
             }},
            {ComplianceFinding::LateWithoutApology,
             "compliance_late_without_apology",
             ofDossier,
             unitValue + QVariantList{start, end, end},
             [](const QSqlQuery &q, ComplianceFinding &f) {
                 f.dueAt = q.value(6).toDateTime();
                 f.finishedAt = q.value(7).toDateTime();
             }},
            {ComplianceFinding::ExtensionAfterDue,
             "compliance_extension_after_due",
             ofDossier,
             QVariantList{start, end} + unitValue,
             [](const QSqlQuery &q, ComplianceFinding &f) {
                 f.dueAt = q.value(6).toDateTime();
                 f.newDueAt = q.value(7).toDateTime();
             }},
            {ComplianceFinding::HandedWithoutAuthorisation,
             "compliance_handed_without_authorisation",
             ofDossier,
             QVariantList{start, end} + unitValue,
             [](const QSqlQuery &q, ComplianceFinding &f) {
                 f.collectorName = q.value(7).toString().trimmed();
                 f.collectorIdNumber = q.value(8).toString().trimmed();
             }},
    };

    QList<ComplianceFinding> out;
    for (const Review &r : reviews) {
        QSqlQuery q(m_db);
        if (!exec(q, SqlQueries::text(QLatin1String(r.statement), r.fragments), r.values))
            return DbError::fromSql(q.lastError());
        while (q.next()) {
            ComplianceFinding f;
            f.kind = r.kind;
            f.dossierId = q.value(0).toLongLong();
            f.outcomeId = q.value(1).toLongLong();
            f.code = q.value(2).toString();
            f.unitName = q.value(3).toString();
            f.applicantName = q.value(4).toString();
            f.at = q.value(5).toDateTime();
            r.facts(q, f);
            out.append(f);
        }
    }
    return out;
}

DbResult<QList<BottleneckRow>> ReviewsRepository::bottlenecks(const ScorecardPeriod &period,
                                                              const QString &groupId,
                                                              const QString &groupLabel,
                                                              const QString &groupJoin) const
{
    if (!period.isValid())
        return DbError::make(DbError::InvalidData, DbError::tr("The period is not valid."));
    const QString sql = SqlQueries::text(QStringLiteral("bottlenecks"),
                                         {{QStringLiteral("group_id"), groupId},
                                          {QStringLiteral("group_label"), groupLabel},
                                          {QStringLiteral("group_join"), groupJoin}});
    QSqlQuery q(m_db);
    if (!exec(q, sql, {CenterPeriod::start(period), CenterPeriod::end(period)}))
        return DbError::fromSql(q.lastError());
    QList<BottleneckRow> out;
    while (q.next()) {
        BottleneckRow r;
        r.groupId = q.value(0).toInt();
        r.group = q.value(1).toString();
        r.state = q.value(2).toString();
        r.dossiers = q.value(3).toLongLong();
        r.medianHours = q.value(4).toDouble();
        r.p90Hours = q.value(5).toDouble();
        r.lateShare = q.value(6).toDouble();
        out.append(r);
    }
    return out;
}

DbResult<QList<BottleneckRow>> ReviewsRepository::bottlenecksByProcedure(
        const ScorecardPeriod &period) const
{
    return bottlenecks(period,
                       QStringLiteral("d.procedure_id"),
                       QStringLiteral("g.code || ' — ' || g.name"),
                       QStringLiteral("JOIN procedures g ON g.id = sp.gid"));
}

DbResult<QList<BottleneckRow>> ReviewsRepository::bottlenecksByDepartment(
        const ScorecardPeriod &period) const
{
    return bottlenecks(period,
                       QStringLiteral("d.department_id"),
                       QStringLiteral("g.name"),
                       QStringLiteral("JOIN units g ON g.id = sp.gid"));
}

} // namespace Motcua
