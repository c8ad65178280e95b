#include "boardwindow.h"

#include "core/centertime.h"
#include "data/connectionkeeper.h"
#include "data/live.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Motcua {

namespace {

enum Column { RankColumn, NameColumn, OnTimeColumn, SatisfactionColumn, TodayColumn };

const QString kBackground = QStringLiteral("#0b1a2a");
const QString kAlternate = QStringLiteral("#112840");
const QString kAccent = QStringLiteral("#ffd54f");
const QColor kGood(0x69, 0xf0, 0xae);
const QColor kFair(0xff, 0xd5, 0x4f);
const QColor kPoor(0xff, 0x8a, 0x80);

// "Trung tâm … – Chi nhánh Bến Thành" reads "Chi nhánh Bến Thành" on the board.
QString shortName(const QString &name)
{
    for (const QString &dash : {QStringLiteral(" – "), QStringLiteral(" - ")}) {
        const int at = name.lastIndexOf(dash);
        if (at > 0)
            return name.mid(at + dash.size());
    }
    return name;
}

QString percent(const std::optional<double> &share)
{
    return share ? QLocale().toString(*share * 100, 'f', 1) + QStringLiteral(" %")
                 : QStringLiteral("—");
}

QColor shareColour(const std::optional<double> &share, double good, double fair)
{
    if (!share)
        return QColor(Qt::lightGray);
    return *share >= good ? kGood : *share >= fair ? kFair : kPoor;
}

} // namespace

BoardWindow::BoardWindow(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_repo(db)
    , m_listener(new LiveListener(db, this))
    , m_titleLabel(new QLabel(this))
    , m_monthLabel(new QLabel(this))
    , m_clockLabel(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_formulaLabel(new QLabel(this))
    , m_updatedLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("board"));
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_monthLabel->setObjectName(QStringLiteral("monthLabel"));
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    m_dateLabel->setObjectName(QStringLiteral("dateLabel"));
    m_table->setObjectName(QStringLiteral("boardTable"));
    m_formulaLabel->setObjectName(QStringLiteral("formulaLabel"));
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    setAttribute(Qt::WA_StyledBackground);

    m_clockLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_dateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_updatedLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_formulaLabel->setWordWrap(true);
    // Long texts wrap or elide; they never widen the board past its screen.
    for (QLabel *l : {m_titleLabel, m_monthLabel, m_formulaLabel})
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_monthLabel->setWordWrap(true);

    auto *head = new QGridLayout;
    head->addWidget(m_titleLabel, 0, 0);
    head->addWidget(m_monthLabel, 1, 0);
    head->addWidget(m_clockLabel, 0, 1);
    head->addWidget(m_dateLabel, 1, 1);
    head->setColumnStretch(0, 1);
    auto *foot = new QHBoxLayout;
    foot->addWidget(m_formulaLabel, 1);
    foot->addWidget(m_updatedLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 16);
    layout->addLayout(head);
    layout->addSpacing(8);
    layout->addWidget(m_table, 1);
    layout->addLayout(foot);

    m_table->setColumnCount(5);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->viewport()->installEventFilter(this);

    // Bursts of notifications (a busy hall) make one refresh, at most one per
    // interval: the timer is started, never restarted, by a notification.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(300);
    connect(&m_refreshTimer, &QTimer::timeout, this, &BoardWindow::refresh);
    connect(m_listener, &LiveListener::changed, this, &BoardWindow::scheduleRefresh);
    m_clockTimer.setSingleShot(true);
    connect(&m_clockTimer, &QTimer::timeout, this, &BoardWindow::tick);

    resize(1366, 768);
    applyScale();
    retranslate();
    tick();
}

BoardWindow::~BoardWindow() = default;

BoardWindow *BoardWindow::launch(QSqlDatabase db, ConnectionKeeper *keeper)
{
    auto *board = new BoardWindow(db);
    board->setAttribute(Qt::WA_DeleteOnClose);
    if (keeper)
        board->setConnectionKeeper(keeper);
    board->showFullScreen();
    return board;
}

