#include "sqlqueries.h"

#include <QFile>
#include <QMutex>

namespace Motcua::SqlQueries {

namespace {

// The statement as stored, without its comment lines; read once.
QString stored(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/sql/queries/%1.sql").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        Q_ASSERT_X(false, "SqlQueries::text", "no such statement in resources/sql/queries");
        return QString();
    }
    QStringList lines;
    const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().startsWith(QLatin1String("--")) && !line.trimmed().isEmpty())
            lines << line;
    }
    return *cache.insert(name, lines.join(QLatin1Char('\n')));
}

} // namespace

QString text(const QString &name, const QHash<QString, QString> &fragments)
{
    QString sql = stored(name);
    for (auto it = fragments.cbegin(); it != fragments.cend(); ++it)
        sql.replace(QStringLiteral("{{%1}}").arg(it.key()), it.value());
    if (sql.contains(QLatin1String("{{"))) {
        Q_ASSERT_X(false, "SqlQueries::text", "a {{fragment}} of the statement was not given");
        return QString();
    }
    return sql;
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace Motcua::SqlQueries
