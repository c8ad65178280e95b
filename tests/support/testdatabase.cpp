#include "testdatabase.h"

#include "data/demoseed.h"
#include "data/migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace Motcua::Test {

namespace {

int g_counter = 0;

QSqlDatabase adminConnection(const QString &dbname, const QString &connName)
{
    ConnectionSettings s = TestDatabase::adminSettings();
    s.database = dbname;
    auto db = s.open(connName);
    return db ? *db : QSqlDatabase();
}

// The templates are named after a hash of every bundled SQL file, so a changed
// migration or seed makes a new template.
QString templateName(TestDatabase::Content content)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const Migration &m : Migrator::bundled())
        h.addData(m.checksum);
    QDir seeds(QStringLiteral(":/sql/seed"));
    for (const QString &f : seeds.entryList(QDir::Files, QDir::Name)) {
        QFile file(seeds.filePath(f));
        if (file.open(QIODevice::ReadOnly))
            h.addData(file.readAll());
    }
    return QStringLiteral("motcua_tpl_%1_%2")
            .arg(content == TestDatabase::Content::Demo ? QStringLiteral("demo")
                                                        : QStringLiteral("bare"))
            .arg(QString::fromLatin1(h.result().toHex().left(12)));
}

QString ensureTemplate(TestDatabase::Content content)
{
    const QString tpl = templateName(content);
    QString error;
    {
        QSqlDatabase admin
                = adminConnection(QStringLiteral("postgres"), QStringLiteral("tpl_admin"));
        if (!admin.isOpen())
            return QStringLiteral("cannot connect to the test server");
        QSqlQuery q(admin);
        // Serialises template creation between test processes.
        q.exec(QStringLiteral("SELECT pg_advisory_lock(4242)"));
        q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
        q.addBindValue(tpl);
        q.exec();
        if (!q.next()) {
            const QString building = tpl + QStringLiteral("_new");
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(building));
            if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(building)))
                error = q.lastError().text();
            if (error.isEmpty()) {
                QSqlDatabase db = adminConnection(building, QStringLiteral("tpl_build"));
                auto applied = Migrator(db).migrate();
                if (!applied)
                    error = applied.error().describe();
                if (error.isEmpty() && content == TestDatabase::Content::Demo) {
                    auto seeded = DemoSeed::seed(db);
                    if (!seeded)
                        error = seeded.error().describe();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("tpl_build"));
            if (error.isEmpty()
                && !q.exec(QStringLiteral("ALTER DATABASE \"%1\" RENAME TO \"%2\"")
                                   .arg(building, tpl)))
                error = q.lastError().text();
        }
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(4242)"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tpl_admin"));
    return error;
}

} // namespace

ConnectionSettings TestDatabase::adminSettings()
{
    const QString dsn = qEnvironmentVariable("MOTCUA_TEST_ADMIN_DSN");
    auto parsed = ConnectionSettings::fromDsn(dsn);
    ConnectionSettings s = parsed ? *parsed : ConnectionSettings();
    s.applicationName = QStringLiteral("motcua-test");
    return s;
}

bool TestDatabase::serverAvailable(QString *why)
{
    if (qEnvironmentVariableIsEmpty("MOTCUA_TEST_ADMIN_DSN")) {
        if (why)
            *why = QStringLiteral("MOTCUA_TEST_ADMIN_DSN is not set (run scripts/test.sh)");
        return false;
    }
    ConnectionSettings s = adminSettings();
    s.database = QStringLiteral("postgres");
    bool ok = false;
    {
        auto db = s.open(QStringLiteral("probe"));
        ok = db.ok();
        if (!ok && why)
            *why = db.error().describe();
        if (ok)
            db->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return ok;
}

TestDatabase::TestDatabase(Content content)
{
    m_name = QStringLiteral("mt_%1_%2_%3")
                     .arg(QCoreApplication::applicationPid())
                     .arg(++g_counter)
                     .arg(QRandomGenerator::global()->bounded(100000));
    m_error = ensureTemplate(content);
    if (!m_error.isEmpty())
        return;
    {
        QSqlDatabase admin
                = adminConnection(QStringLiteral("postgres"), QStringLiteral("td_admin"));
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE \"%2\"")
                            .arg(m_name, templateName(content))))
            m_error = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("td_admin"));
    m_valid = m_error.isEmpty();
}

