#include "accesslogrepository.h"

#include "calendarrepository.h"
#include "core/centertime.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Motcua {

namespace {

// The instants that bound the center's days from..to.
QDateTime startOf(const QDate &day)
{
    return CenterTime::startOfDay(day).toUTC();
}

// Each person's busiest hour: for every access of the kind, the distinct
// dossiers (or numbers) the same person reached in the hour from it, read
// through the (actor, at) index; the best hour per person. Only people with
// at least `threshold` such accesses in the period are looked at.
const char kOtherBranchPeaks[] = R"(
    WITH candidates AS (
        SELECT actor FROM access_log
        WHERE at >= ? AND at < ? AND kind = 'open' AND dossier_unit_id <> unit_id
        GROUP BY actor HAVING count(DISTINCT dossier_id) >= ?)
    SELECT DISTINCT ON (o.actor) o.actor, w.n, o.at, w.last
    FROM access_log o JOIN candidates c ON c.actor = o.actor
    CROSS JOIN LATERAL (
        SELECT count(DISTINCT l.dossier_id) AS n, max(l.at) AS last FROM access_log l
        WHERE l.actor = o.actor AND l.at >= o.at AND l.at < o.at + interval '1 hour'
          AND l.kind = 'open' AND l.dossier_unit_id <> l.unit_id) w
    WHERE o.at >= ? AND o.at < ? AND o.kind = 'open' AND o.dossier_unit_id <> o.unit_id
    ORDER BY o.actor, w.n DESC, o.at)";

const char kIdSearchPeaks[] = R"(
    WITH candidates AS (
        SELECT actor FROM access_log
        WHERE at >= ? AND at < ? AND kind = 'id_number'
        GROUP BY actor HAVING count(DISTINCT query) >= ?)
    SELECT DISTINCT ON (o.actor) o.actor, w.n, o.at, w.last
    FROM access_log o JOIN candidates c ON c.actor = o.actor
    CROSS JOIN LATERAL (
        SELECT count(DISTINCT l.query) AS n, max(l.at) AS last FROM access_log l
        WHERE l.actor = o.actor AND l.at >= o.at AND l.at < o.at + interval '1 hour'
          AND l.kind = 'id_number') w
    WHERE o.at >= ? AND o.at < ? AND o.kind = 'id_number'
    ORDER BY o.actor, w.n DESC, o.at)";

} // namespace

AccessLogRepository::AccessLogRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

DbResult<QList<AccessLogEntry>> AccessLogRepository::entries(const QDate &from,
                                                             const QDate &to,
                                                             const QString &actor) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, actor, coalesce(unit_id, 0), coalesce(counter_id, 0), "
                             "kind, query, coalesce(dossier_id, 0), coalesce(dossier_unit_id, 0) "
                             "FROM access_log WHERE at >= ? AND at < ? "
                             "AND (? = '' OR actor = ?) ORDER BY at, id"));
    q.addBindValue(startOf(from));
    q.addBindValue(startOf(to.addDays(1)));
    q.addBindValue(actor.isNull() ? QStringLiteral("") : actor);
    q.addBindValue(actor.isNull() ? QStringLiteral("") : actor);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    QList<AccessLogEntry> out;
    while (q.next())
        out.append({q.value(0).toDateTime(),
                    q.value(1).toString(),
                    q.value(2).toInt(),
                    q.value(3).toInt(),
                    q.value(4).toString(),
                    q.value(5).toString(),
                    q.value(6).toLongLong(),
                    q.value(7).toInt()});
    return out;
}

DbResult<QList<AccessPeak>> AccessLogRepository::peaks(const QString &sql,
                                                       const QDateTime &from,
                                                       const QDateTime &to,
                                                       int threshold) const
{
    QList<AccessPeak> out;
    if (threshold < 1)
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v :
         {QVariant(from), QVariant(to), QVariant(threshold), QVariant(from), QVariant(to)})
        q.addBindValue(v);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    while (q.next())
        out.append({q.value(0).toString(),
                    q.value(1).toInt(),
                    q.value(2).toDateTime(),
                    q.value(3).toDateTime()});
    return out;
}

