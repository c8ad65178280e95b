#include "supervisorpage.h"
#include "gui/palette.h"
#include "gui/statuslabel.h"

#include "ui_supervisorpage.h"

#include "bottleneckpanel.h"
#include "compliancepanel.h"
#include "core/centertime.h"
#include "data/live.h"
#include "reportpanel.h"
#include "scorecardmodel.h"
#include "unusualaccesspanel.h"
#include "weightsdialog.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QSettings>
#include <QShortcut>
#include <QValueAxis>

namespace Motcua {

namespace {

const QString kReadHostKey = QStringLiteral("supervisor/readHost");
const QString kReadPortKey = QStringLiteral("supervisor/readPort");

// A bar's label: the day or the Monday of the week ("dd/MM"), or the month.
QString bucketLabel(const ChartBucket &b, ChartGrain grain)
{
    return b.start.toString(grain == ChartGrain::Month ? QStringLiteral("MM/yyyy")
                                                       : QStringLiteral("dd/MM"));
}

} // namespace

SupervisorPage::SupervisorPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::SupervisorPage>())
    , m_session(session)
    , m_who(session->identity())
    , m_ranking(new ScorecardModel(this))
    , m_dossierList(new DossierListModel(this))
    , m_overdue(new DossierListModel(this))
{
    ui->setupUi(this);
    m_chart = new QChartView(ui->chartHolder);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);
    ui->chartLayout->addWidget(m_chart);
    ui->rankingSplitter->setStretchFactor(0, 3);
    ui->rankingSplitter->setStretchFactor(1, 2);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(300);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SupervisorPage::refresh);

    setupTables();
    setupShortcuts();
    fillPeriods();
    const bool admin = m_who.job == StaffIdentity::Job::Admin || m_who.superuser;
    ui->weightsButton->setVisible(admin);
    ui->weightsButton->setEnabled(admin);
    connect(ui->weightsButton, &QPushButton::clicked, this, &SupervisorPage::openWeightsDialog);
    connect(ui->readFromButton, &QPushButton::clicked, this, &SupervisorPage::askReadReplica);
    connect(ui->refreshButton, &QPushButton::clicked, this, &SupervisorPage::refresh);
    connect(ui->tabs, &QTabWidget::currentChanged, this, &SupervisorPage::tabChosen);
    connect(ui->backButton, &QToolButton::clicked, this, &SupervisorPage::goBack);
    connect(ui->periodCombo, &QComboBox::currentIndexChanged, this, &SupervisorPage::periodChosen);
    for (QDateEdit *e : {ui->fromEdit, ui->toEdit}) {
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (ui->periodCombo->currentData().toInt() == int(Period::Custom))
                scheduleRefresh();
        });
    }
    showStatus(QString(), false);
    setPeriod(Period::Month);
    // The standby chosen last time (QSettings, never the password).
    QSettings settings;
    const QString hosts = settings.value(kReadHostKey).toString().trimmed();
    if (!hosts.isEmpty() && hosts != m_session->replicaHosts())
        m_session->setReadReplica(hosts, settings.value(kReadPortKey).toString().trimmed());
    connect(m_session, &Session::reconnected, this, &SupervisorPage::reconnect);
    openConnections();
    updateBreadcrumb();
}

SupervisorPage::~SupervisorPage()
{
    closeConnections();
}

void SupervisorPage::setupTables()
{
    ui->rankingView->setModel(m_ranking);
    ui->overdueView->setModel(m_overdue);
    for (QTableView *v : {ui->rankingView, ui->overdueView}) {
        v->verticalHeader()->hide();
        v->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
        v->horizontalHeader()->setHighlightSections(false);
        connect(v, &QTableView::activated, this, &SupervisorPage::activated);
    }
}

void SupervisorPage::setupShortcuts()
{
    auto *back = new QAction(this);
    back->setShortcuts({QKeySequence(Qt::Key_Backspace), QKeySequence(Qt::ALT | Qt::Key_Left)});
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QAction::triggered, this, &SupervisorPage::goBack);
    addAction(back);
    auto *refresh = new QAction(this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &SupervisorPage::refresh);
    addAction(refresh);
}

