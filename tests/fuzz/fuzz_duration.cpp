// Processing times ("3d", "4h", "15 ngày làm việc", …): a parsed value prints
// to text that parses back to the same value.
#include "core/duration.h"
#include "fuzzcommon.h"

using namespace Motcua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString in = Fuzz::text(data, size);
    const Result<ProcessingTime> t = ProcessingTime::parse(in);
    if (t.ok()) {
        const Result<ProcessingTime> again = ProcessingTime::parse(t.value().toString());
        FUZZ_CHECK(again.ok(), in);
        FUZZ_CHECK(again.value() == t.value(), in);
    }
    return 0;
}
