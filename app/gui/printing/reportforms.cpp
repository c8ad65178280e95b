#include "reportforms.h"

#include "formhtml.h"

#include <QIODevice>

// As in counterforms.cpp: the fixed texts are those of the statutory paper
// form, printed in Vietnamese whatever the interface language and therefore
// not passed through tr(); every value from a person goes through esc().

namespace Motcua {

namespace {

using namespace FormHtml;

QString csvField(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString dateText(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

std::unique_ptr<QTextDocument> ReportForms::reportII06a(const ReportII06aData &d)
{
    auto doc = newDocument(
            QStringLiteral("Biểu số II.06a %1 %2–%3")
                    .arg(d.reportingUnit, dateText(d.period.from), dateText(d.period.to)),
            reportOrientation,
            9.5);
    QString html = header(d.unit, QStringLiteral("Biểu số <b>II.06a/VPCP/KSTT</b>"), d.at);
    html += title(QStringLiteral("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"));
    html += QStringLiteral("<p align=\"center\"><i>Kỳ báo cáo: từ ngày %1 đến ngày %2</i></p>")
                    .arg(dateText(d.period.from), dateText(d.period.to));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                           "style=\"margin-top: 6px\"><tr><td>Đơn vị báo cáo: <b>%1</b></td>"
                           "<td align=\"right\"><i>Đơn vị tính: số hồ sơ</i></td></tr></table>")
                    .arg(escOrDots(d.reportingUnit));

    html += tableStart(3);
    const QString th = QStringLiteral("<th %1>%2</th>");
    html += QStringLiteral("<thead><tr>");
    html += th.arg(QStringLiteral("rowspan=\"2\" width=\"4%\""), QStringLiteral("STT"));
    html += th.arg(QStringLiteral("rowspan=\"2\" width=\"18%\""),
                   QStringLiteral("Lĩnh vực giải quyết"));
    html += th.arg(QStringLiteral("colspan=\"4\""), QStringLiteral("Số hồ sơ nhận giải quyết"));
    html += th.arg(QStringLiteral("colspan=\"4\""), QStringLiteral("Số hồ sơ đã giải quyết"));
    html += th.arg(QStringLiteral("colspan=\"3\""), QStringLiteral("Số hồ sơ đang giải quyết"));
    html += QStringLiteral("</tr><tr>");
    const QStringList leaves = {QStringLiteral("Tổng số"),
                                QStringLiteral("Trực tuyến"),
                                QStringLiteral("Trực tiếp, bưu chính"),
                                QStringLiteral("Từ kỳ trước chuyển qua"),
                                QStringLiteral("Tổng số"),
                                QStringLiteral("Trước hạn"),
                                QStringLiteral("Đúng hạn"),
                                QStringLiteral("Quá hạn"),
                                QStringLiteral("Tổng số"),
                                QStringLiteral("Trong hạn"),
                                QStringLiteral("Quá hạn")};
    for (const QString &leaf : leaves)
        html += th.arg(QStringLiteral("width=\"7%\""), leaf);
    html += QStringLiteral("</tr><tr style=\"font-size: 8pt\">");
    for (int i = 1; i <= 13; ++i)
        html += QStringLiteral("<td align=\"center\"><i>(%1)</i></td>").arg(i);
    html += QStringLiteral("</tr></thead>");

    int n = 0;
    for (const ReportII06aRow &r : d.rows) {
        const bool total = r.isTotal;
        html += QStringLiteral("<tr>");
        html += total ? QStringLiteral("<td></td><td><b>Tổng cộng</b></td>")
                      : QStringLiteral("<td align=\"center\">%1</td><td>%2</td>")
                                .arg(QString::number(++n), esc(r.sector));
        for (qint64 v : r.figures())
            html += QStringLiteral("<td align=\"right\">%1</td>")
                            .arg(total ? QStringLiteral("<b>%1</b>").arg(v) : QString::number(v));
        html += QStringLiteral("</tr>");
    }
    if (d.rows.isEmpty())
        html += QStringLiteral("<tr><td></td><td colspan=\"12\"><i>Không có hồ sơ</i></td></tr>");
    html += QStringLiteral("</table>");

    html += QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 14px\">"
            "<tr><td width=\"50%\" align=\"center\"><b>NGƯỜI LẬP BIỂU</b><br>"
            "<i>(Ký, ghi rõ họ tên)</i></td>"
            "<td width=\"50%\" align=\"center\"><b>THỦ TRƯỞNG ĐƠN VỊ</b><br>"
            "<i>(Ký, ghi rõ họ tên và đóng dấu)</i></td></tr></table>");
    doc->setHtml(html);
    return doc;
}

bool writeReportII06aCsv(const QList<ReportII06aRow> &rows,
                         const QStringList &header,
                         const QString &totalLabel,
                         QIODevice *out)
{
    if (!out || !out->isWritable())
        return false;
    QStringList lines;
    QStringList head;
    for (const QString &h : header)
        head << csvField(h);
    lines << head.join(QLatin1Char(','));
    int n = 0;
    for (const ReportII06aRow &r : rows) {
        const bool total = r.isTotal;
        QStringList fields = {csvField(total ? QString() : QString::number(++n)),
                              csvField(total ? totalLabel : r.sector)};
        for (qint64 v : r.figures())
            fields << csvField(QString::number(v));
        lines << fields.join(QLatin1Char(','));
    }
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += lines.join(QLatin1String("\r\n")).toUtf8();
    bytes += "\r\n";
    return out->write(bytes) == bytes.size();
}

} // namespace Motcua
