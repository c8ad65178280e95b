#include "live.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace Motcua {

namespace {
const QString kChannel = QStringLiteral("motcua_live");
}

LiveNotifier::LiveNotifier(QSqlDatabase db, QObject *parent, bool autoFlush)
    : QObject(parent)
    , m_db(db)
    , m_statements(std::move(db))
    , m_autoFlush(autoFlush)
{
    m_sinceFlush.start();
    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &LiveNotifier::flush);
}

void LiveNotifier::changed(const QString &topic)
{
    if (!m_topics.contains(topic))
        m_topics << topic;
    if (m_autoFlush && !m_timer.isActive())
        m_timer.start();
}

bool LiveNotifier::flushIfDue()
{
    if (m_topics.isEmpty() || m_sinceFlush.elapsed() < m_timer.interval())
        return true;
    return flush();
}

bool LiveNotifier::flush()
{
    if (m_autoFlush)
        m_timer.stop();
    if (m_topics.isEmpty())
        return true;
    m_sinceFlush.restart();
    // Prepared once per notifier: each counter action ends with one.
    auto q = m_statements.exec(QStringLiteral("SELECT pg_notify(?, ?)"),
                               {kChannel, m_topics.join(QLatin1Char(',')).left(7900)});
    if (!q)
        return false; // kept for the next try
    // Read to the end: a forward-only query's statement (and its implicit
    // transaction, which sends the notification) completes only then.
    while ((*q)->next()) {
    }
    (*q)->finish();
    m_topics.clear();
    return true;
}

LiveListener::LiveListener(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    connect(m_db.driver(),
            &QSqlDriver::notification,
            this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == kChannel)
                    emit changed(payload.toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
            });
    listen();
}

bool LiveListener::listen()
{
    QSqlDriver *driver = m_db.driver();
    if (driver->subscribedToNotifications().contains(kChannel))
        driver->unsubscribeFromNotification(kChannel);
    m_listening = driver->subscribeToNotification(kChannel);
    return m_listening;
}

} // namespace Motcua
