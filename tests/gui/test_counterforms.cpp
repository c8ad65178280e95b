// The statutory forms the counter prints (Mẫu 01–03), read back the way a
// citizen would: printed to PDF, the text extracted with pdftotext and the
// receipt's QR code decoded with zbarimg.
#include "gui/printing/counterforms.h"
#include "gui/printing/qrcode.h"

#include <QAbstractTextDocumentLayout>
#include <QDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Motcua;

namespace {

const QString kCode = QStringLiteral("000.00.31.H29-261127-0042");
const QString kReceived = QStringLiteral("10 giờ 05 phút, ngày 27 tháng 11 năm 2026");
const QString kDue = QStringLiteral("10 giờ 05 phút, ngày 02 tháng 12 năm 2026");
const QString kProcedure = QStringLiteral("Cấp giấy phép xây dựng nhà ở riêng lẻ");
const QString kHostile
        = QStringLiteral("<script>alert(\"x\")</script> O'Brien & \"Cty\" %1 %2 </td></table>");
const QString kLongName = QStringLiteral("Đặng").repeated(500); // 2,000 characters, no space

enum class Form { Receipt, Supplement, Refusal };

QDateTime vnTime(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(7 * 3600));
}

IntakeDraft draft(const QString &name, const QString &kind = QStringLiteral("person"))
{
    IntakeDraft draft;
    draft.procedureCode = QStringLiteral("1.009994");
    draft.applicant.kind = kind;
    draft.applicant.fullName = name;
    if (kind == QLatin1String("business")) {
        draft.applicant.taxCode = QStringLiteral("0312345678");
        draft.applicant.representativeName = QStringLiteral("Trần Thị Thu Hường");
        draft.applicant.representativeIdNumber = QStringLiteral("079190001234");
    } else {
        draft.applicant.idNumber = QStringLiteral("079085001234");
    }
    draft.applicant.phone = QStringLiteral("0903123456");
    draft.applicant.email = QStringLiteral("nguoinop@example.vn");
    draft.applicant.street = QStringLiteral("12 Nguyễn Huệ");
    draft.applicant.ward = QStringLiteral("Phường Sài Gòn");
    draft.applicant.province = QStringLiteral("Thành phố Hồ Chí Minh");
    auto doc = [](int id, const QString &n, bool received, int o, int c, int p) {
        DocumentEntry e;
        e.checklistItemId = id;
        e.name = n;
        e.received = received;
        e.originals = o;
        e.certifiedCopies = c;
        e.photocopies = p;
        return e;
    };
    draft.documents = {
            doc(1, QStringLiteral("Đơn đề nghị cấp giấy phép xây dựng"), true, 1, 0, 0),
            doc(2, QStringLiteral("Giấy chứng nhận quyền sử dụng đất"), true, 0, 1, 0),
            doc(3, QStringLiteral("Bản vẽ thiết kế xây dựng"), true, 0, 0, 2),
            doc(4, QStringLiteral("Văn bản thỏa thuận của chủ đầu tư"), false, 0, 0, 0),
    };
    draft.setsCount = 2;
    return draft;
}

Procedure procedure()
{
    Procedure p;
    p.id = 7;
    p.code = QStringLiteral("1.009994");
    p.name = kProcedure;
    p.processingValue = 3;
    p.fee = 75000;
    p.feeNote = QStringLiteral("nộp khi nhận kết quả");
    return p;
}

UnitInfo unit()
{
    UnitInfo u;
    u.parentName = QStringLiteral("Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh");
    u.name = QStringLiteral("Chi nhánh Bến Thành");
    u.code = QStringLiteral("000.00.31.H29");
    u.address = QStringLiteral("92 Lê Lợi, Phường Bến Thành");
    u.phone = QStringLiteral("02838123456");
    return u;
}

