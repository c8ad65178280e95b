#include "compliance.h"

#include "vntext.h"

namespace Motcua::Compliance {

const QStringList &boilerplatePhrases()
{
    static const QStringList phrases{QStringLiteral("thieu giay to"),
                                     QStringLiteral("thieu ho so"),
                                     QStringLiteral("khong hop le"),
                                     QStringLiteral("ho so khong hop le"),
                                     QStringLiteral("bo sung"),
                                     QStringLiteral("bo sung ho so"),
                                     QStringLiteral("theo quy dinh"),
                                     QStringLiteral("khong dung quy dinh"),
                                     QStringLiteral("khac"),
                                     QStringLiteral("ly do khac"),
                                     QStringLiteral("khong du dieu kien")};
    return phrases;
}

bool isBlankReason(const QString &reason)
{
    if (reason.trimmed().size() < minimumReasonLength)
        return true;
    // As motcua_fold(regexp_replace(reason, '[[:punct:]]', '', 'g')).
    QString stripped;
    stripped.reserve(reason.size());
    for (const QChar c : reason) {
        if (!c.isPunct() && !c.isSymbol())
            stripped += c;
    }
    return boilerplatePhrases().contains(VnText::fold(stripped));
}

} // namespace Motcua::Compliance
