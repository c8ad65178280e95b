#pragma once

#include "data/scorecardrepository.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace Motcua {

class ConnectionKeeper;
class LiveListener;

// One line of the public board: a receiving unit and how it serves.
struct BoardRow
{
    int unitId = 0;
    QString name; // as shown, without the center's name in front
    int rank = 0;
    std::optional<double> onTimeRate;   // this month, 0..1
    std::optional<double> satisfaction; // this month, 0..1
    qint64 receivedToday = 0;
};

// The public board of a waiting hall (bảng công khai): read-only, large type
// on a dark background, one line per branch ranked by the composite score of
// the month, with today's receipts. Follows the live notifications of the
// counters (coalesced), and every minute the clock, the day and anything
// changed without a notification.
class BoardWindow : public QWidget
{
    Q_OBJECT

public:
    explicit BoardWindow(QSqlDatabase db, QWidget *parent = nullptr);
    ~BoardWindow() override;

    // Opens a board as a window of its own, full screen, deleted on close:
    // for the main window's menu (a second screen facing the hall).
    static BoardWindow *launch(QSqlDatabase db, ConnectionKeeper *keeper = nullptr);
    // Follows the keeper: listens again and refreshes after a reconnect.
    void setConnectionKeeper(ConnectionKeeper *keeper);

    // In a kiosk Esc does not close the board and the pointer is hidden.
    void setKiosk(bool kiosk);
    bool isKiosk() const { return m_kiosk; }
    // The coalescing delay of live refreshes (ms).
    void setRefreshDelay(int ms) { m_refreshTimer.setInterval(ms); }

    const QList<BoardRow> &rows() const { return m_rows; }
    QDateTime updatedAt() const { return m_updatedAt; }
    int refreshCount() const { return m_refreshCount; }
    bool isListening() const;

public slots:
    bool refresh();
    void reconnected();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();
    void tick();
    void retranslate();
    void fillTable();
    void updateClock();
    void applyScale();
    void fitRows();

    ScorecardRepository m_repo;
    LiveListener *m_listener;
    QTimer m_refreshTimer;
    QTimer m_clockTimer;
    bool m_kiosk = false;
    QList<BoardRow> m_rows;
    QDate m_shownDay;
    QDateTime m_updatedAt;
    QString m_failure;
    int m_refreshCount = 0;
    int m_fontPx = 0;
    QLabel *m_titleLabel;
    QLabel *m_monthLabel;
    QLabel *m_clockLabel;
    QLabel *m_dateLabel;
    QTableWidget *m_table;
    QLabel *m_formulaLabel;
    QLabel *m_updatedLabel;
};

} // namespace Motcua
