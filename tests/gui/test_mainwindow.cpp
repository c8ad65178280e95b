// The main window: workspaces by shortcut, the language switched live and
// remembered, the status bar naming server, user, unit and connection state,
// and a lost connection noticed and re-established.
#include "testdatabase.h"

#include "data/live.h"
#include "gui/catalogue/cataloguepage.h"
#include "gui/intake/intakepage.h"
#include "gui/language.h"
#include "gui/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>

using namespace Motcua;
using namespace Motcua::Test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }
    void languageSwitchesLiveAndIsRemembered();
    void statusBarNamesWhoAndWhere();
    void lostConnectionIsReestablished();
    void intakeIsAnnouncedToOtherScreens();

private:
    QString statusText(MainWindow &w) const;
    std::unique_ptr<TestDatabase> m_db;
    ConnectionSettings m_clerk;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotcuaTest"));
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_clerk = m_db->createStaff(QStringLiteral("clerk"));
}

QString TestMainWindow::statusText(MainWindow &w) const
{
    QStringList parts;
    for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
        parts << l->text();
    return parts.join(QLatin1Char('|'));
}

void TestMainWindow::languageSwitchesLiveAndIsRemembered()
{
    Language language;
    QVERIFY(language.switchTo(QStringLiteral("en")));
    QVERIFY(m_clerk.open(QStringLiteral("mw_lang")).ok());
    auto who = StaffIdentity::load(QSqlDatabase::database(QStringLiteral("mw_lang"), false));
    QVERIFY(who.ok());
    Session session(m_clerk, QStringLiteral("mw_lang"), *who);
    MainWindow w(&session, &language);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *workspaceMenu = w.findChild<QMenu *>(QStringLiteral("workspaceMenu"));
    QCOMPARE(workspaceMenu->title(), QStringLiteral("&Workspace"));

    w.findChild<QAction *>(QStringLiteral("vietnameseAction"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(language.current(), QStringLiteral("vi"));
    QVERIFY2(workspaceMenu->title() != QStringLiteral("&Workspace"),
             qPrintable(workspaceMenu->title()));
    QVERIFY(w.connectionStateText() != QStringLiteral("Connected"));
    auto *search = w.cataloguePage()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(!search->placeholderText().startsWith(QLatin1String("Search")));

    // Remembered: a new session starts in the chosen language.
    Language next;
    next.installSaved();
    QCOMPARE(next.current(), QStringLiteral("vi"));
    w.findChild<QAction *>(QStringLiteral("englishAction"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(workspaceMenu->title(), QStringLiteral("&Workspace"));
    Language third;
    third.installSaved();
    QCOMPARE(third.current(), QStringLiteral("en"));
}

void TestMainWindow::statusBarNamesWhoAndWhere()
{
    Language language;
    language.switchTo(QStringLiteral("en"));
    QVERIFY(m_clerk.open(QStringLiteral("mw_status")).ok());
    auto who = StaffIdentity::load(QSqlDatabase::database(QStringLiteral("mw_status"), false));
    QVERIFY(who.ok());
    Session session(m_clerk, QStringLiteral("mw_status"), *who);
    MainWindow w(&session, &language);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w)); // shortcuts need the active window
    const QString status = statusText(w);
    QVERIFY2(status.contains(m_clerk.user), qPrintable(status));
    QVERIFY2(status.contains(who->unitName), qPrintable(status));
    QVERIFY2(status.contains(QString::number(who->counterNumber)), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("Connected")), qPrintable(status));
    // Ctrl+1 opens the catalogue with the search field focused.
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w.focusWidget(),
             w.cataloguePage()->findChild<QLineEdit *>(QStringLiteral("searchEdit")));
}

void TestMainWindow::lostConnectionIsReestablished()
{
    Language language;
    language.switchTo(QStringLiteral("en"));
    QVERIFY(m_clerk.open(QStringLiteral("mw_lost")).ok());
    auto who = StaffIdentity::load(QSqlDatabase::database(QStringLiteral("mw_lost"), false));
    QVERIFY(who.ok());
    Session session(m_clerk, QStringLiteral("mw_lost"), *who);
    ConnectionKeeper &keeper = *session.keeper();
    MainWindow w(&session, &language);
    w.show();
    QSignalSpy states(&keeper, &ConnectionKeeper::stateChanged);
    QSignalSpy reconnected(&keeper, &ConnectionKeeper::reconnected);

    // The server drops the session (as a restart or a network cut would).
    QSqlQuery kill(m_db->open(QStringLiteral("killer")));
    kill.prepare(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE usename = ? AND datname = current_database()"));
    kill.addBindValue(m_clerk.user);
    QVERIFY_SQL(kill, exec());
    QVERIFY(kill.next());

    QVERIFY(keeper.check());
    QCOMPARE(reconnected.count(), 1);
    QCOMPARE(states.count(), 2); // reconnecting, then connected again
    QCOMPARE(keeper.state(), ConnectionKeeper::State::Connected);
    QSqlQuery q(keeper.database());
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT session_user")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), m_clerk.user);
    QVERIFY(statusText(w).contains(QLatin1String("Connected")));
}

void TestMainWindow::intakeIsAnnouncedToOtherScreens()
{
    Language language;
    language.switchTo(QStringLiteral("en"));
    QVERIFY(m_clerk.open(QStringLiteral("mw_live")).ok());
    auto who = StaffIdentity::load(QSqlDatabase::database(QStringLiteral("mw_live"), false));
    QVERIFY(who.ok());
    Session session(m_clerk, QStringLiteral("mw_live"), *who);
    MainWindow w(&session, &language);
    // Another screen (a supervisor's, say) listens on its own connection.
    LiveListener listener(m_db->open(QStringLiteral("mw_listener")));
    QSignalSpy spy(&listener, &LiveListener::changed);
    auto *intake = w.findChild<IntakePage *>();
    QVERIFY(intake);
    emit intake->dossierReceived(ReceivedDossier{});
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.first().first().toStringList(),
             QStringList{QStringLiteral("intake:%1").arg(who->unitId)});
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
