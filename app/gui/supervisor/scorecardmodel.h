#pragma once

#include "data/scorecardrepository.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace Motcua {

// The ranked lines of the scorecard (branches, counters or clerks), one
// column per figure; sorted by rank as the repository returns them.
// Qt::UserRole gives the raw number of a cell (counts, shares 0..1, seconds).
class ScorecardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rank,
        Name,
        Score,
        Received,
        ReceivedInPerson,
        ReceivedPost,
        ResolvedEarly,
        ResolvedOnTime,
        ResolvedLate,
        InProgressInTime,
        InProgressOverdue,
        OnTimeRate,
        SupplementRequests,
        Refusals,
        ServiceMedian,
        ServiceP90,
        TripsSpared,
        VerySatisfied,
        Satisfied,
        Unsatisfied,
        Satisfaction,
        ColumnCount
    };

    explicit ScorecardModel(QObject *parent = nullptr);

    void setEntries(const QList<ScorecardEntry> &entries, ScorecardLevel level);
    const QList<ScorecardEntry> &entries() const { return m_entries; }
    ScorecardLevel level() const { return m_level; }
    // The row of the entry with the same unit, counter and clerk, or -1.
    int rowOf(const ScorecardEntry &e) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // The entry's name at its level: the unit's name, "Counter 3 — Hồ sơ đất
    // đai", "No counter (post, online)", the clerk's full name.
    static QString entryLabel(const ScorecardEntry &e, ScorecardLevel level);
    // "Trung tâm … – Chi nhánh Bến Thành" → "Chi nhánh Bến Thành".
    static QString shortUnitName(const QString &name);
    // 125 s → "02:05"; empty without a value.
    static QString minutesSeconds(std::optional<double> seconds);
    static QString percent(std::optional<double> share);

    void retranslate();

private:
    QVariant display(const ScorecardEntry &e, int column) const;
    QVariant raw(const ScorecardEntry &e, int column) const;

    QList<ScorecardEntry> m_entries;
    ScorecardLevel m_level = ScorecardLevel::Branch;
};

// Dossiers as a list: the drill-down's dossiers of one clerk, or the dossiers
// overdue now with how late they are (most late first).
class DossierListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Applicant, Procedure, Unit, Department, State, Due, Late, ColumnCount };

    explicit DossierListModel(QObject *parent = nullptr);

    // now: the server's clock, for the lateness column.
    void setDossiers(const QList<OverdueDossier> &dossiers, const QDateTime &now);
    const QList<OverdueDossier> &dossiers() const { return m_dossiers; }
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // "3 d 4 h", "5 h 20 min"; empty when not late.
    static QString lateness(const QDateTime &due, const QDateTime &now);

    void retranslate();

private:
    QList<OverdueDossier> m_dossiers;
    QDateTime m_now;
};

} // namespace Motcua
