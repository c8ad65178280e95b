#include "core/identifiers.h"

#include <QTest>

using namespace Motcua;
using namespace Motcua::Identifiers;

namespace {
const QDate today(2026, 3, 2);
}

class TestIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void cccd_data();
    void cccd();
    void provinces();
    void cmnd_data();
    void cmnd();
    void taxCode_data();
    void taxCode();
    void knownTaxCodes_data();
    void knownTaxCodes();
    void phone_data();
    void phone();
};

void TestIdentifiers::cccd_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("typedYear"); // 0 = none
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalizedOrReason");
    QTest::addColumn<int>("birthYear");
    QTest::addColumn<int>("sex");
    QTest::addColumn<QString>("province");

    const int male = int(Sex::Male);
    const int female = int(Sex::Female);
    const int unknown = int(Sex::Unknown);
    QTest::newRow("HCMC man born 1985")
            << "079085012345" << 0 << true << "079085012345" << 1985 << male << "TP Hồ Chí Minh";
    QTest::newRow("Hà Nội woman born 1990")
            << "001190000001" << 0 << true << "001190000001" << 1990 << female << "Hà Nội";
    QTest::newRow("2000s man") << "048203000123" << 0 << true << "048203000123" << 2003 << male
                               << "Đà Nẵng";
    QTest::newRow("2000s woman") << "096325000123" << 0 << true << "096325000123" << 2025 << female
                                 << "Cà Mau";
    QTest::newRow("surrounding spaces")
            << "  079085012345 " << 0 << true << "079085012345" << 1985 << male << "TP Hồ Chí Minh";
    QTest::newRow("typed birth year matches")
            << "079085012345" << 1985 << true << "079085012345" << 1985 << male << "TP Hồ Chí Minh";
    QTest::newRow("typed birth year differs")
            << "079085012345" << 1986 << false << "1986" << 0 << unknown << "";
    QTest::newRow("born in the future (2027)")
            << "079327000001" << 0 << false << "future" << 0 << unknown << "";
    QTest::newRow("22nd century") << "079400000001" << 0 << false << "2100" << 0 << unknown << "";
    QTest::newRow("unknown province 003")
            << "003085012345" << 0 << false << "003" << 0 << unknown << "";
    QTest::newRow("unknown province 100")
            << "100085012345" << 0 << false << "100" << 0 << unknown << "";
    QTest::newRow("11 digits") << "07908501234" << 0 << false << "11" << 0 << unknown << "";
    QTest::newRow("13 digits") << "0790850123456" << 0 << false << "13" << 0 << unknown << "";
    QTest::newRow("inner space") << "079 085012345" << 0 << false << "digits only" << 0 << unknown
                                 << "";
    QTest::newRow("letter") << "07908501234A" << 0 << false << "digits only" << 0 << unknown << "";
    QTest::newRow("empty") << "" << 0 << false << "empty" << 0 << unknown << "";
}

void TestIdentifiers::cccd()
{
    QFETCH(QString, input);
    QFETCH(int, typedYear);
    QFETCH(bool, valid);
    QFETCH(QString, normalizedOrReason);
    QFETCH(int, birthYear);
    QFETCH(int, sex);
    QFETCH(QString, province);
    const CccdCheck c
            = checkCccd(input, typedYear ? std::optional<int>(typedYear) : std::nullopt, today);
    QCOMPARE(c.valid, valid);
    if (valid) {
        QCOMPARE(c.normalized, normalizedOrReason);
        QVERIFY(c.reason.isEmpty());
        QCOMPARE(c.birthYear, birthYear);
        QCOMPARE(int(c.sex), sex);
        QCOMPARE(c.provinceName, province);
    } else {
        QVERIFY(c.normalized.isEmpty());
        QVERIFY2(c.reason.contains(normalizedOrReason), qPrintable(c.reason));
    }
}

void TestIdentifiers::provinces()
{
    const QStringList codes = QStringLiteral("001 002 004 006 008 010 011 012 014 015 017 019 020 "
                                             "022 024 025 026 027 030 031 033 "
                                             "034 035 036 037 038 040 042 044 045 046 048 049 051 "
                                             "052 054 056 058 060 062 064 066 "
                                             "067 068 070 072 074 075 077 079 080 082 083 084 086 "
                                             "087 089 091 092 093 094 095 096")
                                      .split(QLatin1Char(' '));
    QCOMPARE(codes.size(), 63);
    int known = 0;
    for (int i = 0; i < 1000; ++i) {
        const QString code = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
        if (!provinceName(code).isEmpty())
            ++known;
        QCOMPARE(!provinceName(code).isEmpty(), codes.contains(code));
    }
    QCOMPARE(known, 63);
    QCOMPARE(provinceName(QStringLiteral("046")), QStringLiteral("Thừa Thiên Huế"));
}

void TestIdentifiers::cmnd_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");

    QTest::newRow("9 digits") << " 023456789 " << true;
    QTest::newRow("12 digits is not a CMND") << "079085012345" << false;
    QTest::newRow("8 digits") << "02345678" << false;
    QTest::newRow("letters") << "02345678X" << false;
}

void TestIdentifiers::cmnd()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    const Check c = checkCmnd(input);
    QCOMPARE(c.valid, valid);
    QCOMPARE(c.reason.isEmpty(), valid);
    if (valid)
        QCOMPARE(c.normalized, input.trimmed());
}

