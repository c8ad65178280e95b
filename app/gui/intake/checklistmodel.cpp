#include "checklistmodel.h"
#include "gui/palette.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Motcua {

void ChecklistModel::setChecklist(const QList<ChecklistItem> &items,
                                  const QList<DocumentEntry> &entries)
{
    beginResetModel();
    m_items = items;
    m_entries.clear();
    m_groups.clear();
    for (const ChecklistItem &item : items) {
        if (!item.altGroup.isEmpty() && !m_groups.contains(item.altGroup))
            m_groups << item.altGroup;
        DocumentEntry entry;
        entry.checklistItemId = item.id;
        entry.name = item.name;
        for (const DocumentEntry &typed : entries) {
            if (typed.checklistItemId == item.id) {
                entry = typed;
                entry.name = item.name;
            }
        }
        m_entries << entry;
    }
    endResetModel();
}

void ChecklistModel::setReceived(int row, bool received)
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).received == received)
        return;
    DocumentEntry &e = m_entries[row];
    const ChecklistItem &item = m_items.at(row);
    e.received = received;
    if (received && e.originals + e.certifiedCopies + e.photocopies == 0) {
        e.originals = item.originals;
        e.certifiedCopies = item.certifiedCopies;
        e.photocopies = item.photocopies;
    } else if (!received) {
        e.originals = e.certifiedCopies = e.photocopies = 0;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit entriesEdited();
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ChecklistModel::required(int row, int column) const
{
    const ChecklistItem &item = m_items.at(row);
    switch (column) {
    case OriginalsColumn:
        return item.originals;
    case CertifiedColumn:
        return item.certifiedCopies;
    default:
        return item.photocopies;
    }
}

int &ChecklistModel::count(int row, int column)
{
    DocumentEntry &e = m_entries[row];
    return column == OriginalsColumn   ? e.originals
           : column == CertifiedColumn ? e.certifiedCopies
                                       : e.photocopies;
}

int ChecklistModel::count(int row, int column) const
{
    return const_cast<ChecklistModel *>(this)->count(row, column);
}

QString ChecklistModel::requirementText(const ChecklistItem &item) const
{
    if (!item.altGroup.isEmpty())
        return tr("one of %1").arg(QChar(char16_t(u'A' + m_groups.indexOf(item.altGroup))));
    if (item.originals + item.certifiedCopies + item.photocopies == 0)
        return item.required ? tr("show only") : tr("optional, show only");
    return item.required ? tr("required") : tr("optional");
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const ChecklistItem &item = m_items.at(row);
    const DocumentEntry &entry = m_entries.at(row);
    switch (index.column()) {
    case DocumentColumn:
        if (role == Qt::DisplayRole)
            return item.note.isEmpty() ? item.name : item.name + QStringLiteral("\n") + item.note;
        if (role == Qt::CheckStateRole)
            return entry.received ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Space: received / not received");
        break;
    case RequirementColumn:
        if (role == Qt::DisplayRole)
            return requirementText(item);
        if (role == Qt::ForegroundRole && !item.altGroup.isEmpty())
            return QBrush(Palette::emphasis);
        break;
    default:
        if (role == Qt::EditRole)
            return count(row, index.column());
        if (role == Qt::DisplayRole) {
            const int need = required(row, index.column());
            return need > 0 ? tr("%1 of %2").arg(count(row, index.column())).arg(need)
                            : QString::number(count(row, index.column()));
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ForegroundRole && !entry.received)
            return QBrush(Qt::gray);
        if (role == Qt::ToolTipRole)
            return tr("Type a number or press F2 to change the count");
        break;
    }
    return {};
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    const int row = index.row();
    if (index.column() == DocumentColumn && role == Qt::CheckStateRole) {
        setReceived(row, value.toInt() == Qt::Checked);
        return true;
    }
    if (index.column() >= OriginalsColumn && role == Qt::EditRole) {
        const int n = qBound(0, value.toInt(), 99);
        count(row, index.column()) = n;
        // Typing a count means the document was handed over.
        if (n > 0)
            m_entries[row].received = true;
        emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
        emit entriesEdited();
        return true;
    }
    return false;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == DocumentColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() >= OriginalsColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Received — document");
    case RequirementColumn:
        return tr("Requirement");
    case OriginalsColumn:
        return tr("Originals");
    case CertifiedColumn:
        return tr("Certified copies");
    case PhotocopiesColumn:
        return tr("Photocopies");
    }
    return {};
}

} // namespace Motcua
