// The working-calendar CSV an administrator imports: what parses writes out
// and parses back to the same days.
#include "core/calendarcsv.h"
#include "fuzzcommon.h"

using namespace Motcua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString in = Fuzz::text(data, size);
    const Result<QVector<CalendarDay>> days = CalendarCsv::parse(in);
    if (days.ok()) {
        const Result<QVector<CalendarDay>> again
                = CalendarCsv::parse(CalendarCsv::write(days.value()));
        FUZZ_CHECK(again.ok(), in);
        QVector<CalendarDay> sorted = days.value();
        std::sort(sorted.begin(), sorted.end(), [](const CalendarDay &a, const CalendarDay &b) {
            return a.date < b.date;
        });
        FUZZ_CHECK(again.value() == sorted, in);
    }
    return 0;
}
