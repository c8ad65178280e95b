#include "identifiers.h"

#include <QCoreApplication>
#include <QHash>

namespace Motcua::Identifiers {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::Identifiers)
};

bool allDigits(const QString &s)
{
    for (const QChar ch : s) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

template<class C>
C invalid(const QString &reason)
{
    C c;
    c.reason = reason;
    return c;
}

const QHash<QString, QString> &provinces()
{
    static const QHash<QString, QString> table = [] {
        const struct
        {
            const char *code;
            const char *name;
        } rows[] = {
                {"001", "Hà Nội"},
                {"002", "Hà Giang"},
                {"004", "Cao Bằng"},
                {"006", "Bắc Kạn"},
                {"008", "Tuyên Quang"},
                {"010", "Lào Cai"},
                {"011", "Điện Biên"},
                {"012", "Lai Châu"},
                {"014", "Sơn La"},
                {"015", "Yên Bái"},
                {"017", "Hoà Bình"},
                {"019", "Thái Nguyên"},
                {"020", "Lạng Sơn"},
                {"022", "Quảng Ninh"},
                {"024", "Bắc Giang"},
                {"025", "Phú Thọ"},
                {"026", "Vĩnh Phúc"},
                {"027", "Bắc Ninh"},
                {"030", "Hải Dương"},
                {"031", "Hải Phòng"},
                {"033", "Hưng Yên"},
                {"034", "Thái Bình"},
                {"035", "Hà Nam"},
                {"036", "Nam Định"},
                {"037", "Ninh Bình"},
                {"038", "Thanh Hoá"},
                {"040", "Nghệ An"},
                {"042", "Hà Tĩnh"},
                {"044", "Quảng Bình"},
                {"045", "Quảng Trị"},
                {"046", "Thừa Thiên Huế"},
                {"048", "Đà Nẵng"},
                {"049", "Quảng Nam"},
                {"051", "Quảng Ngãi"},
                {"052", "Bình Định"},
                {"054", "Phú Yên"},
                {"056", "Khánh Hoà"},
                {"058", "Ninh Thuận"},
                {"060", "Bình Thuận"},
                {"062", "Kon Tum"},
                {"064", "Gia Lai"},
                {"066", "Đắk Lắk"},
                {"067", "Đắk Nông"},
                {"068", "Lâm Đồng"},
                {"070", "Bình Phước"},
                {"072", "Tây Ninh"},
                {"074", "Bình Dương"},
                {"075", "Đồng Nai"},
                {"077", "Bà Rịa - Vũng Tàu"},
                {"079", "TP Hồ Chí Minh"},
                {"080", "Long An"},
                {"082", "Tiền Giang"},
                {"083", "Bến Tre"},
                {"084", "Trà Vinh"},
                {"086", "Vĩnh Long"},
                {"087", "Đồng Tháp"},
                {"089", "An Giang"},
                {"091", "Kiên Giang"},
                {"092", "Cần Thơ"},
                {"093", "Hậu Giang"},
                {"094", "Sóc Trăng"},
                {"095", "Bạc Liêu"},
                {"096", "Cà Mau"},
        };
        QHash<QString, QString> t;
        for (const auto &r : rows)
            t.insert(QLatin1String(r.code), QString::fromUtf8(r.name));
        return t;
    }();
    return table;
}

} // namespace

QString provinceName(const QString &code)
{
    return provinces().value(code);
}

CccdCheck checkCccd(const QString &input, std::optional<int> typedBirthYear, const QDate &today)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return invalid<CccdCheck>(Tr::tr("The personal ID number is empty."));
    if (!allDigits(s))
        return invalid<CccdCheck>(Tr::tr("A personal ID number contains digits only."));
    if (s.size() != 12)
        return invalid<CccdCheck>(
                Tr::tr("A personal ID number has 12 digits, this one has %1.").arg(s.size()));
    CccdCheck c;
    c.provinceCode = s.left(3);
    c.provinceName = provinceName(c.provinceCode);
    if (c.provinceName.isEmpty())
        return invalid<CccdCheck>(
                Tr::tr("%1 is not a province code: the first 3 digits must be the province of "
                       "birth registration.")
                        .arg(c.provinceCode));
    const int g = s.at(3).digitValue();
    c.birthYear = 1900 + (g / 2) * 100 + s.mid(4, 2).toInt();
    c.sex = g % 2 == 0 ? Sex::Male : Sex::Female;
    if (today.isValid() && c.birthYear > today.year())
        return invalid<CccdCheck>(
                Tr::tr("Digits 4–6 give the birth year %1, which is in the future.")
                        .arg(c.birthYear));
    if (typedBirthYear && *typedBirthYear != c.birthYear)
        return invalid<CccdCheck>(
                Tr::tr("The number gives the birth year %1, but the birth year entered is %2.")
                        .arg(c.birthYear)
                        .arg(*typedBirthYear));
    c.valid = true;
    c.normalized = s;
    return c;
}

