// TLS with sslmode=verify-full, through the application's own data layer and
// motcua-admin: a throwaway certificate authority and a server certificate for
// DNS:localhost are made with openssl, and a cluster of its own accepts only
// encrypted password logins (hostssl, scram-sha-256). The right host name with
// the right authority connects encrypted; an IP address not in the certificate,
// another authority and an unencrypted connection are refused, each with a
// clear message. The run ends with "tls_checks=P/T".
#include "data/connectionsettings.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

using namespace Motcua;
using namespace Qt::StringLiterals;

namespace {

// A TCP port nobody listens on right now (the kernel's choice).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void verifyFullConnectsEncrypted();
    void addressNotInCertificateIsRefused();
    void otherAuthorityIsRefused();
    void unencryptedIsRefused();
    void wrongPasswordStaysAnAuthenticationError();
    void commandLineVerifiesTheServer();

private:
    // Runs a program (as the server's OS user when asServer and root); false
    // with its output in m_lastOutput when it fails.
    bool run(const QString &program, const QStringList &args, bool asServer = false);
    // Settings from a DSN, as the login dialog's DSN and motcua-admin --dsn give them.
    ConnectionSettings settings(const QString &host,
                                const QString &sslMode,
                                const QString &rootCert) const;
    QString dsn(const QString &host, const QString &sslMode, const QString &rootCert) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // One of the counted checks.
    bool check(bool ok);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgBin;
    QString m_openssl;
    bool m_asRoot = false;
    bool m_started = false;
    int m_port = 0;
    QString m_password;
    QString m_lastOutput;
    int m_checks = 0;
    int m_passed = 0;
};

bool TestTls::check(bool ok)
{
    ++m_checks;
    if (ok)
        ++m_passed;
    return ok;
}

