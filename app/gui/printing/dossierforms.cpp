#include "dossierforms.h"

#include "formhtml.h"

#include "core/centertime.h"
#include "core/dossierlifecycle.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextOption>

// As in counterforms.cpp: the fixed texts are those of the statutory paper
// forms, printed in Vietnamese whatever the interface language and therefore
// not passed through tr(); every value from a person goes through esc().

namespace Motcua {

namespace {

using namespace FormHtml;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::DossierForms)
};

// "HH:mm dd/MM/yyyy" on the center's clock, for table cells.
QString shortTime(const QDateTime &t)
{
    return CenterTime::timeDate(t);
}

// The statutory names of the steps and states, as printed.
QString kindText(const QString &kind)
{
    static const QHash<QString, QString> names = {
            {QStringLiteral("received"), QStringLiteral("Tiếp nhận hồ sơ")},
            {QStringLiteral("transferred"), QStringLiteral("Chuyển cơ quan giải quyết")},
            {QStringLiteral("processing"), QStringLiteral("Bắt đầu xử lý")},
            {QStringLiteral("supplement"), QStringLiteral("Yêu cầu bổ sung hồ sơ")},
            {QStringLiteral("supplemented"), QStringLiteral("Nhận hồ sơ bổ sung")},
            {QStringLiteral("extended"), QStringLiteral("Gia hạn, xin lỗi")},
            {QStringLiteral("stopped"), QStringLiteral("Dừng xử lý")},
            {QStringLiteral("withdrawn"), QStringLiteral("Rút hồ sơ")},
            {QStringLiteral("ready"), QStringLiteral("Có kết quả, chuyển Bộ phận Một cửa")},
            {QStringLiteral("returned"), QStringLiteral("Trả kết quả")},
    };
    return names.value(kind, kind);
}

QString stateText(const QString &key)
{
    static const QHash<QString, QString> names = {
            {QStringLiteral("received"), QStringLiteral("Đã tiếp nhận")},
            {QStringLiteral("transferred"), QStringLiteral("Đã chuyển cơ quan giải quyết")},
            {QStringLiteral("in_processing"), QStringLiteral("Đang xử lý")},
            {QStringLiteral("awaiting_supplement"), QStringLiteral("Chờ bổ sung")},
            {QStringLiteral("ready"), QStringLiteral("Chờ trả kết quả")},
            {QStringLiteral("returned"), QStringLiteral("Đã trả kết quả")},
            {QStringLiteral("stopped"), QStringLiteral("Dừng xử lý")},
            {QStringLiteral("withdrawn"), QStringLiteral("Đã rút hồ sơ")},
    };
    return names.value(key, key);
}

QString who(const DossierEvent &e)
{
    QString s = QStringLiteral("<b>%1</b>").arg(esc(e.actorName));
    if (!e.unitName.isEmpty())
        s += QStringLiteral("<br>") + esc(e.unitName);
    if (e.counterNumber > 0)
        s += QStringLiteral(", quầy số %1").arg(e.counterNumber);
    return s;
}

} // namespace

QPageLayout DossierForms::pageLayout(QPageLayout::Orientation orientation)
{
    return FormHtml::pageLayout(orientation);
}

Timeliness DossierForms::stepTimeliness(const DossierEvent &e)
{
    return classifyStep(e.kind, e.fromState, e.dueAtThen, e.at);
}

QString DossierForms::eventLabel(const QString &kind)
{
    if (kind == QLatin1String("received"))
        return Tr::tr("Received at the counter");
    if (const auto a = actionFromKey(kind))
        return actionLabel(*a);
    return kind;
}

QString DossierForms::timelinessText(Timeliness t)
{
    switch (t) {
    case Timeliness::Early:
        return QStringLiteral("Trước hạn");
    case Timeliness::OnTime:
        return QStringLiteral("Đúng hạn");
    case Timeliness::Late:
        return QStringLiteral("Trễ hạn");
    case Timeliness::InTime:
        return QStringLiteral("Trong hạn");
    case Timeliness::Overdue:
        return QStringLiteral("Quá hạn");
    }
    return {};
}

