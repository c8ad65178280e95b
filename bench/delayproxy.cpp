#include "delayproxy.h"

#include <QByteArray>

#include <algorithm>
#include <chrono>
#include <deque>
#include <list>
#include <optional>
#include <vector>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Motcua::Bench {

namespace {

using Clock = std::chrono::steady_clock;

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
            .count();
}

void setNonBlocking(int fd)
{
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

int connectTo(const QString &host, quint16 port)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found)
        != 0)
        return -1;
    int fd = -1;
    for (addrinfo *a = found; a && fd < 0; a = a->ai_next) {
        fd = socket(a->ai_family, a->ai_socktype, a->ai_protocol);
        if (fd >= 0 && ::connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(found);
    return fd;
}

// A Terminate message ('X', length 4): the client closing, expecting nothing.
bool isTerminate(const char *data, ssize_t n)
{
    return n == 5 && std::memcmp(data, "X\0\0\0\4", 5) == 0;
}

// What a client's chunk holds, for the trace: its messages' types and the
// first statement's text (simple Query or Parse), e.g. "PBDES SELECT …".
QString describeSent(const QByteArray &chunk)
{
    QByteArray types;
    QByteArray sql;
    qsizetype at = 0;
    while (at + 5 <= chunk.size()) {
        const char type = chunk[at];
        const quint32 length
                = (quint32(uchar(chunk[at + 1])) << 24) | (quint32(uchar(chunk[at + 2])) << 16)
                  | (quint32(uchar(chunk[at + 3])) << 8) | quint32(uchar(chunk[at + 4]));
        if (type < 'A' || type > 'z' || length < 4)
            return QStringLiteral("(%1 bytes)").arg(chunk.size()); // start-up packets
        types += type;
        const QByteArray body = chunk.mid(at + 5, qsizetype(length) - 4);
        if (sql.isEmpty() && type == 'Q')
            sql = body.left(body.indexOf('\0'));
        else if (sql.isEmpty() && type == 'P') {
            const qsizetype name = body.indexOf('\0');
            sql = body.mid(name + 1, body.indexOf('\0', name + 1) - name - 1);
        }
        at += 1 + qsizetype(length);
    }
    return QString::fromLatin1(types) + QLatin1Char(' ')
           + QString::fromUtf8(sql).simplified().left(160);
}

} // namespace

struct DelayProxy::Session
{
    struct Chunk
    {
        Clock::time_point due;
        QByteArray data; // empty: the sender closed its side
        qsizetype written = 0;
    };
    struct Direction
    {
        int to = -1;
        std::deque<Chunk> held;
        bool readClosed = false; // the sender closed: nothing more to read
        bool closed = false;     // ... and that was passed on
        bool blocked = false;    // the receiver's buffer is full
    };

    qint64 number = 0;
    int client = -1;
    int server = -1;
    Direction up;   // client -> server
    Direction down; // server -> client
    bool clientSent = false;
    bool answered = false; // server data reached the client since it last sent
    bool started = false;  // the first ReadyForQuery went by
    QByteArray tail;       // the end of the server's stream, to find it
    bool failed = false;

    bool finished() const { return failed || (up.closed && down.closed); }
};

DelayProxy::DelayProxy(const QString &hosts, const QString &ports, int rttMs)
    : m_host(hosts.section(QLatin1Char(','), 0, 0))
    , m_rttMs(rttMs)
{
    if (m_host.isEmpty() || m_host.startsWith(QLatin1Char('/')))
        m_host = QStringLiteral("127.0.0.1");
    QString port = ports.section(QLatin1Char(','), 0, 0);
    if (port.isEmpty())
        port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
    m_targetPort = quint16(port.toUInt());
}

DelayProxy::~DelayProxy()
{
    if (m_thread.joinable()) {
        m_stop = true;
        const char c = 0;
        [[maybe_unused]] const ssize_t n = write(m_wake[1], &c, 1);
        m_thread.join();
    }
    for (int fd : {m_listenFd, m_wake[0], m_wake[1]}) {
        if (fd >= 0)
            close(fd);
    }
}

bool DelayProxy::start(QString *error)
{
    auto fail = [error](const char *what) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                  QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    };
    m_listenFd = socket(AF_INET, SOCK_STREAM, 0);
    if (m_listenFd < 0)
        return fail("socket");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || listen(m_listenFd, 64) != 0
        || getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return fail("listen");
    m_port = ntohs(addr.sin_port);
    if (pipe(m_wake) != 0)
        return fail("pipe");
    setNonBlocking(m_listenFd);
    m_lastTrafficNs = nowNs();
    m_thread = std::thread([this] { run(); });
    return true;
}

DelayProxy::Counts DelayProxy::counts() const
{
    return {m_roundTrips, m_startupRoundTrips, m_connections, m_bytesToServer, m_bytesToClient};
}

qint64 DelayProxy::quietMs() const
{
    if (m_held > 0)
        return 0;
    return (nowNs() - m_lastTrafficNs) / 1000000;
}

