// The scanned QR line of a chip-based CCCD card: fields, the checks shared with
// a typed CCCD, the birth date against the number, and what scanners add (CR,
// LF, NFD, extra fields on newer cards).
#include "core/cccdqr.h"

#include <QTest>

using namespace Motcua;
using namespace Motcua::CccdQr;

namespace {

const QDate today(2026, 3, 2);
const QString kLine = QStringLiteral("079190001234|025123456|Nguyễn Thị Ánh Tuyết|15031990|Nữ|"
                                     "12 Lê Lợi, Phường Bến Thành, Quận 1, TP Hồ Chí Minh|"
                                     "20042021");

} // namespace

class TestCccdQr : public QObject
{
    Q_OBJECT

private slots:
    void fullLine();
    void scannerVariants_data();
    void scannerVariants();
    void refused_data();
    void refused();
    void looksLikeQr();
    void splitAddress_data();
    void splitAddress();
};

void TestCccdQr::fullLine()
{
    const auto r = parse(kLine, today);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value().cccd, QStringLiteral("079190001234"));
    QCOMPARE(r.value().oldId, QStringLiteral("025123456"));
    QCOMPARE(r.value().fullName, QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    QCOMPARE(r.value().birthDate, QDate(1990, 3, 15));
    QCOMPARE(r.value().sex, Identifiers::Sex::Female);
    QCOMPARE(r.value().address,
             QStringLiteral("12 Lê Lợi, Phường Bến Thành, Quận 1, TP Hồ Chí Minh"));
    QCOMPARE(r.value().issueDate, QDate(2021, 4, 20));
}

void TestCccdQr::scannerVariants_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("oldId");
    QTest::newRow("as printed") << kLine << "025123456";
    QTest::newRow("CR LF and spaces around")
            << QStringLiteral("  ") + kLine + QStringLiteral("\r\n") << "025123456";
    QTest::newRow("NFD from the scanner")
            << kLine.normalized(QString::NormalizationForm_D) << "025123456";
    QTest::newRow("no old CMND") << QString(kLine).replace(QStringLiteral("|025123456|"),
                                                           QStringLiteral("||"))
                                 << "";
    QTest::newRow("newer card, two more fields")
            << kLine + QStringLiteral("|Nguyễn Văn Bố|Trần Thị Mẹ") << "025123456";
    QTest::newRow("spaces inside fields")
            << QString(kLine).replace(QStringLiteral("|15031990|"), QStringLiteral("| 15031990 |"))
            << "025123456";
}

void TestCccdQr::scannerVariants()
{
    QFETCH(QString, line);
    QFETCH(QString, oldId);
    const auto r = parse(line, today);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value().cccd, QStringLiteral("079190001234"));
    QCOMPARE(r.value().oldId, oldId);
    QCOMPARE(r.value().fullName, QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    QCOMPARE(r.value().fullName, r.value().fullName.normalized(QString::NormalizationForm_C));
    QCOMPARE(r.value().birthDate, QDate(1990, 3, 15));
    QCOMPARE(r.value().address.left(9), QStringLiteral("12 Lê Lợi"));
}