std::unique_ptr<QTextDocument> DossierForms::controlSheet(const DossierDetail &d,
                                                          const UnitInfo &unit)
{
    auto doc = newDocument(
            QStringLiteral("Phiếu kiểm soát quá trình giải quyết hồ sơ %1").arg(d.summary.code),
            QPageLayout::Portrait,
            10);
    QString html = header(unit,
                          QStringLiteral("Mã hồ sơ: <b>%1</b>").arg(esc(d.summary.code)),
                          d.summary.receivedAt);
    html += title(QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"));
    html += QStringLiteral("<p align=\"center\" style=\"margin-bottom: 10px\"><i>Mã hồ sơ: "
                           "%1</i></p>")
                    .arg(esc(d.summary.code));
    html += field(QStringLiteral("Người nộp hồ sơ"),
                  QStringLiteral("<b>%1</b>").arg(escOrDots(d.summary.applicantName)));
    html += field(QStringLiteral("Thủ tục"),
                  QStringLiteral("%1 (mã thủ tục: %2, phiên bản %3)")
                          .arg(escOrDots(d.summary.procedureName),
                               esc(d.procedureCode),
                               QString::number(d.procedureVersion)));
    html += field(QStringLiteral("Cơ quan giải quyết"), escOrDots(d.departmentName));
    html += field(QStringLiteral("Nơi tiếp nhận"), escOrDots(d.summary.unitName));
    html += field(QStringLiteral("Thời gian nhận hồ sơ"),
                  CounterForms::statutoryDateTime(d.summary.receivedAt));
    html += field(
            QStringLiteral("Thời gian trả kết quả"),
            QStringLiteral("<b>%1</b>").arg(CounterForms::statutoryDateTime(d.summary.dueAt)));
    for (const QDateTime &earlier : d.dueHistory)
        html += field(QStringLiteral("Hạn trước khi gia hạn"),
                      CounterForms::statutoryDateTime(earlier));

    html += tableStart(3);
    html += QStringLiteral("<thead><tr><th width=\"6%\">STT</th><th width=\"20%\">Bên giao</th>"
                           "<th width=\"20%\">Bên nhận</th><th width=\"12%\">Thời gian</th>"
                           "<th width=\"20%\">Nội dung</th><th width=\"10%\">Kết quả</th>"
                           "<th>Ghi chú</th></tr></thead>");
    QString previous = QStringLiteral("<b>%1</b><br>(người nộp)").arg(esc(d.summary.applicantName));
    int row = 0;
    for (const DossierEvent &e : d.events) {
        QString what = kindText(e.kind);
        if (!e.fromState.isEmpty() && e.fromState != e.toState)
            what += QStringLiteral("<br><i>%1 → %2</i>")
                            .arg(stateText(e.fromState), stateText(e.toState));
        QString note = esc(e.note);
        if (e.kind == QLatin1String("extended"))
            note += QStringLiteral("%1Hạn mới: %2")
                            .arg(note.isEmpty() ? QString() : QStringLiteral("<br>"),
                                 shortTime(e.dueAtThen));
        const QString receiver = who(e);
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td>"
                               "<td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                        .arg(QString::number(++row),
                             previous,
                             receiver,
                             shortTime(e.at),
                             what,
                             timelinessText(stepTimeliness(e)),
                             note);
        previous = receiver;
    }
    html += QStringLiteral("</table>");
    if (d.handover) {
        const Handover &h = *d.handover;
        QString how = h.channel == QLatin1String("post")
                              ? QStringLiteral("Gửi qua bưu chính, số hiệu bưu gửi %1")
                                        .arg(esc(h.trackingNumber))
                      : h.channel == QLatin1String("authorised")
                              ? QStringLiteral("Người được ủy quyền %1, số CCCD %2, giấy ủy quyền "
                                               "%3")
                                        .arg(esc(h.collectorName),
                                             esc(h.collectorIdNumber),
                                             esc(h.authorisation))
                              : QStringLiteral("Người nộp hồ sơ %1 nhận trực tiếp")
                                        .arg(esc(h.collectorName.isEmpty() ? d.summary.applicantName
                                                                           : h.collectorName));
        html += field(QStringLiteral("Trả kết quả"), how);
    }
    doc->setHtml(html);
    return doc;
}

