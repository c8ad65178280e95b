#include "ratingrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Motcua {

namespace {

// The rating functions' documented SQLSTATEs (migration 0021), worded for the
// citizen's screen; anything else as DbError words it.
DbError ratingError(const QSqlError &e)
{
    DbError error = DbError::fromSql(e);
    if (error.is(SqlState::InsufficientPrivilege))
        error.message = DbError::tr("This device may not rate that: it belongs to another "
                                    "counter, or the account is not a rating device.");
    else if (error.is(SqlState::UniqueViolation))
        error.message = DbError::tr("This has already been rated. Thank you.");
    else if (error.is(SqlState::ObjectNotInPrerequisiteState)) {
        error.code = DbError::InvalidData;
        error.message = DbError::tr("The time to rate this has passed.");
    } else if (error.is(SqlState::NoDataFound)) {
        error.code = DbError::NotFound;
        error.message = DbError::tr("There is nothing to rate for this dossier.");
    }
    return error;
}

RatingRequest requestFrom(const QSqlQuery &q, bool withPlace)
{
    RatingRequest r;
    r.dossierId = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.procedureName = q.value(2).toString();
    r.occasion = ratingOccasionFromKey(q.value(3).toString()).value_or(RatingOccasion::Handover);
    r.at = q.value(4).toDateTime();
    r.expiresAt = q.value(5).toDateTime();
    r.clerkName = q.value(6).toString();
    if (withPlace) {
        r.unitName = q.value(7).toString();
        r.counterNumber = q.value(8).toInt();
    }
    return r;
}

} // namespace

RatingRepository::RatingRepository(QSqlDatabase db)
    : m_db(db)
    , m_statements(std::move(db))
{}

DbResult<RatingTerminalInfo> RatingRepository::terminal() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT role_name, kind, label, coalesce(unit_name, ''), "
                               "coalesce(counter_number, 0) FROM motcua_rating_terminal_info()")))
        return ratingError(q.lastError());
    if (!q.next())
        return DbError::make(DbError::NotFound, DbError::tr("Unknown rating device."));
    RatingTerminalInfo t;
    t.roleName = q.value(0).toString();
    t.kiosk = q.value(1).toString() == QLatin1String("kiosk");
    t.label = q.value(2).toString();
    t.unitName = q.value(3).toString();
    t.counterNumber = q.value(4).toInt();
    return t;
}

DbResult<std::optional<RatingRequest>> RatingRepository::pending() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT dossier_id, code, procedure_name, occasion, at, "
                               "expires_at, clerk_name FROM motcua_rating_pending()")))
        return ratingError(q.lastError());
    if (!q.next())
        return std::optional<RatingRequest>();
    return std::optional<RatingRequest>(requestFrom(q, false));
}

DbResult<QList<RatingRequest>> RatingRepository::openFor(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT dossier_id, code, procedure_name, occasion, at, expires_at, "
                             "clerk_name, coalesce(unit_name, ''), coalesce(counter_number, 0) "
                             "FROM motcua_rating_open(?)"));
    q.addBindValue(code.trimmed());
    if (!q.exec())
        return ratingError(q.lastError());
    QList<RatingRequest> out;
    while (q.next())
        out.append(requestFrom(q, true));
    return out;
}

DbStatus RatingRepository::rate(qint64 dossierId, RatingOccasion occasion, RatingLevel level)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT rating_id FROM motcua_rate(?, ?, ?)"));
    q.addBindValue(dossierId);
    q.addBindValue(ratingOccasionKey(occasion));
    q.addBindValue(ratingLevelKey(level));
    if (!q.exec())
        return ratingError(q.lastError());
    return Done{};
}

DbResult<QList<CitizenRating>> RatingRepository::ratingsOf(qint64 dossierId) const
{
    // Every request with its rating, and any rating without a request (typed
    // by a clerk before 0021, at a handover by post). Prepared once: the
    // dossier view asks again after every change.
    auto query = m_statements.exec(
            QStringLiteral("SELECT coalesce(o.occasion, r.occasion), o.at, r.level, r.at, r.via, "
                           "       coalesce(nullif(t.label, ''), r.device::text, ''), "
                           "       o.at + motcua_rating_kiosk_window(), "
                           "       extract(epoch FROM motcua_rating_kiosk_window())::bigint, now() "
                           "FROM motcua_rating_occasions(?) o "
                           "FULL JOIN (SELECT * FROM ratings WHERE dossier_id = ?) r "
                           "ON r.occasion = o.occasion "
                           "LEFT JOIN rating_terminals t ON t.role_name = r.device "
                           "ORDER BY coalesce(o.at, r.at)"),
            {dossierId, dossierId});
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    QList<CitizenRating> out;
    while (q.next()) {
        CitizenRating c;
        c.occasion
                = ratingOccasionFromKey(q.value(0).toString()).value_or(RatingOccasion::Handover);
        c.happenedAt = q.value(1).toDateTime();
        c.level = ratingLevelFromKey(q.value(2).toString());
        c.ratedAt = q.value(3).toDateTime();
        c.source = ratingSourceFromKey(q.value(4).toString()).value_or(RatingSource::Clerk);
        c.deviceLabel = q.value(5).toString();
        c.openUntil = q.value(6).toDateTime();
        c.state = ratingRequestState(c.level.has_value(),
                                     c.happenedAt,
                                     q.value(8).toDateTime(),
                                     q.value(7).toLongLong());
        out.append(c);
    }
    q.finish();
    return out;
}

} // namespace Motcua
