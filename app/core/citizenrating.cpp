#include "citizenrating.h"

namespace Motcua {

QString ratingLevelKey(RatingLevel level)
{
    switch (level) {
    case RatingLevel::VerySatisfied:
        return QStringLiteral("very_satisfied");
    case RatingLevel::Satisfied:
        return QStringLiteral("satisfied");
    case RatingLevel::Unsatisfied:
        return QStringLiteral("unsatisfied");
    }
    return {};
}

std::optional<RatingLevel> ratingLevelFromKey(const QString &key)
{
    for (RatingLevel l :
         {RatingLevel::VerySatisfied, RatingLevel::Satisfied, RatingLevel::Unsatisfied}) {
        if (ratingLevelKey(l) == key)
            return l;
    }
    return std::nullopt;
}

QString ratingOccasionKey(RatingOccasion occasion)
{
    return occasion == RatingOccasion::Receipt ? QStringLiteral("receipt")
                                               : QStringLiteral("handover");
}

std::optional<RatingOccasion> ratingOccasionFromKey(const QString &key)
{
    if (key == QLatin1String("receipt"))
        return RatingOccasion::Receipt;
    if (key == QLatin1String("handover"))
        return RatingOccasion::Handover;
    return std::nullopt;
}

std::optional<RatingSource> ratingSourceFromKey(const QString &key)
{
    if (key == QLatin1String("clerk"))
        return RatingSource::Clerk;
    if (key == QLatin1String("terminal"))
        return RatingSource::Terminal;
    if (key == QLatin1String("kiosk"))
        return RatingSource::Kiosk;
    return std::nullopt;
}

std::optional<RatingLevel> ratingLevelForDigit(int digit)
{
    switch (digit) {
    case 1:
        return RatingLevel::VerySatisfied;
    case 2:
        return RatingLevel::Satisfied;
    case 3:
        return RatingLevel::Unsatisfied;
    default:
        return std::nullopt;
    }
}

RatingRequestState ratingRequestState(bool rated,
                                      const QDateTime &happenedAt,
                                      const QDateTime &now,
                                      qint64 windowSeconds)
{
    if (rated)
        return RatingRequestState::Rated;
    // Inclusive, as motcua_rate() checks it: now() <= at + window.
    return now <= happenedAt.addSecs(windowSeconds) ? RatingRequestState::Open
                                                    : RatingRequestState::Expired;
}

} // namespace Motcua
