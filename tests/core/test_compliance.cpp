// The compliance review's rule for a reason that says nothing: empty, too
// short, or a stock phrase whatever its case, diacritics, punctuation and
// spacing. The review's SQL applies the same rule; tests/data/test_scorecard
// checks that the two agree on the stored reasons.
#include "core/compliance.h"

#include <QTest>

using namespace Motcua;

class TestCompliance : public QObject
{
    Q_OBJECT

private slots:
    void blankReason_data();
    void blankReason();
    void phrasesAreFolded();
};

void TestCompliance::blankReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("blank");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("spaces") << QStringLiteral("      ") << true;
    QTest::newRow("too short") << QStringLiteral("Sai mẫu") << true;
    QTest::newRow("nine characters") << QStringLiteral("123456789") << true;
    QTest::newRow("ten characters, not a phrase") << QStringLiteral("1234567890") << false;
    QTest::newRow("stock phrase") << QStringLiteral("Thiếu giấy tờ") << true;
    QTest::newRow("stock phrase, upper case, punctuation")
            << QStringLiteral("THIẾU HỒ SƠ!!!") << true;
    QTest::newRow("stock phrase in quotes") << QStringLiteral("\"Lý do khác\"") << true;
    QTest::newRow("stock phrase without diacritics")
            << QStringLiteral("khong du dieu kien") << true;
    QTest::newRow("stock phrase, extra spaces") << QStringLiteral("  theo   quy   định. ") << true;
    QTest::newRow("stock phrase, decomposed diacritics")
            << QStringLiteral("Không đúng quy định").normalized(QString::NormalizationForm_D)
            << true;
    QTest::newRow("says what is missing")
            << QStringLiteral("Thiếu bản sao có chứng thực sổ hộ khẩu") << false;
    QTest::newRow("a phrase with the reason after it")
            << QStringLiteral("Không đủ điều kiện: đất đang tranh chấp") << false;
}

void TestCompliance::blankReason()
{
    QFETCH(QString, reason);
    QFETCH(bool, blank);
    QCOMPARE(Compliance::isBlankReason(reason), blank);
}

void TestCompliance::phrasesAreFolded()
{
    // Bound into the SQL as they are: lower case, no diacritics, no
    // punctuation, single spaces.
    for (const QString &p : Compliance::boilerplatePhrases()) {
        QCOMPARE(p, p.toLower());
        QCOMPARE(p, p.simplified());
        for (const QChar c : p)
            QVERIFY2(c.unicode() < 0x80 && !c.isPunct(), qPrintable(p));
        QVERIFY(Compliance::isBlankReason(p));
    }
}

QTEST_APPLESS_MAIN(TestCompliance)
#include "test_compliance.moc"