void TestCccdQr::refused_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("reasonPart");
    const auto with = [](int field, const QString &value) {
        QStringList f = kLine.split(QLatin1Char('|'));
        f[field] = value;
        return f.join(QLatin1Char('|'));
    };
    QTest::newRow("empty") << ""
                           << "1 of its 7 fields";
    QTest::newRow("just a CCCD") << "079190001234"
                                 << "1 of its 7 fields";
    QTest::newRow("six fields") << kLine.section(QLatin1Char('|'), 0, 5) << "6 of its 7";
    QTest::newRow("CCCD 11 digits") << with(0, QStringLiteral("07919000123")) << "has 11";
    QTest::newRow("CCCD letters") << with(0, QStringLiteral("07919000123A")) << "digits only";
    QTest::newRow("unknown province")
            << with(0, QStringLiteral("003190001234")) << "not a province code";
    QTest::newRow("birth year differs from the number")
            << with(3, QStringLiteral("15031991")) << "birth year 1990";
    QTest::newRow("century differs (2090 vs 1990)")
            << with(0, QStringLiteral("079390001234")) << "in the future";
    QTest::newRow("birth date 31 February") << with(3, QStringLiteral("31021990")) << "ddMMyyyy";
    QTest::newRow("birth date with slashes") << with(3, QStringLiteral("15/03/1990")) << "ddMMyyyy";
    QTest::newRow("bad old CMND") << with(1, QStringLiteral("12345")) << "old ID number";
    QTest::newRow("no name") << with(2, QString()) << "no name";
    QTest::newRow("sex unknown") << with(4, QStringLiteral("X")) << "neither Nam nor";
    QTest::newRow("sex contradicts the number")
            << with(4, QStringLiteral("Nam")) << "that of a woman";
    QTest::newRow("no address") << with(5, QStringLiteral("  ")) << "no address";
    QTest::newRow("issued before birth")
            << with(6, QStringLiteral("01011980")) << "before the birth";
    QTest::newRow("issue date garbage") << with(6, QStringLiteral("2004202")) << "issue date";
    QTest::newRow("control character in the name")
            << with(2, QStringLiteral("Nguyễn\x01Tuyết")) << "characters a card does not have";
    QTest::newRow("NUL in the address") << with(5, QString(QChar(0)) + QStringLiteral("Lê Lợi"))
                                        << "characters a card does not have";
    QTest::newRow("longer than any card")
            << kLine + QLatin1Char('|') + QString(5000, QLatin1Char('x')) << "too long";
}

void TestCccdQr::refused()
{
    QFETCH(QString, line);
    QFETCH(QString, reasonPart);
    const auto r = parse(line, today);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(reasonPart), qPrintable(r.error()));
    // A refusal carries no data at all, so nothing half-read can be filled in.
    QCOMPARE(r.valueOr(CccdQr::Data()).cccd, QString());
}

void TestCccdQr::looksLikeQr()
{
    QVERIFY(CccdQr::looksLikeQr(kLine));
    QVERIFY(CccdQr::looksLikeQr(QStringLiteral("079|")));
    QVERIFY(!CccdQr::looksLikeQr(QStringLiteral("079190001234")));
}

void TestCccdQr::splitAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("ward");
    QTest::addColumn<QString>("province");
    QTest::newRow("with a district (before 2025)")
            << "12 Lê Lợi, Phường Bến Thành, Quận 1, TP Hồ Chí Minh"
            << "12 Lê Lợi"
            << "Phường Bến Thành, Quận 1"
            << "TP Hồ Chí Minh";
    QTest::newRow("two levels (from 2025)") << "Tổ 3, Phường Sài Gòn, TP Hồ Chí Minh"
                                            << "Tổ 3"
                                            << "Phường Sài Gòn"
                                            << "TP Hồ Chí Minh";
    QTest::newRow("hamlet, commune, district, province")
            << "Ấp 2, Xã Tân Phú, Huyện Củ Chi, TP Hồ Chí Minh, "
            << "Ấp 2"
            << "Xã Tân Phú, Huyện Củ Chi"
            << "TP Hồ Chí Minh";
    QTest::newRow("long street part") << "Số 5, Ngõ 10, Phố Huế, Phường A, Quận B, Hà Nội"
                                      << "Số 5, Ngõ 10, Phố Huế"
                                      << "Phường A, Quận B"
                                      << "Hà Nội";
    QTest::newRow("as written: no space after a comma")
            << "Số 5,Ngõ 10, Phố Huế,Phường A,Quận B,Hà Nội"
            << "Số 5,Ngõ 10, Phố Huế"
            << "Phường A,Quận B"
            << "Hà Nội";
    QTest::newRow("empty parts") << ", Tổ 3,, Phường Sài Gòn, TP Hồ Chí Minh,,"
                                 << "Tổ 3"
                                 << "Phường Sài Gòn"
                                 << "TP Hồ Chí Minh";
    QTest::newRow("no commas: all street") << "Thôn Đông"
                                           << "Thôn Đông"
                                           << ""
                                           << "";
}

void TestCccdQr::splitAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, street);
    QFETCH(QString, ward);
    QFETCH(QString, province);
    const AddressParts a = CccdQr::splitAddress(address);
    QCOMPARE(a.street, street);
    QCOMPARE(a.ward, ward);
    QCOMPARE(a.province, province);
}

QTEST_APPLESS_MAIN(TestCccdQr)
#include "test_cccdqr.moc"
