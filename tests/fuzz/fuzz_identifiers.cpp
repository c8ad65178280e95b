// CCCD, CMND, tax code and phone checks: never crash, and a valid value's
// normalised form is valid again and normalises to itself.
#include "core/identifiers.h"
#include "fuzzcommon.h"

using namespace Motcua;
using namespace Motcua::Identifiers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString in = Fuzz::text(data, size);
    const QDate today(2026, 11, 27);
    const std::optional<int> year
            = size > 0 ? std::optional<int>(1900 + data[0] % 200) : std::nullopt;
    for (const Check &c : {Check(checkCccd(in, year, today)),
                           checkCmnd(in),
                           checkTaxCode(in, today),
                           Check(checkPhone(in))}) {
        FUZZ_CHECK(c.valid == c.reason.isEmpty(), in);
        FUZZ_CHECK(c.valid || c.normalized.isEmpty(), in);
    }
    if (const CccdCheck c = checkCccd(in, std::nullopt, today); c.valid)
        FUZZ_CHECK(checkCccd(c.normalized, std::nullopt, today).normalized == c.normalized, in);
    if (const Check c = checkTaxCode(in, today); c.valid)
        FUZZ_CHECK(checkTaxCode(c.normalized, today).normalized == c.normalized, in);
    if (const PhoneCheck c = checkPhone(in); c.valid)
        FUZZ_CHECK(checkPhone(c.normalized).normalized == c.normalized, in);
    return 0;
}