void BoardWindow::setKiosk(bool kiosk)
{
    m_kiosk = kiosk;
    if (kiosk)
        setCursor(Qt::BlankCursor);
    else
        unsetCursor();
}

void BoardWindow::setConnectionKeeper(ConnectionKeeper *keeper)
{
    connect(keeper, &ConnectionKeeper::reconnected, this, &BoardWindow::reconnected);
}

bool BoardWindow::isListening() const
{
    return m_listener->isListening();
}

void BoardWindow::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void BoardWindow::reconnected()
{
    m_listener->listen();
    refresh();
}

bool BoardWindow::refresh()
{
    m_refreshTimer.stop();
    const QDate today = CenterTime::today();
    ScorecardQuery month;
    month.period = CenterPeriod::upTo(PeriodKind::Month, today);
    ScorecardQuery day;
    day.period = CenterPeriod::upTo(PeriodKind::Today, today);
    // The months ended since the last roll go into the monthly bookkeeping
    // first (once a month): the reads never write.
    if (DbStatus rolled = m_repo.rollMonthsIfDue(); !rolled) {
        m_failure = rolled.error().message;
        retranslate();
        return false;
    }
    auto ranked = m_repo.scorecard(month);
    auto todays = ranked ? m_repo.scorecard(day) : ranked;
    if (!ranked || !todays) {
        m_failure = (ranked ? todays : ranked).error().message;
        retranslate();
        return false;
    }
    QHash<int, qint64> receivedToday;
    for (const ScorecardEntry &e : std::as_const(*todays))
        receivedToday.insert(e.unitId, e.figures.received());

    QList<ScorecardEntry> entries = *ranked;
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        // Entries without a score have rank 0 or rank last: after the ranked.
        const int ra = a.rank > 0 ? a.rank : INT_MAX;
        const int rb = b.rank > 0 ? b.rank : INT_MAX;
        return ra < rb;
    });
    m_rows.clear();
    for (const ScorecardEntry &e : std::as_const(entries)) {
        BoardRow row;
        row.unitId = e.unitId;
        row.name = shortName(e.name);
        row.rank = e.rank;
        row.onTimeRate = e.figures.onTimeRate();
        row.satisfaction = e.figures.satisfaction();
        row.receivedToday = receivedToday.value(e.unitId);
        m_rows << row;
    }
    if (auto w = m_repo.weights())
        m_formulaLabel->setText(
                tr("Ranked by the composite score of the month: %1").arg(w->formula()));
    m_shownDay = today;
    m_updatedAt = CenterTime::now();
    m_failure.clear();
    ++m_refreshCount;
    retranslate();
    return true;
}

void BoardWindow::tick()
{
    // Every minute on the minute: the clock; a new day or month starts from
    // zero, and figures changed without a notification (a department's
    // result) come in too.
    refresh();
    updateClock();
    const QTime now = CenterTime::now().time();
    m_clockTimer.start(60000 - (now.second() * 1000 + now.msec()) + 20);
}

void BoardWindow::updateClock()
{
    const QDateTime now = CenterTime::now();
    m_clockLabel->setText(now.toString(QStringLiteral("HH:mm")));
    m_dateLabel->setText(QLocale().toString(now.date(), QLocale::LongFormat));
}

