#pragma once

#include <QList>
#include <QString>

namespace Motcua {

// One document of a procedure's checklist (thành phần hồ sơ), with the number
// of originals, certified copies and photocopies the procedure asks for. A
// document with no count at all is only shown (xuất trình), not kept.
struct ChecklistItem
{
    int id = 0;
    int position = 0;
    QString name;
    bool required = true;
    QString altGroup; // items sharing a group are alternatives: one is enough
    int originals = 0;
    int certifiedCopies = 0;
    int photocopies = 0;
    QString note;
};

// What the citizen actually handed over for one checklist item.
struct DocumentEntry
{
    int checklistItemId = 0;
    QString name;
    bool received = false;
    int originals = 0;
    int certifiedCopies = 0;
    int photocopies = 0;
};

// One missing or insufficient document, with the reason in words.
struct MissingDocument
{
    QString name;
    QString reason;
};

// The checklist verdict at the counter: complete, or exactly what is missing
// and why — everything at once, since one-time complete guidance is the law.
struct ChecklistVerdict
{
    bool complete = false;
    QList<MissingDocument> missing;

    // A document satisfies an item when it was received and its counts cover
    // the item's, a better kind standing in for a lesser one (an original for
    // a certified copy, either for a photocopy).
    static bool satisfies(const ChecklistItem &item, const DocumentEntry &doc);
    // Judges the entries (matched by checklistItemId) against the checklist:
    // every required item alone, and every group with a required item needing
    // one satisfied alternative.
    static ChecklistVerdict judge(const QList<ChecklistItem> &checklist,
                                  const QList<DocumentEntry> &entries);
};

} // namespace Motcua
