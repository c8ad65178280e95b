#include "scorecardbench.h"

#include "benchdb.h"
#include "historybench.h"
#include "intakebench.h"

#include "core/centertime.h"
#include "data/scorecardrepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Motcua::Bench {

namespace {

const QString kBookkeepingDatabase = QStringLiteral("motcua_bench_bookkeeping");
const QString kSupervisor = QStringLiteral("bench_supervisor");
// Counters prepared for the bookkeeping's runs: besides the main center's,
// one at each of 36 units, eight of which receive at a time.
constexpr int kBookkeepingDesks = 48;

// The four triggers of migration 0007 that keep the bookkeeping.
const std::pair<const char *, const char *> kScorecardTriggers[] = {
        {"dossier_events", "dossier_events_scorecard"},
        {"dossiers", "dossiers_scorecard"},
        {"intake_outcomes", "intake_outcomes_scorecard"},
        {"ratings", "ratings_scorecard"},
};

// A supervisor of the main center with a login of its own in `database`.
DbResult<ConnectionSettings> supervisorLogin(const ConnectionSettings &admin,
                                             const QString &database)
{
    ConnectionSettings s = admin;
    s.database = database;
    const QString password = QString::number(QRandomGenerator::global()->generate64(), 36);
    {
        auto db = s.open(QStringLiteral("bench_supervisor_setup"));
        if (!db)
            return db.error();
        QSqlQuery q(*db);
        if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE motcua_supervisor")
                            .arg(kSupervisor, password))
            && (!q.exec(QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD '%2'")
                                .arg(kSupervisor, password))
                || !q.exec(QStringLiteral("GRANT motcua_supervisor TO %1").arg(kSupervisor))))
            return DbError::fromSql(q.lastError());
        q.prepare(QStringLiteral("INSERT INTO staff (role_name, full_name, unit_id, job) "
                                 "SELECT ?, 'Bench Supervisor', id, 'supervisor' FROM units "
                                 "WHERE kind = 'center' ORDER BY id LIMIT 1 "
                                 "ON CONFLICT (role_name) DO NOTHING"));
        q.addBindValue(kSupervisor);
        if (!q.exec())
            return DbError::fromSql(q.lastError());
        // A server that has been running holds the bookkeeping in memory.
        q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_prewarm"));
        q.exec(QStringLiteral(
                "SELECT pg_prewarm(c.oid::regclass) FROM pg_class c "
                "WHERE c.relname IN ('scorecard_days', 'scorecard_months', "
                "'scorecard_days_pkey', 'scorecard_months_pkey', 'dossiers_open_due_idx')"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_supervisor_setup"));
    s.user = kSupervisor;
    s.password = password;
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return percentile(v, 50);
}

// The median of the pairs' ratios; of an even number, the mean of the middle two.
double medianRatio(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct ScreenTimes
{
    double monthMs = 0;
    double yearMs = 0;
    double overdueMs = 0;
};

// What the supervisor's screen shows for a period: the ranked branches with
// every figure, the all-branches line and the daily chart.
bool wholeScorecard(const ScorecardRepository &repo,
                    const ScorecardPeriod &period,
                    double &sink,
                    QString &error)
{
    ScorecardQuery q;
    q.period = period;
    q.level = ScorecardLevel::Branch;
    auto entries = repo.scorecard(q);
    auto total = repo.total(q);
    auto daily = repo.daily(q);
    if (!entries || !total || !daily) {
        error = !entries ? entries.error().describe()
                         : (!total ? total.error().describe() : daily.error().describe());
        return false;
    }
    auto use = [&sink](const ScorecardFigures &f) {
        sink += double(f.received() + f.resolved() + f.inProgress() + f.rated());
        sink += f.onTimeRate().value_or(0) + f.tripsSpared().value_or(0)
                + f.satisfaction().value_or(0) + f.serviceMedianSeconds().value_or(0)
                + f.serviceP90Seconds().value_or(0);
    };
    for (const ScorecardEntry &e : std::as_const(*entries)) {
        use(e.figures);
        sink += e.score.value_or(0) + e.rank;
    }
    use(*total);
    for (const DailyVolume &d : std::as_const(*daily))
        sink += double(d.received + d.resolved + d.resolvedInTime);
    return true;
}

DbResult<ScreenTimes> timeScreens(const ConnectionSettings &supervisor, int runs, QTextStream &err)
{
    const QDate today = CenterTime::today();
    const QDate thisMonth(today.year(), today.month(), 1);
    QList<ScorecardPeriod> months;
    for (int back : {1, 4, 8, 13, 20, 30}) {
        const QDate from = thisMonth.addMonths(-back);
        months.append({from, from.addMonths(1).addDays(-1)});
    }
    QList<ScorecardPeriod> years{{today.addDays(-364), today},
                                 {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)},
                                 {QDate(today.year() - 2, 1, 1), QDate(today.year() - 2, 12, 31)}};
    ScreenTimes times;
    QString error;
    double sink = 0;
    {
        auto db = supervisor.open(QStringLiteral("bench_scorecard"));
        if (!db)
            return db.error();
        ScorecardRepository repo(*db);
        // As the screen does before it reads: the ended months rolled up.
        if (DbStatus rolled = repo.rollMonthsIfDue(); !rolled)
            return rolled.error();
        auto timed = [&](const QList<ScorecardPeriod> &periods, std::vector<double> *into) {
            for (const ScorecardPeriod &p : periods) {
                QElapsedTimer t;
                t.start();
                if (!wholeScorecard(repo, p, sink, error))
                    return false;
                if (into)
                    into->push_back(t.nsecsElapsed() / 1e6);
            }
            return true;
        };
        std::vector<double> month, year, overdue;
        // Warm-up: one pass over everything, not counted.
        bool ok = timed(months, nullptr) && timed(years, nullptr);
        for (int r = 0; ok && r < runs; ++r)
            ok = timed(months, &month) && timed(years, &year);
        for (int r = 0; ok && r < runs + 1; ++r) {
            QElapsedTimer t;
            t.start();
            auto list = repo.overdueNow(0, 200);
            if (!list) {
                error = list.error().describe();
                ok = false;
                break;
            }
            if (r > 0)
                overdue.push_back(t.nsecsElapsed() / 1e6);
            sink += double(list->size());
        }
        if (!ok) {
            QSqlDatabase::removeDatabase(QStringLiteral("bench_scorecard"));
            return DbError::make(DbError::Other, error);
        }
        times = {median(month), median(year), median(overdue)};
        err << QStringLiteral("scorecard: month min/max %1/%2 ms, year min/max %3/%4 ms "
                              "(checksum %5)")
                        .arg(*std::min_element(month.begin(), month.end()), 0, 'f', 2)
                        .arg(*std::max_element(month.begin(), month.end()), 0, 'f', 2)
                        .arg(*std::min_element(year.begin(), year.end()), 0, 'f', 2)
                        .arg(*std::max_element(year.begin(), year.end()), 0, 'f', 2)
                        .arg(sink, 0, 'g', 12)
            << Qt::endl;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_scorecard"));
    return times;
}

// Bookkeeping on or off: the four triggers, and the receive's own counting
// (migration 0011), which is cut out of the function between its markers
// and put back afterwards.
DbStatus setScorecardTriggers(const ConnectionSettings &admin, bool enabled)
{
    ConnectionSettings s = admin;
    s.database = kBookkeepingDatabase;
    DbStatus status = Done{};
    {
        auto db = s.open(QStringLiteral("bench_triggers"));
        if (!db)
            return db.error();
        QSqlQuery q(*db);
        for (const auto &[table, trigger] : kScorecardTriggers) {
            if (!q.exec(QStringLiteral("ALTER TABLE %1 %2 TRIGGER %3")
                                .arg(QString::fromLatin1(table),
                                     enabled ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE"),
                                     QString::fromLatin1(trigger)))) {
                status = DbError::fromSql(q.lastError());
                break;
            }
        }
        QString receive;
        if (status.ok()
            && (!q.exec(QStringLiteral("SELECT pg_get_functiondef('motcua_receive(jsonb)'"
                                       "::regprocedure)"))
                || !q.next()))
            status = DbError::fromSql(q.lastError());
        else if (status.ok())
            receive = q.value(0).toString();
        // The definition with the counting, kept when it is cut out: the
        // counting is put back exactly as the migrations left it.
        static QString withCounting;
        static const QRegularExpression counting(
                QStringLiteral("-- scorecard: begin.*-- scorecard: end"),
                QRegularExpression::DotMatchesEverythingOption);
        const bool counts = receive.contains(QLatin1String("INSERT INTO scorecard_days"));
        if (status.ok() && counts != enabled) {
            if (!enabled) {
                withCounting = receive;
                receive.replace(counting, QString());
            } else {
                receive = withCounting;
            }
            if (!q.exec(receive))
                status = DbError::fromSql(q.lastError());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_triggers"));
    return status;
}

} // namespace

int runScorecardBench(const QStringList &argsIn, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    auto admin = adminSettings(args);
    if (!admin) {
        err << admin.error().describe() << '\n';
        return 2;
    }
    QList<qint64> sizes{1000000, 10000000};
    bool reuse = false;
    int runs = 5;
    int seconds = 20; // per intake run, as in `motcua-bench intake`
    int pairs = 8;    // of bookkeeping turns, on and off
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--reuse")) {
            reuse = true;
        } else if (args[i] == QLatin1String("--rows") && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &r : args[++i].split(QLatin1Char(',')))
                sizes << qMax<qint64>(10000, r.toLongLong());
        } else if (args[i] == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = qMax(1, args[++i].toInt());
        } else if (args[i] == QLatin1String("--seconds") && i + 1 < args.size()) {
            seconds = qMax(0, args[++i].toInt());
        } else if (args[i] == QLatin1String("--pairs") && i + 1 < args.size()) {
            pairs = qMax(1, args[++i].toInt());
        } else {
            err << "scorecard: unknown argument " << args[i] << '\n';
            return 2;
        }
    }

    for (qint64 rows : std::as_const(sizes)) {
        const QString database = historyDatabaseName(rows);
        auto history = ensureHistory(*admin, database, rows, reuse, err);
        if (!history) {
            err << "scorecard: " << history.error().describe() << '\n';
            return 3;
        }
        auto supervisor = supervisorLogin(*admin, database);
        if (!supervisor) {
            err << "scorecard: " << supervisor.error().describe() << '\n';
            return 3;
        }
        auto times = timeScreens(*supervisor, runs, err);
        if (!times) {
            err << "scorecard: " << times.error().describe() << '\n';
            return 3;
        }
        out << QStringLiteral("rows=%1 month_ms=%2 year_ms=%3 overdue_ms=%4")
                        .arg(*history)
                        .arg(times->monthMs, 0, 'f', 2)
                        .arg(times->yearMs, 0, 'f', 2)
                        .arg(times->overdueMs, 0, 'f', 2)
            << Qt::endl;
    }
    if (seconds == 0)
        return 0;

    // The bookkeeping's cost at the counter: the same intakes with the
    // bookkeeping on and off, in short turns taken in pairs. The machine's
    // speed swings by a fifth within a minute: a pair of adjacent turns sees
    // the same machine, and the median of the pairs' ratios ignores the pair
    // that a swing cut through. The pairs alternate their order (on-off,
    // off-on, on-off, ...: ABBA), so that a drift within a pair favours
    // neither side.
    //
    // Eight counters at eight different units, other units at every turn:
    // the intakes are received now, as at a counter. At the same eight
    // desks for the whole run, each unit took its day's 9,000 codes within
    // the first turns, and the rest were receipts dated days back (see
    // runIntakes), whose bookkeeping also forgets the day's kept chart totals
    // and, early in a month, adds to the month's row: the cost measured then
    // grew during the run and depended on the date.
    auto site = prepareIntakeSite(
            *admin, kBookkeepingDatabase, QStringLiteral("bench_bk_clerk"), {kBookkeepingDesks});
    if (!site) {
        err << "scorecard: " << site.error().describe() << '\n';
        return 3;
    }
    QList<const IntakeLogin *> desks; // one per unit, the main center's aside
    for (qsizetype u = 1; u < site->counters.size(); ++u) {
        if (!site->counters[u].isEmpty())
            desks << &site->counters[u].first();
    }
    int turn = 0;
    const auto nextDesks = [&] {
        QList<const IntakeLogin *> at;
        for (int k = 0; k < 8; ++k)
            at << desks.value((8 * turn + k) % qMax<qsizetype>(1, desks.size()));
        ++turn;
        return at;
    };
    const int turnSeconds = qMax(1, seconds / 4);
    // A run that is not counted first: the database was just made, and the
    // first intakes also pay for its autovacuum and for cold caches.
    runIntakesAt(*site, nextDesks(), qMax(1, seconds / 2));
    // The tables the warm-up filled are analysed now rather than by
    // autovacuum in the middle of the first counted run.
    execAsAdmin(*admin, QStringLiteral("VACUUM (ANALYZE)"), kBookkeepingDatabase);
    std::vector<double> pairRatios;
    double onTotal = 0, offTotal = 0;
    for (int pair = 0; pair < pairs; ++pair) {
        double tps[2] = {0, 0}; // off, on
        const bool onFirst = pair % 2 == 0;
        for (bool enabled : {onFirst, !onFirst}) {
            if (DbStatus set = setScorecardTriggers(*admin, enabled); !set) {
                err << "scorecard: " << set.error().describe() << '\n';
                return 3;
            }
            execAsAdmin(*admin, QStringLiteral("CHECKPOINT"));
            const IntakeRunResult r = runIntakesAt(*site, nextDesks(), turnSeconds);
            tps[enabled ? 1 : 0] = r.tps;
            err << "scorecard: pair " << pair + 1 << " intake with bookkeeping "
                << (enabled ? "on: " : "off:") << " tps=" << QString::number(r.tps, 'f', 1)
                << " p99_ms=" << QString::number(r.p99, 'f', 2) << Qt::endl;
            if (r.failures > 0)
                err << "scorecard: " << r.failures
                    << " intakes failed, the first with: " << r.firstError << '\n';
        }
        onTotal += tps[1];
        offTotal += tps[0];
        const double ratio = tps[0] > 0 ? tps[1] / tps[0] : 0;
        pairRatios.push_back(ratio);
        err << "scorecard: pair " << pair + 1 << " ratio=" << QString::number(ratio, 'f', 3)
            << Qt::endl;
    }
    const auto [lowest, highest] = std::minmax_element(pairRatios.begin(), pairRatios.end());
    err << "scorecard: " << pairs << " pairs of " << turnSeconds
        << " s turns: ratio median=" << QString::number(medianRatio(pairRatios), 'f', 3)
        << " min=" << QString::number(*lowest, 'f', 3)
        << " max=" << QString::number(*highest, 'f', 3)
        << " pooled=" << QString::number(offTotal > 0 ? onTotal / offTotal : 0, 'f', 3) << Qt::endl;
    setScorecardTriggers(*admin, true);
    out << QStringLiteral("bookkeeping_ratio=%1").arg(medianRatio(pairRatios), 0, 'f', 2)
        << Qt::endl;
    return 0;
}

} // namespace Motcua::Bench
