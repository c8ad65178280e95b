#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// What the free-text fields of the counter accept. A clerk's text is stored as
// typed (names and addresses in NFC, surrounding spaces dropped); what cannot
// be is refused with a reason for the field instead of being silently changed:
//  - more characters than the field's limit (a name over 200, a note over 2,000),
//  - control characters (U+0000..U+001F, U+007F..U+009F; a multi-line field
//    also takes line breaks and tabs): invisible, and NUL cannot reach
//    PostgreSQL at all,
//  - direction overrides and isolates (U+202A..U+202E, U+2066..U+2069), which
//    make a printed name or code read differently from what is stored,
//  - broken UTF-16 (a lone surrogate, e.g. from invalid UTF-8 bytes).
// Right-to-left marks, zero-width joiners, combining marks and U+FFFD are
// ordinary text and are kept.
namespace Motcua::FreeText {

enum class Field {
    PersonName,  // applicant, business, representative, recipient
    AddressPart, // province, ward
    Street,      // house number and street, a full address from a QR code
    Email,
    Phone,
    IdNumber,  // CCCD, CMND, tax code, authorisation paper number as typed
    Note,      // intake note, supplement note, handover note
    Reason,    // refusal, extension, stop, return reasons
    Search,    // a search box
    ShortText, // one line: an authorisation paper, a postal tracking number
};

// The most characters (Unicode code points) the field takes.
int maxLength(Field field);
bool isMultiLine(Field field);

// Why `text` cannot be stored in a field of this kind, translated; empty when
// it can.
QString problem(const QString &text, Field field);
// The same check with an explicit limit.
QString problem(const QString &text, int maxLength, bool multiLine);

// Bytes from a file or the command line as text, or nothing when they are not
// valid UTF-8 (instead of replacing the bad bytes with U+FFFD unseen).
std::optional<QString> strictUtf8(QByteArrayView bytes);

// Number of code points (a surrogate pair counts once).
qsizetype codePoints(const QString &text);

} // namespace Motcua::FreeText
