#include "ratingkioskwindow.h"

#include "ui_ratingkioskwindow.h"

#include "data/live.h"

#include <QKeyEvent>

namespace Motcua {

RatingKioskWindow::RatingKioskWindow(QSqlDatabase db,
                                     const RatingTerminalInfo &device,
                                     QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::RatingKioskWindow>())
    , m_repo(db)
    , m_device(device)
    , m_notifier(new LiveNotifier(db, this))
{
    ui->setupUi(this);
    connect(ui->choice, &RatingChoice::chosen, this, &RatingKioskWindow::rate);
    connect(ui->codeEdit, &QLineEdit::returnPressed, this, [this] {
        lookUp(ui->codeEdit->text());
    });
    connect(ui->findButton, &QPushButton::clicked, this, [this] { lookUp(ui->codeEdit->text()); });
    // A citizen who walks away leaves the kiosk to the next one.
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(30000);
    connect(&m_idleTimer, &QTimer::timeout, this, &RatingKioskWindow::backToScan);
    retranslate();
    backToScan();
}

RatingKioskWindow::~RatingKioskWindow() = default;

bool RatingKioskWindow::isAsking() const
{
    return ui->pages->currentWidget() == ui->choice;
}

bool RatingKioskWindow::isThanking() const
{
    return ui->pages->currentWidget() == ui->thanksPage;
}

QString RatingKioskWindow::message() const
{
    return ui->messageLabel->text();
}

bool RatingKioskWindow::lookUp(const QString &code)
{
    const QString typed = code.trimmed();
    ui->codeEdit->clear();
    if (typed.isEmpty())
        return false;
    auto open = m_repo.openFor(typed);
    if (!open) {
        showMessage(open.error().message);
        return false;
    }
    m_open = *open;
    m_rated = 0;
    if (m_open.isEmpty()) {
        showMessage(tr("Nothing to rate for the dossier %1: it was rated already, the time to "
                       "rate it has passed, or the code is not known.")
                            .arg(typed));
        m_idleTimer.start();
        return false;
    }
    askNext();
    return true;
}

void RatingKioskWindow::askNext()
{
    if (m_open.isEmpty()) {
        retranslate();
        ui->pages->setCurrentWidget(ui->thanksPage);
        m_idleTimer.start(5000);
        return;
    }
    showMessage(QString());
    ui->choice->showRequest(m_open.first());
    ui->pages->setCurrentWidget(ui->choice);
    m_idleTimer.start(30000);
}

void RatingKioskWindow::rate(RatingLevel level)
{
    if (m_open.isEmpty() || !isAsking())
        return;
    const RatingRequest request = m_open.takeFirst();
    const DbStatus rated = m_repo.rate(request.dossierId, request.occasion, level);
    if (!rated) {
        backToScan();
        showMessage(rated.error().message);
        return;
    }
    ++m_rated;
    m_notifier->changed(QStringLiteral("rating:%1").arg(request.dossierId));
    askNext();
}

void RatingKioskWindow::backToScan()
{
    m_open.clear();
    showMessage(QString());
    ui->pages->setCurrentWidget(ui->scanPage);
    ui->codeEdit->clear();
    ui->codeEdit->setFocus();
}

void RatingKioskWindow::showMessage(const QString &text)
{
    ui->messageLabel->setText(text);
    ui->messageLabel->setVisible(!text.isEmpty());
}

void RatingKioskWindow::keyPressEvent(QKeyEvent *event)
{
    if (isAsking() && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_3
        && ui->choice->chooseDigit(event->key() - Qt::Key_0))
        return;
    if (event->key() == Qt::Key_Escape) {
        // Esc gives up the current citizen, never closes the kiosk.
        backToScan();
        return;
    }
    QWidget::keyPressEvent(event);
}

void RatingKioskWindow::retranslate()
{
    ui->thanksLabel->setText(tr("Thank you for rating our service!"));
    ui->deviceLabel->setText(m_device.label.isEmpty() ? m_device.unitName : m_device.label);
}

void RatingKioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace Motcua
