#pragma once

#include "core/checklist.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Motcua {

// The checklist of the chosen procedure next to what the citizen handed over:
// a checkbox per document (Space toggles it in the view) and the counts of
// originals, certified copies and photocopies, edited with spin boxes.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DocumentColumn,
        RequirementColumn,
        OriginalsColumn,
        CertifiedColumn,
        PhotocopiesColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Starts over with this checklist; entries already typed (matched by
    // checklist item) are kept, the others start as not received.
    void setChecklist(const QList<ChecklistItem> &items, const QList<DocumentEntry> &entries = {});
    const QList<ChecklistItem> &items() const { return m_items; }
    const QList<DocumentEntry> &entries() const { return m_entries; }
    ChecklistVerdict verdict() const { return ChecklistVerdict::judge(m_items, m_entries); }

    // Ticks or unticks a row; ticking prefills the counts the procedure asks for.
    void setReceived(int row, bool received);
    void toggle(int row) { setReceived(row, !m_entries.at(row).received); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // Any tick or count changed (not on setChecklist).
    void entriesEdited();

private:
    int required(int row, int column) const;
    int &count(int row, int column);
    int count(int row, int column) const;
    QString requirementText(const ChecklistItem &item) const;

    QList<ChecklistItem> m_items;
    QList<DocumentEntry> m_entries;
    QStringList m_groups; // alternative groups in order of appearance: A, B, …
};

} // namespace Motcua
