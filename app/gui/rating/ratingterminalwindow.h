#pragma once

#include "data/ratingrepository.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class RatingTerminalWindow;
}

namespace Motcua {

class ConnectionKeeper;
class LiveListener;
class LiveNotifier;

// The screen facing the citizen at one counter (`motcua --rating-terminal`),
// logged in as the counter's rating device: it waits, shows the counter's
// open request (the latest receipt or handover) with three big buttons, takes
// the citizen's answer (touch or keys 1/2/3), thanks them and waits again.
// Follows the counters' live notifications (coalesced), and every few seconds
// anyway, so that an expired request goes away.
class RatingTerminalWindow : public QWidget
{
    Q_OBJECT

public:
    RatingTerminalWindow(QSqlDatabase db,
                         const RatingTerminalInfo &device,
                         QWidget *parent = nullptr);
    ~RatingTerminalWindow() override;

    // Listens again and refreshes after a reconnect.
    void setConnectionKeeper(ConnectionKeeper *keeper);
    // How long the thanks stay on screen (ms) and the fallback refresh (ms).
    void setThanksDuration(int ms) { m_thanksTimer.setInterval(ms); }
    void setPollInterval(int ms) { m_pollTimer.setInterval(ms); }

    const std::optional<RatingRequest> &request() const { return m_request; }
    bool isAsking() const;
    bool isThanking() const;
    bool isListening() const;
    int refreshCount() const { return m_refreshCount; }
    QString message() const;

public slots:
    bool refresh();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void rate(RatingLevel level);
    void showMessage(const QString &text);
    void retranslate();

    std::unique_ptr<Ui::RatingTerminalWindow> ui;
    RatingRepository m_repo;
    RatingTerminalInfo m_device;
    LiveListener *m_listener;
    LiveNotifier *m_notifier;
    QTimer m_refreshTimer;
    QTimer m_pollTimer;
    QTimer m_thanksTimer;
    std::optional<RatingRequest> m_request;
    std::optional<RatingLevel> m_lastLevel;
    int m_refreshCount = 0;
};

} // namespace Motcua
