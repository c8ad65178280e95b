#include "checklist.h"

#include <QCoreApplication>

namespace Motcua {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::ChecklistVerdict)
};

const DocumentEntry *entryFor(const QList<DocumentEntry> &entries, int itemId)
{
    for (const DocumentEntry &e : entries) {
        if (e.checklistItemId == itemId)
            return &e;
    }
    return nullptr;
}

// Why a document does not satisfy its item, in words a clerk can read out.
QString shortfall(const ChecklistItem &item, const DocumentEntry *doc)
{
    if (!doc || !doc->received)
        return Tr::tr("not submitted");
    QStringList needs;
    if (item.originals > 0)
        needs << Tr::tr("%n original(s)", nullptr, item.originals);
    if (item.certifiedCopies > 0)
        needs << Tr::tr("%n certified copy(ies)", nullptr, item.certifiedCopies);
    if (item.photocopies > 0)
        needs << Tr::tr("%n photocopy(ies)", nullptr, item.photocopies);
    return Tr::tr("needs %1; received %2 original(s), %3 certified copy(ies), %4 photocopy(ies)")
            .arg(needs.join(QStringLiteral(", ")))
            .arg(doc->originals)
            .arg(doc->certifiedCopies)
            .arg(doc->photocopies);
}

} // namespace

bool ChecklistVerdict::satisfies(const ChecklistItem &item, const DocumentEntry &doc)
{
    if (!doc.received)
        return false;
    // Cumulative: originals cover certified copies, and both cover photocopies.
    return doc.originals >= item.originals
           && doc.originals + doc.certifiedCopies >= item.originals + item.certifiedCopies
           && doc.originals + doc.certifiedCopies + doc.photocopies
                      >= item.originals + item.certifiedCopies + item.photocopies;
}

ChecklistVerdict ChecklistVerdict::judge(const QList<ChecklistItem> &checklist,
                                         const QList<DocumentEntry> &entries)
{
    ChecklistVerdict v;
    QStringList groupsDone;
    for (const ChecklistItem &item : checklist) {
        const DocumentEntry *doc = entryFor(entries, item.id);
        if (item.altGroup.isEmpty()) {
            if (item.required && !(doc && satisfies(item, *doc)))
                v.missing.append({item.name, shortfall(item, doc)});
            continue;
        }
        if (groupsDone.contains(item.altGroup))
            continue;
        groupsDone << item.altGroup;
        bool groupRequired = false;
        bool satisfied = false;
        QStringList names;
        for (const ChecklistItem &alt : checklist) {
            if (alt.altGroup != item.altGroup)
                continue;
            groupRequired |= alt.required;
            names << alt.name;
            const DocumentEntry *altDoc = entryFor(entries, alt.id);
            satisfied |= altDoc && satisfies(alt, *altDoc);
        }
        if (groupRequired && !satisfied)
            v.missing.append(
                    {names.join(Tr::tr(" or ")), Tr::tr("one of these documents is needed")});
    }
    v.complete = v.missing.isEmpty();
    return v;
}

} // namespace Motcua
