#pragma once

#include "data/ratingrepository.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class RatingKioskWindow;
}

namespace Motcua {

class LiveNotifier;

// The hall kiosk (`motcua --rating-kiosk`): the citizen scans the QR code of
// their receipt (a scanner types the dossier code and Enter) or types the
// code, and rates each receipt or handover of that dossier still open (within
// the kiosk window, not rated yet), one after the other; then thanks and back
// to the scan after a few seconds of no answer.
class RatingKioskWindow : public QWidget
{
    Q_OBJECT

public:
    RatingKioskWindow(QSqlDatabase db, const RatingTerminalInfo &device, QWidget *parent = nullptr);
    ~RatingKioskWindow() override;

    // Looks the code up and asks for the first open request; false (with the
    // reason on screen) when there is none.
    bool lookUp(const QString &code);
    const QList<RatingRequest> &openRequests() const { return m_open; }
    bool isAsking() const;
    bool isThanking() const;
    QString message() const;
    void setIdleTimeout(int ms) { m_idleTimer.setInterval(ms); }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rate(RatingLevel level);
    void askNext();
    void backToScan();
    void showMessage(const QString &text);
    void retranslate();

    std::unique_ptr<Ui::RatingKioskWindow> ui;
    RatingRepository m_repo;
    RatingTerminalInfo m_device;
    LiveNotifier *m_notifier;
    QTimer m_idleTimer;
    QList<RatingRequest> m_open;
    int m_rated = 0;
};

} // namespace Motcua
