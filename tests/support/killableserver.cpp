#include "killableserver.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#ifndef MOTCUA_SOURCE_DIR
#error "MOTCUA_SOURCE_DIR must name the source tree (scripts/pg.sh)"
#endif

namespace Motcua::Test {

KillableServer::KillableServer(int defaultPort)
{
    bool ok = false;
    m_port = qEnvironmentVariableIntValue("MOTCUA_KILL_PGPORT", &ok);
    if (!ok || m_port <= 0)
        m_port = defaultPort;
    m_dataDir = QDir::temp().filePath(QStringLiteral("motcua-kill-%1/pgdata").arg(m_port));
}

KillableServer::~KillableServer()
{
    if (m_started)
        pg({QStringLiteral("stop")});
}

bool KillableServer::pg(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_TEST_PGDATA"), m_dataDir);
    env.insert(QStringLiteral("MOTCUA_TEST_PGPORT"), QString::number(m_port));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"),
            QStringList{QStringLiteral(MOTCUA_SOURCE_DIR "/scripts/pg.sh")} + args
                    + QStringList{QStringLiteral("--throwaway")});
    const bool finished = p.waitForFinished(120000);
    const QString output = QString::fromLocal8Bit(p.readAll());
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("pg.sh %1: %2").arg(args.join(QLatin1Char(' ')), output);
        return false;
    }
    static const QRegularExpression socket(QStringLiteral("socket (\\S+)\\)"));
    if (const auto m = socket.match(output); m.hasMatch())
        m_socketDir = m.captured(1);
    return true;
}

bool KillableServer::start()
{
    m_started = pg({QStringLiteral("start"), QStringLiteral("--durable")});
    return m_started;
}

bool KillableServer::kill()
{
    return pg({QStringLiteral("kill")});
}

bool KillableServer::resume()
{
    return pg({QStringLiteral("start"), QStringLiteral("--durable"), QStringLiteral("--keep")});
}

QString KillableServer::adminDsn() const
{
    return QStringLiteral("host=%1 port=%2 dbname=postgres user=postgres")
            .arg(m_socketDir)
            .arg(m_port);
}

} // namespace Motcua::Test
