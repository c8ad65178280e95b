#pragma once

#include "data/session.h"
#include "data/staffidentity.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QActionGroup;

namespace Ui {
class MainWindow;
}

namespace Motcua {

class CalendarPage;
class CataloguePage;
class LiveNotifier;
class HandoverPage;
class IntakePage;
class Language;
class RegisterPage;
class SupervisorPage;

// The workspaces a role may use, each behind a menu entry with a shortcut; a
// status bar naming the server, the user, the unit and the connection state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The pages work through `session` (its connections, identity and
    // calendar cache); it outlives the window.
    MainWindow(Session *session, Language *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    CataloguePage *cataloguePage() const { return m_catalogue; }
    CalendarPage *calendarPage() const { return m_calendar; }
    HandoverPage *handoverPage() const { return m_handover; }
    RegisterPage *registerPage() const { return m_register; }
    // The counter intake, for clerks only (null for other jobs).
    IntakePage *intakePage() const { return m_intake; }
    // The scorecard, for supervisors and administrators (null for others).
    SupervisorPage *supervisorPage() const { return m_supervisor; }
    QString connectionStateText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStatus();
    void showError(const QString &message);

    std::unique_ptr<Ui::MainWindow> ui;
    Session *m_session;
    StaffIdentity m_who;
    Language *m_language;
    CataloguePage *m_catalogue = nullptr;
    LiveNotifier *m_live = nullptr;
    CalendarPage *m_calendar = nullptr;
    HandoverPage *m_handover = nullptr;
    RegisterPage *m_register = nullptr;
    IntakePage *m_intake = nullptr;
    SupervisorPage *m_supervisor = nullptr;
    QActionGroup *m_workspaceGroup = nullptr;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_unitLabel;
    QLabel *m_stateLabel;
};

} // namespace Motcua
