#pragma once

#include "statementcache.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimer>

namespace Motcua {

// Live updates over PostgreSQL LISTEN/NOTIFY on the channel "motcua_live".
// A NOTIFY takes a cluster-wide lock at commit, so it is never sent inside an
// intake transaction: after a commit this client marks a topic changed, and
// the changes of 200 ms go out together in one NOTIFY (payload: the topics,
// comma-separated, e.g. "intake:12,return:3").
class LiveNotifier : public QObject
{
    Q_OBJECT

public:
    // Without an event loop (worker threads, the benchmark) pass
    // autoFlush = false and call flushIfDue() after each change.
    explicit LiveNotifier(QSqlDatabase db, QObject *parent = nullptr, bool autoFlush = true);

    void changed(const QString &topic);
    // Sends what is pending now (tests, shutdown).
    bool flush();
    // Sends when the last NOTIFY is at least the coalescing interval old.
    bool flushIfDue();

private:
    QSqlDatabase m_db;
    StatementCache m_statements;
    QTimer m_timer;
    QElapsedTimer m_sinceFlush;
    bool m_autoFlush;
    QStringList m_topics;
};

// Receives the notifications (needs a running event loop).
class LiveListener : public QObject
{
    Q_OBJECT

public:
    explicit LiveListener(QSqlDatabase db, QObject *parent = nullptr);
    bool isListening() const { return m_listening; }
    // Subscribes again (after a reconnect).
    bool listen();

signals:
    void changed(const QStringList &topics);

private:
    QSqlDatabase m_db;
    bool m_listening = false;
};

} // namespace Motcua
