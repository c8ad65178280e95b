#include "vntext.h"

namespace Motcua::VnText {

QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).trimmed();
}

QString fold(const QString &text)
{
    // NFD splits "ễ" into "e" + combining marks, which are then dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar ch : decomposed) {
        if (ch.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        const QChar::Category cat = ch.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
            || cat == QChar::Mark_Enclosing)
            continue;
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        // đ/Đ have no decomposition: they are letters of their own.
        if (ch == QChar(0x0111) || ch == QChar(0x0110))
            out.append(QLatin1Char('d'));
        else
            out.append(ch.toLower());
    }
    return out;
}

bool contains(const QString &haystack, const QString &needle)
{
    const QString n = fold(needle);
    if (n.isEmpty())
        return true;
    return fold(haystack).contains(n);
}

} // namespace Motcua::VnText
