// What a free-text field stores as typed and what it refuses, with the reason.
#include "core/freetext.h"

#include <QTest>

using namespace Motcua;
using namespace Motcua::FreeText;

class TestFreeText : public QObject
{
    Q_OBJECT

private slots:
    void kept_data();
    void kept();
    void refused_data();
    void refused();
    void limits();
};

void TestFreeText::kept_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("field");
    const int name = int(Field::PersonName);
    const int note = int(Field::Note);
    QTest::newRow("quotes") << "O'Brien \"Nguyễn\"" << name;
    QTest::newRow("SQL") << "'; DROP TABLE dossiers; --" << name;
    QTest::newRow("printf") << "%s %n %x" << name;
    QTest::newRow("backslashes") << "C:\\temp\\\\x" << name;
    QTest::newRow("RLM and ZWJ") << QStringLiteral("Nguy\u200Fễn\u200DAn") << name;
    QTest::newRow("U+FFFD") << QStringLiteral("Tr\uFFFDn") << name;
    QTest::newRow("combining flood") << QStringLiteral("a") + QString(150, QChar(0x0301)) << name;
    QTest::newRow("emoji (surrogate pair)") << QStringLiteral("An \U0001F600") << name;
    QTest::newRow("line breaks in a note") << "line 1\nline 2\r\n\tindented" << note;
    QTest::newRow("exactly 200") << QString(200, QChar(0x1EC5)) << name;
    QTest::newRow("200 emoji = 200 characters")
            << QString(QStringLiteral("\U0001F600")).repeated(200) << name;
}

void TestFreeText::kept()
{
    QFETCH(QString, text);
    QFETCH(int, field);
    QCOMPARE(problem(text, Field(field)), QString());
}

void TestFreeText::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("reasonPart");
    const int name = int(Field::PersonName);
    const int note = int(Field::Note);
    QTest::newRow("NUL") << QString(QChar(0)) + QStringLiteral("An") << name << "U+0000";
    QTest::newRow("U+0001") << QStringLiteral("A\x01") << name << "(U+0001) at position 2";
    QTest::newRow("ESC") << QStringLiteral("A\x1B[31m") << name << "U+001B";
    QTest::newRow("DEL") << QStringLiteral("A\x7F") << name << "U+007F";
    QTest::newRow("C1 control") << QStringLiteral("A\u0085") << name << "U+0085";
    QTest::newRow("line break in a name") << "An\nBình" << name << "one line";
    QTest::newRow("tab in a name") << "An\tBình" << name << "one line";
    QTest::newRow("NUL in a note") << QStringLiteral("x\n") + QChar(0) << note << "U+0000";
    QTest::newRow("RLO") << QStringLiteral("\u202Egnp.exe") << name << "U+202E";
    QTest::newRow("isolate") << QStringLiteral("a\u2066b") << name << "U+2066";
    QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) << name << "broken";
    QTest::newRow("lone low surrogate") << QStringLiteral("a") + QChar(0xDC00) << name << "broken";
    QTest::newRow("201 characters") << QString(201, QLatin1Char('a')) << name << "at most 200";
    QTest::newRow("10 MB") << QString(10 * 1024 * 1024, QLatin1Char('a')) << note
                           << "at most 2000 characters; the text has 10485760";
}

void TestFreeText::refused()
{
    QFETCH(QString, text);
    QFETCH(int, field);
    QFETCH(QString, reasonPart);
    const QString reason = problem(text, Field(field));
    QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
}

void TestFreeText::limits()
{
    QCOMPARE(maxLength(Field::PersonName), 200);
    QVERIFY(maxLength(Field::Note) >= 1000);
    QVERIFY(isMultiLine(Field::Reason));
    QVERIFY(!isMultiLine(Field::Street));
    QCOMPARE(codePoints(QStringLiteral("a\U0001F600b")), 3);
}

QTEST_APPLESS_MAIN(TestFreeText)
#include "test_freetext.moc"
