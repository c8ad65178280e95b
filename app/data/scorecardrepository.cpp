#include "scorecardrepository.h"

#include "sqlqueries.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Motcua {

using SqlQueries::exec;

namespace {

// The translation context of the scorecard's own words.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::ScorecardRepository)
};

// The twelve counts the period sums return (queries/scorecard_period_sums.sql),
// in their column order, then the histograms as text.
constexpr int kCountColumnCount = 12;

// Reads the sums of scorecard_period_sums.sql starting at column `at`.
ScorecardFigures figuresFrom(const QSqlQuery &q, int at)
{
    ScorecardFigures f;
    qint64 *fields[kCountColumnCount] = {&f.receivedInPerson,
                                         &f.receivedPost,
                                         &f.receivedOnline,
                                         &f.receivedFirstVisit,
                                         &f.resolvedEarly,
                                         &f.resolvedOnTime,
                                         &f.resolvedLate,
                                         &f.supplementRequests,
                                         &f.refusals,
                                         &f.ratedVerySatisfied,
                                         &f.ratedSatisfied,
                                         &f.ratedUnsatisfied};
    for (int i = 0; i < kCountColumnCount; ++i)
        *fields[i] = q.value(at + i).toLongLong();
    // "{{…24 counts…},{…}}": bucket i of every row adds to bucket i.
    const int buckets = int(serviceBucketEdges().size());
    f.serviceHistogram.fill(0, buckets);
    const QString hist = q.value(at + kCountColumnCount).toString();
    qint64 value = 0;
    int cell = 0;
    bool inNumber = false;
    for (const QChar c : hist) {
        if (c.isDigit()) {
            value = value * 10 + c.digitValue();
            inNumber = true;
        } else if (inNumber) {
            f.serviceHistogram[cell % buckets] += value;
            ++cell;
            value = 0;
            inNumber = false;
        }
    }
    return f;
}

// One day of the chart from columns day, received, resolved, in time.
DailyVolume volumeFrom(const QSqlQuery &q)
{
    return {q.value(0).toDate(),
            q.value(1).toLongLong(),
            q.value(2).toLongLong(),
            q.value(3).toLongLong()};
}

ScorecardFigures emptyFigures()
{
    ScorecardFigures f;
    f.serviceHistogram.fill(0, serviceBucketEdges().size());
    return f;
}

DbError invalidPeriod()
{
    return DbError::make(DbError::InvalidData, DbError::tr("The period is not valid."));
}

// The bookkeeping grain an entry adds up: which columns make its key and
// which rows belong to the query.
struct Grain
{
    QString keyColumns; // unit_id, counter, clerk (constants where not grouped)
    QString where;      // "true" or conditions with ? placeholders
    QVariantList values;
};

// `unit`, `counter` and `clerk` name the columns in the table read (the
// bookkeeping or dossiers).
Grain grainOf(const ScorecardQuery &q,
              const QString &unit,
              const QString &counter,
              const QString &clerk)
{
    Grain g;
    switch (q.level) {
    case ScorecardLevel::Branch:
        g.keyColumns = unit + QStringLiteral(", -1, ''::text");
        g.where = QStringLiteral("true");
        break;
    case ScorecardLevel::Counter:
        g.keyColumns = unit + QStringLiteral(", ") + counter + QStringLiteral(", ''::text");
        g.where = unit + QStringLiteral(" = ?");
        g.values << q.unitId;
        break;
    case ScorecardLevel::Clerk:
        g.keyColumns = unit + QStringLiteral(", -1, ") + clerk + QStringLiteral("::text");
        g.where = unit + QStringLiteral(" = ?");
        g.values << q.unitId;
        if (q.counterId >= 0) {
            g.where += QStringLiteral(" AND ") + counter + QStringLiteral(" = ?");
            g.values << q.counterId;
        }
        break;
    }
    return g;
}

QString keyOf(int unit, int counter, const QString &clerk)
{
    return QStringLiteral("%1/%2/%3").arg(unit).arg(counter).arg(clerk);
}

QString keyFrom(const QSqlQuery &q)
{
    return keyOf(q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString());
}

