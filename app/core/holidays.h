#pragma once

#include "result.h"
#include "workingcalendar.h"
#include "workinghours.h"

#include <QVector>

namespace Motcua {

struct HolidayOptions
{
    // The day added to National Day (2 Sep) is chosen by the government each year: 1 or 3 Sep.
    int nationalDayExtra = 1;
};

// Suggests a year's public holidays under Labour Code 2019 Art. 112, to pre-fill the working
// calendar. Only a suggestion: the schedule the government announces (with its swaps and
// make-up days) always wins, and the confirmed one is what gets stored.
namespace Holidays {

// 1 Jan; Tết (last day of the lunar year + days 1–4 of the new one); Hùng Kings (10/3 lunar);
// 30 Apr; 1 May; 2 Sep + options.nationalDayExtra. A holiday on a weekly rest day (a day with
// no intervals in `hours`) adds a compensatory_off on the next working day that is not itself
// a holiday. Notes are in Vietnamese. Sorted by date.
Result<QVector<CalendarDay>> suggest(int year,
                                     const WorkingHours &hours = WorkingHours(),
                                     const HolidayOptions &options = HolidayOptions());

} // namespace Holidays
} // namespace Motcua
