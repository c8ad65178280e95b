#include "soakbench.h"

#include "benchdb.h"
#include "intakebench.h"

#include "data/calendarcache.h"
#include "data/intakerepository.h"
#include "data/live.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <thread>

namespace Motcua::Bench {

namespace {

// What a counter was told: this key became this code, with this many documents.
struct Acknowledged
{
    QString key;
    QString code;
    int documents = 0;
};

struct SoakTotals
{
    std::atomic<qint64> acknowledged{0};
    std::atomic<qint64> retried{0};
    std::atomic<qint64> replayed{0};
    std::atomic<qint64> abandoned{0}; // still unanswered when the run ended
    std::atomic<qint64> refused{0};   // answered with an error that is not the network's
    std::atomic<qint64> longestOutageMs{0};
    std::mutex mutex;
    QList<Acknowledged> acks;
    QString firstRefusal;
    QHash<QString, int> retryReasons; // why intakes had to be retried, for the log
};

void sleepMs(int ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

// How long a counter keeps retrying an unanswered intake after the run's end:
// a restarted server or a promoted standby is back well within this.
constexpr int kGraceMs = 60000;

// One simulated counter: receives until the time is up, and keeps retrying an
// intake that got no answer (same draft, same key) over a new connection,
// as the app's outbox does.
void runCounter(const IntakeLogin &login,
                const QList<Procedure> &procedures,
                int index,
                int sharing,
                int seconds,
                const QElapsedTimer &wall,
                SoakTotals &totals)
{
    const QString conn = QStringLiteral("soak_counter_%1").arg(index);
    QSqlDatabase db;
    std::optional<CalendarCache> calendars;
    std::optional<IntakeRepository> repo;
    std::optional<LiveNotifier> notifier;
    auto disconnect = [&] {
        notifier.reset();
        repo.reset();
        calendars.reset();
        db = QSqlDatabase();
        if (QSqlDatabase::contains(conn))
            QSqlDatabase::removeDatabase(conn);
    };
    // Returns why it failed, or an empty string.
    auto connect = [&] {
        disconnect();
        auto opened = login.settings.open(conn);
        if (!opened)
            return QStringLiteral("connecting: ") + opened.error().describe();
        db = *opened;
        calendars.emplace(db);
        repo.emplace(db, &*calendars);
        notifier.emplace(db, nullptr, false);
        return QString();
    };
    QString connectError = connect();

    QRandomGenerator rng(quint32(index + 1));
    QList<Acknowledged> mine;
    // A unit issues at most 9,999 codes a day: a counter moves its intakes a
    // day back once it has had its share of a day.
    const int perDay = qMax(1, 9000 / sharing);
    int daysBack = 0;
    int today = 0;
    while (wall.elapsed() < qint64(seconds) * 1000) {
        const Procedure &p = procedures.at(int(rng.bounded(int(procedures.size()))));
        IntakeDraft d;
        d.procedureId = p.id;
        d.applicant.fullName = QStringLiteral("Trần Thị Soak %1").arg(index);
        d.applicant.idNumber
                = QStringLiteral("0791980%1").arg(rng.bounded(99999), 5, 10, QLatin1Char('0'));
        d.applicant.phone = QStringLiteral("0912345678");
        for (const ChecklistItem &c : p.checklist)
            d.documents.append({c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
        if (++today > perDay) {
            ++daysBack;
            today = 1;
        }
        // A day back is a receipt from a counter's outbox, dated by the
        // counter's clock within the window prepareIntakeSite widened (93
        // days): ten minutes short of whole days.
        const QDateTime receivedAt = QDateTime::currentDateTimeUtc().addDays(-daysBack).addSecs(
                daysBack > 0 ? 600 : 0);
        const ReceiptClock clock = daysBack > 0 ? ReceiptClock::Counter : ReceiptClock::Server;
        qint64 failedSince = -1;
        int otherErrors = 0;
        QString reason = connectError;
        for (;;) {
            if (repo) {
                auto r = repo->receive(
                        d, p, {login.unitId, login.counterId}, receivedAt, 120, clock);
                if (r) {
                    mine.append({d.key.toString(QUuid::WithoutBraces),
                                 r->code,
                                 int(d.documents.size())});
                    ++totals.acknowledged;
                    if (r->replayed)
                        ++totals.replayed;
                    if (failedSince >= 0) {
                        const qint64 outage = wall.elapsed() - failedSince;
                        qint64 seen = totals.longestOutageMs.load();
                        while (outage > seen
                               && !totals.longestOutageMs.compare_exchange_weak(seen, outage)) {
                        }
                    }
                    notifier->changed(QStringLiteral("intake:%1").arg(login.unitId));
                    notifier->flushIfDue();
                    break;
                }
                reason = r.error().describe();
                // Not the network's doing (a refused value, a lost race the
                // repository could not settle): a few tries, then give up.
                if (!r.error().isTransient() && r.error().code != DbError::ConnectionLost
                    && ++otherErrors > 3) {
                    ++totals.refused;
                    std::lock_guard<std::mutex> lock(totals.mutex);
                    if (totals.firstRefusal.isEmpty())
                        totals.firstRefusal = r.error().describe();
                    break;
                }
            }
            if (failedSince < 0)
                failedSince = wall.elapsed();
            ++totals.retried;
            {
                std::lock_guard<std::mutex> lock(totals.mutex);
                ++totals.retryReasons[reason.left(160)];
            }
            if (wall.elapsed() > qint64(seconds) * 1000 + kGraceMs) {
                ++totals.abandoned;
                break;
            }
            sleepMs(100);
            reason = connectError = connect();
        }
    }
    if (notifier)
        notifier->flush();
    disconnect();
    std::lock_guard<std::mutex> lock(totals.mutex);
    totals.acks << mine;
}

QString arrayLiteral(const QStringList &values)
{
    return QLatin1Char('{') + values.join(QLatin1Char(',')) + QLatin1Char('}');
}

struct Verdict
{
    qint64 lost = -1;
    qint64 duplicated = -1;
    qint64 gaps = -1;
    qint64 incomplete = -1;
};

// What the run sent: every acknowledged intake, how many intakes were never
// answered or were refused (each may or may not be stored), and the highest
// dossier id before the run.
struct Sent
{
    QList<Acknowledged> acks;
    qint64 unanswered = 0;
    qint64 idsBefore = 0;
};

// Checks every acknowledged intake against the database, as the superuser.
DbResult<Verdict> verifyOnce(const ConnectionSettings &admin, const Sent &sent)
{
    const QList<Acknowledged> &acks = sent.acks;
    const QString conn = QStringLiteral("soak_verify");
    Verdict v;
    {
        auto db = admin.open(conn);
        if (!db)
            return db.error();
        QSqlQuery q(*db);
        QStringList keys, codes, documents;
        for (const Acknowledged &a : acks) {
            keys << a.key;
            codes << a.code;
            documents << QString::number(a.documents);
        }
        if (!q.exec(QStringLiteral("CREATE TEMP TABLE soak_acked (key uuid, code text, "
                                   "documents int)")))
            return DbError::fromSql(q.lastError());
        q.prepare(QStringLiteral("INSERT INTO soak_acked SELECT * FROM unnest(?::uuid[], "
                                 "?::text[], ?::int[])"));
        q.addBindValue(arrayLiteral(keys));
        q.addBindValue(arrayLiteral(codes));
        q.addBindValue(arrayLiteral(documents));
        if (!q.exec())
            return DbError::fromSql(q.lastError());
        auto scalar = [&](const QString &sql) -> DbResult<qint64> {
            if (!q.exec(sql) || !q.next())
                return DbError::fromSql(q.lastError());
            return q.value(0).toLongLong();
        };
        const QList<std::pair<qint64 *, QString>> checks{
                // Told a code that the database does not hold under that key.
                {&v.lost,
                 QStringLiteral("SELECT count(*) FROM soak_acked a LEFT JOIN dossiers d "
                                "ON d.idempotency_key = a.key "
                                "WHERE d.id IS NULL OR d.code <> a.code")},
                // A code held twice, a code told to two intakes, a key received twice.
                // And more dossiers stored by the soak's clerks in this run
                // than intakes sent (acknowledged, or never answered): an
                // intake stored twice under two keys.
                {&v.duplicated,
                 QStringLiteral(
                         "SELECT (SELECT count(*) - count(DISTINCT code) FROM dossiers) "
                         "     + (SELECT count(*) - count(DISTINCT code) FROM soak_acked) "
                         "     + (SELECT count(*) - count(DISTINCT idempotency_key) "
                         "        FROM dossiers) "
                         "     + greatest(0, (SELECT count(*) FROM dossiers "
                         "                    WHERE id > %1 "
                         "                      AND received_by::text LIKE 'soak\\_clerk\\_%') "
                         "                   - %2)")
                         .arg(sent.idsBefore)
                         .arg(qint64(acks.size()) + sent.unanswered)},
                // Per unit and day (the code without its number): numbers
                // missing below the highest one issued.
                {&v.gaps,
                 QStringLiteral("SELECT coalesce(sum(hi - n), 0) FROM ("
                                "  SELECT max(right(code, 4)::int) AS hi, count(DISTINCT code) AS n"
                                "  FROM dossiers GROUP BY left(code, length(code) - 5)) per_day")},
                // A dossier without its `received` event, or with other
                // documents than the counter sent (any documents at all when
                // the counter never heard back).
                {&v.incomplete,
                 QStringLiteral(
                         "SELECT count(*) FROM dossiers d "
                         "LEFT JOIN soak_acked a ON a.key = d.idempotency_key "
                         "WHERE (a.key IS NOT NULL OR d.received_by::text LIKE 'soak\\_clerk\\_%') "
                         "  AND (NOT EXISTS (SELECT 1 FROM dossier_events e "
                         "                   WHERE e.dossier_id = d.id AND e.kind = 'received') "
                         "    OR NOT EXISTS (SELECT 1 FROM dossier_documents x "
                         "                   WHERE x.dossier_id = d.id) "
                         "    OR a.key IS NOT NULL AND a.documents <> (SELECT count(*) "
                         "       FROM dossier_documents x WHERE x.dossier_id = d.id))")},
        };
        for (const auto &[into, sql] : checks) {
            auto n = scalar(sql);
            if (!n)
                return n.error();
            *into = *n;
        }
    }
    QSqlDatabase::removeDatabase(conn);
    return v;
}

// The server may be recovering, or killed once more while it is checked:
// the whole check is repeated for up to a minute.
DbResult<Verdict> verify(const ConnectionSettings &admin, const Sent &sent)
{
    for (int attempt = 1;; ++attempt) {
        auto v = verifyOnce(admin, sent);
        if (v || attempt >= 60
            || (!v.error().isTransient() && v.error().code != DbError::ConnectionLost))
            return v;
        sleepMs(1000);
    }
}

} // namespace

int runSoakBench(const QStringList &argsIn, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    auto admin = adminSettings(args);
    if (!admin) {
        err << admin.error().describe() << '\n';
        return 2;
    }
    QString database = QStringLiteral("motcua_soak");
    int counters = 20;
    int seconds = 60;
    bool reuse = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--counters") && i + 1 < args.size()) {
            counters = qMax(1, args[++i].toInt());
        } else if (args[i] == QLatin1String("--seconds") && i + 1 < args.size()) {
            seconds = qMax(1, args[++i].toInt());
        } else if (args[i] == QLatin1String("--db") && i + 1 < args.size()) {
            database = args[++i];
        } else if (args[i] == QLatin1String("--reuse")) {
            reuse = true;
        } else {
            err << "soak: unknown argument " << args[i] << '\n';
            return 2;
        }
    }
    auto site
            = prepareIntakeSite(*admin, database, QStringLiteral("soak_clerk"), {counters}, !reuse);
    if (!site) {
        err << "soak: " << site.error().describe() << '\n';
        return 3;
    }

    // The counters sit as in the intake bench.
    const QList<const IntakeLogin *> desks = desksOfRun(*site, counters);
    ConnectionSettings check = *admin;
    check.database = database;
    Sent sent;
    {
        auto db = check.open(QStringLiteral("soak_before"));
        if (!db) {
            err << "soak: " << db.error().describe() << '\n';
            return 3;
        }
        QSqlQuery q(*db);
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM dossiers")) || !q.next()) {
            err << "soak: " << DbError::fromSql(q.lastError()).describe() << '\n';
            return 3;
        }
        sent.idsBefore = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("soak_before"));

