#include "calendarrepository.h"

#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace Motcua {

namespace {

// The reason is what the audit trail is for: an empty one is refused before
// anything is sent.
DbError missingReason()
{
    return DbError::make(DbError::InvalidData, DbError::tr("Give a reason for the change."));
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant(QMetaType::fromType<QDate>());
}

CalendarDay dayFromRow(const QSqlQuery &q, int first)
{
    CalendarDay d;
    d.date = q.value(first).toDate();
    d.type = dayTypeFromKey(q.value(first + 1).toString()).value_or(DayType::Holiday);
    d.note = q.value(first + 2).toString();
    return d;
}

} // namespace

CalendarRepository::CalendarRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

DbResult<std::optional<WorkingHours>> CalendarRepository::loadHours(int unitId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Minutes rather than QTime: PostgreSQL's time allows 24:00, QTime does not.
    q.prepare(QStringLiteral("SELECT weekday, "
                             "       (extract(epoch FROM starts_at) / 60)::int, "
                             "       (extract(epoch FROM ends_at) / 60)::int "
                             "FROM working_hours WHERE coalesce(unit_id, 0) = ? "
                             "ORDER BY weekday, starts_at"));
    q.addBindValue(unitId);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    std::array<QVector<WorkInterval>, 7> days;
    bool any = false;
    while (q.next()) {
        const int weekday = q.value(0).toInt();
        if (weekday < 1 || weekday > 7)
            continue;
        days[size_t(weekday - 1)].append({q.value(1).toInt(), q.value(2).toInt()});
        any = true;
    }
    if (!any)
        return std::optional<WorkingHours>();
    WorkingHours hours = WorkingHours::none();
    for (int day = 1; day <= 7; ++day) {
        const Status st = hours.setIntervals(day, days[size_t(day - 1)]);
        if (!st.ok())
            return DbError::make(
                    DbError::InvalidData,
                    DbError::tr("The stored working hours overlap: %1").arg(st.error()));
    }
    return std::optional<WorkingHours>(hours);
}

DbResult<std::optional<WorkingHours>> CalendarRepository::ownHours(int unitId) const
{
    return loadHours(unitId);
}

DbResult<WorkingHours> CalendarRepository::effectiveHours(int unitId) const
{
    auto own = loadHours(unitId);
    if (!own)
        return own.error();
    if (own->has_value())
        return **own;
    if (unitId == CityWide)
        return WorkingHours();
    auto city = loadHours(CityWide);
    if (!city)
        return city.error();
    return city->value_or(WorkingHours());
}

DbResult<WorkingCalendar> CalendarRepository::effectiveCalendar(int unitId) const
{
    auto hours = effectiveHours(unitId);
    if (!hours)
        return hours.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One row per date: the unit's own (NULLS LAST puts it first) over the city's.
    q.prepare(QStringLiteral("SELECT DISTINCT ON (day) day, type, note FROM calendar_days "
                             "WHERE unit_id IS NULL OR unit_id = ? "
                             "ORDER BY day, unit_id NULLS LAST"));
    q.addBindValue(unitId);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    QVector<CalendarDay> days;
    while (q.next())
        days.append(dayFromRow(q, 0));
    return WorkingCalendar(*hours, days);
}

DbResult<QList<CalendarEntry>> CalendarRepository::entriesOfYear(int unitId, int year) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, type, note, coalesce(unit_id, 0) FROM calendar_days "
                             "WHERE day BETWEEN ? AND ? AND (unit_id IS NULL OR unit_id = ?) "
                             "ORDER BY day, unit_id NULLS FIRST"));
    q.addBindValue(QDate(year, 1, 1));
    q.addBindValue(QDate(year, 12, 31));
    q.addBindValue(unitId);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    QList<CalendarEntry> out;
    while (q.next())
        out.append({dayFromRow(q, 0), q.value(3).toInt()});
    return out;
}

DbResult<QVector<CalendarDay>> CalendarRepository::scopeDays(int unitId,
                                                             const QDate &from,
                                                             const QDate &to) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, type, note FROM calendar_days "
                             "WHERE coalesce(unit_id, 0) = ? "
                             "  AND (?::date IS NULL OR day >= ?::date) "
                             "  AND (?::date IS NULL OR day <= ?::date) "
                             "ORDER BY day"));
    q.addBindValue(unitId);
    q.addBindValue(dateOrNull(from));
    q.addBindValue(dateOrNull(from));
    q.addBindValue(dateOrNull(to));
    q.addBindValue(dateOrNull(to));
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    QVector<CalendarDay> out;
    while (q.next())
        out.append(dayFromRow(q, 0));
    return out;
}

DbStatus CalendarRepository::setDay(int unitId, const CalendarDay &day, const QString &reason)
{
    auto imported = importDays(unitId, {day}, reason);
    if (!imported)
        return imported.error();
    return Done{};
}

