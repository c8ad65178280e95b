#pragma once

#include "core/reportingperiod.h"
#include "data/accesslogrepository.h"

#include <QWidget>

#include <memory>

class QTableWidget;

namespace Ui {
class UnusualAccessPanel;
}

namespace Motcua {

// Unusual access to citizens' data in the period (Decree 13/2023/ND-CP): each
// flagged person with the rule that flagged them (many other branches'
// dossiers opened within an hour, many citizens searched by CCCD within an
// hour, access on a day off or outside working hours) and the figures. The
// limits are set on the panel.
class UnusualAccessPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UnusualAccessPanel(QSqlDatabase db, QWidget *parent = nullptr);
    ~UnusualAccessPanel() override;

    void setPeriod(const ScorecardPeriod &period);
    ScorecardPeriod period() const { return m_period; }
    AccessThresholds thresholds() const;
    void setThresholds(const AccessThresholds &thresholds);

    const QList<UnusualAccessRow> &rows() const { return m_rows; }
    QTableWidget *table() const;
    QString statusText() const;

    static QString ruleLabel(UnusualAccessRule rule);

public slots:
    void refresh();

signals:
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setHeaders();
    void fillTable();
    void showStatus(const QString &text, bool error);
    QString detail(const UnusualAccess &a) const;

    std::unique_ptr<Ui::UnusualAccessPanel> ui;
    AccessLogRepository m_repo;
    ScorecardPeriod m_period;
    QList<UnusualAccessRow> m_rows;
};

} // namespace Motcua
