#pragma once

#include "result.h"

#include <QDate>
#include <QString>

namespace Motcua {

// Dossier code <agency code>-<YYMMDD>-<NNNN> (mã hồ sơ), e.g. "000.00.31.H29-260302-0001": the
// receiving unit's QCVN 102:2016 code, the day of receipt and a daily sequence per unit.
struct DossierCode
{
    QString agencyCode; // upper case, dot-separated letters and digits, no '-'
    QDate received;     // 2000-01-01 .. 2099-12-31
    int sequence = 0;   // 1..9999

    // Fails for a malformed agency code, a date outside 2000–2099 or a sequence outside 1..9999.
    static Result<QString> format(const QString &agencyCode, const QDate &received, int sequence);
    // Tolerates surrounding spaces and lower case (scanned or typed codes).
    static Result<DossierCode> parse(const QString &text);
    // Dot-separated groups of letters and digits, e.g. "000.00.31.H29" or "G22".
    static bool isValidAgencyCode(const QString &agencyCode);

    QString toString() const;

    friend bool operator==(const DossierCode &a, const DossierCode &b)
    {
        return a.agencyCode == b.agencyCode && a.received == b.received && a.sequence == b.sequence;
    }
};

} // namespace Motcua
