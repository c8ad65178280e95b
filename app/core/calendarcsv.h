#pragma once

#include "result.h"
#include "workingcalendar.h"

#include <QString>
#include <QVector>

// The working-calendar exchange file: "date,type,note" with a header line, one day per record,
// dates as YYYY-MM-DD, types as dayTypeKey(), notes optionally quoted (RFC 4180 style).
namespace Motcua::CalendarCsv {

// Errors name the line ("Line 4: ..."). Blank lines are skipped; a date listed twice is an error.
Result<QVector<CalendarDay>> parse(const QString &text);
// Sorted by date, "\n" line endings, header included.
QString write(const QVector<CalendarDay> &days);

} // namespace Motcua::CalendarCsv