DbStatus CalendarRepository::removeDay(int unitId, const QDate &date, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return missingReason();
    Transaction tx(m_db, reason);
    if (!tx.started())
        return tx.started();
    QSqlQuery q(m_db);
    q.prepare(
            QStringLiteral("DELETE FROM calendar_days WHERE day = ? AND coalesce(unit_id, 0) = ?"));
    q.addBindValue(date);
    q.addBindValue(unitId);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    if (q.numRowsAffected() == 0)
        return DbError::make(DbError::NotFound,
                             DbError::tr("Nothing is announced on %1 for this scope.")
                                     .arg(date.toString(Qt::ISODate)));
    return tx.commit();
}

DbResult<CalendarImportSummary> CalendarRepository::importDays(int unitId,
                                                               const QVector<CalendarDay> &days,
                                                               const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return missingReason();
    Transaction tx(m_db, reason);
    if (!tx.started())
        return tx.started().error();
    // The unique index on (day, coalesce(unit_id, 0)) is the conflict target. A
    // date stored exactly so is left alone (no UPDATE, no audit row); xmax = 0
    // tells a fresh insert from an update.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO calendar_days (day, unit_id, type, note) "
                             "VALUES (?, NULLIF(?, 0), ?, ?) "
                             "ON CONFLICT (day, (coalesce(unit_id, 0))) DO UPDATE "
                             "  SET type = EXCLUDED.type, note = EXCLUDED.note "
                             "  WHERE (calendar_days.type, calendar_days.note) "
                             "        IS DISTINCT FROM (EXCLUDED.type, EXCLUDED.note) "
                             "RETURNING (xmax = 0)"));
    CalendarImportSummary summary;
    for (const CalendarDay &d : days) {
        q.addBindValue(d.date);
        q.addBindValue(unitId);
        q.addBindValue(dayTypeKey(d.type));
        q.addBindValue(d.note);
        if (!q.exec())
            return DbError::fromSql(q.lastError());
        if (!q.next())
            ++summary.unchanged;
        else if (q.value(0).toBool())
            ++summary.inserted;
        else
            ++summary.updated;
    }
    if (DbStatus committed = tx.commit(); !committed)
        return committed.error();
    return summary;
}

DbResult<int> CalendarRepository::addMissingDays(int unitId,
                                                 const QVector<CalendarDay> &days,
                                                 const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return missingReason();
    Transaction tx(m_db, reason);
    if (!tx.started())
        return tx.started().error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO calendar_days (day, unit_id, type, note) "
                             "VALUES (?, NULLIF(?, 0), ?, ?) "
                             "ON CONFLICT (day, (coalesce(unit_id, 0))) DO NOTHING"));
    int added = 0;
    for (const CalendarDay &d : days) {
        q.addBindValue(d.date);
        q.addBindValue(unitId);
        q.addBindValue(dayTypeKey(d.type));
        q.addBindValue(d.note);
        if (!q.exec())
            return DbError::fromSql(q.lastError());
        added += q.numRowsAffected();
    }
    if (DbStatus committed = tx.commit(); !committed)
        return committed.error();
    return added;
}

DbStatus CalendarRepository::replaceHours(int unitId,
                                          const WorkingHours &hours,
                                          const QString &reason)
{
    if (hours.weekMinutes() <= 0)
        return DbError::make(DbError::InvalidData,
                             DbError::tr("The working hours must include some working time."));
    if (reason.trimmed().isEmpty())
        return missingReason();
    Transaction tx(m_db, reason);
    if (!tx.started())
        return tx.started();
    auto fail = [](const QSqlQuery &q) {
        return DbError::fromSql(q.lastError());
    };
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM working_hours WHERE coalesce(unit_id, 0) = ?"));
    del.addBindValue(unitId);
    if (!del.exec())
        return fail(del);
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO working_hours (unit_id, weekday, starts_at, ends_at) "
                               "VALUES (NULLIF(?, 0), ?, ?::time, ?::time)"));
    for (int day = 1; day <= 7; ++day) {
        for (const WorkInterval &i : hours.intervals(day)) {
            ins.addBindValue(unitId);
            ins.addBindValue(day);
            ins.addBindValue(WorkingHours::formatClock(i.start));
            ins.addBindValue(WorkingHours::formatClock(i.end));
            if (!ins.exec())
                return fail(ins);
        }
    }
    return tx.commit();
}

DbStatus CalendarRepository::resetHours(int unitId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return missingReason();
    Transaction tx(m_db, reason);
    if (!tx.started())
        return tx.started();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM working_hours WHERE coalesce(unit_id, 0) = ?"));
    q.addBindValue(unitId);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    return tx.commit();
}

DbResult<QList<UnitRef>> CalendarRepository::units() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, name, kind FROM units "
                               "WHERE kind IN ('center', 'branch', 'local_team') AND active "
                               "ORDER BY code")))
        return DbError::fromSql(q.lastError());
    QList<UnitRef> out;
    while (q.next())
        out.append({q.value(0).toInt(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}

DbResult<int> CalendarRepository::unitIdByCode(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM units WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    if (!q.next())
        return DbError::make(DbError::NotFound, DbError::tr("No unit has the code %1.").arg(code));
    return q.value(0).toInt();
}

} // namespace Motcua
