#pragma once

#include "data/scorecardrepository.h"
#include "data/session.h"
#include "data/staffidentity.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QChartView;
class QModelIndex;

namespace Ui {
class SupervisorPage;
}

namespace Motcua {

class BottleneckPanel;
class CompliancePanel;
class UnusualAccessPanel;
class DossierListModel;
class ReportPanel;
class LiveListener;
class ScorecardModel;
class WeightsDialog;

// The supervisors' workspace: the live scorecard of the branches for a period
// with its composite formula on screen, drill-down branch → counters → clerks
// → dossiers, the dossiers overdue now, and a chart of the period's daily
// volume and on-time rate. Any change anywhere (intake, return, rating)
// reaches it through LISTEN/NOTIFY and refreshes it, coalesced, within a
// second. It reads through the session's own connection, optionally from a
// standby ("Read from…") so the primary is spared; the session owns both.
class SupervisorPage : public QWidget
{
    Q_OBJECT

public:
    enum class Period { Today, Week, Month, Quarter, Year, Custom };

    // Reads through the session's connections (the staff member's own, or
    // the read replica), listens on its own one, writes weights there.
    explicit SupervisorPage(Session *session, QWidget *parent = nullptr);
    ~SupervisorPage() override;

    // Reads from a standby (hosts and ports as libpq takes them); empty
    // hosts read from the primary again. Remembered in QSettings (never the
    // password). False, with a visible message, when it cannot connect: the
    // page then reads from the primary.
    bool setReadReplica(const QString &hosts, const QString &ports);
    QString readSource() const;

    void setPeriod(Period period);
    void setCustomPeriod(const QDate &from, const QDate &to);
    ScorecardPeriod period() const;

    // Drill-down: the levels shown, from the branches (depth 0) to a clerk's
    // dossiers (depth 3).
    int depth() const { return int(m_path.size()); }
    bool showingDossiers() const;
    // Goes one level down into the row (or opens the dossier at the deepest
    // level); up one level.
    void drillDown(int row);
    void goBack();
    QString breadcrumb() const;

    ScorecardModel *rankingModel() const { return m_ranking; }
    DossierListModel *dossierModel() const { return m_dossierList; }
    DossierListModel *overdueModel() const { return m_overdue; }
    QString formulaText() const;
    QString freshnessText() const;
    QString statusText() const;
    QChartView *chartView() const { return m_chart; }

    // Other panels of the workspace (compliance, bottlenecks, report) as tabs.
    // The unusual access to citizens' data (null until the panels exist).
    UnusualAccessPanel *unusualAccessPanel() const { return m_access; }
    void addPanel(QWidget *panel, const QString &title);

    // Opens the weights dialog (administrators); returns it, not executed.
    WeightsDialog *openWeightsDialog();

public slots:
    // Reads everything shown again, now.
    void refresh();
    // Asks for a refresh: coalesced, at most one per ~300 ms.
    void scheduleRefresh();
    // Builds the readers again on the session's connections (after a reconnect).
    void reconnect();

signals:
    void openDossier(qint64 id);
    void errorOccurred(const QString &message);
    // After each refresh (tests, screenshots).
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Step
    {
        ScorecardEntry entry; // the row drilled into
        ScorecardLevel level; // the level that row was at
    };

    void setupTables();
    void setupShortcuts();
    void fillPeriods();
    void periodChosen();
    void openConnections();
    void closeConnections();
    QSqlDatabase readDatabase() const;
    ScorecardQuery currentQuery() const;
    void loadWeights();
    void loadLevel();
    void loadOverdue();
    void loadChart();
    void loadFreshness();
    void updateBreadcrumb();
    void showStatus(const QString &text, bool error);
    void askReadReplica();
    void activated(const QModelIndex &index);
    void createPanels();
    void forwardPeriod();
    void refreshPanels();
    void tabChosen();

    std::unique_ptr<Ui::SupervisorPage> ui;
    Session *m_session;
    StaffIdentity m_who;
    std::unique_ptr<ScorecardRepository> m_repo;
    LiveListener *m_listener = nullptr;
    ScoreWeights m_weights;
    QList<Step> m_path;
    ScorecardModel *m_ranking;
    DossierListModel *m_dossierList;
    DossierListModel *m_overdue;
    QChartView *m_chart = nullptr;
    QTimer m_refreshTimer;
    bool m_dirty = true;
    QString m_connectionMessage;
    QList<QWidget *> m_panels;
    CompliancePanel *m_compliance = nullptr;
    BottleneckPanel *m_bottlenecks = nullptr;
    ReportPanel *m_report = nullptr;
    UnusualAccessPanel *m_access = nullptr;
    bool m_panelsStale = true;
};

} // namespace Motcua
