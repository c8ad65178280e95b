#pragma once

#include "centertime.h"

#include <QDate>
#include <QString>

#include <optional>

// Checks for the identifiers a clerk types. They explain what is wrong (reason, translated) so
// the form can say it next to the field; surrounding spaces are always ignored.
namespace Motcua::Identifiers {

struct Check
{
    bool valid = false;
    QString normalized; // the value to store; empty when invalid
    QString reason;     // why it is invalid; empty when valid
};

enum class Sex { Unknown, Male, Female };

struct CccdCheck : Check
{
    QString provinceCode; // "079"
    QString provinceName; // "TP Hồ Chí Minh"
    int birthYear = 0;
    Sex sex = Sex::Unknown;
};

enum class PhoneKind { Unknown, Mobile, Landline };

struct PhoneCheck : Check
{
    PhoneKind kind = PhoneKind::Unknown;
};

// Citizen identity card / personal ID: 12 digits PPP G YY SSSSSS. PPP must be one of the 63
// (pre-2025) province birth-registration codes; G gives century and sex; the birth year must
// not be after `today` and must equal typedBirthYear when one is given.
CccdCheck checkCccd(const QString &input,
                    std::optional<int> typedBirthYear = std::nullopt,
                    const QDate &today = CenterTime::today());
// Old identity card: exactly 9 digits.
Check checkCmnd(const QString &input);
// Tax code: 10 digits with check digit, 13 as NNNNNNNNNN-BBB (dash optional on input, always in
// `normalized`), or a 12-digit personal ID (individuals since 2025-07-01).
Check checkTaxCode(const QString &input, const QDate &today = CenterTime::today());
// Mobile 0 + 9 digits (03x/05x/07x/08x/09x) or landline 02xx + 8 digits (11 in all).
// Spaces, dots, dashes and parentheses inside are tolerated; +84 / 84 become 0.
PhoneCheck checkPhone(const QString &input);

// Name of a CCCD province code ("001" -> "Hà Nội"), empty if unknown.
QString provinceName(const QString &code);
// Whether the 10th digit of a 10-digit tax code matches the first nine.
bool taxCodeChecksumValid(const QString &tenDigits);

} // namespace Motcua::Identifiers
