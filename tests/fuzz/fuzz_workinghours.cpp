// Working-hours specs ("Mon-Fri 07:30-11:30,13:00-17:00; Sat 07:30-11:30"):
// parse(toString()) == the parsed value, as the header promises.
#include "core/workinghours.h"
#include "fuzzcommon.h"

using namespace Motcua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString in = Fuzz::text(data, size);
    const Result<WorkingHours> h = WorkingHours::parse(in);
    if (h.ok()) {
        const Result<WorkingHours> again = WorkingHours::parse(h.value().toString());
        FUZZ_CHECK(again.ok(), in);
        FUZZ_CHECK(again.value() == h.value(), in);
    }
    return 0;
}