// The figures of each entry over the period: whole calendar months before the
// mark from scorecard_months, the rest from scorecard_days, in one statement.
DbResult<QHash<QString, ScorecardFigures>> periodSums(const QSqlDatabase &db,
                                                      const ScorecardQuery &query)
{
    const ScorecardPeriod &p = query.period;
    const CenterPeriod::WholeMonths m = CenterPeriod::wholeMonths(p);
    const Grain g = grainOf(query,
                            QStringLiteral("unit_id"),
                            QStringLiteral("counter_id"),
                            QStringLiteral("clerk"));
    const QHash<QString, QString> fragments{{QStringLiteral("keys"), g.keyColumns},
                                            {QStringLiteral("where"), g.where}};
    // Months: [firstWhole, min(afterLastWhole, mark)); days: the head
    // [from, firstWhole) and [min(max(firstWhole, mark), afterLastWhole), to].
    const QDate firstWhole = m.isEmpty() ? p.to.addDays(1) : m.firstWhole;
    const QDate afterLastWhole = m.isEmpty() ? p.to.addDays(1) : m.afterLastWhole;
    QVariantList values{firstWhole, afterLastWhole};
    values << g.values;
    values << p.from << firstWhole << firstWhole << afterLastWhole << p.to << g.values;
    const QString sql = SqlQueries::text(QStringLiteral("scorecard_period_sums"), fragments);
    QSqlQuery q(db);
    if (!exec(q, sql, values))
        return DbError::fromSql(q.lastError());
    QHash<QString, ScorecardFigures> out;
    while (q.next())
        out.insert(keyFrom(q), figuresFrom(q, 3));
    return out;
}

// In progress now per entry: everything received minus everything resolved
// (all time), and the overdue part from the open-due index.
struct InProgress
{
    qint64 total = 0;
    qint64 overdue = 0;
};

DbResult<QHash<QString, InProgress>> inProgressNow(const QSqlDatabase &db,
                                                   const ScorecardQuery &query)
{
    QHash<QString, InProgress> out;
    const struct
    {
        const char *statement;
        QString unit, counter, clerk;
        qint64 InProgress::*into;
    } parts[] = {{"scorecard_in_progress",
                  QStringLiteral("unit_id"),
                  QStringLiteral("counter_id"),
                  QStringLiteral("clerk"),
                  &InProgress::total},
                 {"scorecard_overdue_counts",
                  QStringLiteral("receiving_unit_id"),
                  QStringLiteral("coalesce(counter_id, 0)"),
                  QStringLiteral("received_by"),
                  &InProgress::overdue}};
    for (const auto &part : parts) {
        const Grain g = grainOf(query, part.unit, part.counter, part.clerk);
        QSqlQuery q(db);
        const QString sql = SqlQueries::text(
                QLatin1String(part.statement),
                {{QStringLiteral("keys"), g.keyColumns}, {QStringLiteral("where"), g.where}});
        if (!exec(q, sql, g.values))
            return DbError::fromSql(q.lastError());
        while (q.next())
            out[keyFrom(q)].*part.into = q.value(3).toLongLong();
    }
    return out;
}

void addInProgress(ScorecardFigures &f, const InProgress &now)
{
    f.inProgressOverdue = now.overdue;
    f.inProgressInTime = qMax<qint64>(0, now.total - now.overdue);
}

const char kOverdueColumns[]
        = "SELECT d.id, d.code, d.applicant_name, p.name, u.name, dep.name, d.state, d.due_at "
          "FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
          "JOIN units u ON u.id = d.receiving_unit_id "
          "JOIN units dep ON dep.id = d.department_id ";

QList<OverdueDossier> overdueFrom(QSqlQuery &q)
{
    QList<OverdueDossier> out;
    while (q.next()) {
        OverdueDossier o;
        o.id = q.value(0).toLongLong();
        o.code = q.value(1).toString();
        o.applicantName = q.value(2).toString();
        o.procedureName = q.value(3).toString();
        o.unitName = q.value(4).toString();
        o.departmentName = q.value(5).toString();
        o.state = q.value(6).toString();
        o.dueAt = q.value(7).toDateTime();
        out.append(o);
    }
    return out;
}

} // namespace

ScorecardRepository::ScorecardRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

