#include "ratingterminalwindow.h"

#include "ui_ratingterminalwindow.h"

#include "data/connectionkeeper.h"
#include "data/live.h"

#include <QKeyEvent>

namespace Motcua {

RatingTerminalWindow::RatingTerminalWindow(QSqlDatabase db,
                                           const RatingTerminalInfo &device,
                                           QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::RatingTerminalWindow>())
    , m_repo(db)
    , m_device(device)
    , m_listener(new LiveListener(db, this))
    , m_notifier(new LiveNotifier(db, this))
{
    ui->setupUi(this);
    connect(ui->choice, &RatingChoice::chosen, this, &RatingTerminalWindow::rate);
    // A burst of notifications (a busy hall) makes one refresh.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(300);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RatingTerminalWindow::refresh);
    connect(m_listener, &LiveListener::changed, this, &RatingTerminalWindow::scheduleRefresh);
    // Requests expire without a notification; a reconnect may have missed some.
    m_pollTimer.setInterval(15000);
    connect(&m_pollTimer, &QTimer::timeout, this, &RatingTerminalWindow::scheduleRefresh);
    m_pollTimer.start();
    m_thanksTimer.setSingleShot(true);
    m_thanksTimer.setInterval(4000);
    connect(&m_thanksTimer, &QTimer::timeout, this, &RatingTerminalWindow::refresh);
    retranslate();
    refresh();
}

RatingTerminalWindow::~RatingTerminalWindow() = default;

void RatingTerminalWindow::setConnectionKeeper(ConnectionKeeper *keeper)
{
    connect(keeper, &ConnectionKeeper::reconnected, this, [this] {
        m_listener->listen();
        refresh();
    });
}

bool RatingTerminalWindow::isAsking() const
{
    return ui->pages->currentWidget() == ui->choice;
}

bool RatingTerminalWindow::isThanking() const
{
    return ui->pages->currentWidget() == ui->thanksPage;
}

bool RatingTerminalWindow::isListening() const
{
    return m_listener->isListening();
}

QString RatingTerminalWindow::message() const
{
    return ui->messageLabel->text();
}

void RatingTerminalWindow::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

bool RatingTerminalWindow::refresh()
{
    m_refreshTimer.stop();
    if (m_thanksTimer.isActive())
        return true; // the thanks stay their time; refreshed after
    ++m_refreshCount;
    auto pending = m_repo.pending();
    if (!pending) {
        showMessage(pending.error().message);
        return false;
    }
    const bool same = m_request && *pending && (*pending)->dossierId == m_request->dossierId
                      && (*pending)->occasion == m_request->occasion;
    m_request = *pending;
    if (m_request) {
        if (!same || !isAsking()) {
            showMessage(QString());
            ui->choice->showRequest(*m_request);
            ui->pages->setCurrentWidget(ui->choice);
            activateWindow();
        }
    } else {
        ui->pages->setCurrentWidget(ui->waitingPage);
    }
    return true;
}

void RatingTerminalWindow::rate(RatingLevel level)
{
    if (!m_request || !isAsking())
        return;
    const RatingRequest request = *m_request;
    const DbStatus rated = m_repo.rate(request.dossierId, request.occasion, level);
    if (!rated) {
        m_request.reset();
        ui->pages->setCurrentWidget(ui->waitingPage);
        showMessage(rated.error().message);
        scheduleRefresh();
        return;
    }
    m_notifier->changed(QStringLiteral("rating:%1").arg(request.dossierId));
    m_lastLevel = level;
    m_request.reset();
    showMessage(QString());
    retranslate();
    ui->pages->setCurrentWidget(ui->thanksPage);
    m_thanksTimer.start();
}

void RatingTerminalWindow::showMessage(const QString &text)
{
    ui->messageLabel->setText(text);
    ui->messageLabel->setVisible(!text.isEmpty());
}

void RatingTerminalWindow::keyPressEvent(QKeyEvent *event)
{
    // The citizen's keypad: 1, 2 and 3 answer wherever the focus is.
    if (isAsking() && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_3
        && ui->choice->chooseDigit(event->key() - Qt::Key_0))
        return;
    // Esc does not close the terminal: it faces the public.
    if (event->key() == Qt::Key_Escape)
        return;
    QWidget::keyPressEvent(event);
}

void RatingTerminalWindow::retranslate()
{
    ui->thanksLabel->setText(
            m_lastLevel
                    ? tr("Thank you! You rated: %1.").arg(RatingChoice::levelLabel(*m_lastLevel))
                    : tr("Thank you!"));
    ui->deviceLabel->setText(
            m_device.label.isEmpty()
                    ? tr("%1, counter %2").arg(m_device.unitName).arg(m_device.counterNumber)
                    : m_device.label);
}

void RatingTerminalWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace Motcua
