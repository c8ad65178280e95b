#pragma once

#include "data/reviewsrepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Motcua {

// The compliance review of a period: repeated supplement requests, refusals
// and requests with a blank or boilerplate reason, late dossiers without an
// apology, extensions granted after the due date, results handed over without
// an authorisation. Filtered by kind, counted per kind; Enter or a double
// click on a finding with a dossier opens it.
class CompliancePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CompliancePanel(QSqlDatabase db, QWidget *parent = nullptr);

    void setPeriod(const ScorecardPeriod &period);
    ScorecardPeriod period() const { return m_period; }
    // Only findings of this receiving unit (0: all units).
    void setUnit(int unitId) { m_unitId = unitId; }

    const QList<ComplianceFinding> &findings() const { return m_findings; }
    // The findings of one kind in the period, whatever the filter shows.
    int count(ComplianceFinding::Kind kind) const;
    // Shows only this kind (nullopt: every kind).
    void setKindFilter(std::optional<ComplianceFinding::Kind> kind);
    QTableWidget *table() const { return m_table; }

    static QString kindLabel(ComplianceFinding::Kind kind);
    // What was found, in words: "3 supplement requests for this dossier …".
    static QString detailText(const ComplianceFinding &f);

public slots:
    void refresh();

signals:
    void openDossier(qint64 id);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTable();
    void applyFilter();
    void activateRow(int row);
    void showStatus(const QString &text, bool error);

    ReviewsRepository m_repo;
    ScorecardPeriod m_period;
    int m_unitId = 0;
    QList<ComplianceFinding> m_findings;
    QComboBox *m_kindCombo;
    QLabel *m_kindLabel;
    QLabel *m_countsLabel;
    QLabel *m_statusLabel;
    QTableWidget *m_table;
};

} // namespace Motcua