bool TestTls::run(const QString &program, const QStringList &args, bool asServer)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // The server's programs start from /: the test's own directory may lie in
    // a clone the postgres user cannot enter (e.g. under /root).
    if (asServer && m_asRoot) {
        p.setWorkingDirectory(QDir::rootPath());
        p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
    } else {
        p.start(program, args);
    }
    const bool finished = p.waitForFinished(30000);
    m_lastOutput = QString::fromLocal8Bit(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString TestTls::dsn(const QString &host, const QString &sslMode, const QString &rootCert) const
{
    QString d = u"host=%1 port=%2 dbname=postgres user=tls_staff sslmode=%3"_s.arg(
            host, QString::number(m_port), sslMode);
    if (!rootCert.isEmpty())
        d += u" sslrootcert="_s + rootCert;
    return d;
}

ConnectionSettings TestTls::settings(const QString &host,
                                     const QString &sslMode,
                                     const QString &rootCert) const
{
    auto parsed = ConnectionSettings::fromDsn(dsn(host, sslMode, rootCert));
    if (!parsed)
        return {};
    ConnectionSettings s = *parsed;
    s.password = m_password; // typed at login, never part of a DSN on disk
    return s;
}

void TestTls::initTestCase()
{
    const bool ci = qEnvironmentVariable("CI") == u"true"_s;
    auto missing = [ci](const QString &why) {
        if (ci)
            QFAIL(qPrintable(u"CI=true and "_s + why));
        QSKIP(qPrintable(why));
    };
    m_pgBin = qEnvironmentVariable("MOTCUA_PGBIN", u"/usr/lib/postgresql/15/bin"_s);
    m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (m_openssl.isEmpty())
        return missing(u"openssl is not installed"_s);
    for (const char *tool : {"initdb", "pg_ctl", "postgres"}) {
        if (!QFileInfo(m_pgBin + u'/' + QLatin1String(tool)).isExecutable())
            return missing(u"no PostgreSQL server binaries in "_s + m_pgBin
                           + u" (set MOTCUA_PGBIN)"_s);
    }
    m_asRoot = ::geteuid() == 0;
    const passwd *server = m_asRoot ? ::getpwnam("postgres") : nullptr;
    if (m_asRoot && !server)
        return missing(u"running as root without a postgres OS user to run the server"_s);

    // A short path: the server's Unix socket lives here too.
    m_dir = std::make_unique<QTemporaryDir>(u"/tmp/motcua-tls-XXXXXX"_s);
    QVERIFY(m_dir->isValid());
    if (m_asRoot)
        QVERIFY(::chown(QFile::encodeName(m_dir->path()).constData(),
                        server->pw_uid,
                        server->pw_gid)
                == 0);

    // Two authorities (the server's and a stranger) and the server's certificate.
    const QStringList ec = {
            u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    for (const QString &ca : {u"ca"_s, u"other-ca"_s}) {
        QVERIFY2(run(m_openssl,
                     QStringList{u"req"_s, u"-x509"_s, u"-new"_s} + ec
                             + QStringList{u"-keyout"_s,
                                           path(ca + u".key"_s),
                                           u"-out"_s,
                                           path(ca + u".crt"_s),
                                           u"-days"_s,
                                           u"2"_s,
                                           u"-subj"_s,
                                           u"/CN=Motcua test "_s + ca,
                                           u"-addext"_s,
                                           u"basicConstraints=critical,CA:TRUE"_s,
                                           u"-addext"_s,
                                           u"keyUsage=critical,keyCertSign,cRLSign"_s}),
                 qPrintable(m_lastOutput));
    }
    QVERIFY2(run(m_openssl,
                 QStringList{u"req"_s, u"-new"_s} + ec
                         + QStringList{u"-keyout"_s,
                                       path(u"server.key"_s),
                                       u"-out"_s,
                                       path(u"server.csr"_s),
                                       u"-subj"_s,
                                       u"/CN=localhost"_s}),
             qPrintable(m_lastOutput));
    {
        QFile ext(path(u"server.ext"_s));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=DNS:localhost\n"
                  "basicConstraints=critical,CA:FALSE\n"
                  "keyUsage=critical,digitalSignature\n"
                  "extendedKeyUsage=serverAuth\n");
    }
    QVERIFY2(run(m_openssl,
                 {u"x509"_s,
                  u"-req"_s,
                  u"-in"_s,
                  path(u"server.csr"_s),
                  u"-CA"_s,
                  path(u"ca.crt"_s),
                  u"-CAkey"_s,
                  path(u"ca.key"_s),
                  u"-CAcreateserial"_s,
                  u"-out"_s,
                  path(u"server.crt"_s),
                  u"-days"_s,
                  u"2"_s,
                  u"-extfile"_s,
                  path(u"server.ext"_s)}),
             qPrintable(m_lastOutput));
    const QByteArray key = QFile::encodeName(path(u"server.key"_s));
    QVERIFY(::chmod(key.constData(), 0600) == 0);
    if (m_asRoot) {
        QVERIFY(::chown(key.constData(), server->pw_uid, server->pw_gid) == 0);
        QVERIFY(::chown(QFile::encodeName(path(u"server.crt"_s)).constData(),
                        server->pw_uid,
                        server->pw_gid)
                == 0);
    }

    // The cluster: the superuser by peer over the private socket only; staff
    // over TCP with TLS and a password, nothing unencrypted.
    const QString data = path(u"data"_s);
    QVERIFY2(run(m_pgBin + u"/initdb"_s,
                 {u"-D"_s,
                  data,
                  u"-U"_s,
                  u"postgres"_s,
                  u"-E"_s,
                  u"UTF8"_s,
                  u"--locale=C.UTF-8"_s,
                  u"--no-sync"_s,
                  u"--auth-local=peer"_s,
                  u"--auth-host=reject"_s},
                 true),
             qPrintable(m_lastOutput));
    const passwd *me = ::getpwuid(::geteuid());
    QVERIFY(me);
    QVERIFY(run(u"sh"_s,
                {u"-c"_s,
                 u"printf '%s\\n' 'local all postgres peer map=tls_admins' "
                 "'hostssl all all 127.0.0.1/32 scram-sha-256' "
                 "'hostssl all all ::1/128 scram-sha-256' > \"$1\"/pg_hba.conf && "
                 "printf 'tls_admins %s postgres\\n' \"$2\" > \"$1\"/pg_ident.conf"_s,
                 u"sh"_s,
                 data,
                 QString::fromLocal8Bit(me->pw_name)},
                true));
    m_port = freePort();
    QVERIFY(m_port > 0);
    const QString options
            = u"-p %1 -k %2 -c listen_addresses=localhost -c ssl=on -c ssl_cert_file=%3 "
              "-c ssl_key_file=%4 -c fsync=off -c shared_buffers=16MB -c max_connections=20"_s.arg(
                      QString::number(m_port),
                      m_dir->path(),
                      path(u"server.crt"_s),
                      path(u"server.key"_s));
    QVERIFY2(run(m_pgBin + u"/pg_ctl"_s,
                 {u"start"_s,
                  u"-D"_s,
                  data,
                  u"-l"_s,
                  path(u"server.log"_s),
                  u"-w"_s,
                  u"-t"_s,
                  u"20"_s,
                  u"-o"_s,
                  options},
                 true),
             qPrintable(m_lastOutput));
    m_started = true;

    // A staff login with a random password held in memory only.
    m_password = QString::number(QRandomGenerator::system()->generate64(), 36)
                 + QString::number(QRandomGenerator::system()->generate64(), 36);
    ConnectionSettings su;
    su.hosts = m_dir->path();
    su.ports = QString::number(m_port);
    su.database = u"postgres"_s;
    su.user = u"postgres"_s;
    {
        auto db = su.open(u"tls_su"_s);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().describe()));
        QSqlQuery q(*db);
        QVERIFY_SQL(q, exec(u"CREATE ROLE tls_staff LOGIN PASSWORD '%1'"_s.arg(m_password)));
        q.finish();
        db->close();
    }
    QSqlDatabase::removeDatabase(u"tls_su"_s);
}

