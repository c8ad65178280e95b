#include "core/vntext.h"

#include <QTest>

using namespace Motcua;

class TestVnText : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void nfc_data();
    void nfc();
    void contains_data();
    void contains();
};

void TestVnText::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("name with double space")
            << QStringLiteral("Nguyễn  Văn A") << QStringLiteral("nguyen van a");
    QTest::newRow("d with stroke")
            << QStringLiteral("Đặng Đình Đức") << QStringLiteral("dang dinh duc");
    QTest::newRow("leading and trailing blanks")
            << QStringLiteral("\t  Hồ Chí Minh \n") << QStringLiteral("ho chi minh");
    QTest::newRow("decomposed input (NFD keyboard)")
            << QStringLiteral("Tra\u0300 Vinh") << QStringLiteral("tra vinh");
    QTest::newRow("all tones") << QStringLiteral("aáàảãạ ăắằẳẵặ âấầẩẫậ")
                               << QStringLiteral("aaaaaa aaaaaa aaaaaa");
    QTest::newRow("o and u with horn") << QStringLiteral("Ơ Ư ờ ữ") << QStringLiteral("o u o u");
    QTest::newRow("already plain") << QStringLiteral("abc 123") << QStringLiteral("abc 123");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only blanks") << QStringLiteral("   ") << QString();
}

void TestVnText::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(VnText::fold(input), expected);
}

void TestVnText::nfc_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("decomposed becomes composed")
            << QStringLiteral("Nguye\u0302\u0303n") << QStringLiteral("Nguyễn");
    QTest::newRow("trimmed") << QStringLiteral("  Văn ") << QStringLiteral("Văn");
    QTest::newRow("composed unchanged") << QStringLiteral("Đức") << QStringLiteral("Đức");
}

void TestVnText::nfc()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(VnText::nfc(input), expected);
    QCOMPARE(VnText::nfc(input).size(), expected.size());
}

void TestVnText::contains_data()
{
    QTest::addColumn<QString>("haystack");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("expected");

    QTest::newRow("plain needle finds accented name")
            << QStringLiteral("Nguyễn Văn A") << QStringLiteral("nguyen van a") << true;
    QTest::newRow("accented needle finds plain text")
            << QStringLiteral("nguyen van a") << QStringLiteral("Nguyễn") << true;
    QTest::newRow("substring") << QStringLiteral("Cấp giấy phép xây dựng")
                               << QStringLiteral("giay phep") << true;
    QTest::newRow("d stroke in needle")
            << QStringLiteral("Đăng ký kết hôn") << QStringLiteral("dang ky") << true;
    QTest::newRow("extra spaces in needle")
            << QStringLiteral("Đăng ký kết hôn") << QStringLiteral("  ket   hon ") << true;
    QTest::newRow("no match") << QStringLiteral("Đăng ký kết hôn") << QStringLiteral("khai sinh")
                              << false;
    QTest::newRow("empty needle matches") << QStringLiteral("abc") << QString() << true;
}

void TestVnText::contains()
{
    QFETCH(QString, haystack);
    QFETCH(QString, needle);
    QFETCH(bool, expected);
    QCOMPARE(VnText::contains(haystack, needle), expected);
}

QTEST_APPLESS_MAIN(TestVnText)
#include "test_vntext.moc"
