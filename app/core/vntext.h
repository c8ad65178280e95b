#pragma once

#include <QString>

// Vietnamese text helpers: names and addresses are typed with diacritics (in NFC or NFD depending
// on the keyboard), but searching must also match text typed without them.
namespace Motcua::VnText {

// NFC-normalised and trimmed: the form stored in the database and compared for equality.
QString nfc(const QString &text);

// Search key: lowercase, diacritics removed, đ/Đ -> d, whitespace collapsed to single spaces.
// "  Nguyễn  Văn A " -> "nguyen van a". Used by the catalogue and applicant search.
QString fold(const QString &text);

// True if needle occurs in haystack ignoring case, diacritics and extra whitespace.
// An empty (or all-blank) needle matches everything.
bool contains(const QString &haystack, const QString &needle);

} // namespace Motcua::VnText