std::unique_ptr<QTextDocument> buildForm(Form form,
                                         const QString &name,
                                         const QString &kind,
                                         const QString &reason)
{
    switch (form) {
    case Form::Receipt: {
        ReceiptData d;
        d.dossier.id = 42;
        d.dossier.code = kCode;
        d.dossier.receivedAt = QDateTime(QDate(2026, 11, 27), QTime(3, 5), Qt::UTC);
        d.dossier.dueAt = vnTime(2026, 12, 2, 10, 5);
        d.draft = draft(name, kind);
        d.procedure = procedure();
        d.unit = unit();
        d.clerkName = QStringLiteral("Phạm Quốc Bảo");
        d.counterNumber = 3;
        d.registerBook = QStringLiteral("05/2026");
        return CounterForms::receipt(d);
    }
    case Form::Supplement: {
        SupplementData d;
        d.number = 118;
        d.at = vnTime(2026, 11, 27, 10, 5);
        d.draft = draft(name, kind);
        d.procedure = procedure();
        d.unit = unit();
        d.missing = {{QStringLiteral("Bản vẽ thiết kế xây dựng"),
                      QStringLiteral("Thiếu chữ ký của người thiết kế")},
                     {QStringLiteral("Văn bản thỏa thuận của chủ đầu tư"),
                      QStringLiteral("Chưa nộp; bắt buộc với nhà liền kề")}};
        d.note = reason;
        d.clerkName = QStringLiteral("Phạm Quốc Bảo");
        d.hotline = QStringLiteral("1022");
        return CounterForms::supplementRequest(d);
    }
    case Form::Refusal: {
        RefusalData d;
        d.number = 9;
        d.at = vnTime(2026, 11, 27, 10, 5);
        d.draft = draft(name, kind);
        d.procedure = procedure();
        d.unit = unit();
        d.reason = reason;
        d.clerkName = QStringLiteral("Phạm Quốc Bảo");
        return CounterForms::refusal(d);
    }
    }
    return nullptr;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << program << args << "failed:" << p.readAllStandardError();
        return QString();
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext output, NFC, with every run of white space made one space (lines
// wrap and -layout pads columns).
QString squeezed(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C)
            .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QString withoutSpace(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C)
            .remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace

Q_DECLARE_METATYPE(Form)

class TestCounterForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statutoryDateTime_data();
    void statutoryDateTime();
    void qrCodeRoundTrip_data();
    void qrCodeRoundTrip();
    void qrCodeRefusesBadInput();
    void printedForms_data();
    void printedForms();
    void receiptQrDecodes();
    void refusalNeedsReason();
    void printToUnwritablePathFails();
    void previewIsNonModal();

private:
    QTemporaryDir m_dir;
};

void TestCounterForms::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // MOTCUA_KEEP_PDF=1 keeps the printed forms to look at.
    if (qEnvironmentVariableIsSet("MOTCUA_KEEP_PDF")) {
        m_dir.setAutoRemove(false);
        qInfo().noquote() << "Forms kept in" << m_dir.path();
    }
    for (const char *tool : {"pdftotext", "pdftoppm", "zbarimg"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is missing (poppler-utils, zbar-tools)")
                                     .arg(QString::fromLatin1(tool))));
    }
}