DbResult<QList<ScorecardEntry>> ScorecardRepository::scorecard(const ScorecardQuery &q) const
{
    if (!q.period.isValid())
        return invalidPeriod();
    auto sums = periodSums(m_db, q);
    if (!sums)
        return sums.error();
    auto now = inProgressNow(m_db, q);
    if (!now)
        return now.error();
    auto w = weights();
    if (!w)
        return w.error();

    // The entries: every receiving unit, every counter of the unit, every
    // clerk of it, plus whoever has figures.
    QList<ScorecardEntry> entries;
    QHash<QString, int> index;
    auto entryFor = [&](int unit, int counter, const QString &clerk) -> ScorecardEntry & {
        const QString key = keyOf(unit, counter, clerk);
        auto it = index.constFind(key);
        if (it != index.constEnd())
            return entries[*it];
        ScorecardEntry e;
        e.unitId = unit;
        e.counterId = q.level == ScorecardLevel::Clerk ? q.counterId : counter;
        e.clerk = clerk;
        e.figures = emptyFigures();
        index.insert(key, int(entries.size()));
        entries.append(e);
        return entries.last();
    };

    // One read of the names at this level: which entries are listed even
    // without figures (active units, counters, clerks), and the name (and
    // counter number) of every key, listed or not (a closed counter or a
    // clerk who moved on may still have figures in the period).
    struct Name
    {
        QString name;
        int counterNumber = 0;
    };
    QSqlQuery names(m_db);
    QHash<QString, Name> named;
    switch (q.level) {
    case ScorecardLevel::Branch:
        if (!exec(names,
                  QStringLiteral("SELECT id, name, active "
                                 "AND kind IN ('center', 'branch', 'local_team') "
                                 "FROM units ORDER BY id"),
                  {}))
            return DbError::fromSql(names.lastError());
        while (names.next()) {
            const int unit = names.value(0).toInt();
            named.insert(keyOf(unit, -1, QString()), {names.value(1).toString()});
            if (names.value(2).toBool())
                entryFor(unit, -1, QString());
        }
        break;
    case ScorecardLevel::Counter:
        if (!exec(names,
                  QStringLiteral("SELECT id, number, name, active FROM counters "
                                 "WHERE unit_id = ? ORDER BY number"),
                  {q.unitId}))
            return DbError::fromSql(names.lastError());
        while (names.next()) {
            const int counter = names.value(0).toInt();
            named.insert(keyOf(q.unitId, counter, QString()),
                         {names.value(2).toString().trimmed(), names.value(1).toInt()});
            if (names.value(3).toBool())
                entryFor(q.unitId, counter, QString());
        }
        break;
    case ScorecardLevel::Clerk: {
        // Every staff member's name; listed: the active clerks of the unit
        // (of the counter when one is chosen).
        const QString listed
                = q.counterId >= 0 ? QStringLiteral(" AND coalesce(counter_id, 0) = ?") : QString();
        QVariantList values{q.unitId};
        if (q.counterId >= 0)
            values << q.counterId;
        if (!exec(names,
                  QStringLiteral("SELECT role_name, full_name, "
                                 "(unit_id = ? AND job = 'clerk' AND active%1) FROM staff "
                                 "ORDER BY full_name")
                          .arg(listed),
                  values))
            return DbError::fromSql(names.lastError());
        while (names.next()) {
            const QString clerk = names.value(0).toString();
            named.insert(keyOf(q.unitId, -1, clerk), {names.value(1).toString()});
            if (names.value(2).toBool())
                entryFor(q.unitId, -1, clerk);
        }
        break;
    }
    }
    for (auto it = sums->cbegin(); it != sums->cend(); ++it) {
        const QStringList k = it.key().split(QLatin1Char('/'));
        entryFor(k.at(0).toInt(), k.at(1).toInt(), k.mid(2).join(QLatin1Char('/'))).figures
                = it.value();
    }
    for (auto it = now->cbegin(); it != now->cend(); ++it) {
        const QStringList k = it.key().split(QLatin1Char('/'));
        addInProgress(
                entryFor(k.at(0).toInt(), k.at(1).toInt(), k.mid(2).join(QLatin1Char('/'))).figures,
                it.value());
    }
    for (ScorecardEntry &e : entries) {
        const int counter = q.level == ScorecardLevel::Counter ? e.counterId : -1;
        const Name n = named.value(keyOf(e.unitId, counter, e.clerk));
        e.name = n.name;
        e.counterNumber = n.counterNumber;
    }
    rankEntries(entries, *w);

    m_lastQuery = q;
    m_lastTotal = emptyFigures();
    for (const ScorecardEntry &e : std::as_const(entries))
        m_lastTotal += e.figures;
    m_lastRead.start();
    return entries;
}

