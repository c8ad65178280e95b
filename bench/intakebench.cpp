#include "intakebench.h"

#include "benchdb.h"

#include "core/centertime.h"
#include "data/calendarcache.h"
#include "data/catalog.h"
#include "data/intakerepository.h"
#include "data/live.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iterator>
#include <mutex>
#include <thread>
#include <vector>

namespace Motcua::Bench {

namespace {

const QString kDatabase = QStringLiteral("motcua_bench");
const QString kTpcbDatabase = QStringLiteral("motcua_bench_tpcb");
constexpr int kUnits = 40;

// Which unit counter i of a run of `counters` works at: a quarter of the
// counters at the main center (the first unit), the rest spread over the
// other units.
int unitOfCounter(int i, int counters)
{
    const int atCenter = qMax(1, counters / 4);
    if (i < atCenter)
        return 0;
    return 1 + (i - atCenter) % (kUnits - 1);
}

// How many counters each unit has in the busiest of the runs.
QList<int> countersPerUnit(const QList<int> &runs)
{
    QList<int> need(kUnits, 0);
    for (int n : runs) {
        QList<int> here(kUnits, 0);
        for (int i = 0; i < n; ++i)
            ++here[unitOfCounter(i, n)];
        for (int u = 0; u < kUnits; ++u)
            need[u] = qMax(need[u], here[u]);
    }
    return need;
}

} // namespace

QList<const IntakeLogin *> desksOfRun(const IntakeSite &site, int counters)
{
    QList<const IntakeLogin *> desks;
    QList<int> taken(kUnits, 0);
    for (int i = 0; i < counters; ++i) {
        const int u = unitOfCounter(i, counters);
        const QList<IntakeLogin> &of = site.counters.value(u);
        const int k = taken[u]++;
        desks << (k < of.size() ? &of[k] : nullptr);
    }
    return desks;
}

int countersSharingUnit(int i, int counters)
{
    int sharing = 0;
    for (int j = 0; j < counters; ++j)
        sharing += unitOfCounter(j, counters) == unitOfCounter(i, counters) ? 1 : 0;
    return sharing;
}

// 40 receiving units: the center, the branches and local teams of the demo,
// and more local teams; every simulated counter is a counter of its unit
// with a clerk role of its own, as at a real center.
DbResult<IntakeSite> prepareIntakeSite(const ConnectionSettings &admin,
                                       const QString &database,
                                       const QString &rolePrefix,
                                       const QList<int> &runs,
                                       bool fresh)
{
    if (fresh) {
        if (DbStatus created = freshDemoDatabase(admin, database); !created)
            return created.error();
    }
    ConnectionSettings s = admin;
    s.database = database;
    IntakeSite site;
    const QList<int> need = countersPerUnit(runs);
    {
        auto db = s.open(QStringLiteral("bench_units"));
        if (!db)
            return db.error();
        QSqlQuery q(*db);
        q.exec(QStringLiteral("SET client_min_messages = warning"));
        // A unit's intakes go a day back once 9,000 of a day's codes are
        // taken, sent as replays from the counter's outbox: the server keeps
        // a replay's time only within receipt_settings' window (migration
        // 0017), which the site widens as an administrator would after a
        // long outage, so a long run's days back stay dated as sent.
        if (!q.exec(QStringLiteral("UPDATE receipt_settings SET outbox_window = '93 days'")))
            return DbError::fromSql(q.lastError());
        if (!q.exec(QStringLiteral("INSERT INTO units (code, name, kind, parent_id, province) "
                                   "SELECT '000.98.' || lpad(g::text, 2, '0') || '.H29', 'Tổ một "
                                   "cửa số ' || g, "
                                   "       'local_team', (SELECT id FROM units WHERE kind = "
                                   "'center' LIMIT 1), "
                                   "       'Thành phố Hồ Chí Minh' "
                                   "FROM generate_series(1, %1 - (SELECT count(*) FROM units "
                                   "     WHERE kind IN ('center', 'branch', 'local_team'))) g")
                            .arg(kUnits)))
            return DbError::fromSql(q.lastError());
        if (!q.exec(QStringLiteral(
                    "SELECT u.id FROM units u WHERE u.kind IN ('center', 'branch', 'local_team') "
                    "ORDER BY (u.kind = 'center') DESC, u.id")))
            return DbError::fromSql(q.lastError());
        QList<int> unitIds;
        while (q.next())
            unitIds << q.value(0).toInt();
        for (int u = 0; u < unitIds.size() && u < kUnits; ++u) {
            QList<IntakeLogin> logins;
            for (int k = 1; k <= need[u]; ++k) {
                QSqlQuery r(*db);
                r.prepare(QStringLiteral(
                        "INSERT INTO counters (unit_id, number, name) VALUES (?, ?, ?) "
                        "ON CONFLICT (unit_id, number) DO UPDATE SET active = true RETURNING id"));
                r.addBindValue(unitIds[u]);
                r.addBindValue(k);
                r.addBindValue(QStringLiteral("Quầy %1").arg(k));
                if (!r.exec() || !r.next())
                    return DbError::fromSql(r.lastError());
                const int counterId = r.value(0).toInt();
                const QString role
                        = QStringLiteral("%1_%2_%3").arg(rolePrefix).arg(unitIds[u]).arg(k);
                const QString password
                        = QString::number(QRandomGenerator::global()->generate64(), 36);
                // Roles are cluster-wide: one left by an earlier run is given
                // a new password instead of being dropped.
                if (!r.exec(QStringLiteral(
                                    "CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE motcua_clerk")
                                    .arg(role, password))
                    && (!r.exec(QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD '%2'")
                                        .arg(role, password))
                        || !r.exec(QStringLiteral("GRANT motcua_clerk TO %1").arg(role))))
                    return DbError::fromSql(r.lastError());
                r.prepare(QStringLiteral(
                        "INSERT INTO staff (role_name, full_name, unit_id, counter_id, "
                        "job) VALUES (?, ?, ?, ?, 'clerk') ON CONFLICT (role_name) DO UPDATE "
                        "SET unit_id = excluded.unit_id, counter_id = excluded.counter_id"));
                r.addBindValue(role);
                r.addBindValue(QStringLiteral("Bench ") + role);
                r.addBindValue(unitIds[u]);
                r.addBindValue(counterId);
                if (!r.exec())
                    return DbError::fromSql(r.lastError());
                IntakeLogin login{unitIds[u], counterId, s, u};
                login.settings.user = role;
                login.settings.password = password;
                logins << login;
            }
            site.counters << logins;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_units"));
    site.codesIssued = std::make_shared<std::vector<std::atomic<int>>>(site.counters.size());
    {
        auto db = s.open(QStringLiteral("bench_codes"));
        if (!db)
            return db.error();
        QSqlQuery q(*db);
        if (!q.exec(QStringLiteral("SELECT unit_id, last_seq FROM daily_code_counters "
                                   "WHERE day = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date")))
            return DbError::fromSql(q.lastError());
        QHash<int, int> today;
        while (q.next())
            today.insert(q.value(0).toInt(), q.value(1).toInt());
        for (int u = 0; u < site.counters.size(); ++u) {
            if (!site.counters[u].isEmpty())
                (*site.codesIssued)[size_t(u)] = today.value(site.counters[u].first().unitId);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_codes"));
    for (const QList<IntakeLogin> &logins : std::as_const(site.counters)) {
        if (logins.isEmpty())
            continue;
        {
            auto db = logins.first().settings.open(QStringLiteral("bench_catalog"));
            if (!db)
                return db.error();
            auto procedures = CatalogRepository(*db).proceduresInForce(CenterTime::today());
            if (!procedures)
                return procedures.error();
            site.procedures = *procedures;
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench_catalog"));
        break;
    }
    return site;
}

IntakeRunResult runIntakes(const IntakeSite &site, int counters, int seconds)
{
    return runIntakesAt(site, desksOfRun(site, counters), seconds);
}

IntakeRunResult runIntakesAt(const IntakeSite &site,
                             const QList<const IntakeLogin *> &desks,
                             int seconds)
{
    const int counters = int(desks.size());
    // A unit issues at most 9,999 codes a day, which one fast counter reaches
    // in about twenty seconds here: its intakes go back a day once 9,000 of
    // the day's are taken, by all counters of the unit over every run.
    constexpr int kCodesPerDay = 9000;
    const QList<Procedure> &procedures = site.procedures;
    std::mutex mutex;
    std::vector<double> latencies;
    std::atomic<int> failures{0};
    QString firstError;
    std::atomic<qint64> done{0};
    std::vector<std::thread> threads;
    // Counters log in before the citizens arrive: every connection is made
    // (a login may be retried, as the app does) before the clock starts.
    std::atomic<int> loggedIn{0};
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    QElapsedTimer wall;
    for (int i = 0; i < counters; ++i) {
        threads.emplace_back([&, i] {
            const QString conn = QStringLiteral("bench_counter_%1").arg(i);
            std::vector<double> mine;
            {
                if (!desks[i]) {
                    ++loggedIn;
                    ++ready;
                    if (failures++ == 0) {
                        std::lock_guard<std::mutex> lock(mutex);
                        firstError = QStringLiteral("no counter prepared for counter %1").arg(i);
                    }
                    return;
                }
                const IntakeLogin &u = *desks[i];
                auto db = u.settings.open(conn);
                for (int attempt = 1; !db && attempt < 3; ++attempt)
                    db = u.settings.open(conn);
                ++loggedIn;
                if (!db) {
                    ++ready;
                    if (failures++ == 0) {
                        std::lock_guard<std::mutex> lock(mutex);
                        firstError = db.error().describe();
                    }
                    return;
                }
                // The calendar does not change during a run: no listening
                // (a worker has no event loop), as cached as the app's.
                CalendarCache calendars(*db);
                IntakeRepository repo(*db, &calendars);
                LiveNotifier notifier(*db, nullptr, false);
                QRandomGenerator rng(quint32(i + 1));
                std::atomic<int> &issued = (*site.codesIssued)[size_t(u.unitIndex)];
                QElapsedTimer t;
                // One citizen's intake; its time in ms, or negative when it failed.
                const auto intake = [&]() -> double {
                    const Procedure &p = procedures.at(int(rng.bounded(int(procedures.size()))));
                    IntakeDraft d;
                    d.procedureId = p.id;
                    d.applicant.fullName = QStringLiteral("Nguyễn Văn Bench %1").arg(i);
                    d.applicant.idNumber
                            = QStringLiteral("0792030%1")
                                      .arg(rng.bounded(99999), 5, 10, QLatin1Char('0'));
                    d.applicant.phone = QStringLiteral("0912345678");
                    for (const ChecklistItem &c : p.checklist)
                        d.documents.append({c.id,
                                            c.name,
                                            true,
                                            c.originals,
                                            c.certifiedCopies,
                                            c.photocopies});
                    const int daysBack = issued.fetch_add(1) / kCodesPerDay;
                    t.start();
                    // A day back is a receipt from a counter's outbox, which
                    // the server dates by the counter's clock within the
                    // window prepareIntakeSite widened: ten minutes short of
                    // whole days.
                    auto r = repo.receive(
                            d,
                            p,
                            {u.unitId, u.counterId},
                            QDateTime::currentDateTimeUtc().addDays(-daysBack).addSecs(
                                    daysBack > 0 ? 600 : 0),
                            120,
                            daysBack > 0 ? ReceiptClock::Counter : ReceiptClock::Server);
                    if (!r) {
                        if (failures++ == 0) {
                            std::lock_guard<std::mutex> lock(mutex);
                            firstError = r.error().describe();
                        }
                        return -1;
                    }
                    notifier.changed(QStringLiteral("intake:%1").arg(u.unitId));
                    notifier.flushIfDue();
                    return t.nsecsElapsed() / 1e6;
                };
                // The counter's first intake after its login, before the
                // clock starts. A new session first reads the catalogue of
                // every table it touches and compiles the receive: about
                // 0.1 s alone (2-4 ms after), but up to 5 s when 100 sessions
                // start at once on two cores, which made most of the p99 of
                // a 10 s run. The runs measure counters at work, as TPC-B's
                // clients (whose sessions read four tables) are; this code
                // counts in the duplicates and gaps like every other. It waits
                // for every counter's login, which it would otherwise slow.
                while (loggedIn < counters)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                intake();
                ++ready;
                while (!go)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                while (wall.elapsed() < seconds * 1000) {
                    if (const double ms = intake(); ms >= 0)
                        mine.push_back(ms);
                }
                notifier.flush();
            }
            QSqlDatabase::removeDatabase(conn);
            done += qint64(mine.size());
            std::lock_guard<std::mutex> lock(mutex);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
        });
    }
    while (ready < counters)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    wall.start();
    go = true;
    for (auto &t : threads)
        t.join();
    const double elapsed = wall.nsecsElapsed() / 1e9;
    std::sort(latencies.begin(), latencies.end());
    IntakeRunResult r;
    r.tps = double(done) / elapsed;
    r.p50 = percentile(latencies, 50);
    r.p99 = percentile(latencies, 99);
    r.failures = failures.load();
    r.firstError = firstError;
    r.seconds = elapsed;
    r.latencies = std::move(latencies);
    return r;
}

IntakeRunResult combined(const IntakeRunResult &a, const IntakeRunResult &b)
{
    IntakeRunResult r;
    r.seconds = a.seconds + b.seconds;
    r.tps = r.seconds > 0 ? (a.tps * a.seconds + b.tps * b.seconds) / r.seconds : 0;
    r.latencies.reserve(a.latencies.size() + b.latencies.size());
    std::merge(a.latencies.begin(),
               a.latencies.end(),
               b.latencies.begin(),
               b.latencies.end(),
               std::back_inserter(r.latencies));
    r.p50 = percentile(r.latencies, 50);
    r.p99 = percentile(r.latencies, 99);
    r.failures = a.failures + b.failures;
    r.firstError = a.firstError.isEmpty() ? b.firstError : a.firstError;
    return r;
}

namespace {

QString pgbenchConninfo(const ConnectionSettings &admin)
{
    ConnectionSettings s = admin;
    s.database = kTpcbDatabase;
    QStringList parts;
    const auto k = s.keywords();
    for (auto it = k.cbegin(); it != k.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QLatin1Char(' '));
}

bool prepareTpcb(const ConnectionSettings &admin, QTextStream &err)
{
    {
        ConnectionSettings s = admin;
        s.database = QStringLiteral("postgres");
        auto db = s.open(QStringLiteral("bench_tpcb"));
        if (!db)
            return false;
        QSqlQuery q(*db);
        q.exec(QStringLiteral("SET client_min_messages = warning"));
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(kTpcbDatabase));
        q.exec(QStringLiteral("CREATE DATABASE %1").arg(kTpcbDatabase));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_tpcb"));
    QProcess init;
    init.setProcessChannelMode(QProcess::MergedChannels);
    // One branch per receiving unit: the same contention shape.
    init.start(QStringLiteral("pgbench"),
               {QStringLiteral("-i"),
                QStringLiteral("-q"),
                QStringLiteral("-s"),
                QString::number(kUnits),
                pgbenchConninfo(admin)});
    if (!init.waitForFinished(600000) || init.exitCode() != 0) {
        err << "intake: pgbench -i failed: " << init.readAll() << '\n';
        return false;
    }
    return true;
}

// TPC-B through pgbench with its query mode: `simple` (pgbench's default:
// every statement parsed and planned again) or `prepared` (parsed and planned
// once per client, as the intake's receive is).
IntakeRunResult runTpcb(const ConnectionSettings &admin,
                        int clients,
                        int seconds,
                        const QString &queryMode,
                        QTextStream &err)
{
    QTemporaryDir logs;
    QProcess bench;
    bench.setWorkingDirectory(logs.path());
    bench.setProcessChannelMode(QProcess::MergedChannels);
    bench.start(QStringLiteral("pgbench"),
                {QStringLiteral("-c"),
                 QString::number(clients),
                 QStringLiteral("-j"),
                 QString::number(qMin(clients, 2)),
                 QStringLiteral("-T"),
                 QString::number(seconds),
                 QStringLiteral("-n"),
                 QStringLiteral("-M"),
                 queryMode,
                 QStringLiteral("-l"),
                 QStringLiteral("--log-prefix=tpcb"),
                 pgbenchConninfo(admin)});
    bench.waitForFinished(seconds * 1000 + 120000);
    const QString output = QString::fromLocal8Bit(bench.readAll());
    IntakeRunResult r;
    static const QRegularExpression tps(QStringLiteral("tps = ([0-9.]+)"));
    const auto m = tps.match(output);
    if (!m.hasMatch()) {
        err << "intake: pgbench -M " << queryMode << " failed: " << output << '\n';
        return r;
    }
    r.tps = m.captured(1).toDouble();
    std::vector<double> latencies;
    for (const QString &f : QDir(logs.path()).entryList({QStringLiteral("tpcb*")})) {
        QFile log(logs.filePath(f));
        if (!log.open(QIODevice::ReadOnly))
            continue;
        while (!log.atEnd()) {
            const QList<QByteArray> cols = log.readLine().split(' ');
            if (cols.size() > 2)
                latencies.push_back(cols[2].toDouble() / 1000.0);
        }
    }
    std::sort(latencies.begin(), latencies.end());
    r.p50 = percentile(latencies, 50);
    r.p99 = percentile(latencies, 99);
    r.seconds = seconds;
    r.latencies = std::move(latencies);
    return r;
}

} // namespace

int runIntakeBench(const QStringList &argsIn, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    auto admin = adminSettings(args);
    if (!admin) {
        err << admin.error().describe() << '\n';
        return 2;
    }
    QList<int> counts{1, 8, 32, 100};
    int seconds = 20;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--counters") && i + 1 < args.size()) {
            counts.clear();
            for (const QString &c : args[++i].split(QLatin1Char(',')))
                counts << qMax(1, c.toInt());
        } else if (args[i] == QLatin1String("--seconds") && i + 1 < args.size()) {
            seconds = qMax(1, args[++i].toInt());
        } else {
            err << "intake: unknown argument " << args[i] << '\n';
            return 2;
        }
    }
    auto site = prepareIntakeSite(*admin, kDatabase, QStringLiteral("bench_clerk"), counts);
    if (!site) {
        err << "intake: " << site.error().describe() << '\n';
        return 3;
    }
    if (!prepareTpcb(*admin, err))
        return 3;
    // What the commits cost depends on these; a reader comparing runs on two
    // machines needs them.
    {
        ConnectionSettings s = *admin;
        s.database = kDatabase;
        auto db = s.open(QStringLiteral("bench_settings"));
        if (!db) {
            err << "intake: " << db.error().describe() << '\n';
            return 3;
        }
        QSqlQuery q(*db);
        if (!q.exec(QStringLiteral("SELECT current_setting('fsync'), "
                                   "current_setting('synchronous_commit')"))
            || !q.next()) {
            err << "intake: " << DbError::fromSql(q.lastError()).describe() << '\n';
            return 3;
        }
        out << QStringLiteral("fsync=%1 synchronous_commit=%2")
                        .arg(q.value(0).toString(), q.value(1).toString())
            << Qt::endl;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_settings"));

    for (int n : std::as_const(counts)) {
        // Three sides, each run twice for half the time, in the order
        // intake, TPC-B prepared, TPC-B simple, then backwards: this
        // machine's speed drifts by a fifth within a minute, and a drift then
        // weighs the same on every side. Each part starts after a checkpoint,
        // so that a timed one does not land in one of them by chance. The
        // ratio is against prepared TPC-B, the strong baseline: the intake's
        // receive is prepared and pipelined too.
        const int half = qMax(1, seconds / 2);
        IntakeRunResult intake, prepared, simple;
        enum Side { Intake, Prepared, Simple };
        for (const auto &order : {std::vector<Side>{Intake, Prepared, Simple},
                                  std::vector<Side>{Simple, Prepared, Intake}}) {
            for (Side side : order) {
                execAsAdmin(*admin, QStringLiteral("CHECKPOINT"));
                if (side == Intake)
                    intake = combined(intake, runIntakes(*site, n, half));
                else if (side == Prepared)
                    prepared = combined(prepared,
                                        runTpcb(*admin, n, half, QStringLiteral("prepared"), err));
                else
                    simple = combined(simple,
                                      runTpcb(*admin, n, half, QStringLiteral("simple"), err));
            }
        }
        out << QStringLiteral("counters=%1 tps=%2 p50_ms=%3 p99_ms=%4 tpcb_tps=%5 tpcb_p99_ms=%6 "
                              "ratio=%7 tpcb_simple_tps=%8")
                        .arg(n)
                        .arg(intake.tps, 0, 'f', 1)
                        .arg(intake.p50, 0, 'f', 2)
                        .arg(intake.p99, 0, 'f', 2)
                        .arg(prepared.tps, 0, 'f', 1)
                        .arg(prepared.p99, 0, 'f', 2)
                        .arg(prepared.tps > 0 ? intake.tps / prepared.tps : 0, 0, 'f', 2)
                        .arg(simple.tps, 0, 'f', 1)
            << Qt::endl;
        if (intake.failures > 0)
            err << "intake: " << intake.failures << " intakes failed at " << n
                << " counters, the first with: " << intake.firstError << '\n';
    }

    // Every code issued, per unit and day: no duplicates, no gaps.
    ConnectionSettings s = *admin;
    s.database = kDatabase;
    qint64 duplicates = -1, gaps = -1;
    {
        auto db = s.open(QStringLiteral("bench_check"));
        if (db) {
            QSqlQuery q(*db);
            q.exec(QStringLiteral(
                    "SELECT coalesce(sum(n - distinct_codes), 0), coalesce(sum(max_seq - "
                    "distinct_codes), 0) "
                    "FROM (SELECT count(*) AS n, count(DISTINCT code) AS distinct_codes, "
                    "             max(right(code, 4)::int) AS max_seq "
                    "      FROM dossiers GROUP BY receiving_unit_id, "
                    "               (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) per_day"));
            if (q.next()) {
                duplicates = q.value(0).toLongLong();
                gaps = q.value(1).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_check"));
    out << "duplicates=" << duplicates << " gaps=" << gaps << Qt::endl;
    return duplicates == 0 && gaps == 0 ? 0 : 1;
}

} // namespace Motcua::Bench
