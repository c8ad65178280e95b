#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Motcua {

// The three levels a citizen chooses from (Rất hài lòng, Hài lòng, Không hài
// lòng), as Decision 766/QĐ-TTg counts them.
enum class RatingLevel { VerySatisfied, Satisfied, Unsatisfied };

// What is rated: the receipt at the counter (tiếp nhận) or the handover of the
// result (trả kết quả). Each may be rated once.
enum class RatingOccasion { Receipt, Handover };

// Where a rating was given: typed by the clerk (before migration 0021), at the
// counter's terminal facing the citizen, or at a hall kiosk.
enum class RatingSource { Clerk, Terminal, Kiosk };

// The database keys (ratings.level, ratings.occasion, ratings.via).
QString ratingLevelKey(RatingLevel level);
std::optional<RatingLevel> ratingLevelFromKey(const QString &key);
QString ratingOccasionKey(RatingOccasion occasion);
std::optional<RatingOccasion> ratingOccasionFromKey(const QString &key);
std::optional<RatingSource> ratingSourceFromKey(const QString &key);

// The key a citizen presses on a terminal or kiosk: 1 very satisfied,
// 2 satisfied, 3 not satisfied (the order of the buttons, best first).
std::optional<RatingLevel> ratingLevelForDigit(int digit);

// A rating request as the clerk's screen tells it: rated, still open (the
// citizen may still rate it at a hall kiosk) or expired.
enum class RatingRequestState { Rated, Open, Expired };

// Open while now is within `window` after the receipt or handover, unless it
// is rated already.
RatingRequestState ratingRequestState(bool rated,
                                      const QDateTime &happenedAt,
                                      const QDateTime &now,
                                      qint64 windowSeconds);

} // namespace Motcua