void BoardWindow::retranslate()
{
    setWindowTitle(tr("Public board"));
    m_titleLabel->setText(tr("Service results of the branches"));
    const QDate day = m_shownDay.isValid() ? m_shownDay : CenterTime::today();
    m_monthLabel->setText(tr("Month %1 — best composite score first")
                                  .arg(QLocale().toString(day, QStringLiteral("MM/yyyy"))));
    m_table->setHorizontalHeaderLabels({tr("Rank"),
                                        tr("Branch"),
                                        tr("On time\nthis month"),
                                        tr("Satisfaction\nthis month"),
                                        tr("Received\ntoday")});
    if (!m_failure.isEmpty()) {
        m_updatedLabel->setStyleSheet(QStringLiteral("color: #ff8a80;"));
        m_updatedLabel->setText(
                m_updatedAt.isValid()
                        ? tr("Not updated: %1 — figures as of %2")
                                  .arg(m_failure, m_updatedAt.toString(QStringLiteral("HH:mm:ss")))
                        : tr("Not updated: %1").arg(m_failure));
    } else {
        m_updatedLabel->setStyleSheet(QString());
        m_updatedLabel->setText(
                m_updatedAt.isValid()
                        ? tr("Updated %1").arg(m_updatedAt.toString(QStringLiteral("HH:mm:ss")))
                        : QString());
    }
    fillTable();
}

void BoardWindow::fillTable()
{
    const QLocale locale;
    m_table->setRowCount(int(m_rows.size()));
    fitRows();
    for (int r = 0; r < m_rows.size(); ++r) {
        const BoardRow &row = m_rows.at(r);
        const QStringList cells = {row.rank > 0 ? QString::number(row.rank) : QStringLiteral("—"),
                                   row.name,
                                   percent(row.onTimeRate),
                                   percent(row.satisfaction),
                                   locale.toString(row.receivedToday)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, c, item);
            }
            item->setText(cells.at(c));
            item->setTextAlignment(c == NameColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                   : Qt::AlignCenter);
            item->setForeground(c == OnTimeColumn         ? shareColour(row.onTimeRate, 0.95, 0.85)
                                : c == SatisfactionColumn ? shareColour(row.satisfaction, 0.85, 0.7)
                                : c == RankColumn         ? QColor(kAccent)
                                                          : QColor(Qt::white));
        }
    }
}

void BoardWindow::fitRows()
{
    // Every branch on the screen: rows shrink (down to a readable height)
    // rather than scroll, since nobody scrolls a board in a hall.
    if (m_rows.isEmpty())
        return;
    const int fit = m_table->viewport()->height() / int(m_rows.size());
    m_table->verticalHeader()->setDefaultSectionSize(qBound(m_fontPx * 4 / 3, fit, m_fontPx * 2));
}

bool BoardWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitRows();
    return QWidget::eventFilter(watched, event);
}

void BoardWindow::applyScale()
{
    // Readable from across the hall: the type follows the screen's height.
    const int px = qMax(14, height() / 30);
    if (px == m_fontPx)
        return;
    m_fontPx = px;
    setStyleSheet(
            QStringLiteral(
                    "QWidget#board { background: %1; }"
                    "QLabel { color: #e8eef5; font-size: %3px; }"
                    "QLabel#titleLabel { color: white; font-size: %4px; font-weight: bold; }"
                    "QLabel#monthLabel { color: #b0c4d8; }"
                    "QLabel#clockLabel { color: %2; font-size: %5px; font-weight: bold; }"
                    "QLabel#formulaLabel, QLabel#updatedLabel { color: #8fa6bd; font-size: %6px; }"
                    "QTableWidget { background: %1; alternate-background-color: %7; color: white;"
                    " border: none; font-size: %3px; }"
                    "QHeaderView::section { background: %1; color: %2; border: none;"
                    " border-bottom: 2px solid %2; padding: 6px; font-size: %6px; font-weight: "
                    "bold; }")
                    .arg(kBackground, kAccent)
                    .arg(px)
                    .arg(px * 3 / 2)
                    .arg(px * 2)
                    .arg(qMax(12, px * 2 / 3))
                    .arg(kAlternate));
    m_table->verticalHeader()->setMinimumSectionSize(px);
    fitRows();
    const QList<int> widths = {px * 3, 0, px * 7, px * 7, px * 7};
    for (int c = 0; c < widths.size(); ++c) {
        if (c != NameColumn)
            m_table->setColumnWidth(c, widths.at(c));
    }
}

void BoardWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void BoardWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !m_kiosk) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void BoardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Motcua
