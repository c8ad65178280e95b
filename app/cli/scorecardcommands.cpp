#include "scorecardcommands.h"

#include "dbcommands.h"

#include "data/calendarrepository.h"
#include "data/connectionsettings.h"
#include "data/scorecardrepository.h"
#include "data/statutoryreportrepository.h"

#include <QCoreApplication>

namespace Motcua::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::Cli)
};

QString share(std::optional<double> v)
{
    return v ? QString::number(*v * 100.0, 'f', 1) : QStringLiteral("-");
}

QString seconds(std::optional<double> v)
{
    return v ? QString::number(qRound64(*v)) : QStringLiteral("-");
}

// A line's name as the supervisor screen words it: the unit's name, or the
// counter's number with its own name.
QString entryName(const ScorecardEntry &e, ScorecardLevel level)
{
    if (level != ScorecardLevel::Counter)
        return e.name;
    if (e.counterId == 0)
        return Tr::tr("No counter (post, online)");
    const QString number = QString::number(e.counterNumber);
    const bool ownName = !e.name.isEmpty() && !e.name.endsWith(number);
    return e.counterNumber <= 0 ? Tr::tr("Counter #%1").arg(e.counterId)
                                : Tr::tr("Counter %1").arg(number)
                                          + (ownName ? QStringLiteral(" — ") + e.name : QString());
}

// The connection the figures come from: --read-from's server when given (a
// standby spares the primary, as the supervisor screen's "Read from…"
// setting does), else --dsn's.
DbResult<QSqlDatabase> openReadConnection(const QString &readFrom)
{
    if (readFrom.isEmpty())
        return connectFromOptions();
    auto settings = ConnectionSettings::fromDsn(readFrom);
    if (!settings)
        return settings.error();
    settings->applicationName = QStringLiteral("motcua-admin-read");
    return settings->open(QStringLiteral("admin-read"));
}

} // namespace

