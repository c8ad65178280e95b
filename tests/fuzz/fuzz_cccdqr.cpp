// Scanned CCCD QR lines: never crash; an accepted line holds a CCCD that the
// typed-ID check accepts with the card's birth year, and the card's fields
// written back as a line parse to the same card.
#include "core/cccdqr.h"
#include "fuzzcommon.h"

#include <QStringList>

using namespace Motcua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString in = Fuzz::text(data, size);
    const QDate today(2026, 11, 27);
    const auto r = CccdQr::parse(in, today);
    FUZZ_CHECK(r.ok() || !r.error().isEmpty(), in);
    if (!r.ok())
        return 0;
    const CccdQr::Data &d = r.value();
    FUZZ_CHECK(Identifiers::checkCccd(d.cccd, d.birthDate.year(), today).valid, in);
    FUZZ_CHECK(d.birthDate.isValid() && d.birthDate <= today, in);
    FUZZ_CHECK(d.issueDate >= d.birthDate && d.issueDate <= today, in);
    FUZZ_CHECK(!d.fullName.isEmpty() && !d.address.isEmpty(), in);
    FUZZ_CHECK(d.sex != Identifiers::Sex::Unknown, in);
    const QString again = QStringList{d.cccd,
                                      d.oldId,
                                      d.fullName,
                                      d.birthDate.toString(QStringLiteral("ddMMyyyy")),
                                      d.sex == Identifiers::Sex::Male ? QStringLiteral("Nam")
                                                                      : QStringLiteral("Nữ"),
                                      d.address,
                                      d.issueDate.toString(QStringLiteral("ddMMyyyy"))}
                                  .join(QLatin1Char('|'));
    const auto r2 = CccdQr::parse(again, today);
    FUZZ_CHECK(r2.ok(), again);
    FUZZ_CHECK(r2.value().cccd == d.cccd && r2.value().fullName == d.fullName
                       && r2.value().address == d.address && r2.value().birthDate == d.birthDate,
               again);
    const CccdQr::AddressParts parts = CccdQr::splitAddress(d.address);
    FUZZ_CHECK(parts.street.size() + parts.ward.size() + parts.province.size() <= d.address.size(),
               in);
    return 0;
}