std::unique_ptr<QTextDocument> DossierForms::apology(const ApologyData &a)
{
    if (a.reason.trimmed().isEmpty() || !a.oldDue.isValid() || !a.newDue.isValid())
        return nullptr;
    auto doc = newDocument(
            QStringLiteral("Phiếu xin lỗi và hẹn lại ngày trả kết quả %1").arg(a.code),
            QPageLayout::Portrait);
    QString html = header(a.unit, QStringLiteral("Mã hồ sơ: %1").arg(esc(a.code)), a.at);
    html += title(QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"));
    html += QStringLiteral("<p style=\"margin-top: 10px\">Kính gửi: Ông/Bà <b>%1</b></p>")
                    .arg(escOrDots(a.applicantName));
    html += QStringLiteral("<p>Vào %1, %2 tiếp nhận hồ sơ của Ông/Bà giải quyết thủ tục <b>%3</b>,"
                           " mã hồ sơ <b>%4</b>.</p>")
                    .arg(CounterForms::statutoryDateTime(a.receivedAt),
                         QStringLiteral("Bộ phận Một cửa ") + escOrDots(a.unit.name),
                         escOrDots(a.procedureName),
                         esc(a.code));
    html += QStringLiteral("<p>Thời hạn giải quyết theo quy định: <b>%1</b>.</p>")
                    .arg(CounterForms::statutoryDateTime(a.oldDue));
    html += QStringLiteral("<p>Tuy nhiên đến nay, %1 chưa giải quyết xong hồ sơ của Ông/Bà. "
                           "Lý do:</p>")
                    .arg(escOrDots(a.departmentName));
    html += tableStart(3) + QStringLiteral("<tr><td>%1</td></tr></table>").arg(esc(a.reason));
    html += QStringLiteral("<p>Sự chậm trễ này đã gây phiền hà cho Ông/Bà. Chúng tôi xin lỗi Ông/Bà"
                           " và hẹn lại thời gian trả kết quả là: <b>%1</b>.</p>")
                    .arg(CounterForms::statutoryDateTime(a.newDue));
    html += QStringLiteral("<p>Mong nhận được sự thông cảm của Ông/Bà./.</p>");
    html += QStringLiteral("<table width=\"100%\" style=\"margin-top: 12px\"><tr><td "
                           "width=\"50%\"></td><td align=\"center\"><b>%1</b><br><i>(Ký, ghi rõ họ "
                           "tên và đóng dấu)</i></td></tr></table>")
                    .arg(escOrDots(a.departmentName.toUpper()));
    doc->setHtml(html);
    return doc;
}

std::unique_ptr<QTextDocument> DossierForms::registerBook(const QList<RegisterRow> &rows,
                                                          const UnitInfo &unit,
                                                          const QDate &from,
                                                          const QDate &to)
{
    auto doc = newDocument(QStringLiteral("Sổ theo dõi hồ sơ %1 %2–%3")
                                   .arg(unit.name,
                                        from.toString(QStringLiteral("dd/MM/yyyy")),
                                        to.toString(QStringLiteral("dd/MM/yyyy"))),
                           QPageLayout::Landscape,
                           9);
    QString html = header(unit, QString(), QDateTime::currentDateTimeUtc());
    html += title(QStringLiteral("SỔ THEO DÕI HỒ SƠ"));
    html += QStringLiteral("<p align=\"center\" style=\"margin-bottom: 8px\"><i>Từ ngày %1 đến "
                           "ngày %2</i></p>")
                    .arg(from.toString(QStringLiteral("dd/MM/yyyy")),
                         to.toString(QStringLiteral("dd/MM/yyyy")));
    html += tableStart(3);
    html += QStringLiteral(
            "<thead><tr><th width=\"4%\">STT</th><th width=\"19%\">Mã hồ sơ</th>"
            "<th width=\"13%\">Tên tổ chức, cá nhân</th><th width=\"16%\">Thủ tục</th>"
            "<th width=\"9%\">Ngày nhận</th><th width=\"9%\">Hẹn trả</th>"
            "<th width=\"9%\">Chuyển xử lý</th><th width=\"9%\">Trả kết quả</th>"
            "<th>Ghi chú</th></tr></thead>");
    int n = 0;
    for (const RegisterRow &r : rows) {
        QString note = stateText(r.state);
        if (!r.note.isEmpty())
            note += QStringLiteral("<br>") + esc(r.note);
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td>"
                               "<td>%5</td><td>%6</td><td>%7</td><td>%8</td><td>%9</td></tr>")
                        .arg(QString::number(++n),
                             esc(r.code),
                             esc(r.applicantName),
                             esc(r.procedureName),
                             shortTime(r.receivedAt),
                             shortTime(r.dueAt),
                             shortTime(r.transferredAt),
                             shortTime(r.returnedAt),
                             note);
    }
    if (n == 0)
        html += QStringLiteral("<tr><td></td><td colspan=\"8\"><i>Không có hồ sơ</i></td></tr>");
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>Tổng số: %1 hồ sơ.</p>").arg(n);
    doc->setHtml(html);
    return doc;
}

bool DossierForms::printToPdf(QTextDocument &doc,
                              const QString &path,
                              QPageLayout::Orientation orientation)
{
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(pageLayout(orientation));
    printer.setDocName(doc.metaInformation(QTextDocument::DocumentTitle));
    printer.setCreator(QStringLiteral("Motcua Desk"));
    doc.print(&printer);
    return QFileInfo(path).size() > 0;
}

QDialog *DossierForms::preview(std::shared_ptr<QTextDocument> doc,
                               QWidget *parent,
                               QPageLayout::Orientation orientation)
{
    if (!doc)
        return nullptr;
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::NonModal);
    dialog->setWindowTitle(doc->metaInformation(QTextDocument::DocumentTitle));
    dialog->printer()->setPageLayout(pageLayout(orientation));
    dialog->printer()->setDocName(doc->metaInformation(QTextDocument::DocumentTitle));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [doc](QPrinter *p) {
        doc->print(p);
    });
    dialog->show();
    return dialog;
}

} // namespace Motcua