    SoakTotals totals;
    QElapsedTimer wall;
    wall.start();
    // Scripts that inject faults wait for this line.
    err << "soak: load started, " << counters << " counters for " << seconds << " s" << Qt::endl;
    std::vector<std::thread> threads;
    for (int i = 0; i < counters; ++i)
        threads.emplace_back([&, i] {
            runCounter(*desks[i],
                       site->procedures,
                       i,
                       countersSharingUnit(i, counters),
                       seconds,
                       wall,
                       totals);
        });
    std::atomic<bool> finished{false};
    std::thread progress([&] {
        qint64 lastReport = 0;
        while (!finished) {
            sleepMs(200);
            if (wall.elapsed() - lastReport >= 10000) {
                lastReport = wall.elapsed();
                err << "soak: t=" << lastReport / 1000 << "s acknowledged=" << totals.acknowledged
                    << " retried=" << totals.retried << Qt::endl;
            }
        }
    });
    for (auto &t : threads)
        t.join();
    finished = true;
    progress.join();

    sent.acks = totals.acks;
    sent.unanswered = totals.abandoned.load() + totals.refused.load();
    auto verdict = verify(check, sent);
    if (!verdict) {
        err << "soak: could not check the database: " << verdict.error().describe() << '\n';
        return 3;
    }
    if (totals.refused > 0)
        err << "soak: " << totals.refused
            << " intakes refused, the first with: " << totals.firstRefusal << '\n';
    for (auto it = totals.retryReasons.cbegin(); it != totals.retryReasons.cend(); ++it)
        err << "soak: retried " << it.value() << "x after: " << it.key() << '\n';
    if (totals.abandoned > 0)
        err << "soak: " << totals.abandoned
            << " intakes still unanswered at the end (never acknowledged)\n";
    out << QStringLiteral("soak counters=%1 seconds=%2 acknowledged=%3 retried=%4 replayed=%5 "
                          "lost=%6 duplicated=%7 gaps=%8 incomplete=%9 longest_outage_ms=%10")
                    .arg(counters)
                    .arg(seconds)
                    .arg(totals.acknowledged.load())
                    .arg(totals.retried.load())
                    .arg(totals.replayed.load())
                    .arg(verdict->lost)
                    .arg(verdict->duplicated)
                    .arg(verdict->gaps)
                    .arg(verdict->incomplete)
                    .arg(totals.longestOutageMs.load())
        << Qt::endl;
    const bool clean = totals.acknowledged > 0 && verdict->lost == 0 && verdict->duplicated == 0
                       && verdict->gaps == 0 && verdict->incomplete == 0;
    return clean ? 0 : 1;
}

} // namespace Motcua::Bench
