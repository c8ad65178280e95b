#pragma once

#include "core/timeliness.h"
#include "counterforms.h"
#include "data/dossierrepository.h"
#include "data/registerrepository.h"

#include <QPageLayout>

namespace Motcua {

// Phiếu xin lỗi và hẹn lại ngày trả kết quả.
struct ApologyData
{
    QString code;
    QString applicantName;
    QString procedureName;
    QDateTime receivedAt;
    QDateTime oldDue;
    QDateTime newDue;
    QString reason;
    QDateTime at;           // when the letter is issued
    UnitInfo unit;          // the receiving unit (header)
    QString departmentName; // the processing agency that apologises and signs
};

// The forms of a dossier's life after intake, in the style of CounterForms
// (fixed A4 layout, DejaVu Serif, statutory Vietnamese texts, values escaped).
class DossierForms
{
public:
    // Phiếu kiểm soát quá trình giải quyết hồ sơ: one row per step of the
    // control sheet with who handed over, to whom, when, and the step's
    // timeliness against the due date in force then.
    static std::unique_ptr<QTextDocument> controlSheet(const DossierDetail &d,
                                                       const UnitInfo &unit);
    // Null when the reason is blank or the dates are missing.
    static std::unique_ptr<QTextDocument> apology(const ApologyData &a);
    // Sổ theo dõi hồ sơ of one unit and period, A4 landscape.
    static std::unique_ptr<QTextDocument> registerBook(const QList<RegisterRow> &rows,
                                                       const UnitInfo &unit,
                                                       const QDate &from,
                                                       const QDate &to);

    // Like CounterForms::printToPdf / preview, with the page's orientation
    // (the register is landscape).
    static bool printToPdf(QTextDocument &doc,
                           const QString &path,
                           QPageLayout::Orientation orientation);
    static QDialog *preview(std::shared_ptr<QTextDocument> doc,
                            QWidget *parent,
                            QPageLayout::Orientation orientation);

    // The timeliness of one step of the control sheet against the due date
    // in force then (the rule is core's classifyStep).
    static Timeliness stepTimeliness(const DossierEvent &e);
    // Label of an event kind ("received" or an action key), translated.
    static QString eventLabel(const QString &kind);
    // The statutory Vietnamese word for a timeliness class, for printed forms.
    static QString timelinessText(Timeliness t);
    static QPageLayout pageLayout(QPageLayout::Orientation orientation);
};

} // namespace Motcua