DbResult<QList<UnusualAccessRow>> AccessLogRepository::unusual(
        const QDate &from, const QDate &to, const AccessThresholds &thresholds) const
{
    const QDateTime start = startOf(from);
    const QDateTime end = startOf(to.addDays(1));
    QList<UnusualAccess> flagged;

    auto other = peaks(
            QString::fromUtf8(kOtherBranchPeaks), start, end, thresholds.otherBranchOpensPerHour);
    if (!other)
        return other.error();
    for (const AccessPeak &p : *other) {
        if (auto f = UnusualAccessRules::fromPeak(
                    p, UnusualAccessRule::OtherBranchOpens, thresholds.otherBranchOpensPerHour))
            flagged.append(*f);
    }
    auto ids = peaks(QString::fromUtf8(kIdSearchPeaks), start, end, thresholds.idSearchesPerHour);
    if (!ids)
        return ids.error();
    for (const AccessPeak &p : *ids) {
        if (auto f = UnusualAccessRules::fromPeak(
                    p, UnusualAccessRule::ManyIdSearches, thresholds.idSearchesPerHour))
            flagged.append(*f);
    }

    // Each person's days (Vietnam dates), judged against their unit's calendar.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
            "SELECT actor, coalesce(max(unit_id), 0), "
            "  ((at AT TIME ZONE 'UTC') + interval '7 hours')::date AS day, "
            "  count(*), min(at), max(at) "
            "FROM access_log WHERE at >= ? AND at < ? GROUP BY actor, day ORDER BY actor, day"));
    q.addBindValue(start);
    q.addBindValue(end);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    QList<AccessDay> days;
    while (q.next())
        days.append({q.value(0).toString(),
                     q.value(1).toInt(),
                     q.value(2).toDate(),
                     q.value(3).toInt(),
                     q.value(4).toDateTime(),
                     q.value(5).toDateTime()});
    QHash<int, WorkingCalendar> calendars;
    const CalendarRepository calendarRepo(m_db);
    for (const AccessDay &d : std::as_const(days)) {
        if (!calendars.contains(d.unitId)) {
            auto c = calendarRepo.effectiveCalendar(d.unitId);
            if (!c)
                return c.error();
            calendars.insert(d.unitId, *c);
        }
        if (auto f = UnusualAccessRules::outsideHours(
                    d, calendars.value(d.unitId), thresholds.toleranceMinutes))
            flagged.append(*f);
    }

    std::stable_sort(flagged.begin(), flagged.end(), [](const auto &a, const auto &b) {
        return a.actor != b.actor ? a.actor < b.actor : int(a.rule) < int(b.rule);
    });

    // The names a supervisor reads.
    QHash<QString, UnusualAccessRow> names;
    QSqlQuery n(m_db);
    n.setForwardOnly(true);
    if (!n.exec(QStringLiteral(
                "SELECT s.role_name, s.full_name, u.name, coalesce(c.number, 0) FROM staff s "
                "JOIN units u ON u.id = s.unit_id LEFT JOIN counters c ON c.id = s.counter_id")))
        return DbError::fromSql(n.lastError());
    while (n.next()) {
        UnusualAccessRow r;
        r.fullName = n.value(1).toString();
        r.unitName = n.value(2).toString();
        r.counterNumber = n.value(3).toInt();
        names.insert(n.value(0).toString(), r);
    }
    QList<UnusualAccessRow> out;
    for (const UnusualAccess &a : std::as_const(flagged)) {
        UnusualAccessRow r = names.value(a.actor);
        if (r.fullName.isEmpty())
            r.fullName = a.actor;
        r.access = a;
        out.append(r);
    }
    return out;
}

} // namespace Motcua