DbResult<ScorecardFigures> ScorecardRepository::total(const ScorecardQuery &q) const
{
    if (!q.period.isValid())
        return invalidPeriod();
    // Right after scorecard() of the same query (the screen's refresh), the
    // total is that of the entries just read: the same figures, the same moment.
    const ScorecardQuery &l = m_lastQuery;
    if (m_lastRead.isValid() && m_lastRead.elapsed() < 2000 && l.period.from == q.period.from
        && l.period.to == q.period.to && l.level == q.level && l.unitId == q.unitId
        && l.counterId == q.counterId)
        return m_lastTotal;
    auto sums = periodSums(m_db, q);
    if (!sums)
        return sums.error();
    auto now = inProgressNow(m_db, q);
    if (!now)
        return now.error();
    ScorecardFigures f = emptyFigures();
    for (const ScorecardFigures &s : *sums)
        f += s;
    for (const InProgress &n : *now) {
        // Per entry, as the entries count it (never negative in time).
        f.inProgressOverdue += n.overdue;
        f.inProgressInTime += qMax<qint64>(0, n.total - n.overdue);
    }
    return f;
}

DbResult<QList<DailyVolume>> ScorecardRepository::daily(const ScorecardQuery &q) const
{
    if (!q.period.isValid())
        return invalidPeriod();
    QSqlQuery s(m_db);
    // All units, or one whole unit: the kept totals of past days (migration
    // 0009), a year's chart in 365 rows. One counter's days are few enough to
    // add up directly.
    if (q.level == ScorecardLevel::Branch || q.counterId < 0) {
        const int unit = q.level == ScorecardLevel::Branch ? 0 : q.unitId;
        if (!exec(s,
                  QStringLiteral("SELECT * FROM motcua_scorecard_daily(?, ?, ?)"),
                  {q.period.from, q.period.to, unit}))
            return DbError::fromSql(s.lastError());
        QList<DailyVolume> out;
        while (s.next())
            out.append(volumeFrom(s));
        return out;
    }
    const Grain g = grainOf(
            q, QStringLiteral("unit_id"), QStringLiteral("counter_id"), QStringLiteral("clerk"));
    QVariantList values{q.period.from, q.period.to};
    values << g.values;
    if (!exec(s,
              SqlQueries::text(QStringLiteral("scorecard_daily_counter"),
                               {{QStringLiteral("where"), g.where}}),
              values))
        return DbError::fromSql(s.lastError());
    QHash<QDate, DailyVolume> byDay;
    while (s.next()) {
        const DailyVolume v = volumeFrom(s);
        byDay.insert(v.day, v);
    }
    QList<DailyVolume> out;
    for (QDate d = q.period.from; d <= q.period.to; d = d.addDays(1)) {
        DailyVolume v = byDay.value(d);
        v.day = d;
        out.append(v);
    }
    return out;
}

DbResult<QList<OverdueDossier>> ScorecardRepository::overdueNow(int unitId, int limit) const
{
    // The open-due index in due order, stopping after the page.
    QString sql = QLatin1String(kOverdueColumns)
                  + QStringLiteral("WHERE d.finished_at IS NULL AND d.paused_since IS NULL "
                                   "AND d.due_at < date_trunc('minute', now()) ");
    QVariantList values;
    if (unitId > 0) {
        sql += QStringLiteral("AND d.receiving_unit_id = ? ");
        values << unitId;
    }
    sql += QStringLiteral("ORDER BY d.due_at, d.id LIMIT ?");
    values << limit;
    QSqlQuery q(m_db);
    if (!exec(q, sql, values))
        return DbError::fromSql(q.lastError());
    return overdueFrom(q);
}