void TestTls::cleanupTestCase()
{
    if (m_started)
        run(m_pgBin + u"/pg_ctl"_s,
            {u"stop"_s, u"-D"_s, path(u"data"_s), u"-m"_s, u"immediate"_s},
            true);
    m_dir.reset();
    if (m_checks > 0) {
        std::printf("tls_checks=%d/%d\n", m_passed, m_checks);
        std::fflush(stdout);
    }
    QVERIFY2(m_passed == m_checks, "a TLS check failed");
}

void TestTls::verifyFullConnectsEncrypted()
{
    {
        auto db = settings(u"localhost"_s, u"verify-full"_s, path(u"ca.crt"_s)).open(u"tls"_s);
        QVERIFY2(check(db.ok()), qPrintable(db.ok() ? QString() : db.error().describe()));
        QSqlQuery q(*db);
        QVERIFY_SQL(q,
                    exec(u"SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s));
        QVERIFY(q.next());
        QVERIFY2(check(q.value(0).toBool()), "pg_stat_ssl says the session is not encrypted");
        qInfo("encrypted with %s", qPrintable(q.value(1).toString()));
        q.finish();
        db->close();
    }
    QSqlDatabase::removeDatabase(u"tls"_s);
}

void TestTls::addressNotInCertificateIsRefused()
{
    auto db = settings(u"127.0.0.1"_s, u"verify-full"_s, path(u"ca.crt"_s)).open(u"tls"_s);
    QVERIFY2(check(!db.ok() && db.error().code == DbError::SecureConnectionFailed
                   && db.error().message.contains(u"does not match the host name"_s)),
             qPrintable(db.ok() ? u"connected"_s : db.error().describe()));
    qInfo("%s", qPrintable(db.error().describe()));
}

void TestTls::otherAuthorityIsRefused()
{
    auto db = settings(u"localhost"_s, u"verify-full"_s, path(u"other-ca.crt"_s)).open(u"tls"_s);
    QVERIFY2(check(!db.ok() && db.error().code == DbError::SecureConnectionFailed
                   && db.error().message.contains(u"not signed by the trusted"_s)),
             qPrintable(db.ok() ? u"connected"_s : db.error().describe()));
    qInfo("%s", qPrintable(db.error().describe()));
}

void TestTls::unencryptedIsRefused()
{
    auto db = settings(u"localhost"_s, u"disable"_s, QString()).open(u"tls"_s);
    QVERIFY2(check(!db.ok() && db.error().code == DbError::SecureConnectionFailed
                   && db.error().message.contains(u"only encrypted connections"_s)),
             qPrintable(db.ok() ? u"connected"_s : db.error().describe()));
    qInfo("%s", qPrintable(db.error().describe()));
}

void TestTls::wrongPasswordStaysAnAuthenticationError()
{
    ConnectionSettings s = settings(u"localhost"_s, u"verify-full"_s, path(u"ca.crt"_s));
    s.password += u'x';
    auto db = s.open(u"tls"_s);
    QVERIFY2(check(!db.ok() && db.error().code == DbError::AuthenticationFailed),
             qPrintable(db.ok() ? u"connected"_s : db.error().describe()));
}

void TestTls::commandLineVerifiesTheServer()
{
    // The password reaches motcua-admin the way a script gives it: in the
    // environment (or a password file), never in the DSN on the command line.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, m_password);
    auto admin = [&](const QString &host, QString *out, QString *err) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MOTCUA_ADMIN_PATH),
                {u"--dsn"_s,
                 dsn(host, u"verify-full"_s, path(u"ca.crt"_s)),
                 u"migrate"_s,
                 u"--status"_s});
        if (!p.waitForFinished(30000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QString out, err;
    // Connected, read the (empty) schema's status: exit code 1, pending migrations.
    const int good = admin(u"localhost"_s, &out, &err);
    QVERIFY2(check(good == 1 && out.contains(u"applied=0 known="_s)),
             qPrintable(QString::number(good) + u' ' + out + err));
    const int bad = admin(u"127.0.0.1"_s, &out, &err);
    QVERIFY2(check(bad == 3 && err.contains(u"does not match the host name"_s)),
             qPrintable(QString::number(bad) + u' ' + out + err));
}

QTEST_GUILESS_MAIN(TestTls)
#include "test_tls.moc"