void TestCounterForms::statutoryDateTime_data()
{
    QTest::addColumn<QDateTime>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utc converted to +07:00")
            << QDateTime(QDate(2026, 11, 27), QTime(3, 5), Qt::UTC) << kReceived;
    QTest::newRow("already +07:00") << vnTime(2026, 11, 27, 10, 5) << kReceived;
    QTest::newRow("+09:00 converted")
            << QDateTime(QDate(2026, 11, 27), QTime(12, 5), QTimeZone(9 * 3600)) << kReceived;
    QTest::newRow("utc evening is next day in Vietnam")
            << QDateTime(QDate(2026, 12, 31), QTime(17, 0), Qt::UTC)
            << QStringLiteral("00 giờ 00 phút, ngày 01 tháng 01 năm 2027");
    QTest::newRow("midnight") << vnTime(2026, 6, 15, 0, 0)
                              << QStringLiteral("00 giờ 00 phút, ngày 15 tháng 06 năm 2026");
    QTest::newRow("single digits zero-padded")
            << QDateTime(QDate(2026, 3, 4), QTime(1, 5), Qt::UTC)
            << QStringLiteral("08 giờ 05 phút, ngày 04 tháng 03 năm 2026");
    QTest::newRow("seconds dropped") << QDateTime(QDate(2026, 3, 4), QTime(16, 59, 59), Qt::UTC)
                                     << QStringLiteral("23 giờ 59 phút, ngày 04 tháng 03 năm 2026");
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestCounterForms::statutoryDateTime()
{
    QFETCH(QDateTime, input);
    QFETCH(QString, expected);
    QCOMPARE(CounterForms::statutoryDateTime(input), expected);
}

void TestCounterForms::qrCodeRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("moduleSize");
    QTest::newRow("dossier code") << kCode << 6;
    QTest::newRow("small modules") << kCode << 3;
    QTest::newRow("vietnamese utf-8") << QStringLiteral("Hồ sơ Đặng Thị Ánh") << 4;
}

void TestCounterForms::qrCodeRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, moduleSize);
    const QImage image = qrCodeImage(text, moduleSize);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), image.height());
    QCOMPARE(image.width() % moduleSize, 0);
    // The quiet zone is white, the finder pattern's corner black.
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    QCOMPARE(image.pixelColor(4 * moduleSize, 4 * moduleSize), QColor(Qt::black));
    QCOMPARE(image.pixelColor(4 * moduleSize - 1, 4 * moduleSize - 1), QColor(Qt::white));

    const QString png = m_dir.filePath(QStringLiteral("qr.png"));
    QVERIFY(image.save(png));
    QCOMPARE(run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png})
                     .trimmed(),
             text);
}

void TestCounterForms::qrCodeRefusesBadInput()
{
    QVERIFY(qrCodeImage(QString()).isNull());
    QVERIFY(qrCodeImage(kCode, 0).isNull());
    QVERIFY(qrCodeImage(kCode, -2).isNull());
    QVERIFY(qrCodeImage(QString(8000, QLatin1Char('x'))).isNull()); // too long for any version
}

