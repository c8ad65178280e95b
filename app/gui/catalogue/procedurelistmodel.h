#pragma once

#include "data/catalog.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Motcua {

// The procedures in force, one row each.
class ProcedureListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, SectorColumn, TimeColumn, ColumnCount };
    // Code, name and sector folded for diacritics-insensitive search.
    static constexpr int SearchKeyRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setProcedures(QList<Procedure> procedures);
    const Procedure &procedure(int row) const { return m_procedures.at(row); }
    const QList<Procedure> &procedures() const { return m_procedures; }
    int rowOfCode(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "3 working days", "4 working hours", "0.5 working days".
    static QString processingTimeText(const Procedure &p);

private:
    QList<Procedure> m_procedures;
    QStringList m_keys;
};

// Filters by a typed text (every word must appear, with or without
// diacritics) and optionally by sector.
class ProcedureFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString &text);
    void setSector(const QString &sector);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_sector;
};

} // namespace Motcua
