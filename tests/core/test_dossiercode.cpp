#include "core/dossiercode.h"

#include <QTest>

using namespace Motcua;

class TestDossierCode : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
};

void TestDossierCode::format_data()
{
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("expected"); // empty = must fail

    QTest::newRow("first of the day")
            << "000.00.31.H29" << QDate(2026, 3, 2) << 1 << "000.00.31.H29-260302-0001";
    QTest::newRow("last of the day")
            << "000.00.31.H29" << QDate(2026, 12, 31) << 9999 << "000.00.31.H29-261231-9999";
    QTest::newRow("short agency") << "G22" << QDate(2030, 1, 5) << 42 << "G22-300105-0042";
    QTest::newRow("sequence 0") << "000.00.31.H29" << QDate(2026, 3, 2) << 0 << "";
    QTest::newRow("sequence 10000") << "000.00.31.H29" << QDate(2026, 3, 2) << 10000 << "";
    QTest::newRow("dash in agency") << "000-00.31.H29" << QDate(2026, 3, 2) << 1 << "";
    QTest::newRow("lower-case agency") << "000.00.31.h29" << QDate(2026, 3, 2) << 1 << "";
    QTest::newRow("empty group") << "000..31.H29" << QDate(2026, 3, 2) << 1 << "";
    QTest::newRow("year 2100") << "H29" << QDate(2100, 1, 1) << 1 << "";
    QTest::newRow("invalid date") << "H29" << QDate() << 1 << "";
}

void TestDossierCode::format()
{
    QFETCH(QString, agency);
    QFETCH(QDate, date);
    QFETCH(int, sequence);
    QFETCH(QString, expected);
    const Result<QString> r = DossierCode::format(agency, date, sequence);
    QCOMPARE(r.ok(), !expected.isEmpty());
    if (r.ok())
        QCOMPARE(r.value(), expected);
    else
        QVERIFY(!r.error().isEmpty());
}

void TestDossierCode::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("sequence");

    QTest::newRow("canonical") << "000.00.31.H29-260302-0001"
                               << "000.00.31.H29" << QDate(2026, 3, 2) << 1;
    QTest::newRow("scanner: spaces and lower case") << "  000.00.31.h29-260302-0123\r\n"
                                                    << "000.00.31.H29" << QDate(2026, 3, 2) << 123;
    QTest::newRow("leap day") << "G22-280229-9999"
                              << "G22" << QDate(2028, 2, 29) << 9999;
}

void TestDossierCode::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, agency);
    QFETCH(QDate, date);
    QFETCH(int, sequence);
    const Result<DossierCode> r = DossierCode::parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value().agencyCode, agency);
    QCOMPARE(r.value().received, date);
    QCOMPARE(r.value().sequence, sequence);
    // Formatting the parts gives the canonical code back.
    QCOMPARE(r.value().toString(), text.trimmed().toUpper());
}

void TestDossierCode::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("missing sequence") << "000.00.31.H29-260302"
                                      << "<agency>";
    QTest::newRow("extra dash") << "000-00.31.H29-260302-0001"
                                << "<agency>";
    QTest::newRow("sequence 0000") << "000.00.31.H29-260302-0000"
                                   << "0000";
    QTest::newRow("5-digit sequence") << "000.00.31.H29-260302-00001"
                                      << "00001";
    QTest::newRow("not a date") << "000.00.31.H29-260230-0001"
                                << "260230";
    QTest::newRow("short date") << "000.00.31.H29-26032-0001"
                                << "26032";
    QTest::newRow("bad agency") << "000.00.31.H2#-260302-0001"
                                << "agency";
    QTest::newRow("empty") << ""
                           << "<agency>";
}

void TestDossierCode::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const Result<DossierCode> r = DossierCode::parse(text);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(messagePart), qPrintable(r.error()));
}

QTEST_APPLESS_MAIN(TestDossierCode)
#include "test_dossiercode.moc"