void TestCounterForms::printedForms_data()
{
    QTest::addColumn<Form>("form");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("pages"); // 0: as many as the text needs

    const QString person = QStringLiteral("Nguyễn Thị Ánh Tuyết");
    const QStringList receipt
            = {kCode,
               QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
               QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
               QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
               QStringLiteral("CHI NHÁNH BẾN THÀNH"),
               QStringLiteral("TRUNG TÂM PHỤC VỤ HÀNH"),
               kProcedure,
               QStringLiteral("1.009994"),
               QStringLiteral("Thời gian nhận hồ sơ: ") + kReceived,
               QStringLiteral("Thời gian trả kết quả giải quyết hồ sơ: ") + kDue,
               QStringLiteral("Đơn đề nghị cấp giấy phép xây dựng"),
               QStringLiteral("Giấy chứng nhận quyền sử dụng đất"),
               QStringLiteral("Bản vẽ thiết kế xây dựng"),
               QStringLiteral("3 ngày làm việc"),
               QStringLiteral("Số lượng hồ sơ: 2 (bộ)"),
               QStringLiteral("75.000 đồng"),
               QStringLiteral("Quyển số: 05/2026, Số thứ tự: 0042"),
               QStringLiteral("tại Bộ phận Một cửa Chi nhánh Bến Thành, 92 Lê Lợi"),
               QStringLiteral("NGƯỜI NỘP HỒ SƠ"),
               QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"),
               QStringLiteral("Phạm Quốc Bảo"),
               QStringLiteral("Bản số 1: lưu tại Bộ phận Một cửa"),
               QStringLiteral("Bản số 2: giao cho người nộp hồ sơ")};
    QTest::newRow("receipt, person")
            << Form::Receipt << person << QStringLiteral("person") << QString()
            << (QStringList(receipt)
                << QStringLiteral("079085001234")
                << QStringLiteral("12 Nguyễn Huệ, Phường Sài Gòn, Thành phố Hồ Chí Minh")
                << QStringLiteral("0903123456") << QStringLiteral("nguoinop@example.vn"))
            << 2;
    QTest::newRow("receipt, business with representative")
            << Form::Receipt << QStringLiteral("Công ty TNHH Xây dựng Ánh Dương")
            << QStringLiteral("business") << QString()
            << (QStringList(receipt)
                << QStringLiteral("0312345678") << QStringLiteral("Trần Thị Thu Hường"))
            << 2;
    QTest::newRow("receipt, hostile name")
            << Form::Receipt << kHostile << QStringLiteral("person") << QString() << receipt << 2;
    QTest::newRow("receipt, 2000-character name")
            << Form::Receipt << kLongName << QStringLiteral("person") << QString() << receipt << 0;

    const QStringList supplement = {QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
                                    QStringLiteral("Số: 118"),
                                    QStringLiteral("ngày 27 tháng 11 năm 2026"),
                                    kProcedure,
                                    QStringLiteral("Bản vẽ thiết kế xây dựng"),
                                    QStringLiteral("Thiếu chữ ký của người thiết kế"),
                                    QStringLiteral("Văn bản thỏa thuận của chủ đầu tư"),
                                    QStringLiteral("Chưa nộp; bắt buộc với nhà liền kề"),
                                    QStringLiteral("một lần tất cả các nội dung cần bổ sung"),
                                    QStringLiteral("Phạm Quốc Bảo"),
                                    QStringLiteral("1022"),
                                    QStringLiteral("NGƯỜI HƯỚNG DẪN")};
    QTest::newRow("supplement") << Form::Supplement << person << QStringLiteral("person")
                                << QStringLiteral("Nộp lại trong giờ hành chính")
                                << (QStringList(supplement)
                                    << QStringLiteral("Ghi chú: Nộp lại trong giờ hành chính"))
                                << 1;
    QTest::newRow("supplement, hostile name and note")
            << Form::Supplement << kHostile << QStringLiteral("person") << kHostile
            << (QStringList(supplement) << QStringLiteral("Ghi chú: ") + kHostile) << 1;

    const QStringList refusal = {QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
                                 QStringLiteral("Số: 9"),
                                 kProcedure,
                                 QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"),
                                 QStringLiteral("Phạm Quốc Bảo")};
    const QString reason = QStringLiteral("Thửa đất thuộc quy hoạch hành lang bảo vệ sông Sài Gòn,"
                                          " không thuộc trường hợp được cấp phép.");
    QTest::newRow("refusal") << Form::Refusal << person << QStringLiteral("person") << reason
                             << (QStringList(refusal) << reason) << 1;
    QTest::newRow("refusal, hostile name and reason")
            << Form::Refusal << kHostile << QStringLiteral("person") << kHostile
            << (QStringList(refusal) << kHostile) << 1;
}