void TestIdentifiers::taxCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalizedOrReason");

    QTest::newRow("Viettel") << "0100109106" << true << "0100109106";
    QTest::newRow("Vinamilk") << " 0300588569 " << true << "0300588569";
    QTest::newRow("wrong check digit") << "0100109107" << false << "check digit";
    QTest::newRow("transposed digits") << "0100190106" << false << "check digit";
    QTest::newRow("branch with dash") << "0100109106-001" << true << "0100109106-001";
    QTest::newRow("branch without dash is normalised")
            << "0100109106001" << true << "0100109106-001";
    QTest::newRow("branch 000") << "0100109106-000" << false << "000";
    QTest::newRow("branch of an invalid code") << "0100109107-001" << false << "check digit";
    QTest::newRow("branch too short") << "0100109106-01" << false << "NNNNNNNNNN-BBB";
    QTest::newRow("personal ID as tax code") << "079085012345" << true << "079085012345";
    QTest::newRow("bad personal ID as tax code") << "003085012345" << false << "personal ID";
    QTest::newRow("9 digits") << "010010910" << false << "9";
    QTest::newRow("letters") << "01001O9106" << false << "digits only";
    // Σ mod 11 = 0 has no valid check digit: 0000000000 sums to 0.
    QTest::newRow("sum divisible by 11") << "0000000000" << false << "check digit";
}

void TestIdentifiers::taxCode()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalizedOrReason);
    const Check c = checkTaxCode(input, today);
    QCOMPARE(c.valid, valid);
    if (valid)
        QCOMPARE(c.normalized, normalizedOrReason);
    else
        QVERIFY2(c.reason.contains(normalizedOrReason), qPrintable(c.reason));
}

void TestIdentifiers::knownTaxCodes_data()
{
    QTest::addColumn<QString>("code");
    // Published tax codes of well-known companies; each satisfies the check-digit formula.
    QTest::newRow("Viettel") << "0100109106";
    QTest::newRow("Vinamilk") << "0300588569";
    QTest::newRow("FPT") << "0101248141";
    QTest::newRow("Vietcombank") << "0100112437";
    QTest::newRow("0100101114") << "0100101114";
}

void TestIdentifiers::knownTaxCodes()
{
    QFETCH(QString, code);
    QVERIFY(taxCodeChecksumValid(code));
    // All weights are non-zero mod 11, so changing any single digit breaks the check.
    for (int i = 0; i < 10; ++i) {
        QString altered = code;
        altered[i] = QChar(u'0' + (code.at(i).digitValue() + 1) % 10);
        QVERIFY2(!taxCodeChecksumValid(altered), qPrintable(altered));
    }
}

void TestIdentifiers::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalizedOrReason");
    QTest::addColumn<int>("kind");

    const int mobile = int(PhoneKind::Mobile);
    const int landline = int(PhoneKind::Landline);
    const int none = int(PhoneKind::Unknown);
    QTest::newRow("mobile 09x") << "0912345678" << true << "0912345678" << mobile;
    QTest::newRow("mobile 03x with spaces") << " 0389 123 456 " << true << "0389123456" << mobile;
    QTest::newRow("mobile with dots") << "090.123.4567" << true << "0901234567" << mobile;
    QTest::newRow("mobile with dashes") << "0708-123-456" << true << "0708123456" << mobile;
    QTest::newRow("+84 mobile") << "+84 912 345 678" << true << "0912345678" << mobile;
    QTest::newRow("84 mobile") << "84912345678" << true << "0912345678" << mobile;
    QTest::newRow("+84 with redundant 0") << "+84 0912345678" << true << "0912345678" << mobile;
    QTest::newRow("HCMC landline") << "028 3822 1234" << true << "02838221234" << landline;
    QTest::newRow("Hà Nội landline with parentheses")
            << "(024) 3825 3536" << true << "02438253536" << landline;
    QTest::newRow("+84 landline") << "+84 28 3822 1234" << true << "02838221234" << landline;
    QTest::newRow("old 11-digit mobile 01x") << "01234567890" << false << "012" << none;
    QTest::newRow("04x prefix") << "0412345678" << false << "041" << none;
    QTest::newRow("06x prefix") << "0612345678" << false << "061" << none;
    QTest::newRow("mobile too short") << "091234567" << false << "10 digits" << none;
    QTest::newRow("mobile too long") << "09123456789" << false << "10 digits" << none;
    QTest::newRow("landline too short") << "0283822123" << false << "11 digits" << none;
    QTest::newRow("no leading zero") << "912345678" << false << "starts with 0" << none;
    QTest::newRow("letters") << "09123abc78" << false << "digits only" << none;
    QTest::newRow("other country") << "+1 650 253 0000" << false << "digits only" << none;
    QTest::newRow("empty") << "   " << false << "empty" << none;
}

void TestIdentifiers::phone()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalizedOrReason);
    QFETCH(int, kind);
    const PhoneCheck c = checkPhone(input);
    QCOMPARE(c.valid, valid);
    QCOMPARE(int(c.kind), kind);
    if (valid)
        QCOMPARE(c.normalized, normalizedOrReason);
    else
        QVERIFY2(c.reason.contains(normalizedOrReason), qPrintable(c.reason));
}

QTEST_APPLESS_MAIN(TestIdentifiers)
#include "test_identifiers.moc"
