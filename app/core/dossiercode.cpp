#include "dossiercode.h"

#include <QCoreApplication>
#include <QStringList>

namespace Motcua {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::DossierCode)
};

constexpr int maxAgencyLength = 40;

bool isDigits(const QString &s)
{
    for (const QChar ch : s) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

bool DossierCode::isValidAgencyCode(const QString &agencyCode)
{
    if (agencyCode.isEmpty() || agencyCode.size() > maxAgencyLength)
        return false;
    for (const QString &group : agencyCode.split(QLatin1Char('.'))) {
        if (group.isEmpty())
            return false;
        for (const QChar ch : group) {
            const bool ok = (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))
                            || (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z'));
            if (!ok)
                return false;
        }
    }
    return true;
}

QString DossierCode::toString() const
{
    return agencyCode + QLatin1Char('-') + received.toString(QStringLiteral("yyMMdd"))
           + QLatin1Char('-') + QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'));
}

Result<QString> DossierCode::format(const QString &agencyCode, const QDate &received, int sequence)
{
    using R = Result<QString>;
    if (!isValidAgencyCode(agencyCode))
        return R::failure(Tr::tr("\"%1\" is not an agency code: use upper-case letters and digits "
                                 "in dot-separated groups, like 000.00.31.H29.")
                                  .arg(agencyCode));
    if (!received.isValid() || received.year() < 2000 || received.year() > 2099)
        return R::failure(Tr::tr("A dossier code can only carry a date in 2000–2099."));
    if (sequence < 1 || sequence > 9999)
        return R::failure(
                Tr::tr("The daily sequence %1 is outside 1–9999: the unit has used up today's "
                       "dossier codes.")
                        .arg(sequence));
    return R::success(DossierCode{agencyCode, received, sequence}.toString());
}

Result<DossierCode> DossierCode::parse(const QString &text)
{
    using R = Result<DossierCode>;
    const QString s = text.trimmed().toUpper();
    const QStringList parts = s.split(QLatin1Char('-'));
    if (parts.size() != 3)
        return R::failure(Tr::tr("\"%1\" is not a dossier code: expected <agency>-<YYMMDD>-<NNNN>.")
                                  .arg(text.trimmed()));
    if (!isValidAgencyCode(parts.at(0)))
        return R::failure(Tr::tr("\"%1\" is not an agency code.").arg(parts.at(0)));
    const QString &datePart = parts.at(1);
    const QDate date = QDate(2000 + datePart.left(2).toInt(),
                             datePart.mid(2, 2).toInt(),
                             datePart.mid(4, 2).toInt());
    if (datePart.size() != 6 || !isDigits(datePart) || !date.isValid())
        return R::failure(Tr::tr("\"%1\" is not a date in the form YYMMDD.").arg(datePart));
    const QString &seqPart = parts.at(2);
    const int sequence = seqPart.toInt();
    if (seqPart.size() != 4 || !isDigits(seqPart) || sequence < 1)
        return R::failure(Tr::tr("\"%1\" is not a sequence number 0001–9999.").arg(seqPart));
    return R::success(DossierCode{parts.at(0), date, sequence});
}

} // namespace Motcua
