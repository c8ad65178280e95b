// The login dialog connects as the staff member's own role.
#include "testdatabase.h"

#include "gui/login/logindialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

using namespace Motcua;
using namespace Motcua::Test;

class TestLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }
    void login_data();
    void login();
    void serverSettingsBehindAButton();

private:
    void typeServer(LoginDialog &dialog);
    std::unique_ptr<TestDatabase> m_db;
    ConnectionSettings m_clerk;
};

void TestLogin::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_clerk = m_db->createStaff(QStringLiteral("clerk"));
}

void TestLogin::typeServer(LoginDialog &dialog)
{
    const ConnectionSettings su = m_db->superuser();
    QTest::mouseClick(dialog.findChild<QToolButton *>(QStringLiteral("serverButton")),
                      Qt::LeftButton);
    auto type = [&dialog](const char *name, const QString &text) {
        auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type("hostsEdit", su.hosts);
    type("portsEdit", su.ports);
    type("databaseEdit", su.database);
}

void TestLogin::login_data()
{
    QTest::addColumn<bool>("rightPassword");
    QTest::newRow("right password") << true;
    QTest::newRow("wrong password") << false;
}

void TestLogin::login()
{
    QFETCH(bool, rightPassword);
    LoginDialog dialog(ConnectionSettings{}, QStringLiteral("gui_login"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeServer(dialog);
    auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(user, m_clerk.user);
    QTest::keyClicks(password, rightPassword ? m_clerk.password : QStringLiteral("nope"));
    QTest::keyClick(password, Qt::Key_Return);

    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    if (rightPassword) {
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.identity().roleName, m_clerk.user);
        QCOMPARE(dialog.identity().job, StaffIdentity::Job::Clerk);
        QVERIFY(!dialog.identity().unitName.isEmpty());
        QVERIFY(dialog.identity().counterNumber > 0);
        // The password is in memory only; what is saved has none.
        QSettings settings(
                QSettings::IniFormat, QSettings::UserScope, QStringLiteral("MotcuaTest"));
        dialog.settings().save(settings);
        settings.sync();
        QFile saved(settings.fileName());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains(m_clerk.password.toUtf8()));
    } else {
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("password")), qPrintable(error->text()));
        // The password is selected for retyping.
        QCOMPARE(password->selectedText(), QStringLiteral("nope"));
    }
    QSqlDatabase::database(QStringLiteral("gui_login"), false).close();
}

void TestLogin::serverSettingsBehindAButton()
{
    LoginDialog dialog(ConnectionSettings{}, QStringLiteral("gui_login2"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *group = dialog.findChild<QWidget *>(QStringLiteral("serverGroup"));
    QVERIFY(!group->isVisible());
    QTest::mouseClick(dialog.findChild<QToolButton *>(QStringLiteral("serverButton")),
                      Qt::LeftButton);
    QVERIFY(group->isVisible());
}

QTEST_MAIN(TestLogin)
#include "test_login.moc"