int scorecardCommand(const QStringList &argsIn, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    if (args.isEmpty()) {
        err << Tr::tr("scorecard: say show, report, rebuild or roll") << '\n';
        return BadArguments;
    }
    const QString what = args.takeFirst();
    ScorecardPeriod period;
    QString unitCode;
    QString readFrom;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--from") && hasValue)
            period.from = QDate::fromString(args.at(++i), Qt::ISODate);
        else if (a == QLatin1String("--to") && hasValue)
            period.to = QDate::fromString(args.at(++i), Qt::ISODate);
        else if (a == QLatin1String("--unit") && hasValue)
            unitCode = args.at(++i);
        else if (a == QLatin1String("--read-from") && hasValue)
            readFrom = args.at(++i);
        else {
            err << Tr::tr("scorecard: unknown argument \"%1\"").arg(shown(a)) << '\n';
            return BadArguments;
        }
    }
    const bool needsPeriod = what == QLatin1String("show") || what == QLatin1String("report");
    if (needsPeriod && !period.isValid()) {
        err << Tr::tr("scorecard: give the period as --from YYYY-MM-DD --to YYYY-MM-DD") << '\n';
        return BadArguments;
    }
    if (!needsPeriod && what != QLatin1String("rebuild") && what != QLatin1String("roll")) {
        err << Tr::tr("scorecard: unknown action \"%1\"").arg(shown(what)) << '\n';
        return BadArguments;
    }
    if (!readFrom.isEmpty() && what != QLatin1String("show")) {
        err << Tr::tr("scorecard: --read-from applies to show only") << '\n';
        return BadArguments;
    }
    if (!readFrom.isEmpty()) {
        if (auto parsed = ConnectionSettings::fromDsn(readFrom); !parsed) {
            err << QStringLiteral("--read-from: ") << parsed.error().describe() << '\n';
            return BadArguments;
        }
    }
    auto db = openReadConnection(readFrom);
    if (!db) {
        err << (readFrom.isEmpty() ? QString() : QStringLiteral("--read-from: "))
            << db.error().describe() << '\n';
        return Failure;
    }
    ScorecardRepository repo(*db);
    int unitId = 0;
    if (!unitCode.isEmpty()) {
        auto id = CalendarRepository(*db).unitIdByCode(unitCode);
        if (!id) {
            err << QStringLiteral("--unit: ") << id.error().describe() << '\n';
            return id.error().code == DbError::NotFound ? Refused : Failure;
        }
        unitId = *id;
    }

    if (what == QLatin1String("rebuild")) {
        if (DbStatus done = repo.rebuild(); !done) {
            err << done.error().describe() << '\n';
            return done.error().code == DbError::PermissionDenied ? Refused : Failure;
        }
        out << Tr::tr("Scorecard bookkeeping rebuilt.") << '\n';
        return Ok;
    }
    if (what == QLatin1String("roll")) {
        // For scripts (an administrator's cron on the 1st): the first month
        // still added up from the days.
        auto mark = repo.rollMonths();
        if (!mark) {
            err << mark.error().describe() << '\n';
            return mark.error().code == DbError::PermissionDenied ? Refused : Failure;
        }
        out << "months_before=" << mark->toString(Qt::ISODate) << '\n';
        return Ok;
    }
    if (what == QLatin1String("report")) {
        auto rows = StatutoryReportRepository(*db).reportII06a(unitId, period);
        if (!rows) {
            err << rows.error().describe() << '\n';
            return Failure;
        }
        out << "sector,received_total,received_online,received_in_person_or_post,carried_over,"
               "resolved_total,resolved_early,resolved_on_time,resolved_late,in_progress_total,"
               "in_progress_in_time,in_progress_overdue\n";
        for (const ReportII06aRow &r : std::as_const(*rows)) {
            QString sector = r.sector.isEmpty() ? Tr::tr("Other") : r.sector;
            sector.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out << '"' << (r.isTotal ? QStringLiteral("TOTAL") : sector) << '"';
            for (qint64 v : r.figures())
                out << ',' << v;
            out << '\n';
        }
        return Ok;
    }

    if (!readFrom.isEmpty()) {
        // How old the figures are: on a standby, the age of the last change
        // it replayed (the supervisor screen shows the same).
        auto fresh = repo.freshness();
        if (!fresh) {
            err << fresh.error().describe() << '\n';
            return Failure;
        }
        out << "freshness\t" << (fresh->standby ? "standby" : "primary")
            << "\tlag_s=" << qRound64(fresh->lagMs / 1000.0) << '\n';
    }
    ScorecardQuery q;
    q.period = period;
    q.level = unitId > 0 ? ScorecardLevel::Counter : ScorecardLevel::Branch;
    q.unitId = unitId;
    // As a screen does: the ended months rolled up first (once a month).
    if (DbStatus rolled = repo.rollMonthsIfDue(); !rolled) {
        err << rolled.error().describe() << '\n';
        return Failure;
    }
    auto entries = repo.scorecard(q);
    if (!entries) {
        err << entries.error().describe() << '\n';
        return Failure;
    }
    if (auto w = repo.weights())
        out << w->formula() << '\n';
    out << "rank\tscore\treceived\tresolved\ton_time_pct\tin_progress\toverdue\tsupplements\t"
           "refusals\tservice_median_s\tservice_p90_s\ttrips_spared_pct\tsatisfaction_pct\tname\n";
    for (const ScorecardEntry &e : std::as_const(*entries)) {
        const ScorecardFigures &f = e.figures;
        out << e.rank << '\t' << (e.score ? QString::number(*e.score, 'f', 1) : QStringLiteral("-"))
            << '\t' << f.received() << '\t' << f.resolved() << '\t' << share(f.onTimeRate()) << '\t'
            << f.inProgress() << '\t' << f.inProgressOverdue << '\t' << f.supplementRequests << '\t'
            << f.refusals << '\t' << seconds(f.serviceMedianSeconds()) << '\t'
            << seconds(f.serviceP90Seconds()) << '\t' << share(f.tripsSpared()) << '\t'
            << share(f.satisfaction()) << '\t' << entryName(e, q.level) << '\n';
    }
    return Ok;
}

} // namespace Motcua::Cli
