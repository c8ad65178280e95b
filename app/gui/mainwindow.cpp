#include "mainwindow.h"
#include "gui/palette.h"

#include "ui_mainwindow.h"

#include "data/live.h"

#include "calendar/calendarpage.h"
#include "catalogue/cataloguepage.h"
#include "handover/handoverpage.h"
#include "handover/registerpage.h"
#include "intake/intakepage.h"
#include "language.h"
#include "supervisor/boardwindow.h"
#include "supervisor/supervisorpage.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

namespace Motcua {

MainWindow::MainWindow(Session *session, Language *language, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_who(session->identity())
    , m_language(language)
    , m_serverLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_unitLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
{
    const StaffIdentity &who = m_who;
    ui->setupUi(this);
    setCentralWidget(ui->workspaces);
    for (QLabel *l : {m_serverLabel, m_userLabel, m_unitLabel})
        statusBar()->addPermanentWidget(l);
    statusBar()->addPermanentWidget(m_stateLabel);

    m_workspaceGroup = new QActionGroup(this);
    m_catalogue = new CataloguePage(session->primary(), who, this);
    ui->workspaces->addWidget(m_catalogue);
    m_workspaceGroup->addAction(ui->catalogueAction);
    connect(ui->catalogueAction, &QAction::triggered, this, [this] {
        ui->workspaces->setCurrentWidget(m_catalogue);
        m_catalogue->focusSearch();
    });
    connect(m_catalogue, &CataloguePage::errorOccurred, this, &MainWindow::showError);
    ui->catalogueAction->setChecked(true);

    // Everybody reads the working calendar; the page itself offers editing
    // only where StaffIdentity::canEditCalendar().
    m_calendar = new CalendarPage(session->primary(), who, this);
    ui->workspaces->addWidget(m_calendar);
    m_workspaceGroup->addAction(ui->calendarAction);
    connect(ui->calendarAction, &QAction::triggered, this, [this] {
        ui->workspaces->setCurrentWidget(m_calendar);
        m_calendar->focusCalendar();
    });
    connect(m_calendar, &CalendarPage::errorOccurred, this, &MainWindow::showError);

    // Everybody looks dossiers up; the actions offered depend on the role.
    m_handover = new HandoverPage(session->primary(), who, this);
    ui->workspaces->addWidget(m_handover);
    m_workspaceGroup->addAction(ui->handoverAction);
    connect(ui->handoverAction, &QAction::triggered, this, [this] {
        ui->workspaces->setCurrentWidget(m_handover);
        m_handover->focusSearch();
    });
    connect(m_handover, &HandoverPage::errorOccurred, this, &MainWindow::showError);
    // Other screens learn of changes through coalesced NOTIFYs, sent after the
    // commit, never inside the intake transaction.
    m_live = new LiveNotifier(session->primary(), this);
    m_handover->setLiveNotifier(m_live);
    connect(session, &Session::reconnected, m_handover, &HandoverPage::reload);

    m_register = new RegisterPage(session->primary(), who, this);
    ui->workspaces->addWidget(m_register);
    m_workspaceGroup->addAction(ui->registerAction);
    connect(ui->registerAction, &QAction::triggered, this, [this] {
        ui->workspaces->setCurrentWidget(m_register);
        m_register->reload();
    });
    connect(m_register, &RegisterPage::errorOccurred, this, &MainWindow::showError);

    // Clerks take in dossiers: the intake is their first workspace.
    const bool clerk = who.job == StaffIdentity::Job::Clerk;
    ui->intakeAction->setVisible(clerk);
    ui->intakeAction->setEnabled(clerk);
    if (clerk) {
        m_intake = new IntakePage(session->primary(), who, QString(), this);
        m_intake->setConnectionKeeper(session->keeper());
        ui->workspaces->addWidget(m_intake);
        m_workspaceGroup->addAction(ui->intakeAction);
        connect(ui->intakeAction, &QAction::triggered, this, [this] {
            ui->workspaces->setCurrentWidget(m_intake);
            m_intake->focusFirstField();
        });
        connect(m_intake, &IntakePage::errorOccurred, this, &MainWindow::showError);
        connect(m_intake, &IntakePage::dossierReceived, this, [this] {
            m_live->changed(QStringLiteral("intake:%1").arg(m_who.unitId));
        });
        connect(session, &Session::reconnected, m_intake, &IntakePage::reloadProcedures);
    }

    // The public board of a waiting hall, full screen on a screen of its own.
    connect(ui->workspaceMenu->addAction(tr("Public &board")), &QAction::triggered, this, [this] {
        BoardWindow::launch(m_session->primary(), m_session->keeper());
    });

    // Supervisors and administrators watch the branches' scorecard live.
    const bool supervises = who.job == StaffIdentity::Job::Supervisor
                            || who.job == StaffIdentity::Job::Admin || who.superuser;
    ui->supervisorAction->setVisible(supervises);
    ui->supervisorAction->setEnabled(supervises);
    if (supervises) {
        m_supervisor = new SupervisorPage(session, this);
        ui->workspaces->addWidget(m_supervisor);
        m_workspaceGroup->addAction(ui->supervisorAction);
        connect(ui->supervisorAction, &QAction::triggered, this, [this] {
            ui->workspaces->setCurrentWidget(m_supervisor);
        });
        connect(m_supervisor, &SupervisorPage::errorOccurred, this, &MainWindow::showError);
        connect(m_supervisor, &SupervisorPage::openDossier, this, [this](qint64 id) {
            auto d = DossierRepository(m_session->primary(), m_who).loadById(id);
            if (!d) {
                showError(d.error().message);
                return;
            }
            ui->handoverAction->setChecked(true);
            ui->workspaces->setCurrentWidget(m_handover);
            m_handover->openCode(d->summary.code);
        });
    }

    auto *languages = new QActionGroup(this);
    languages->addAction(ui->vietnameseAction);
    languages->addAction(ui->englishAction);
    (language->current() == QLatin1String("en") ? ui->englishAction : ui->vietnameseAction)
            ->setChecked(true);
    connect(ui->vietnameseAction, &QAction::triggered, this, [this] {
        m_language->switchTo(QStringLiteral("vi"));
    });
    connect(ui->englishAction, &QAction::triggered, this, [this] {
        m_language->switchTo(QStringLiteral("en"));
    });

    connect(ui->quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(ui->aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this,
                           tr("About Motcua Desk"),
                           tr("<b>Motcua Desk %1</b><br>For the one-stop counters of public "
                              "administrative service centers.")
                                   .arg(QCoreApplication::applicationVersion()));
    });
    connect(session, &Session::stateChanged, this, &MainWindow::updateStatus);
    connect(session, &Session::reconnected, m_catalogue, &CataloguePage::reload);
    connect(session, &Session::reconnected, m_calendar, &CalendarPage::reload);
    updateStatus();
    if (m_intake) {
        ui->intakeAction->setChecked(true);
        ui->workspaces->setCurrentWidget(m_intake);
        m_intake->focusFirstField();
    } else {
        m_catalogue->focusSearch();
    }
}

MainWindow::~MainWindow() = default;

QString MainWindow::connectionStateText() const
{
    return m_session->state() == ConnectionKeeper::State::Connected
                   ? tr("Connected")
                   : tr("Connection lost — reconnecting…");
}

void MainWindow::updateStatus()
{
    m_serverLabel->setText(tr("Server: %1").arg(m_session->serverName()));
    m_userLabel->setText(tr("User: %1 (%2)").arg(m_who.fullName, m_who.roleName));
    m_unitLabel->setText(
            m_who.unitName.isEmpty() ? tr("Unit: —")
            : m_who.counterNumber > 0
                    ? tr("Unit: %1, counter %2").arg(m_who.unitName).arg(m_who.counterNumber)
                    : tr("Unit: %1").arg(m_who.unitName));
    const bool ok = m_session->state() == ConnectionKeeper::State::Connected;
    m_stateLabel->setText(connectionStateText());
    m_stateLabel->setStyleSheet(ok ? Palette::textStyle(Palette::ok, true)
                                   : Palette::errorBannerStyle(QStringLiteral("0 6px")));
    setWindowTitle(
            tr("Motcua Desk — %1").arg(m_who.unitName.isEmpty() ? m_who.roleName : m_who.unitName));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

} // namespace Motcua
