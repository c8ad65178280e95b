#pragma once

#include "counterforms.h"

#include <QPageLayout>
#include <QString>
#include <QTextDocument>

#include <memory>

// The building blocks every printed form shares: a fixed A4 layout at 96 dpi
// (so a form looks the same in the preview, in a PDF and on paper), DejaVu
// Serif, the statutory header, and HTML-safe values.
namespace Motcua::FormHtml {

QPageLayout pageLayout(QPageLayout::Orientation orientation = QPageLayout::Portrait);
std::unique_ptr<QTextDocument> newDocument(const QString &title,
                                           QPageLayout::Orientation orientation
                                           = QPageLayout::Portrait,
                                           double pointSize = 10.5);

// A person's value, safe inside HTML; line breaks are kept.
QString esc(const QString &value);
// Blank fields print as a dotted line, as on the paper form.
QString escOrDots(const QString &value);

// Agency on the left, the national motto on the right, then the number line
// and the date.
QString header(const UnitInfo &unit,
               const QString &numberLine,
               const QDateTime &date,
               bool pageBreakBefore = false);
QString title(const QString &text);
QString field(const QString &label, const QString &escapedValue);
QString tableStart(int cellPadding = 4);

} // namespace Motcua::FormHtml