Check checkCmnd(const QString &input)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return invalid<Check>(Tr::tr("The identity card number is empty."));
    if (!allDigits(s))
        return invalid<Check>(Tr::tr("An identity card number contains digits only."));
    if (s.size() != 9)
        return invalid<Check>(
                Tr::tr("An old identity card (CMND) number has 9 digits, this one has %1.")
                        .arg(s.size()));
    return Check{true, s, QString()};
}

bool taxCodeChecksumValid(const QString &tenDigits)
{
    if (tenDigits.size() != 10 || !allDigits(tenDigits))
        return false;
    static const int weights[9] = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += weights[i] * tenDigits.at(i).digitValue();
    const int rest = sum % 11;
    if (rest == 0)
        return false;
    return 10 - rest == tenDigits.at(9).digitValue();
}

Check checkTaxCode(const QString &input, const QDate &today)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return invalid<Check>(Tr::tr("The tax code is empty."));
    QString main = s;
    QString branch;
    const int dash = s.indexOf(QLatin1Char('-'));
    if (dash >= 0) {
        main = s.left(dash);
        branch = s.mid(dash + 1);
        if (main.size() != 10 || branch.size() != 3 || !allDigits(main) || !allDigits(branch))
            return invalid<Check>(Tr::tr("A branch tax code is written NNNNNNNNNN-BBB."));
    } else if (!allDigits(s)) {
        return invalid<Check>(Tr::tr("A tax code contains digits only (and one dash before a "
                                     "branch number)."));
    } else if (s.size() == 13) {
        main = s.left(10);
        branch = s.mid(10);
    } else if (s.size() == 12) {
        const CccdCheck personal = checkCccd(s, std::nullopt, today);
        if (!personal.valid)
            return invalid<Check>(
                    Tr::tr("A 12-digit tax code is a personal ID number: %1").arg(personal.reason));
        return Check{true, s, QString()};
    } else if (s.size() != 10) {
        return invalid<Check>(
                Tr::tr("A tax code has 10 digits, 13 for a branch or 12 for a personal ID; "
                       "this one has %1.")
                        .arg(s.size()));
    }
    if (!taxCodeChecksumValid(main))
        return invalid<Check>(Tr::tr("The check digit of tax code %1 is wrong: please check for "
                                     "a typing error.")
                                      .arg(main));
    if (branch.isEmpty())
        return Check{true, main, QString()};
    if (branch == QLatin1String("000"))
        return invalid<Check>(Tr::tr("The branch number of a tax code cannot be 000."));
    return Check{true, main + QLatin1Char('-') + branch, QString()};
}

PhoneCheck checkPhone(const QString &input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return invalid<PhoneCheck>(Tr::tr("The phone number is empty."));
    QString s;
    for (const QChar ch : trimmed) {
        if (ch == QLatin1Char(' ') || ch == QLatin1Char('.') || ch == QLatin1Char('-')
            || ch == QLatin1Char('(') || ch == QLatin1Char(')'))
            continue;
        s.append(ch);
    }
    bool international = false;
    if (s.startsWith(QLatin1String("+84"))) {
        s.remove(0, 3);
        international = true;
    } else if (s.startsWith(QLatin1String("84")) && (s.size() == 11 || s.size() == 12)) {
        s.remove(0, 2);
        international = true;
    }
    if (!allDigits(s))
        return invalid<PhoneCheck>(Tr::tr("A phone number contains digits only (spaces, dots and "
                                          "dashes are ignored; +84 is allowed in front)."));
    if (international && !s.startsWith(QLatin1Char('0')))
        s.prepend(QLatin1Char('0'));
    if (!s.startsWith(QLatin1Char('0')))
        return invalid<PhoneCheck>(Tr::tr("A Vietnamese phone number starts with 0 or +84."));
    PhoneCheck c;
    const QChar second = s.size() > 1 ? s.at(1) : QChar();
    if (second == QLatin1Char('2')) {
        if (s.size() != 11)
            return invalid<PhoneCheck>(
                    Tr::tr("A landline number has 11 digits (02x area code + 8 digits), this one "
                           "has %1.")
                            .arg(s.size()));
        c.kind = PhoneKind::Landline;
    } else if (second == QLatin1Char('3') || second == QLatin1Char('5')
               || second == QLatin1Char('7') || second == QLatin1Char('8')
               || second == QLatin1Char('9')) {
        if (s.size() != 10)
            return invalid<PhoneCheck>(
                    Tr::tr("A mobile number has 10 digits, this one has %1.").arg(s.size()));
        c.kind = PhoneKind::Mobile;
    } else {
        return invalid<PhoneCheck>(Tr::tr("%1 is not a Vietnamese mobile prefix (03x, 05x, 07x, "
                                          "08x, 09x) or landline area code (02x).")
                                           .arg(s.left(3)));
    }
    c.valid = true;
    c.normalized = s;
    return c;
}

} // namespace Motcua::Identifiers
