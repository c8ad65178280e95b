#include "formhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QImage>
#include <QTextOption>

namespace Motcua::FormHtml {

namespace {

constexpr int layoutDpi = 96;

QPaintDevice *layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        const int dotsPerMeter = qRound(layoutDpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

} // namespace

QPageLayout pageLayout(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       orientation,
                       orientation == QPageLayout::Portrait ? QMarginsF(20, 15, 15, 15)
                                                            : QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> newDocument(const QString &title,
                                           QPageLayout::Orientation orientation,
                                           double pointSize)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(layoutDevice());
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(pointSize);
    doc->setDefaultFont(font);
    // A 2,000-character word must wrap, not widen a table past the page.
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setDocumentMargin(0);
    doc->setPageSize(pageLayout(orientation).paintRect(QPageLayout::Inch).size() * layoutDpi);
    doc->setDefaultStyleSheet(QStringLiteral("p { margin-top: 0px; margin-bottom: 4px; }"
                                             "td, th { vertical-align: top; }"));
    doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    return doc;
}

// A person's value, safe inside HTML; line breaks are kept.
QString esc(const QString &value)
{
    return value.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// Blank fields print as a dotted line, as on the paper form.
QString escOrDots(const QString &value)
{
    return value.trimmed().isEmpty() ? QStringLiteral("…………………") : esc(value);
}

// Agency on the left, national motto on the right, then the number and the date.
QString header(const UnitInfo &unit,
               const QString &numberLine,
               const QDateTime &date,
               bool pageBreakBefore)
{
    QString html
            = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"%1>")
                      .arg(pageBreakBefore ? QStringLiteral(" style=\"page-break-before: always\"")
                                           : QString());
    html += QStringLiteral("<tr style=\"font-size: 10pt\"><td width=\"44%\" align=\"center\">");
    if (!unit.parentName.trimmed().isEmpty())
        html += esc(unit.parentName.toUpper()) + QStringLiteral("<br>");
    html += QStringLiteral("<b>%1</b><br>───────</td>").arg(escOrDots(unit.name.toUpper()));
    html += QStringLiteral("<td width=\"56%\" align=\"center\">"
                           "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>"
                           "<b>Độc lập - Tự do - Hạnh phúc</b><br>───────────────</td></tr>");
    html += QStringLiteral("<tr><td align=\"center\">%1</td>"
                           "<td align=\"center\"><i>%2</i></td></tr></table>")
                    .arg(numberLine, CounterForms::statutoryDate(date));
    return html;
}

QString title(const QString &text)
{
    return QStringLiteral("<p align=\"center\" style=\"margin-top: 14px; margin-bottom: 2px;"
                          " font-size: 13pt\"><b>%1</b></p>")
            .arg(text);
}

QString field(const QString &label, const QString &escapedValue)
{
    return QStringLiteral("<p>%1: %2</p>").arg(label, escapedValue);
}

QString tableStart(int cellPadding)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\""
                          " style=\"border-collapse: collapse; border-style: solid;"
                          " border-color: #000000; margin-top: 4px; margin-bottom: 8px\">")
            .arg(cellPadding);
}

} // namespace Motcua::FormHtml
