#pragma once

#include <QString>

namespace Motcua::Test {

// A durable PostgreSQL server of one test's own (scripts/pg.sh --throwaway
// --durable, on a port and in a directory no other test uses), which the test
// may kill with SIGKILL and start again, as a crash and a restart would.
// Stopped and wiped when the object goes.
class KillableServer
{
public:
    // The port: MOTCUA_KILL_PGPORT, else `defaultPort` (tests that may run at
    // the same time use different ones).
    explicit KillableServer(int defaultPort = 54338);
    ~KillableServer();
    KillableServer(const KillableServer &) = delete;
    KillableServer &operator=(const KillableServer &) = delete;

    // Creates and starts the server; false with error() when it could not.
    bool start();
    // SIGKILL to the server and every process of it.
    bool kill();
    // Starts it again on the same data (crash recovery).
    bool resume();

    // A superuser DSN for it, as MOTCUA_TEST_ADMIN_DSN expects.
    QString adminDsn() const;
    QString error() const { return m_error; }

private:
    bool pg(const QStringList &args);

    QString m_dataDir;
    int m_port = 0;
    QString m_socketDir;
    QString m_error;
    bool m_started = false;
};

} // namespace Motcua::Test
