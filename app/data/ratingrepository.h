#pragma once

#include "core/citizenrating.h"
#include "dberror.h"
#include "statementcache.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Motcua {

// A citizen-facing rating device as it logged in (migration 0021).
struct RatingTerminalInfo
{
    QString roleName;
    bool kiosk = false; // a hall kiosk (by code) rather than a counter's terminal
    QString label;
    QString unitName;
    int counterNumber = 0; // 0 for a kiosk
};

// A receipt or handover the citizen may rate now.
struct RatingRequest
{
    qint64 dossierId = 0;
    QString code;
    QString procedureName;
    RatingOccasion occasion = RatingOccasion::Handover;
    QDateTime at;        // when the receipt or handover happened
    QDateTime expiresAt; // the end of this device's window
    QString clerkName;   // who served
    QString unitName;    // kiosk only: where it happened
    int counterNumber = 0;
};

// One rating request of a dossier as the clerk's screen shows it.
struct CitizenRating
{
    RatingOccasion occasion = RatingOccasion::Handover;
    QDateTime happenedAt; // invalid for a rating without a request (typed by a clerk)
    RatingRequestState state = RatingRequestState::Open;
    std::optional<RatingLevel> level;
    QDateTime ratedAt;
    RatingSource source = RatingSource::Terminal;
    QString deviceLabel; // the terminal's or kiosk's label, or its role
    QDateTime openUntil; // the end of the kiosk window
};

// Ratings come from the citizen: the device side (a counter's terminal or a
// hall kiosk, logged in as a motcua_terminal role) reads its requests and
// rates through the server's functions, which check the counter, the window
// and "once"; the staff side reads what was rated. No SQL elsewhere.
class RatingRepository
{
public:
    explicit RatingRepository(QSqlDatabase db);

    // The device this connection belongs to; PermissionDenied for any other role.
    DbResult<RatingTerminalInfo> terminal() const;
    // A counter terminal's open request, if any (the counter's latest receipt
    // or handover within the terminal window, not rated yet).
    DbResult<std::optional<RatingRequest>> pending() const;
    // A hall kiosk's open requests for a dossier code (scanned or typed).
    DbResult<QList<RatingRequest>> openFor(const QString &code) const;
    // Rates one request. The errors say why plainly: not this device's
    // request (PermissionDenied), already rated (Duplicate), the time has
    // passed or there is nothing to rate (InvalidData).
    DbStatus rate(qint64 dossierId, RatingOccasion occasion, RatingLevel level);

    // Staff: each rating request of a dossier, rated or not, oldest first.
    DbResult<QList<CitizenRating>> ratingsOf(qint64 dossierId) const;

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements; // the dossier view's ratings, prepared once
};

} // namespace Motcua