void SupervisorPage::fillPeriods()
{
    const int current = ui->periodCombo->currentIndex();
    QSignalBlocker block(ui->periodCombo);
    ui->periodCombo->clear();
    ui->periodCombo->addItem(tr("Today"), int(Period::Today));
    ui->periodCombo->addItem(tr("This week"), int(Period::Week));
    ui->periodCombo->addItem(tr("This month"), int(Period::Month));
    ui->periodCombo->addItem(tr("This quarter"), int(Period::Quarter));
    ui->periodCombo->addItem(tr("This year"), int(Period::Year));
    ui->periodCombo->addItem(tr("Custom"), int(Period::Custom));
    if (current >= 0)
        ui->periodCombo->setCurrentIndex(current);
}

void SupervisorPage::setPeriod(Period period)
{
    const int index = ui->periodCombo->findData(int(period));
    if (ui->periodCombo->currentIndex() == index)
        periodChosen();
    else
        ui->periodCombo->setCurrentIndex(index);
}

void SupervisorPage::setCustomPeriod(const QDate &from, const QDate &to)
{
    QSignalBlocker a(ui->fromEdit);
    QSignalBlocker b(ui->toEdit);
    ui->fromEdit->setDate(from);
    ui->toEdit->setDate(to);
    setPeriod(Period::Custom);
}

void SupervisorPage::periodChosen()
{
    const auto period = Period(ui->periodCombo->currentData().toInt());
    const bool custom = period == Period::Custom;
    ui->fromEdit->setEnabled(custom);
    ui->toEdit->setEnabled(custom);
    if (!custom) {
        // Up to today in the center's days, whatever this PC's time zone.
        const PeriodKind kind = period == Period::Week      ? PeriodKind::Week
                                : period == Period::Month   ? PeriodKind::Month
                                : period == Period::Quarter ? PeriodKind::Quarter
                                : period == Period::Year    ? PeriodKind::Year
                                                            : PeriodKind::Today;
        const ScorecardPeriod p = CenterPeriod::current(kind, QDateTime::currentDateTimeUtc());
        QSignalBlocker a(ui->fromEdit);
        QSignalBlocker b(ui->toEdit);
        ui->fromEdit->setDate(p.from);
        ui->toEdit->setDate(p.to);
    }
    forwardPeriod();
    scheduleRefresh();
}

ScorecardPeriod SupervisorPage::period() const
{
    return {ui->fromEdit->date(), ui->toEdit->date()};
}

void SupervisorPage::openConnections()
{
    closeConnections();
    m_repo = std::make_unique<ScorecardRepository>(readDatabase());
    // NOTIFY does not reach a standby: listen on the primary.
    m_listener = new LiveListener(m_session->own(), this);
    connect(m_listener, &LiveListener::changed, this, &SupervisorPage::scheduleRefresh);
    createPanels();
    m_connectionMessage = m_session->connectionMessage();
    if (!m_connectionMessage.isEmpty())
        showStatus(m_connectionMessage, true);
}

void SupervisorPage::closeConnections()
{
    // The review panels hold the connection: made again with it.
    for (QWidget *panel : {static_cast<QWidget *>(m_compliance),
                           static_cast<QWidget *>(m_bottlenecks),
                           static_cast<QWidget *>(m_report),
                           static_cast<QWidget *>(m_access)}) {
        if (!panel)
            continue;
        m_panels.removeAll(panel);
        ui->tabs->removeTab(ui->tabs->indexOf(panel));
        delete panel;
    }
    m_compliance = nullptr;
    m_bottlenecks = nullptr;
    m_report = nullptr;
    m_access = nullptr;
    delete m_listener;
    m_listener = nullptr;
    m_repo.reset();
}

void SupervisorPage::reconnect()
{
    openConnections();
    scheduleRefresh();
}

QSqlDatabase SupervisorPage::readDatabase() const
{
    return m_session->reader();
}

