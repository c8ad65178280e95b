#include "lookupbench.h"

#include "benchdb.h"

#include "core/vntext.h"
#include "data/dossierrepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace Motcua::Bench {

namespace {

const QString kDatabase = QStringLiteral("motcua_bench_lookup");

// Fills dossiers straight from generate_series: (unit, day, sequence) gives
// real, unique codes; names follow the frequency of Vietnamese family names.
const char kFill[] = R"SQL(
WITH units40 AS (
    SELECT id, code, row_number() OVER (ORDER BY id) AS n FROM units
    WHERE kind IN ('center', 'branch', 'local_team') ORDER BY id LIMIT 40
), procs AS (
    SELECT array_agg(id ORDER BY id) AS ids, array_agg(department_id ORDER BY id) AS deps
    FROM procedures
), names AS (
    SELECT ARRAY['Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn',
                 'Trần','Trần','Lê','Lê','Phạm','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ',
                 'Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'] AS family,
           ARRAY['Văn','Thị','Minh','Ngọc','Thanh','Hữu','Đức','Quốc','Thu','Hoàng','Gia',
                 'Bảo','Xuân','Kim'] AS middle,
           ARRAY['An','Anh','Bình','Châu','Dũng','Hà','Hải','Hạnh','Hiếu','Hoa','Hùng','Hương',
                 'Khánh','Lan','Linh','Long','Mai','Minh','Nam','Nga','Ngọc','Phong','Phúc',
                 'Quang','Quân','Sơn','Tâm','Thảo','Thắng','Thủy','Trang','Trung','Tuấn','Tùng',
                 'Vân','Việt','Yến','Đạt','Ân','Khoa'] AS given
)
INSERT INTO dossiers (code, idempotency_key, receiving_unit_id, received_by, procedure_id,
                      department_id, applicant_name, applicant_id_number, received_at, due_at,
                      state, finished_at)
SELECT u.code || '-' || to_char(day, 'YYMMDD') || '-' || lpad(seq::text, 4, '0'),
       gen_random_uuid(), u.id, 'bench', procs.ids[1 + (h % cardinality(procs.ids))],
       procs.deps[1 + (h % cardinality(procs.ids))],
       names.family[1 + (h % cardinality(names.family))] || ' ' ||
       names.middle[1 + ((h / 31) % cardinality(names.middle))] || ' ' ||
       names.given[1 + ((h / 1013) % cardinality(names.given))],
       '079' || lpad(((h / 7) % 1000000000)::text, 9, '0'),
       day + time '08:00' + (seq % 480) * interval '1 minute',
       day + time '08:00' + interval '5 days',
       CASE WHEN day < current_date - 30 THEN 'returned' ELSE 'in_processing' END,
       CASE WHEN day < current_date - 30 THEN day + interval '4 days' END
FROM units40 u, procs, names,
     generate_series(current_date - 1094, current_date, interval '1 day') AS g(day_ts),
     LATERAL (SELECT g.day_ts::date AS day) d,
     generate_series(1, :per_day) AS seq,
     LATERAL (SELECT abs(hashint8(u.id * 100000000::bigint + (day - date '2000-01-01') * 10000 + seq)) AS h) hh
)SQL";

} // namespace

