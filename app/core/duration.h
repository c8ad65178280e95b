#pragma once

#include "result.h"

#include <QString>

#include <optional>

namespace Motcua {

enum class DurationUnit {
    WorkingDays,  // key "working_days"
    WorkingHours, // key "working_hours"
};

QString durationUnitKey(DurationUnit unit);
std::optional<DurationUnit> durationUnitFromKey(const QString &key);

// A procedure's statutory processing time ("3 working days", "4 working hours"). Stored as value +
// unit, because a working day's length depends on the center's hours and may change.
struct ProcessingTime
{
    double value = 0;
    DurationUnit unit = DurationUnit::WorkingDays;

    // Accepts "3d", "0.5d", "4h", "90m" (stored as 1.5 h), with optional space, "," as decimal
    // separator and the words day(s)/ngày, hour(s)/giờ, min/phút. Rejects values <= 0, values
    // shorter than a minute, more than 3650 days, and anything else with a message.
    static Result<ProcessingTime> parse(const QString &text);
    // Short form: "3d", "0.5d", "4h", "1.5h".
    QString toString() const;

    // Working minutes, rounded to the minute; standardDayMinutes converts days (8 h = 480).
    qint64 workingMinutes(int standardDayMinutes) const;

    static ProcessingTime days(double n) { return {n, DurationUnit::WorkingDays}; }
    static ProcessingTime hours(double n) { return {n, DurationUnit::WorkingHours}; }

    friend bool operator==(const ProcessingTime &a, const ProcessingTime &b)
    {
        return a.value == b.value && a.unit == b.unit;
    }
};

} // namespace Motcua