bool SupervisorPage::setReadReplica(const QString &hosts, const QString &ports)
{
    QSettings settings;
    if (hosts.trimmed().isEmpty()) {
        settings.remove(kReadHostKey);
        settings.remove(kReadPortKey);
    } else {
        settings.setValue(kReadHostKey, hosts.trimmed());
        settings.setValue(kReadPortKey, ports.trimmed());
    }
    settings.sync();
    // The handles of the old standby go before the session drops it.
    closeConnections();
    const DbStatus set = m_session->setReadReplica(hosts, ports);
    openConnections();
    refresh();
    return set.ok();
}

QString SupervisorPage::readSource() const
{
    return m_session->readsFromReplica() ? m_session->replicaHosts() : tr("primary");
}

void SupervisorPage::askReadReplica()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Read the scorecard from"));
    auto *form = new QFormLayout(dialog);
    auto *note = new QLabel(tr("A standby server spares the primary. Leave the host empty to "
                               "read from the primary. Your login is reused; nothing but the "
                               "host and port is saved."),
                            dialog);
    note->setWordWrap(true);
    form->addRow(note);
    auto *hosts = new QLineEdit(m_session->replicaHosts(), dialog);
    hosts->setPlaceholderText(tr("standby1,standby2"));
    auto *ports = new QLineEdit(m_session->replicaPorts(), dialog);
    ports->setPlaceholderText(QStringLiteral("5432"));
    form->addRow(tr("&Host(s):"), hosts);
    form->addRow(tr("&Port(s):"), ports);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, hosts, ports] {
        setReadReplica(hosts->text(), ports->text());
    });
    dialog->resize(420, dialog->sizeHint().height());
    dialog->open();
}