void TestCounterForms::printedForms()
{
    QFETCH(Form, form);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QFETCH(QStringList, expected);
    QFETCH(int, pages);

    auto doc = buildForm(form, name, kind, reason);
    QVERIFY(doc);
    // Nothing typed may widen the page: long words wrap, markup stays text.
    QVERIFY2(doc->documentLayout()->documentSize().width() <= doc->pageSize().width() + 1,
             qPrintable(QString::number(doc->documentLayout()->documentSize().width())));
    QVERIFY(doc->toPlainText().contains(name));
    if (pages > 0)
        QCOMPARE(doc->pageCount(), pages);

    const QString tag = QString::fromUtf8(QTest::currentDataTag())
                                .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")),
                                         QStringLiteral("-"));
    const QString pdf = m_dir.filePath(tag + QStringLiteral(".pdf"));
    QVERIFY(CounterForms::printToPdf(*doc, pdf));
    const QString raw = run(QStringLiteral("pdftotext"),
                            {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(!raw.isEmpty());
    const QStringList pageTexts = raw.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), doc->pageCount());

    const QString text = squeezed(raw);
    for (const QString &s : expected)
        QVERIFY2(text.contains(squeezed(s)), qPrintable(QStringLiteral("missing: ") + s));
    // The applicant's name, however long, is printed whole (only wrapped).
    QVERIFY2(withoutSpace(raw).contains(withoutSpace(name)), qPrintable(name.left(80)));

    if (form == Form::Receipt) {
        // Two identical copies, the second starting on a new page, each
        // marked with its destination under the title.
        QVERIFY(squeezed(pageTexts.at(0)).contains(QStringLiteral("(Bản số 1: lưu tại")));
        int second = -1;
        for (int i = 0; i < pageTexts.size() && second < 0; ++i) {
            if (squeezed(pageTexts.at(i)).contains(QStringLiteral("(Bản số 2: giao cho")))
                second = i;
        }
        QVERIFY(second > 0);
        QCOMPARE(pageTexts.size(), 2 * second);
        const QString copy2 = squeezed(pageTexts.at(second));
        QVERIFY(copy2.contains(QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")));
        QVERIFY(copy2.indexOf(QStringLiteral("CỘNG HÒA"))
                < copy2.indexOf(QStringLiteral("(Bản số 2")));
        QVERIFY(copy2.contains(kCode));
        // Only documents received are listed.
        QVERIFY(!text.contains(QStringLiteral("Văn bản thỏa thuận")));
    }
}

void TestCounterForms::receiptQrDecodes()
{
    auto doc = buildForm(
            Form::Receipt, QStringLiteral("Lê Văn Đức"), QStringLiteral("person"), QString());
    QVERIFY(doc);
    const QString pdf = m_dir.filePath(QStringLiteral("qr-receipt.pdf"));
    QVERIFY(CounterForms::printToPdf(*doc, pdf));
    const QString prefix = m_dir.filePath(QStringLiteral("qr-receipt"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"),
         QStringLiteral("-r"),
         QStringLiteral("150"),
         QStringLiteral("-f"),
         QStringLiteral("1"),
         QStringLiteral("-l"),
         QStringLiteral("1"),
         QStringLiteral("-singlefile"),
         pdf,
         prefix});
    const QString png = prefix + QStringLiteral(".png");
    QVERIFY(QFileInfo::exists(png));
    QCOMPARE(run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png})
                     .trimmed(),
             kCode);
}

void TestCounterForms::refusalNeedsReason()
{
    QVERIFY(!buildForm(
            Form::Refusal, QStringLiteral("Lê Văn Đức"), QStringLiteral("person"), QString()));
    QVERIFY(!buildForm(Form::Refusal,
                       QStringLiteral("Lê Văn Đức"),
                       QStringLiteral("person"),
                       QStringLiteral("  \n ")));
}

void TestCounterForms::printToUnwritablePathFails()
{
    auto doc = buildForm(Form::Refusal,
                         QStringLiteral("Lê Văn Đức"),
                         QStringLiteral("person"),
                         QStringLiteral("Không thuộc thẩm quyền"));
    QVERIFY(doc);
    QVERIFY(!CounterForms::printToPdf(*doc, m_dir.filePath(QStringLiteral("no/such/dir/x.pdf"))));
}

void TestCounterForms::previewIsNonModal()
{
    QWidget parent;
    std::shared_ptr<QTextDocument> doc = buildForm(
            Form::Receipt, QStringLiteral("Lê Văn Đức"), QStringLiteral("person"), QString());
    QPointer<QDialog> dialog = CounterForms::preview(doc, &parent);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
    auto *widget = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(widget);
    QTRY_COMPARE(widget->pageCount(), 2);
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(doc.use_count(), 1); // the dialog released the document
}

QTEST_MAIN(TestCounterForms)
#include "test_counterforms.moc"