int runLookupBench(const QStringList &argsIn, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    auto admin = adminSettings(args);
    if (!admin) {
        err << admin.error().describe() << '\n';
        return 2;
    }
    qint64 rows = 10000000;
    int lookups = 2000;
    bool reuse = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--reuse"))
            reuse = true;
        else if (args[i] == QLatin1String("--rows") && i + 1 < args.size())
            rows = qMax<qint64>(40 * 1095, args[++i].toLongLong());
        else if (args[i] == QLatin1String("--lookups") && i + 1 < args.size())
            lookups = qMax(10, args[++i].toInt());
        else {
            err << "lookup: unknown argument " << args[i] << '\n';
            return 2;
        }
    }
    ConnectionSettings s = *admin;
    s.database = kDatabase;
    // --reuse: measure again on the history a previous run built, if it is
    // there with the requested size (building 10 M rows takes minutes).
    qint64 existing = 0;
    if (reuse) {
        {
            auto db = s.open(QStringLiteral("bench_lookup_probe"));
            QSqlQuery q(db ? *db : QSqlDatabase());
            if (db && q.exec(QStringLiteral("SELECT count(*) FROM dossiers")) && q.next())
                existing = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench_lookup_probe"));
    }
    const bool build = !reuse || existing < rows * 95 / 100;
    if (build) {
        if (DbStatus fresh = freshDemoDatabase(*admin, kDatabase); !fresh) {
            err << "lookup: " << fresh.error().describe() << '\n';
            return 3;
        }
    }
    const QString conn = QStringLiteral("bench_lookup");
    std::vector<double> code, cccd, name;
    qint64 total = 0;
    {
        auto db = s.open(conn);
        if (!db) {
            err << "lookup: " << db.error().describe() << '\n';
            return 3;
        }
        QSqlQuery q(*db);
        if (build) {
            q.exec(QStringLiteral("SET maintenance_work_mem = '512MB'"));
            q.exec(QStringLiteral(
                    "INSERT INTO units (code, name, kind, province) "
                    "SELECT '000.97.' || lpad(g::text, 2, '0') || '.H29', 'Tổ ' || g, "
                    "'local_team', '' FROM generate_series(1, 40) g"));
            const qint64 perDay = (rows + 40 * 1095 - 1) / (40 * 1095);
            QString fill = QString::fromUtf8(kFill);
            fill.replace(QStringLiteral(":per_day"), QString::number(perDay));
            QElapsedTimer t;
            t.start();
            if (!q.exec(fill)) {
                err << "lookup: " << q.lastError().text() << '\n';
                return 3;
            }
            q.exec(QStringLiteral("VACUUM ANALYZE dossiers"));
            err << "lookup: history built in " << t.elapsed() / 1000 << " s\n";
        }
        // A server that has been running holds the table in memory: read it
        // into the OS cache first, so that the figures are lookups, not disk.
        q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_prewarm"));
        q.exec(QStringLiteral(
                "SELECT pg_prewarm(c.oid::regclass, 'read') FROM pg_class c "
                "WHERE c.relname = 'dossiers' OR c.oid IN "
                "(SELECT indexrelid FROM pg_index WHERE indrelid = 'dossiers'::regclass)"));
        q.exec(QStringLiteral("SELECT count(*) FROM dossiers"));
        q.next();
        total = q.value(0).toLongLong();

        // Samples to look up: random codes and CCCDs that exist, and the
        // unaccented starts of real names (family + middle + given).
        QStringList codes, ids, names;
        q.exec(QStringLiteral("SELECT code, applicant_id_number, applicant_name FROM dossiers "
                              "TABLESAMPLE SYSTEM (1) LIMIT %1")
                       .arg(lookups));
        while (q.next()) {
            codes << q.value(0).toString();
            ids << q.value(1).toString();
            names << VnText::fold(q.value(2).toString());
        }
        StaffIdentity who;
        who.job = StaffIdentity::Job::Supervisor;
        DossierRepository repo(*db, who);
        auto time = [&repo](const QString &query, std::vector<double> &into) {
            QElapsedTimer t;
            t.start();
            auto r = repo.find(query);
            into.push_back(t.nsecsElapsed() / 1e6);
            return r.ok() && !r->isEmpty();
        };
        int misses = 0;
        for (int i = 0; i < codes.size(); ++i) {
            misses += !time(codes[i].toLower(), code);
            misses += !time(ids[i], cccd);
            misses += !time(names[i], name);
        }
        if (misses > 0)
            err << "lookup: " << misses << " lookups found nothing\n";
    }
    QSqlDatabase::removeDatabase(conn);
    for (auto *v : {&code, &cccd, &name})
        std::sort(v->begin(), v->end());
    out << QStringLiteral("rows=%1 code_ms=%2 cccd_ms=%3 name_ms=%4")
                    .arg(total)
                    .arg(percentile(code, 99), 0, 'f', 2)
                    .arg(percentile(cccd, 99), 0, 'f', 2)
                    .arg(percentile(name, 99), 0, 'f', 2)
        << Qt::endl;
    return 0;
}

} // namespace Motcua::Bench
