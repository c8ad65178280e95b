#include "procedurelistmodel.h"

#include "core/vntext.h"

#include <QLocale>

namespace Motcua {

void ProcedureListModel::setProcedures(QList<Procedure> procedures)
{
    beginResetModel();
    m_procedures = std::move(procedures);
    m_keys.clear();
    for (const Procedure &p : m_procedures)
        m_keys << VnText::fold(p.code + QLatin1Char(' ') + p.name + QLatin1Char(' ') + p.sector);
    endResetModel();
}

int ProcedureListModel::rowOfCode(const QString &code) const
{
    for (int i = 0; i < m_procedures.size(); ++i) {
        if (m_procedures[i].code == code)
            return i;
    }
    return -1;
}

int ProcedureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_procedures.size());
}

int ProcedureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProcedureListModel::processingTimeText(const Procedure &p)
{
    const bool days = p.processingUnit == QLatin1String("working_days");
    const double v = p.processingValue;
    if (v == int(v))
        return days ? tr("%n working day(s)", nullptr, int(v))
                    : tr("%n working hour(s)", nullptr, int(v));
    const QString num = QLocale().toString(v, 'g', 4);
    return days ? tr("%1 working days").arg(num) : tr("%1 working hours").arg(num);
}

QVariant ProcedureListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Procedure &p = m_procedures.at(index.row());
    if (role == SearchKeyRole)
        return m_keys.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return p.name;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return p.code;
    case NameColumn:
        return p.name;
    case SectorColumn:
        return p.sector;
    case TimeColumn:
        return processingTimeText(p);
    }
    return {};
}

QVariant ProcedureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Procedure");
    case SectorColumn:
        return tr("Sector");
    case TimeColumn:
        return tr("Processing time");
    }
    return {};
}

void ProcedureFilterModel::setSearchText(const QString &text)
{
    m_words = VnText::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void ProcedureFilterModel::setSector(const QString &sector)
{
    m_sector = sector;
    invalidateFilter();
}

bool ProcedureFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m_sector.isEmpty()
        && m->index(sourceRow, ProcedureListModel::SectorColumn, sourceParent).data().toString()
                   != m_sector)
        return false;
    const QString key = m->index(sourceRow, 0, sourceParent)
                                .data(ProcedureListModel::SearchKeyRole)
                                .toString();
    for (const QString &w : m_words) {
        if (!key.contains(w))
            return false;
    }
    return true;
}

} // namespace Motcua
