#include "demoseed.h"

#include "pgresult.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace Motcua {

DbResult<DemoSeed::Outcome> DemoSeed::seed(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT FROM units)")))
        return DbError::fromSql(q.lastError());
    q.next();
    if (q.value(0).toBool())
        return Outcome::AlreadyHasData;

    QByteArray script = "BEGIN;\n";
    for (const char *file : {":/sql/seed/demo_catalogue.sql",
                             ":/sql/seed/demo_staff.sql",
                             ":/sql/seed/demo_terminals.sql"}) {
        QFile f(QString::fromLatin1(file));
        if (!f.open(QIODevice::ReadOnly))
            return DbError::make(
                    DbError::Other,
                    DbError::tr("Missing resource %1.").arg(QString::fromLatin1(file)));
        script += f.readAll() + "\n;\n";
    }
    PGconn *conn = Pg::connectionOf(db);
    if (DbStatus ran = Pg::execScript(conn, script + "COMMIT;"); !ran) {
        Pg::execScript(conn, "ROLLBACK");
        return ran.error();
    }
    return Outcome::Seeded;
}

} // namespace Motcua
