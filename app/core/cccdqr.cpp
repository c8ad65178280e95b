#include "cccdqr.h"

#include "freetext.h"
#include "vntext.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Motcua::CccdQr {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::CccdQr)
};

// Longer than any card's line by far; refused before splitting.
constexpr qsizetype kMaxLine = 2000;
constexpr int kFields = 7;

std::optional<QDate> cardDate(const QString &text)
{
    if (text.size() != 8)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const QDate d(text.mid(4, 4).toInt(), text.mid(2, 2).toInt(), text.left(2).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

} // namespace

bool looksLikeQr(const QString &text)
{
    return text.contains(QLatin1Char('|'));
}

Result<Data> parse(const QString &line, const QDate &today)
{
    using R = Result<Data>;
    // A cheap bound before normalising, the exact one after (NFC may lengthen).
    const QString text = line.size() > 4 * kMaxLine ? line : VnText::nfc(line);
    if (text.size() > kMaxLine)
        return R::failure(Tr::tr("This is too long to be the QR code of a CCCD card (%1 "
                                 "characters); scan the card again.")
                                  .arg(line.size()));
    const QStringList f = text.split(QLatin1Char('|'));
    if (f.size() < kFields)
        return R::failure(Tr::tr("The CCCD QR code has %1 of its 7 fields separated by “|”; "
                                 "scan the card again.")
                                  .arg(f.size()));
    for (int i = 0; i < kFields; ++i) {
        if (!FreeText::problem(f.at(i), FreeText::maxLength(FreeText::Field::Street), false)
                     .isEmpty())
            return R::failure(Tr::tr("The CCCD QR code holds characters a card does not have "
                                     "(field %1); scan the card again.")
                                      .arg(i + 1));
    }

    Data d;
    const auto born = cardDate(f.at(3).trimmed());
    if (!born)
        return R::failure(Tr::tr("The date of birth in the QR code (“%1”) is not a date "
                                 "written ddMMyyyy.")
                                  .arg(f.at(3).trimmed()));
    if (today.isValid() && *born > today)
        return R::failure(Tr::tr("The date of birth in the QR code is in the future."));
    d.birthDate = *born;

    const Identifiers::CccdCheck id = Identifiers::checkCccd(f.at(0), born->year(), today);
    if (!id.valid)
        return R::failure(Tr::tr("QR code: %1").arg(id.reason));
    d.cccd = id.normalized;

    const QString old = f.at(1).trimmed();
    if (!old.isEmpty()) {
        const Identifiers::Check oldCheck
                = old.size() == 12 ? Identifiers::Check(Identifiers::checkCccd(old))
                                   : Identifiers::checkCmnd(old);
        if (!oldCheck.valid)
            return R::failure(Tr::tr("QR code, old ID number: %1").arg(oldCheck.reason));
        d.oldId = oldCheck.normalized;
    }

    d.fullName = f.at(2).trimmed();
    if (d.fullName.isEmpty())
        return R::failure(Tr::tr("The QR code holds no name; scan the card again."));
    if (const QString p = FreeText::problem(d.fullName, FreeText::Field::PersonName); !p.isEmpty())
        return R::failure(Tr::tr("QR code, name: %1").arg(p));

    const QString sex = VnText::fold(f.at(4));
    if (sex == QLatin1String("nam"))
        d.sex = Identifiers::Sex::Male;
    else if (sex == QLatin1String("nu"))
        d.sex = Identifiers::Sex::Female;
    else
        return R::failure(Tr::tr("The sex in the QR code (“%1”) is neither Nam nor Nữ.")
                                  .arg(f.at(4).trimmed()));
    if (d.sex != id.sex)
        return R::failure(
                Tr::tr("The QR code says %1, but the CCCD number is that of a %2.")
                        .arg(f.at(4).trimmed(),
                             id.sex == Identifiers::Sex::Male ? Tr::tr("man") : Tr::tr("woman")));

    d.address = f.at(5).trimmed();
    if (d.address.isEmpty())
        return R::failure(Tr::tr("The QR code holds no address; scan the card again."));

    const auto issued = cardDate(f.at(6).trimmed());
    if (!issued)
        return R::failure(Tr::tr("The issue date in the QR code (“%1”) is not a date "
                                 "written ddMMyyyy.")
                                  .arg(f.at(6).trimmed()));
    if (*issued < *born || (today.isValid() && *issued > today))
        return R::failure(Tr::tr("The issue date in the QR code (%1) is before the birth or "
                                 "in the future.")
                                  .arg(issued->toString(QStringLiteral("dd/MM/yyyy"))));
    d.issueDate = *issued;
    return R::success(d);
}

AddressParts splitAddress(const QString &address)
{
    // The non-empty comma-separated parts as spans of the address, so that each
    // field gets the card's text as written ("Ấp 2,Xã A" keeps its comma
    // spacing) rather than parts joined again.
    struct Span
    {
        qsizetype from;
        qsizetype to;
    };
    QList<Span> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= address.size(); ++i) {
        if (i < address.size() && address.at(i) != QLatin1Char(','))
            continue;
        if (!QStringView(address).mid(start, i - start).trimmed().isEmpty())
            parts.append({start, i});
        start = i + 1;
    }
    const auto text = [&](qsizetype first, qsizetype last) {
        return address.mid(parts[first].from, parts[last].to - parts[first].from).trimmed();
    };
    AddressParts a;
    const qsizetype n = parts.size();
    if (n == 0)
        return a;
    if (n < 3) {
        a.street = text(0, n - 1);
        return a;
    }
    a.province = text(n - 1, n - 1);
    const qsizetype wardParts = n - 1 >= 3 ? 2 : 1; // ward, district
    a.ward = text(n - 1 - wardParts, n - 2);
    a.street = text(0, n - 2 - wardParts);
    return a;
}

} // namespace Motcua::CccdQr