DbResult<QList<OverdueDossier>> ScorecardRepository::dossiers(const ScorecardQuery &query,
                                                              const QString &clerk,
                                                              int limit) const
{
    if (!query.period.isValid())
        return invalidPeriod();
    QString sql = QLatin1String(kOverdueColumns)
                  + QStringLiteral("WHERE d.received_at >= ? AND d.received_at < ? ");
    QVariantList values{CenterPeriod::start(query.period), CenterPeriod::end(query.period)};
    if (query.unitId > 0) {
        sql += QStringLiteral("AND d.receiving_unit_id = ? ");
        values << query.unitId;
    }
    if (query.counterId >= 0) {
        sql += QStringLiteral("AND coalesce(d.counter_id, 0) = ? ");
        values << query.counterId;
    }
    if (!clerk.isEmpty()) {
        sql += QStringLiteral("AND d.received_by = ? ");
        values << clerk;
    }
    sql += QStringLiteral("ORDER BY d.received_at, d.id LIMIT ?");
    values << limit;
    QSqlQuery q(m_db);
    if (!exec(q, sql, values))
        return DbError::fromSql(q.lastError());
    return overdueFrom(q);
}

DbResult<ScoreWeights> ScorecardRepository::weights() const
{
    QSqlQuery q(m_db);
    if (!exec(q,
              QStringLiteral("SELECT on_time, satisfaction, volume, trips_spared "
                             "FROM scorecard_weights"),
              {}))
        return DbError::fromSql(q.lastError());
    ScoreWeights w;
    if (q.next()) {
        w.onTime = q.value(0).toDouble();
        w.satisfaction = q.value(1).toDouble();
        w.volume = q.value(2).toDouble();
        w.tripsSpared = q.value(3).toDouble();
    }
    return w;
}

DbStatus ScorecardRepository::setWeights(const ScoreWeights &w, const QString &reason)
{
    if (!w.isValid())
        return DbError::make(DbError::InvalidData,
                             Text::tr("The weights must not be negative and must not all be "
                                      "zero."));
    if (reason.trimmed().isEmpty())
        return DbError::make(DbError::InvalidData,
                             Text::tr("Changing the weights needs a reason."));
    Transaction tx(m_db, reason);
    if (!tx.started())
        return tx.started();
    QSqlQuery q(m_db);
    auto fail = [&] {
        return DbError::fromSql(q.lastError());
    };
    if (!exec(q,
              QStringLiteral("UPDATE scorecard_weights SET on_time = ?, satisfaction = ?, "
                             "volume = ?, trips_spared = ?"),
              {w.onTime, w.satisfaction, w.volume, w.tripsSpared}))
        return fail();
    return tx.commit();
}

DbResult<DataFreshness> ScorecardRepository::freshness() const
{
    QSqlQuery q(m_db);
    if (!exec(q,
              QStringLiteral("SELECT pg_is_in_recovery(), "
                             "CASE WHEN pg_is_in_recovery() THEN coalesce(("
                             "  extract(epoch FROM now() - pg_last_xact_replay_timestamp()) "
                             "  * 1000)::bigint, 0) ELSE 0 END, now()"),
              {}))
        return DbError::fromSql(q.lastError());
    DataFreshness f;
    if (q.next()) {
        f.standby = q.value(0).toBool();
        f.lagMs = qMax<qint64>(0, q.value(1).toLongLong());
        f.serverNow = q.value(2).toDateTime();
    }
    return f;
}

DbStatus ScorecardRepository::rebuild()
{
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT motcua_scorecard_rebuild()"), {}))
        return DbError::fromSql(q.lastError());
    return Done{};
}

DbResult<QDate> ScorecardRepository::rollMonths()
{
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT motcua_scorecard_roll_months()"), {}))
        return DbError::fromSql(q.lastError());
    if (!q.next())
        return DbError::fromSql(q.lastError());
    m_rolledTo = q.value(0).toDate();
    return m_rolledTo;
}

DbStatus ScorecardRepository::rollMonthsIfDue()
{
    const ScorecardPeriod month
            = CenterPeriod::current(PeriodKind::Month, QDateTime::currentDateTimeUtc());
    if (m_rolledTo.isValid() && m_rolledTo >= month.from)
        return Done{};
    auto rolled = rollMonths();
    if (!rolled) {
        // Busy: the figures are the same at any mark; the next call tries again.
        if (rolled.error().code == DbError::Conflict)
            return Done{};
        return rolled.error();
    }
    // A standby returns the primary's mark unchanged (it cannot write); it is
    // asked again next month, not at every call.
    m_rolledTo = month.from;
    return Done{};
}

} // namespace Motcua
