#pragma once

#include "data/reviewsrepository.h"

#include <QWidget>

class QLabel;
class QRadioButton;
class QTableWidget;

namespace Motcua {

// Where dossiers wait (điểm nghẽn): the time spent in each state per
// procedure or per processing department, slowest first; groups whose share
// of late dossiers is high stand out.
class BottleneckPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Grouping { Procedure, Department };

    explicit BottleneckPanel(QSqlDatabase db, QWidget *parent = nullptr);

    void setPeriod(const ScorecardPeriod &period);
    ScorecardPeriod period() const { return m_period; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const;
    // Rows whose late share is at least this (0..1) are highlighted.
    void setLateShareThreshold(double share);
    double lateShareThreshold() const { return m_threshold; }

    // As shown: the slowest waits first.
    const QList<BottleneckRow> &rows() const { return m_rows; }
    bool isHighlighted(int row) const;
    QTableWidget *table() const { return m_table; }

    static QString stateText(const QString &key);

public slots:
    void refresh();

signals:
    // Bottleneck rows are groups, not dossiers: kept for the same API as the
    // other review panels, emitted by none of its rows yet.
    void openDossier(qint64 id);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTable();
    void showStatus(const QString &text, bool error);

    ReviewsRepository m_repo;
    ScorecardPeriod m_period;
    double m_threshold = 0.1;
    QList<BottleneckRow> m_rows;
    QLabel *m_groupLabel;
    QRadioButton *m_procedureRadio;
    QRadioButton *m_departmentRadio;
    QLabel *m_legendLabel;
    QLabel *m_statusLabel;
    QTableWidget *m_table;
};

} // namespace Motcua