void DelayProxy::run()
{
    const auto half = std::chrono::microseconds(qint64(m_rttMs) * 500);
    std::list<Session> sessions;

    // Writes what is due in one direction; false when the session broke.
    auto pass = [this](Session &s, Session::Direction &d, bool toClient) {
        const auto now = Clock::now();
        while (!d.held.empty() && d.held.front().due <= now) {
            Session::Chunk &c = d.held.front();
            if (c.data.isEmpty()) {
                shutdown(d.to, SHUT_WR);
                d.closed = true;
            } else {
                const ssize_t n = send(d.to,
                                       c.data.constData() + c.written,
                                       size_t(c.data.size() - c.written),
                                       MSG_NOSIGNAL);
                if (n < 0) {
                    d.blocked = errno == EAGAIN || errno == EWOULDBLOCK;
                    return d.blocked;
                }
                m_lastTrafficNs = nowNs();
                (toClient ? m_bytesToClient : m_bytesToServer) += n;
                if (toClient)
                    s.answered = true;
                c.written += n;
                if (c.written < c.data.size()) {
                    d.blocked = true;
                    return true;
                }
            }
            d.held.pop_front();
            --m_held;
        }
        d.blocked = false;
        return true;
    };

    // Reads what one side sent and holds it; false when the session broke.
    auto take = [this, half](Session &s, bool fromClient) {
        char buf[65536];
        const ssize_t n = read(fromClient ? s.client : s.server, buf, sizeof buf);
        if (n < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
        m_lastTrafficNs = nowNs();
        Session::Direction &d = fromClient ? s.up : s.down;
        if (n == 0)
            d.readClosed = true;
        d.held.push_back({Clock::now() + half, QByteArray(buf, n), 0});
        ++m_held;
        if (fromClient && n > 0) {
            if ((!s.clientSent || s.answered) && !isTerminate(buf, n)) {
                ++(s.started ? m_roundTrips : m_startupRoundTrips);
                if (m_trace)
                    m_trace(s.number, !s.started, describeSent(d.held.back().data));
            }
            s.clientSent = true;
            s.answered = false;
        } else if (!fromClient && n > 0 && !s.started) {
            // ReadyForQuery (idle, in a transaction or failed) ends the start-up.
            s.tail.append(buf, n);
            for (const char status : {'I', 'T', 'E'}) {
                const char rfq[] = {'Z', 0, 0, 0, 5, status};
                if (s.tail.contains(QByteArray(rfq, sizeof rfq)))
                    s.started = true;
            }
            s.tail = s.tail.right(5);
        }
        return true;
    };

    std::vector<pollfd> fds;
    std::vector<Session *> owners; // per pollfd from index 2: its session
    while (!m_stop) {
        for (Session &s : sessions) {
            if (!s.failed && (!pass(s, s.up, false) || !pass(s, s.down, true)))
                s.failed = true;
        }
        for (auto it = sessions.begin(); it != sessions.end();) {
            if (it->finished()) {
                m_held -= qint64(it->up.held.size() + it->down.held.size());
                close(it->client);
                close(it->server);
                it = sessions.erase(it);
            } else {
                ++it;
            }
        }

        fds.assign({{m_wake[0], POLLIN, 0}, {m_listenFd, POLLIN, 0}});
        owners.clear();
        std::optional<Clock::time_point> next;
        for (Session &s : sessions) {
            const short clientEvents
                    = short((s.up.readClosed ? 0 : POLLIN) | (s.down.blocked ? POLLOUT : 0));
            const short serverEvents
                    = short((s.down.readClosed ? 0 : POLLIN) | (s.up.blocked ? POLLOUT : 0));
            fds.push_back({s.client, clientEvents, 0});
            fds.push_back({s.server, serverEvents, 0});
            owners.push_back(&s);
            owners.push_back(&s);
            for (const Session::Direction *d : {&s.up, &s.down}) {
                if (!d->held.empty() && !d->blocked && (!next || d->held.front().due < *next))
                    next = d->held.front().due;
            }
        }
        timespec wait{};
        timespec *timeout = nullptr;
        if (next) {
            const auto ns = std::max<qint64>(
                    0,
                    std::chrono::duration_cast<std::chrono::nanoseconds>(*next - Clock::now())
                            .count());
            wait.tv_sec = ns / 1000000000;
            wait.tv_nsec = ns % 1000000000;
            timeout = &wait;
        }
        if (ppoll(fds.data(), fds.size(), timeout, nullptr) < 0 && errno != EINTR)
            break;

        if (fds[1].revents & POLLIN) {
            const int client = accept(m_listenFd, nullptr, nullptr);
            if (client >= 0) {
                const int server = connectTo(m_host, m_targetPort);
                if (server < 0) {
                    close(client);
                } else {
                    setNonBlocking(client);
                    setNonBlocking(server);
                    Session &s = sessions.emplace_back();
                    s.client = client;
                    s.server = server;
                    s.up.to = server;
                    s.down.to = client;
                    s.number = ++m_connections;
                }
            }
        }
        for (size_t i = 2; i < fds.size(); ++i) {
            Session &s = *owners[i - 2];
            const bool isClient = fds[i].fd == s.client;
            const bool open = !(isClient ? s.up : s.down).readClosed;
            if (open && (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) && !take(s, isClient))
                s.failed = true;
        }
    }
    for (Session &s : sessions) {
        close(s.client);
        close(s.server);
    }
}

} // namespace Motcua::Bench
