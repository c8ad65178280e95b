#pragma once

#include "centertime.h"
#include "identifiers.h"
#include "result.h"

#include <QDate>
#include <QString>

// The QR code on the chip-based citizen identity card (CCCD gắn chip). A
// counter's 2D scanner types it as one line:
//   <CCCD, 12 digits>|<old CMND, 9 digits, or empty>|<full name>|<born ddMMyyyy>|
//   <Nam | Nữ>|<permanent address>|<issued ddMMyyyy>
// Newer cards append more '|' fields; they are accepted and ignored.
namespace Motcua::CccdQr {

struct Data
{
    QString cccd;     // 12 digits, checked like a typed one
    QString oldId;    // 9-digit CMND (or an older 12-digit number); may be empty
    QString fullName; // NFC
    QDate birthDate;
    Identifiers::Sex sex = Identifiers::Sex::Unknown;
    QString address; // permanent address, NFC, as on the card
    QDate issueDate;
};

// The permanent address split for the form's three fields, by its commas:
// the last part is the province, the one before it the ward (with the district
// before it when the address still has four or more parts), the rest the street.
struct AddressParts
{
    QString street;
    QString ward;
    QString province;
};

// Whether typed text is a scanned QR line rather than a typed ID number.
bool looksLikeQr(const QString &text);

// Parses a scanned line. Surrounding spaces, CR and LF are ignored, NFD text
// (some scanners) is read as NFC. Fails with a translated reason: too few
// fields, a CCCD failing Identifiers::checkCccd (including the birth year its
// digits give against the date of birth), a bad date, an unknown sex, a sex
// that contradicts the CCCD, control characters.
Result<Data> parse(const QString &line, const QDate &today = CenterTime::today());

AddressParts splitAddress(const QString &address);

} // namespace Motcua::CccdQr