TestDatabase::~TestDatabase()
{
    for (const QString &c : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(c, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(c);
    }
    if (!m_valid)
        return;
    {
        QSqlDatabase admin
                = adminConnection(QStringLiteral("postgres"), QStringLiteral("td_admin"));
        QSqlQuery q(admin);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name));
        for (const QString &r : std::as_const(m_roles))
            q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(r));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("td_admin"));
}

ConnectionSettings TestDatabase::superuser() const
{
    ConnectionSettings s = adminSettings();
    s.database = m_name;
    return s;
}

ConnectionSettings TestDatabase::as(const QString &role, const QString &password) const
{
    ConnectionSettings s = superuser();
    s.user = role;
    s.password = password;
    return s;
}

QSqlDatabase TestDatabase::open(const QString &suffix) const
{
    const QString conn = m_name + QLatin1Char('_') + suffix;
    const_cast<TestDatabase *>(this)->m_connections.append(conn);
    auto db = superuser().open(conn);
    return db ? *db : QSqlDatabase();
}

QDateTime TestDatabase::workingInstantAfter(int unitId, const QDateTime &after, int days) const
{
    // Casts as CAST(): in a prepared statement Qt Sql would take "::" for placeholders.
    QSqlQuery q(open(QStringLiteral("instant")));
    q.prepare(QStringLiteral(
            "SELECT t FROM generate_series(?, 60) n, LATERAL (SELECT "
            "(CAST(CAST(? AS timestamptz) AT TIME ZONE 'Asia/Ho_Chi_Minh' AS date) + n "
            "+ time '09:00') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS t) x "
            "WHERE motcua_is_working_instant(?, t) ORDER BY n LIMIT 1"));
    q.addBindValue(days);
    q.addBindValue(after.toUTC().toString(Qt::ISODate));
    q.addBindValue(unitId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toDateTime();
}

ConnectionSettings TestDatabase::createStaff(const QString &job,
                                             const QString &unitCode,
                                             const QString &roleSuffix)
{
    const QString role = m_name + QLatin1Char('_') + job + roleSuffix;
    const QString password = QString::number(QRandomGenerator::global()->generate64(), 36);
    QSqlDatabase db = open(QStringLiteral("staff_") + job + roleSuffix);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE motcua_%3")
                        .arg(role, password, job)))
        qWarning() << "createStaff:" << q.lastError().text();
    m_roles.append(role);
    q.prepare(QStringLiteral(
            "INSERT INTO staff (role_name, full_name, unit_id, counter_id, job) "
            "SELECT ?, ?, u.id, (SELECT c.id FROM counters c WHERE c.unit_id = u.id "
            "                    ORDER BY c.number LIMIT 1), ? FROM units u "
            "WHERE u.code = ? OR (? = '' AND u.kind = 'branch') ORDER BY u.id LIMIT 1"));
    q.addBindValue(role);
    q.addBindValue(QStringLiteral("Test ") + job);
    q.addBindValue(job);
    // Bound as '' rather than NULL when empty.
    const QString code = unitCode.isEmpty() ? QStringLiteral("") : unitCode;
    q.addBindValue(code);
    q.addBindValue(code);
    if (!q.exec() || q.numRowsAffected() != 1)
        qWarning() << "createStaff: no unit" << unitCode << q.lastError().text();
    return as(role, password);
}

ConnectionSettings TestDatabase::createRatingDevice(const QString &kind,
                                                    int counterId,
                                                    int unitId,
                                                    const QString &roleSuffix)
{
    const QString role = m_name + QStringLiteral("_") + kind + roleSuffix;
    const QString password = QString::number(QRandomGenerator::global()->generate64(), 36);
    QSqlDatabase db = open(QStringLiteral("device_") + kind + roleSuffix);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE motcua_terminal")
                        .arg(role, password)))
        qWarning() << "createRatingDevice:" << q.lastError().text();
    m_roles.append(role);
    q.prepare(QStringLiteral("INSERT INTO rating_terminals (role_name, kind, counter_id, unit_id, "
                             "label) VALUES (?, ?, NULLIF(?, 0), NULLIF(?, 0), ?)"));
    q.addBindValue(role);
    q.addBindValue(kind);
    q.addBindValue(counterId);
    q.addBindValue(unitId);
    q.addBindValue(QStringLiteral("Test ") + kind);
    if (!q.exec())
        qWarning() << "createRatingDevice:" << q.lastError().text();
    return as(role, password);
}

} // namespace Motcua::Test