WeightsDialog *SupervisorPage::openWeightsDialog()
{
    auto *dialog = new WeightsDialog(m_weights, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Written on the primary, whichever server the page reads from.
    dialog->setSaver([this](const ScoreWeights &w, const QString &reason) {
        return ScorecardRepository(m_session->own()).setWeights(w, reason);
    });
    connect(dialog, &QDialog::accepted, this, &SupervisorPage::refresh);
    dialog->open();
    return dialog;
}

void SupervisorPage::scheduleRefresh()
{
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void SupervisorPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_refreshTimer.start(0);
}

void SupervisorPage::refresh()
{
    m_refreshTimer.stop();
    m_dirty = false;
    if (!m_repo)
        return;
    showStatus(m_connectionMessage, !m_connectionMessage.isEmpty());
    if (!period().isValid()) {
        showStatus(tr("The period ends before it starts."), true);
        return;
    }
    // The months ended since the last roll go into the monthly bookkeeping
    // first (once a month): the reads never write, and read the same figures
    // at any mark, so a failed roll is shown and the reads go on.
    if (DbStatus rolled = m_repo->rollMonthsIfDue(); !rolled)
        showStatus(rolled.error().message, true);
    loadWeights();
    loadLevel();
    loadOverdue();
    loadChart();
    loadFreshness();
    refreshPanels();
    emit refreshed();
}

void SupervisorPage::loadWeights()
{
    auto w = m_repo->weights();
    if (w)
        m_weights = *w;
    else
        showStatus(w.error().message, true);
    ui->formulaLabel->setText(m_weights.formula());
}

ScorecardQuery SupervisorPage::currentQuery() const
{
    ScorecardQuery q;
    q.period = period();
    if (m_path.isEmpty())
        return q;
    const ScorecardEntry &branch = m_path.first().entry;
    q.unitId = branch.unitId;
    q.level = ScorecardLevel::Counter;
    if (m_path.size() >= 2) {
        q.level = ScorecardLevel::Clerk;
        q.counterId = m_path.at(1).entry.counterId;
    }
    return q;
}

bool SupervisorPage::showingDossiers() const
{
    return m_path.size() >= 3;
}

void SupervisorPage::loadLevel()
{
    const ScorecardQuery q = currentQuery();
    QLocale locale;
    if (showingDossiers()) {
        auto rows = m_repo->dossiers(q, m_path.last().entry.clerk);
        if (!rows) {
            showStatus(rows.error().message, true);
            return;
        }
        const QModelIndex current = ui->rankingView->currentIndex();
        m_dossierList->setDossiers(*rows, QDateTime::currentDateTimeUtc());
        if (ui->rankingView->model() != m_dossierList)
            ui->rankingView->setModel(m_dossierList);
        ui->rankingView->selectRow(current.isValid() ? current.row() : 0);
        ui->hintLabel->setText(
                tr("%n dossier(s) received; Enter opens one", nullptr, int(rows->size())));
    } else {
        auto entries = m_repo->scorecard(q);
        if (!entries) {
            showStatus(entries.error().message, true);
            return;
        }
        std::optional<ScorecardEntry> selected;
        const int row = ui->rankingView->currentIndex().row();
        if (ui->rankingView->model() == m_ranking && row >= 0 && row < m_ranking->rowCount())
            selected = m_ranking->entries().at(row);
        m_ranking->setEntries(*entries, q.level);
        if (ui->rankingView->model() != m_ranking)
            ui->rankingView->setModel(m_ranking);
        const int again = selected ? m_ranking->rowOf(*selected) : -1;
        ui->rankingView->selectRow(again >= 0 ? again : 0);
        auto total = m_repo->total(q);
        if (total) {
            ui->hintLabel->setText(
                    tr("In all: %1 received, %2 resolved, on time %3, %4 overdue now")
                            .arg(locale.toString(total->received()),
                                 locale.toString(total->resolved()),
                                 total->onTimeRate() ? ScorecardModel::percent(total->onTimeRate())
                                                     : QStringLiteral("–"),
                                 locale.toString(total->inProgressOverdue)));
        }
    }
    QHeaderView *h = ui->rankingView->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(showingDossiers() ? int(DossierListModel::Procedure)
                                              : int(ScorecardModel::Name),
                            QHeaderView::Stretch);
    updateBreadcrumb();
}

void SupervisorPage::loadOverdue()
{
    auto rows = m_repo->overdueNow();
    if (!rows) {
        showStatus(rows.error().message, true);
        return;
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto fresh = m_repo->freshness(); fresh && fresh->serverNow.isValid())
        now = fresh->serverNow;
    m_overdue->setDossiers(*rows, now);
    QHeaderView *h = ui->overdueView->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(DossierListModel::Procedure, QHeaderView::Stretch);
    ui->tabs->setTabText(ui->tabs->indexOf(ui->overdueTab),
                         tr("&Overdue now (%1)").arg(rows->size()));
}

void SupervisorPage::loadChart()
{
    auto days = m_repo->daily(currentQuery());
    if (!days) {
        showStatus(days.error().message, true);
        return;
    }
    ChartGrain grain = ChartGrain::Day;
    const QList<ChartBucket> buckets = chartBuckets(*days, &grain);
    const QString unit = grain == ChartGrain::Day    ? tr("per day")
                         : grain == ChartGrain::Week ? tr("per week (from Monday)")
                                                     : tr("per month");
    auto *received = new QBarSet(tr("Received"));
    auto *resolved = new QBarSet(tr("Resolved"));
    received->setColor(Palette::chartReceived);
    resolved->setColor(Palette::chartResolved);
    auto *rate = new QLineSeries;
    rate->setName(tr("On time, % of resolved"));
    rate->setColor(Palette::chartOnTime);
    rate->setPointsVisible(true);
    QStringList labels;
    qint64 most = 0;
    for (int i = 0; i < buckets.size(); ++i) {
        const ChartBucket &b = buckets.at(i);
        labels << bucketLabel(b, grain);
        *received << double(b.received);
        *resolved << double(b.resolved);
        most = std::max({most, b.received, b.resolved});
        if (b.resolved > 0)
            rate->append(i, 100.0 * double(b.resolvedInTime) / double(b.resolved));
    }
    auto *bars = new QBarSeries;
    bars->append(received);
    bars->append(resolved);

    auto *chart = new QChart;
    chart->setTitle(tr("Dossiers %1, %2 – %3")
                            .arg(unit,
                                 period().from.toString(QStringLiteral("dd/MM/yyyy")),
                                 period().to.toString(QStringLiteral("dd/MM/yyyy"))));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->addSeries(bars);
    chart->addSeries(rate);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    if (labels.size() > 16)
        x->setLabelsAngle(-90);
    auto *count = new QValueAxis;
    count->setLabelFormat(QStringLiteral("%d"));
    count->setRange(0, std::max<qint64>(most, 4) * 1.15);
    count->applyNiceNumbers();
    count->setTitleText(tr("Dossiers"));
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d%%"));
    percent->setTitleText(tr("On time"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(count);
    rate->attachAxis(x);
    rate->attachAxis(percent);

    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void SupervisorPage::loadFreshness()
{
    auto fresh = m_repo->freshness();
    if (!fresh) {
        ui->freshnessLabel->setText(tr("Freshness unknown"));
        ui->freshnessLabel->setStyleSheet(QString());
        return;
    }
    const QString at = CenterTime::now().toString(QStringLiteral("HH:mm:ss"));
    if (fresh->standby) {
        ui->freshnessLabel->setText(
                tr("Standby, %1 s behind · %2")
                        .arg(QLocale().toString(fresh->lagMs / 1000.0, 'f', 0), at));
        ui->freshnessLabel->setStyleSheet(
                Palette::textStyle(Palette::warning, true, QStringLiteral("padding: 0 6px;")));
    } else {
        ui->freshnessLabel->setText(tr("● Live (primary) · %1").arg(at));
        ui->freshnessLabel->setStyleSheet(
                Palette::textStyle(Palette::ok, true, QStringLiteral("padding: 0 6px;")));
    }
}

void SupervisorPage::activated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (sender() == ui->overdueView) {
        if (const qint64 id = m_overdue->idAt(index.row()))
            emit openDossier(id);
        return;
    }
    drillDown(index.row());
}

void SupervisorPage::drillDown(int row)
{
    if (showingDossiers()) {
        if (const qint64 id = m_dossierList->idAt(row))
            emit openDossier(id);
        return;
    }
    if (row < 0 || row >= m_ranking->rowCount())
        return;
    m_path.append({m_ranking->entries().at(row), m_ranking->level()});
    ui->rankingView->setCurrentIndex(QModelIndex());
    if (m_repo) {
        loadLevel();
        loadChart();
    }
    ui->rankingView->setFocus();
}

void SupervisorPage::goBack()
{
    if (m_path.isEmpty())
        return;
    const Step left = m_path.takeLast();
    ui->rankingView->setModel(m_ranking);
    if (m_repo) {
        loadLevel();
        loadChart();
    }
    const int row = m_ranking->rowOf(left.entry);
    if (row >= 0)
        ui->rankingView->selectRow(row);
    ui->rankingView->setFocus();
}

QString SupervisorPage::breadcrumb() const
{
    QStringList parts{tr("All branches")};
    for (const Step &s : m_path) {
        parts << (s.level == ScorecardLevel::Branch ? ScorecardModel::shortUnitName(s.entry.name)
                                                    : ScorecardModel::entryLabel(s.entry, s.level));
    }
    return parts.join(QStringLiteral(" › "));
}

void SupervisorPage::updateBreadcrumb()
{
    QStringList parts{tr("All branches")};
    for (const Step &s : m_path) {
        parts << (s.level == ScorecardLevel::Branch ? ScorecardModel::shortUnitName(s.entry.name)
                                                    : ScorecardModel::entryLabel(s.entry, s.level))
                         .toHtmlEscaped();
    }
    parts.last() = QStringLiteral("<b>%1</b>").arg(parts.last());
    ui->breadcrumbLabel->setText(parts.join(QStringLiteral(" › ")));
    ui->backButton->setEnabled(!m_path.isEmpty());
    ui->rankingView->setToolTip(
            m_path.isEmpty()     ? tr("Enter or double-click: the counters of the branch")
            : m_path.size() == 1 ? tr("Enter or double-click: the clerks of the counter")
            : !showingDossiers() ? tr("Enter or double-click: the clerk's dossiers")
                                 : tr("Enter or double-click: open the dossier"));
}

QString SupervisorPage::formulaText() const
{
    return ui->formulaLabel->text();
}

QString SupervisorPage::freshnessText() const
{
    return ui->freshnessLabel->text();
}

QString SupervisorPage::statusText() const
{
    return ui->statusLabel->isHidden() ? QString() : ui->statusLabel->text();
}

void SupervisorPage::showStatus(const QString &text, bool error)
{
    showStatusLine(ui->statusLabel, text, error);
    if (error && !text.isEmpty())
        emit errorOccurred(text);
}

void SupervisorPage::addPanel(QWidget *panel, const QString &title)
{
    ui->tabs->addTab(panel, title);
    m_panels.append(panel);
}

void SupervisorPage::createPanels()
{
    // Read from the same server as the scorecard.
    const QSqlDatabase db = readDatabase();
    m_compliance = new CompliancePanel(db, this);
    m_bottlenecks = new BottleneckPanel(db, this);
    m_report = new ReportPanel(db, this);
    connect(m_compliance, &CompliancePanel::openDossier, this, &SupervisorPage::openDossier);
    connect(m_bottlenecks, &BottleneckPanel::openDossier, this, &SupervisorPage::openDossier);
    connect(m_compliance, &CompliancePanel::errorOccurred, this, &SupervisorPage::errorOccurred);
    connect(m_bottlenecks, &BottleneckPanel::errorOccurred, this, &SupervisorPage::errorOccurred);
    connect(m_report, &ReportPanel::errorOccurred, this, &SupervisorPage::errorOccurred);
    addPanel(m_compliance, tr("&Compliance"));
    addPanel(m_bottlenecks, tr("Bott&lenecks"));
    addPanel(m_report, tr("Report &II.06a"));
    m_access = new UnusualAccessPanel(db, this);
    connect(m_access, &UnusualAccessPanel::errorOccurred, this, &SupervisorPage::errorOccurred);
    addPanel(m_access, tr("&Unusual access"));
    forwardPeriod();
    m_panelsStale = true;
}

void SupervisorPage::forwardPeriod()
{
    if (!m_compliance)
        return;
    m_compliance->setPeriod(period());
    m_bottlenecks->setPeriod(period());
    m_report->setPeriod(period());
    m_access->setPeriod(period());
    m_panelsStale = true;
}

void SupervisorPage::refreshPanels()
{
    // The reviews read the dossiers themselves, not the bookkeeping: only the
    // panel in view follows the live changes; the others when next shown.
    m_panelsStale = true;
    QWidget *current = ui->tabs->currentWidget();
    if (current == m_compliance)
        m_compliance->refresh();
    else if (current == m_bottlenecks)
        m_bottlenecks->refresh();
    else if (current == m_report)
        m_report->refresh();
    else if (current == m_access)
        m_access->refresh();
}

void SupervisorPage::tabChosen()
{
    if (!m_panelsStale || !m_panels.contains(ui->tabs->currentWidget()))
        return;
    refreshPanels();
}

void SupervisorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillPeriods();
        m_ranking->retranslate();
        m_dossierList->retranslate();
        m_overdue->retranslate();
        updateBreadcrumb();
        ui->formulaLabel->setText(m_weights.formula());
        ui->tabs->setTabText(ui->tabs->indexOf(ui->overdueTab),
                             tr("&Overdue now (%1)").arg(m_overdue->rowCount()));
        ui->tabs->setTabText(ui->tabs->indexOf(m_compliance), tr("&Compliance"));
        ui->tabs->setTabText(ui->tabs->indexOf(m_bottlenecks), tr("Bott&lenecks"));
        ui->tabs->setTabText(ui->tabs->indexOf(m_report), tr("Report &II.06a"));
        ui->tabs->setTabText(ui->tabs->indexOf(m_access), tr("&Unusual access"));
    }
    QWidget::changeEvent(event);
}

} // namespace Motcua
