#pragma once

// The access rules test_security checks, written down once: which privileges
// each staff job is meant to hold, and from that (and the catalogue) every
// statement a job must not be able to run.

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Motcua::Test {

struct AccessAttempt
{
    enum Expect {
        Refused,  // fails with SQLSTATE 42501 (privilege, row-level check, trigger)
        NoChange, // runs, but row-level security lets it reach no row
        NoEffect, // refused (42501), or runs with a warning and `check` shows nothing changed
        Allowed,  // a control: the fixture really lets the job do this
    };
    QString job;
    QString name;
    QString sql;
    Expect expect = Refused;
    // NoEffect: an expression true when nothing changed. Refused: an
    // expression true when the role does not hold the privilege either (so a
    // grant that row-level security happens to stop is still noticed).
    QString check;
    bool outsideTransaction = false;
};

// clerk, supervisor, admin, department, and a rating terminal (not staff):
// one LOGIN role each in the test.
QStringList staffJobs();

// What a job is meant to hold: "table.PRIV", "table.UPDATE(column)" and
// "function.EXECUTE" (function by name). Anything else it must not hold.
QSet<QString> expectedPrivileges(const QString &job);

// Facts about the fixture the attempts refer to.
struct AccessFixture
{
    QString database;
    int superuserPid = 0; // a superuser backend to try to terminate
    bool dblinkAvailable = false;
};

// For every table, column, function and policy in the public schema, each
// privilege or ownership act the job lacks, as a statement (derived from the
// catalogue, so a new table or function is covered without editing the test).
QList<AccessAttempt> catalogAttempts(QSqlDatabase su, const QString &job);

// What the catalogue holds that every role must be tried on at least once
// (the floor of forbidden_refused): "table T", "column T.C", "function SIG",
// "sequence S"; and, per attempt name, the objects it tries. A catalogue query
// that fails leaves `error` set.
struct CatalogueObjects
{
    QStringList objects;
    QString error;
};
CatalogueObjects catalogueObjects(QSqlDatabase su);
QStringList objectsTried(const AccessAttempt &attempt);

// Acts on roles, the server and its files, and row-level scope (another
// unit's rows, another clerk's name), with allowed controls.
QList<AccessAttempt> explicitAttempts(const QString &job, const AccessFixture &fixture);

} // namespace Motcua::Test
