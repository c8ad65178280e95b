#pragma once

#include "core/checklist.h"
#include "core/intakedraft.h"
#include "data/catalog.h"
#include "data/intakerepository.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTextDocument>

#include <memory>

class QDialog;
class QWidget;

namespace Motcua {

// The agency printed in a form's header (cơ quan chủ quản, đơn vị).
struct UnitInfo
{
    QString name;
    QString code;
    QString address;
    QString phone;
    QString parentName;
};

// Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả.
struct ReceiptData
{
    ReceivedDossier dossier;
    IntakeDraft draft;
    Procedure procedure;
    UnitInfo unit;
    QString clerkName;
    int counterNumber = 0;
    QString registerBook; // Sổ theo dõi hồ sơ, quyển số
};

// Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.
struct SupplementData
{
    qint64 number = 0;
    QDateTime at;
    IntakeDraft draft;
    Procedure procedure;
    UnitInfo unit;
    QList<MissingDocument> missing;
    QString note;
    QString clerkName;
    QString hotline;
};

// Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ.
struct RefusalData
{
    qint64 number = 0;
    QDateTime at;
    IntakeDraft draft;
    Procedure procedure;
    UnitInfo unit;
    QString reason;
    QString clerkName;
};

// The statutory forms the counter prints (Circular 01/2018/TT-VPCP), as paginated
// A4 documents in DejaVu Serif (every Vietnamese glyph; embedded in PDFs).
// Every value typed by a clerk or an applicant is HTML-escaped.
class CounterForms
{
public:
    // Two copies in one document, each starting on its own page: copy 1 is filed
    // at the counter, copy 2 goes to the applicant. Carries the QR code of the
    // dossier code.
    static std::unique_ptr<QTextDocument> receipt(const ReceiptData &d);
    // Lists every missing or insufficient document with its reason (one-time
    // complete guidance).
    static std::unique_ptr<QTextDocument> supplementRequest(const SupplementData &d);
    // Null when d.reason is blank: a refusal must state its reason.
    static std::unique_ptr<QTextDocument> refusal(const RefusalData &d);

    // Writes `doc` to a PDF (A4 portrait, high resolution). False when the file
    // could not be written.
    static bool printToPdf(QTextDocument &doc, const QString &path);
    // Opens a non-modal print preview of `doc` (printing from it goes to a
    // printer or a PDF) and returns it; it deletes itself when closed and
    // keeps `doc` alive until then. Null for a null document.
    static QDialog *preview(std::shared_ptr<QTextDocument> doc, QWidget *parent);

    // "HH giờ mm phút, ngày dd tháng MM năm yyyy" in Vietnam time (UTC+7),
    // zero-padded, as the forms require. Empty for an invalid time.
    static QString statutoryDateTime(const QDateTime &t);
    // "ngày dd tháng MM năm yyyy" in Vietnam time. Empty for an invalid time.
    static QString statutoryDate(const QDateTime &t);
};

} // namespace Motcua
