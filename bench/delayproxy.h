#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace Motcua::Bench {

// A TCP proxy on 127.0.0.1 that holds every chunk of bytes rtt/2 in each
// direction before passing it on, as a far or slow network would: a chunk
// read at t is written at t + rtt/2, in order, whatever came before it (the
// delays overlap, they are not slept one after another). It runs on a thread
// of its own, so a client blocked on the GUI thread still gets its answers.
//
// It counts round trips as the client sees them: one each time the client
// sends after the server's data has reached it since its previous send (and
// the first send of each connection). A client that sends twice without
// waiting (a pipeline) is one round trip; a client that waits for each answer
// is one per answer. A lone Terminate message (the client closing) is not
// counted: nobody waits for its answer. Round trips made before the
// connection's first ReadyForQuery (TLS or GSS negotiation, the start-up
// packet, authentication) are counted apart, as start-up.
class DelayProxy
{
public:
    struct Counts
    {
        qint64 roundTrips = 0;        // after start-up
        qint64 startupRoundTrips = 0; // before the first ReadyForQuery
        qint64 connections = 0;       // accepted
        qint64 bytesToServer = 0;
        qint64 bytesToClient = 0;
    };

    // Forwards to the server at libpq's `hosts` and `ports` (the first of
    // each) over TCP: a socket directory or no host stands for 127.0.0.1 (the
    // server must listen there too), no port for PGPORT or 5432.
    DelayProxy(const QString &hosts, const QString &ports, int rttMs);
    ~DelayProxy();
    DelayProxy(const DelayProxy &) = delete;
    DelayProxy &operator=(const DelayProxy &) = delete;

    // Called on the proxy's thread for every round trip counted: the
    // connection's number, whether it is of the start-up, and what the client
    // sent (message types, the first statement's text). Set before start().
    using Trace = std::function<void(qint64 connection, bool startup, const QString &sent)>;
    void setTrace(Trace trace) { m_trace = std::move(trace); }

    // Listens on 127.0.0.1 at a free port and starts forwarding.
    bool start(QString *error = nullptr);
    quint16 port() const { return m_port; }
    // Where it forwards to.
    QString serverHost() const { return m_host; }
    quint16 serverPort() const { return m_targetPort; }
    int rttMs() const { return m_rttMs; }

    Counts counts() const;
    // Milliseconds since bytes last moved through the proxy (read or
    // written); 0 while some are held.
    qint64 quietMs() const;

private:
    struct Session;
    void run();

    QString m_host;
    quint16 m_targetPort;
    int m_rttMs;
    quint16 m_port = 0;
    int m_listenFd = -1;
    int m_wake[2] = {-1, -1};
    Trace m_trace;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_roundTrips{0};
    std::atomic<qint64> m_startupRoundTrips{0};
    std::atomic<qint64> m_connections{0};
    std::atomic<qint64> m_bytesToServer{0};
    std::atomic<qint64> m_bytesToClient{0};
    std::atomic<qint64> m_lastTrafficNs{0};
    std::atomic<qint64> m_held{0}; // chunks waiting to be written
};

} // namespace Motcua::Bench
