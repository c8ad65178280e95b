#pragma once

#include "data/connectionsettings.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QtTest>

namespace Motcua::Test {

// Verifies a QSqlQuery-like call and prints the server's error when it fails.
#define QVERIFY_SQL(q, call) QVERIFY2((q).call, qPrintable((q).lastError().text()))

// Skips without a test server, except under CI=true where a missing server
// fails the run.
#define MOTCUA_REQUIRE_SERVER() \
    do { \
        QString why_; \
        if (!Motcua::Test::TestDatabase::serverAvailable(&why_)) { \
            if (qEnvironmentVariable("CI") == QLatin1String("true")) \
                QFAIL(qPrintable(QStringLiteral("CI=true and no test server: ") + why_)); \
            QSKIP(qPrintable(why_)); \
        } \
    } while (false)

// A database of its own for one test, cloned from a migrated template (with or
// without the demo data), dropped when the object goes. The server comes from
// MOTCUA_TEST_ADMIN_DSN (a superuser DSN, set by scripts/test.sh).
class TestDatabase
{
public:
    enum class Content { Migrated, Demo };

    static bool serverAvailable(QString *why = nullptr);
    static ConnectionSettings adminSettings();

    explicit TestDatabase(Content content = Content::Migrated);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    QString name() const { return m_name; }

    // Superuser settings for this database.
    ConnectionSettings superuser() const;
    // Settings to log in as a role with a password.
    ConnectionSettings as(const QString &role, const QString &password) const;
    // Opens a Qt connection (named after the database and the suffix) as superuser.
    QSqlDatabase open(const QString &suffix = QStringLiteral("su")) const;
    // The first instant at 09:00 (Vietnam), at least `days` days after `after`,
    // that is working time at the unit by the server's calendar: a lawful new
    // due date for an extension (migration 0018). Invalid if none in 60 days.
    QDateTime workingInstantAfter(int unitId, const QDateTime &after, int days = 7) const;

    // Creates a LOGIN role of the given job (clerk, supervisor, admin) in the
    // unit with that code (empty: the first branch), with a staff row here and
    // the unit's first counter; returns its settings (password included).
    ConnectionSettings createStaff(const QString &job,
                                   const QString &unitCode = {},
                                   const QString &roleSuffix = {});

    // Creates a rating device (migration 0021): a LOGIN role in
    // motcua_terminal with its rating_terminals row, a counter's terminal
    // (kind "counter", bound to counterId) or a hall kiosk (kind "kiosk",
    // bound to unitId); returns its settings (password included).
    ConnectionSettings createRatingDevice(const QString &kind,
                                          int counterId,
                                          int unitId = 0,
                                          const QString &roleSuffix = {});

private:
    QString m_name;
    bool m_valid = false;
    QString m_error;
    QStringList m_roles;
    QStringList m_connections;
};

} // namespace Motcua::Test
