// The intake drafts and outbox entries kept on the clerk's disk, read back
// after a crash: any file content loads without crashing, and a loaded
// draft survives a save and load unchanged.
#include "core/intakedraft.h"
#include "core/vntext.h"
#include "fuzzcommon.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Motcua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    const IntakeDraft d = IntakeDraft::fromJson(o);
    const QJsonObject saved = d.toJson();
    const IntakeDraft again = IntakeDraft::fromJson(
            QJsonDocument::fromJson(QJsonDocument(saved).toJson()).object());
    FUZZ_CHECK(again.toJson() == saved, QString::fromUtf8(bytes));

    // Names and addresses are folded for search: folding is stable.
    const QString in = Fuzz::text(data, size);
    const QString folded = VnText::fold(in);
    FUZZ_CHECK(VnText::fold(folded) == folded, in);
    FUZZ_CHECK(VnText::nfc(VnText::nfc(in)) == VnText::nfc(in), in);
    return 0;
}
