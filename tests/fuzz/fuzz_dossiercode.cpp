// Dossier codes as typed or scanned (a scanner may leave stray characters):
// a parsed code prints in the canonical form, which formats and parses back
// to the same code.
#include "core/dossiercode.h"
#include "fuzzcommon.h"

using namespace Motcua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString in = Fuzz::text(data, size);
    const Result<DossierCode> code = DossierCode::parse(in);
    if (code.ok()) {
        const DossierCode &c = code.value();
        FUZZ_CHECK(c.sequence >= 1 && c.sequence <= 9999, in);
        FUZZ_CHECK(DossierCode::isValidAgencyCode(c.agencyCode), in);
        const Result<QString> formatted = DossierCode::format(c.agencyCode, c.received, c.sequence);
        FUZZ_CHECK(formatted.ok() && formatted.value() == c.toString(), in);
        const Result<DossierCode> again = DossierCode::parse(c.toString());
        FUZZ_CHECK(again.ok() && again.value() == c, in);
    }
    return 0;
}
