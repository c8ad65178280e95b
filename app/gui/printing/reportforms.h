#pragma once

#include "counterforms.h"
#include "data/statutoryreportrepository.h"

#include <QPageLayout>
#include <QTextDocument>

#include <memory>

class QIODevice;

namespace Motcua {

// Biểu số II.06a/VPCP/KSTT (tình hình, kết quả giải quyết thủ tục hành
// chính) as printed: A4 landscape in the style of DossierForms.
struct ReportII06aData
{
    QList<ReportII06aRow> rows; // one per sector, then the total (isTotal)
    UnitInfo unit;              // the agency in the header
    QString reportingUnit;      // "Đơn vị báo cáo"
    ScorecardPeriod period;
    QDateTime at; // when the report is made
};

class ReportForms
{
public:
    static std::unique_ptr<QTextDocument> reportII06a(const ReportII06aData &d);
    static constexpr QPageLayout::Orientation reportOrientation = QPageLayout::Landscape;
};

// Writes the report as CSV for Excel like writeRegisterCsv: UTF-8 with a
// byte-order mark, comma separated, CRLF line ends, every field quoted. One
// header line (`header`: 13 titles), one line per sector numbered from 1,
// then the total under `totalLabel`. False when the device cannot be written.
bool writeReportII06aCsv(const QList<ReportII06aRow> &rows,
                         const QStringList &header,
                         const QString &totalLabel,
                         QIODevice *out);

} // namespace Motcua
