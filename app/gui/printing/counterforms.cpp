#include "counterforms.h"

#include "formhtml.h"

#include "core/centertime.h"
#include "core/dossiercode.h"
#include "qrcode.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStringList>
#include <QTextOption>
#include <QUrl>

// The fixed texts below are those of the statutory paper forms (Circular
// 01/2018/TT-VPCP, Mẫu 01–03). They are legal form texts printed in Vietnamese
// whatever the interface language, so they are written here in Vietnamese and
// deliberately not passed through tr(). Every value that comes from a person
// (names, addresses, reasons, notes, unit names) goes through esc().

namespace Motcua {

namespace {

using namespace FormHtml;

const QUrl &qrUrl()
{
    static const QUrl url(QStringLiteral("qr:code"));
    return url;
}

QString number(double value)
{
    QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    vi.setNumberOptions(QLocale::OmitGroupSeparator);
    return vi.toString(value, 'g', 6);
}

QString money(qint64 dong)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(dong);
}

QString address(const Applicant &a)
{
    QStringList parts;
    for (const QString &part : {a.street, a.ward, a.province}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

// The applicant block shared by the three forms.
// `intro` is HTML: fixed text, or fixed text with escaped values.
QString applicantBlock(const Applicant &a, const QString &intro)
{
    QString html = field(intro, QStringLiteral("<b>%1</b>").arg(escOrDots(a.fullName)));
    if (a.kind == QLatin1String("business")) {
        html += field(QStringLiteral("Mã số thuế"), escOrDots(a.taxCode));
        if (!a.representativeName.trimmed().isEmpty()) {
            html += field(QStringLiteral("Người đại diện"),
                          esc(a.representativeName)
                                  + (a.representativeIdNumber.trimmed().isEmpty()
                                             ? QString()
                                             : QStringLiteral(", số CCCD: ")
                                                       + esc(a.representativeIdNumber)));
        }
    } else {
        html += field(QStringLiteral("Số CCCD/CMND"), escOrDots(a.idNumber));
        if (!a.representativeName.trimmed().isEmpty()) {
            html += field(QStringLiteral("Người được ủy quyền nộp hồ sơ"),
                          esc(a.representativeName)
                                  + (a.representativeIdNumber.trimmed().isEmpty()
                                             ? QString()
                                             : QStringLiteral(", số CCCD: ")
                                                       + esc(a.representativeIdNumber)));
        }
    }
    html += field(QStringLiteral("Địa chỉ"), escOrDots(address(a)));
    html += QStringLiteral("<p>Số điện thoại: %1 &nbsp;&nbsp;&nbsp; Email: %2</p>")
                    .arg(escOrDots(a.phone), escOrDots(a.email));
    return html;
}

QString procedureLine(const Procedure &p)
{
    QString value = QStringLiteral("<b>%1</b>").arg(escOrDots(p.name));
    if (!p.code.trimmed().isEmpty())
        value += QStringLiteral(" (mã thủ tục: %1)").arg(esc(p.code));
    return field(QStringLiteral("Nội dung yêu cầu giải quyết"), value);
}

// Two signatures side by side; an empty title leaves its column blank.
QString signatures(const QString &leftTitle,
                   const QString &leftName,
                   const QString &rightTitle,
                   const QString &rightName)
{
    auto cell = [](const QString &title, const QString &name) {
        if (title.isEmpty())
            return QStringLiteral("<td width=\"50%\"></td>");
        return QStringLiteral("<td width=\"50%\" align=\"center\"><b>%1</b><br>"
                              "<i>(Ký và ghi rõ họ tên)</i><br><br><br><br><br><b>%2</b></td>")
                .arg(title, esc(name));
    };
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\""
                          " style=\"margin-top: 12px\"><tr>%1%2</tr></table>")
            .arg(cell(leftTitle, leftName), cell(rightTitle, rightName));
}

QString processingTime(const Procedure &p)
{
    const bool hours = p.processingUnit == QLatin1String("working_hours");
    return QStringLiteral("%1 %2").arg(number(p.processingValue),
                                       hours ? QStringLiteral("giờ làm việc")
                                             : QStringLiteral("ngày làm việc"));
}

QString receivedDocuments(const QList<DocumentEntry> &documents)
{
    QString html = tableStart();
    html += QStringLiteral(
            "<thead><tr><th width=\"7%\">STT</th><th>Tên giấy tờ</th>"
            "<th width=\"11%\">Bản chính</th><th width=\"13%\">Bản sao chứng thực</th>"
            "<th width=\"11%\">Bản photo</th></tr></thead>");
    auto count = [](int n) {
        return n > 0 ? QString::number(n) : QString();
    };
    int row = 0;
    for (const DocumentEntry &doc : documents) {
        if (!doc.received)
            continue;
        html += QStringLiteral(
                        "<tr><td align=\"center\">%1</td><td>%2</td><td align=\"center\">%3</td>"
                        "<td align=\"center\">%4</td><td align=\"center\">%5</td></tr>")
                        .arg(QString::number(++row),
                             esc(doc.name),
                             count(doc.originals),
                             count(doc.certifiedCopies),
                             count(doc.photocopies));
    }
    if (row == 0)
        html += QStringLiteral("<tr><td></td><td colspan=\"4\"><i>Không có giấy tờ</i></td></tr>");
    return html + QStringLiteral("</table>");
}

QString receiptCopy(const ReceiptData &d, int copy)
{
    const Applicant &a = d.draft.applicant;
    const auto parsed = DossierCode::parse(d.dossier.code);
    const QString entry
            = parsed.ok()
                      ? QStringLiteral("%1").arg(parsed.value().sequence, 4, 10, QLatin1Char('0'))
                      : d.dossier.code;

    QString html = header(d.unit,
                          QStringLiteral("Quầy số: %1")
                                  .arg(d.counterNumber > 0 ? QString::number(d.counterNumber)
                                                           : QStringLiteral("……")),
                          d.dossier.receivedAt,
                          copy > 1);
    html += title(QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"));
    html += QStringLiteral("<p align=\"center\"><i>(%1)</i></p>")
                    .arg(copy == 1 ? QStringLiteral("Bản số 1: lưu tại Bộ phận Một cửa")
                                   : QStringLiteral("Bản số 2: giao cho người nộp hồ sơ"));
    html += QStringLiteral(
                    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                    "<td valign=\"middle\"><p style=\"font-size: 12pt\">Mã hồ sơ: <b>%1</b></p>"
                    "<p>Bộ phận Một cửa %2 tiếp nhận hồ sơ.</p></td>"
                    "<td width=\"104\" align=\"right\">"
                    "<img src=\"qr:code\" width=\"100\" height=\"100\"></td></tr></table>")
                    .arg(esc(d.dossier.code), escOrDots(d.unit.name));
    html += applicantBlock(a, QStringLiteral("Tiếp nhận hồ sơ của"));
    html += procedureLine(d.procedure);
    html += QStringLiteral("<p>Thành phần hồ sơ nộp gồm:</p>");
    html += receivedDocuments(d.draft.documents);
    html += field(QStringLiteral("Số lượng hồ sơ"),
                  QStringLiteral("%1 (bộ)").arg(QString::number(qMax(1, d.draft.setsCount))));
    html += field(QStringLiteral("Thời gian giải quyết hồ sơ theo quy định là"),
                  processingTime(d.procedure));
    html += field(
            QStringLiteral("Thời gian nhận hồ sơ"),
            QStringLiteral("<b>%1</b>").arg(CounterForms::statutoryDateTime(d.dossier.receivedAt)));
    html += field(
            QStringLiteral("Thời gian trả kết quả giải quyết hồ sơ"),
            QStringLiteral("<b>%1</b>").arg(CounterForms::statutoryDateTime(d.dossier.dueAt)));
    if (d.draft.returnChannel == QLatin1String("post")) {
        html += field(QStringLiteral("Đăng ký nhận kết quả"),
                      QStringLiteral("qua dịch vụ bưu chính công ích, gửi đến: ")
                              + escOrDots(address(a)));
    } else {
        html += field(QStringLiteral("Đăng ký nhận kết quả"),
                      QStringLiteral("tại Bộ phận Một cửa ") + escOrDots(d.unit.name)
                              + (d.unit.address.trimmed().isEmpty()
                                         ? QString()
                                         : QStringLiteral(", ") + esc(d.unit.address)));
    }
    QString fee = d.procedure.fee > 0 ? QStringLiteral("%1 đồng").arg(money(d.procedure.fee))
                                      : QStringLiteral("không thu");
    if (!d.procedure.feeNote.trimmed().isEmpty())
        fee += QStringLiteral(" (%1)").arg(esc(d.procedure.feeNote));
    html += field(QStringLiteral("Phí, lệ phí"), fee);
    html += QStringLiteral("<p>Vào Sổ theo dõi hồ sơ, Quyển số: %1, Số thứ tự: %2</p>")
                    .arg(escOrDots(d.registerBook), esc(entry));

    const QString submitter
            = a.representativeName.trimmed().isEmpty() ? a.fullName : a.representativeName;
    html += signatures(QStringLiteral("NGƯỜI NỘP HỒ SƠ"),
                       a.kind == QLatin1String("business")
                                       && a.representativeName.trimmed().isEmpty()
                               ? QString()
                               : submitter,
                       QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"),
                       d.clerkName);
    html += QStringLiteral(
            "<p style=\"margin-top: 14px; font-size: 9pt\"><i>Ghi chú: Bản số 1: lưu tại Bộ phận "
            "Một cửa;"
            " Bản số 2: giao cho người nộp hồ sơ. Khi đến nhận kết quả, người nộp hồ sơ mang theo"
            " Giấy tiếp nhận này. Tra cứu tình trạng hồ sơ bằng mã hồ sơ hoặc mã QR.</i></p>");
    return html;
}

} // namespace

std::unique_ptr<QTextDocument> CounterForms::receipt(const ReceiptData &d)
{
    auto doc = newDocument(
            QStringLiteral("Giấy tiếp nhận hồ sơ và hẹn trả kết quả %1").arg(d.dossier.code));
    const QImage qr = qrCodeImage(d.dossier.code, 8);
    if (!qr.isNull())
        doc->addResource(QTextDocument::ImageResource, qrUrl(), qr);
    doc->setHtml(receiptCopy(d, 1) + receiptCopy(d, 2));
    return doc;
}

std::unique_ptr<QTextDocument> CounterForms::supplementRequest(const SupplementData &d)
{
    auto doc = newDocument(
            QStringLiteral("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ số %1").arg(d.number));
    const Applicant &a = d.draft.applicant;
    QString html = header(d.unit, QStringLiteral("Số: %1").arg(d.number), d.at);
    html += title(QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"));
    html += QStringLiteral("<p align=\"center\" style=\"margin-bottom: 10px\">"
                           "<i>Lập lúc %1</i></p>")
                    .arg(statutoryDateTime(d.at));
    html += applicantBlock(a, QStringLiteral("Hồ sơ của"));
    html += procedureLine(d.procedure);
    html += QStringLiteral("<p>Sau khi kiểm tra, Bộ phận Một cửa %1 đề nghị Ông/Bà bổ sung, hoàn"
                           " thiện hồ sơ gồm những nội dung sau:</p>")
                    .arg(escOrDots(d.unit.name));
    html += tableStart();
    html += QStringLiteral("<thead><tr><th width=\"7%\">STT</th>"
                           "<th width=\"43%\">Giấy tờ cần bổ sung, hoàn thiện</th>"
                           "<th>Lý do</th></tr></thead>");
    int row = 0;
    for (const MissingDocument &m : d.missing) {
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(QString::number(++row), esc(m.name), esc(m.reason));
    }
    if (row == 0)
        html += QStringLiteral("<tr><td></td><td>…………………</td><td></td></tr>");
    html += QStringLiteral("</table>");
    if (!d.note.trimmed().isEmpty())
        html += field(QStringLiteral("Ghi chú"), esc(d.note));
    html += QStringLiteral(
            "<p>Bộ phận Một cửa hướng dẫn đầy đủ, một lần tất cả các nội dung cần bổ sung, hoàn "
            "thiện"
            " nêu trên. Khi nộp lại hồ sơ, Ông/Bà vui lòng mang theo Phiếu này.</p>");
    const QString hotline = d.hotline.trimmed().isEmpty() ? d.unit.phone : d.hotline;
    html += QStringLiteral("<p>Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà"
                           " liên hệ cán bộ %1, số điện thoại %2 để được hướng dẫn.</p>")
                    .arg(QStringLiteral("<b>%1</b>").arg(escOrDots(d.clerkName)),
                         escOrDots(hotline));
    html += signatures(QString(), QString(), QStringLiteral("NGƯỜI HƯỚNG DẪN"), d.clerkName);
    doc->setHtml(html);
    return doc;
}

std::unique_ptr<QTextDocument> CounterForms::refusal(const RefusalData &d)
{
    if (d.reason.trimmed().isEmpty())
        return nullptr;
    auto doc = newDocument(
            QStringLiteral("Phiếu từ chối tiếp nhận giải quyết hồ sơ số %1").arg(d.number));
    QString html = header(d.unit, QStringLiteral("Số: %1").arg(d.number), d.at);
    html += title(QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"));
    html += QStringLiteral("<p align=\"center\" style=\"margin-bottom: 10px\">"
                           "<i>Lập lúc %1</i></p>")
                    .arg(statutoryDateTime(d.at));
    html += applicantBlock(
            d.draft.applicant,
            QStringLiteral("Bộ phận Một cửa %1 tiếp nhận hồ sơ của").arg(escOrDots(d.unit.name)));
    html += procedureLine(d.procedure);
    html += QStringLiteral(
            "<p>Qua nghiên cứu, xem xét, đối chiếu với các quy định hiện hành, Bộ phận Một cửa"
            " thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:</p>");
    html += tableStart() + QStringLiteral("<tr><td>%1</td></tr></table>").arg(esc(d.reason));
    html += QStringLiteral("<p>Xin thông báo cho Ông/Bà được biết và thực hiện./.</p>");
    html += signatures(QString(), QString(), QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"), d.clerkName);
    doc->setHtml(html);
    return doc;
}

bool CounterForms::printToPdf(QTextDocument &doc, const QString &path)
{
    // QPrinter reports no error when the file cannot be written: check the file.
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(FormHtml::pageLayout());
    printer.setDocName(doc.metaInformation(QTextDocument::DocumentTitle));
    printer.setCreator(QStringLiteral("Motcua Desk"));
    doc.print(&printer);
    return QFileInfo(path).size() > 0;
}

QDialog *CounterForms::preview(std::shared_ptr<QTextDocument> doc, QWidget *parent)
{
    if (!doc)
        return nullptr;
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::NonModal);
    dialog->setWindowTitle(doc->metaInformation(QTextDocument::DocumentTitle));
    QPrinter *printer = dialog->printer();
    printer->setPageLayout(FormHtml::pageLayout());
    printer->setDocName(doc->metaInformation(QTextDocument::DocumentTitle));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [doc](QPrinter *p) {
        doc->print(p);
    });
    dialog->show();
    return dialog;
}

QString CounterForms::statutoryDateTime(const QDateTime &t)
{
    const QDateTime vn = CenterTime::toCenter(t);
    if (!vn.isValid())
        return QString();
    return QStringLiteral("%1 giờ %2 phút, %3")
            .arg(vn.time().hour(), 2, 10, QLatin1Char('0'))
            .arg(vn.time().minute(), 2, 10, QLatin1Char('0'))
            .arg(statutoryDate(vn));
}

QString CounterForms::statutoryDate(const QDateTime &t)
{
    const QDateTime vn = CenterTime::toCenter(t);
    if (!vn.isValid())
        return QString();
    const QDate date = vn.date();
    return QStringLiteral("ngày %1 tháng %2 năm %3")
            .arg(date.day(), 2, 10, QLatin1Char('0'))
            .arg(date.month(), 2, 10, QLatin1Char('0'))
            .arg(date.year());
}

} // namespace Motcua
