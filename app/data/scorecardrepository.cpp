#include "scorecardrepository.h"

#include "core/centertime.h"
#include "core/vntime.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <optional>

namespace Motcua {

namespace {

// The translation context of the scorecard's own words.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::ScorecardRepository)
};

// The twelve counting columns of scorecard_days / scorecard_months, in the
// order of ScorecardFigures.
const char *const kCountColumns[] = {"received_in_person",
                                     "received_post",
                                     "received_online",
                                     "received_first_visit",
                                     "resolved_early",
                                     "resolved_on_time",
                                     "resolved_late",
                                     "supplement_requests",
                                     "refusals",
                                     "rated_very_satisfied",
                                     "rated_satisfied",
                                     "rated_unsatisfied"};
constexpr int kCountColumnCount = int(sizeof(kCountColumns) / sizeof(kCountColumns[0]));

// "sum(a)::bigint, sum(b)::bigint, …, ARRAY[sum(service_hist[1]), …]::text".
QString sumColumns()
{
    QStringList parts;
    for (const char *c : kCountColumns)
        parts << QStringLiteral("coalesce(sum(%1), 0)::bigint").arg(QLatin1String(c));
    // The histograms as they are, added up here: taking 24 subscripts of every
    // row costs the server more than the whole rest of the statement.
    parts << QStringLiteral("array_agg(service_hist)::text");
    return parts.join(QLatin1String(", "));
}

QString plainColumns()
{
    QStringList parts;
    for (const char *c : kCountColumns)
        parts << QLatin1String(c);
    parts << QStringLiteral("service_hist");
    return parts.join(QLatin1String(", "));
}

// Reads the sums of sumColumns() starting at column `at`.
ScorecardFigures figuresFrom(const QSqlQuery &q, int at)
{
    ScorecardFigures f;
    qint64 *fields[] = {&f.receivedInPerson,
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

ScorecardFigures emptyFigures()
{
    ScorecardFigures f;
    f.serviceHistogram.fill(0, serviceBucketEdges().size());
    return f;
}

// A period in Vietnam days as instants: [from 00:00, to + 1 day 00:00) at UTC+7.
QDateTime periodStart(const ScorecardPeriod &p)
{
    return VnTime::wallClock(p.from, QTime(0, 0)).toUTC();
}

QDateTime periodEnd(const ScorecardPeriod &p)
{
    return VnTime::wallClock(p.to.addDays(1), QTime(0, 0)).toUTC();
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

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

// The mark of migration 0014: scorecard_months holds the months before it,
// complete; the days from it on are only in scorecard_days. Read within the
// statement that uses it, so that it agrees with the rows that statement sees.
const char kMonthsBefore[] = "(SELECT months_before FROM scorecard_rollup)";

// The figures of each entry over the period: whole calendar months before the
// mark from scorecard_months; the partial months at either edge and the whole
// months from the mark on from scorecard_days; in one statement.
DbResult<QHash<QString, ScorecardFigures>> periodSums(const QSqlDatabase &db,
                                                      const ScorecardQuery &query)
{
    const ScorecardPeriod &p = query.period;
    const QDate firstWhole
            = p.from.day() == 1 ? p.from : QDate(p.from.year(), p.from.month(), 1).addMonths(1);
    const QDate afterLastWhole
            = p.to.addDays(1).day() == 1 ? p.to.addDays(1) : QDate(p.to.year(), p.to.month(), 1);
    const bool months = firstWhole < afterLastWhole;
    const Grain g = grainOf(query,
                            QStringLiteral("unit_id"),
                            QStringLiteral("counter_id"),
                            QStringLiteral("clerk"));
    QVariantList values;
    QString rows;
    if (months) {
        // Months: [firstWhole, min(afterLastWhole, mark)); days: the head
        // [from, firstWhole) and [min(max(firstWhole, mark), afterLastWhole), to].
        rows = QStringLiteral("SELECT %1, %2 FROM scorecard_months "
                              "WHERE day >= ? AND day < least(?, %4) AND %3 "
                              "UNION ALL "
                              "SELECT %1, %2 FROM scorecard_days "
                              "WHERE (day >= ? AND day < ? "
                              "OR day >= least(greatest(?, %4), ?) AND day <= ?) AND %3")
                       .arg(g.keyColumns, plainColumns(), g.where, QLatin1String(kMonthsBefore));
        values << firstWhole << afterLastWhole << g.values;
        values << p.from << firstWhole << firstWhole << afterLastWhole << p.to << g.values;
    } else {
        rows = QStringLiteral("SELECT %1, %2 FROM scorecard_days WHERE day >= ? AND day <= ? "
                              "AND %3")
                       .arg(g.keyColumns, plainColumns(), g.where);
        values << p.from << p.to << g.values;
    }
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT k_unit, k_counter, k_clerk, %1 "
                                       "FROM (%2) AS s (k_unit, k_counter, k_clerk, %3) "
                                       "GROUP BY 1, 2, 3")
                                .arg(sumColumns(), rows, plainColumns());
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
    {
        const Grain g = grainOf(query,
                                QStringLiteral("unit_id"),
                                QStringLiteral("counter_id"),
                                QStringLiteral("clerk"));
        QSqlQuery q(db);
        // The months before the mark, and the days from it on. The bound
        // 'infinity' makes the days' condition a range, which the planner
        // estimates as narrow (0.5 %) although it cannot know the mark;
        // alone, `day >= mark` is taken for a third of the table and read
        // by a sequential scan (about 30 ms at 1 M dossiers instead of 3).
        if (!exec(q,
                  QStringLiteral("SELECT %1, sum(received_in_person + received_post "
                                 "+ received_online - resolved_early - resolved_on_time "
                                 "- resolved_late)::bigint FROM ("
                                 "SELECT %3 FROM scorecard_months WHERE day < %4 "
                                 "UNION ALL "
                                 "SELECT %3 FROM scorecard_days WHERE day >= %4 "
                                 "AND day < 'infinity') AS s "
                                 "WHERE %2 GROUP BY 1, 2, 3")
                          .arg(g.keyColumns,
                               g.where,
                               QStringLiteral("unit_id, counter_id, clerk, received_in_person, "
                                              "received_post, received_online, resolved_early, "
                                              "resolved_on_time, resolved_late"),
                               QLatin1String(kMonthsBefore)),
                  g.values))
            return DbError::fromSql(q.lastError());
        while (q.next())
            out[keyFrom(q)].total = q.value(3).toLongLong();
    }
    {
        const Grain g = grainOf(query,
                                QStringLiteral("receiving_unit_id"),
                                QStringLiteral("coalesce(counter_id, 0)"),
                                QStringLiteral("received_by"));
        QSqlQuery q(db);
        // The condition of dossiers_open_due_idx: an index-only range scan
        // of the open dossiers due before this minute.
        if (!exec(q,
                  QStringLiteral("SELECT %1, count(*) FROM dossiers "
                                 "WHERE finished_at IS NULL AND paused_since IS NULL "
                                 "AND due_at < date_trunc('minute', now()) AND %2 "
                                 "GROUP BY 1, 2, 3")
                          .arg(g.keyColumns, g.where),
                  g.values))
            return DbError::fromSql(q.lastError());
        while (q.next())
            out[keyFrom(q)].overdue = q.value(3).toLongLong();
    }
    return out;
}

void addInProgress(ScorecardFigures &f, const InProgress &now)
{
    f.inProgressOverdue = now.overdue;
    f.inProgressInTime = qMax<qint64>(0, now.total - now.overdue);
}

// Stock phrases that say nothing about what is wrong, compared folded
// (lower case, no diacritics).
const QStringList &boilerplatePhrases()
{
    static const QStringList phrases{QStringLiteral("thieu giay to"),
                                     QStringLiteral("thieu ho so"),
                                     QStringLiteral("khong hop le"),
                                     QStringLiteral("ho so khong hop le"),
                                     QStringLiteral("bo sung"),
                                     QStringLiteral("bo sung ho so"),
                                     QStringLiteral("theo quy dinh"),
                                     QStringLiteral("khong dung quy dinh"),
                                     QStringLiteral("khac"),
                                     QStringLiteral("ly do khac"),
                                     QStringLiteral("khong du dieu kien")};
    return phrases;
}

// A SQL condition: the text `column` is empty, too short to say anything, or
// a stock phrase. Binds one value (the phrases joined by '|').
QString boilerplateCondition(const QString &column)
{
    return QStringLiteral("(char_length(btrim(coalesce(%1, ''))) < 10 "
                          "OR motcua_fold(regexp_replace(coalesce(%1, ''), '[[:punct:]]', '', "
                          "'g')) = ANY (string_to_array(?, '|')))")
            .arg(column);
}

QString boilerplateValue()
{
    return boilerplatePhrases().join(QLatin1Char('|'));
}

QString vnTime(const QDateTime &t)
{
    return CenterTime::dateTime(t);
}

} // namespace

ScorecardRepository::ScorecardRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

DbResult<QList<ScorecardEntry>> ScorecardRepository::scorecard(const ScorecardQuery &q) const
{
    if (!q.period.isValid())
        return invalidPeriod();
    if (DbStatus rolled = rollMonthsOncePerMonth(); !rolled)
        return rolled.error();
    auto sums = periodSums(m_db, q);
    if (!sums)
        return sums.error();
    auto now = inProgressNow(m_db, q);
    if (!now)
        return now.error();
    auto w = weights();
    if (!w)
        return w.error();

    // The entries with their labels: every receiving unit, every counter of
    // the unit, every clerk of it, plus whoever has figures.
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
    // without figures (active units, counters, clerks), and the label of
    // every key, listed or not (a closed counter or a clerk who moved on may
    // still have figures in the period).
    QSqlQuery names(m_db);
    QHash<QString, QString> labels;
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
            labels.insert(keyOf(unit, -1, QString()), names.value(1).toString());
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
        labels.insert(keyOf(q.unitId, 0, QString()), Text::tr("No counter (post, online)"));
        while (names.next()) {
            const int counter = names.value(0).toInt();
            QString label = Text::tr("Counter %1").arg(names.value(1).toInt());
            const QString name = names.value(2).toString().trimmed();
            if (!name.isEmpty() && !name.endsWith(names.value(1).toString()))
                label += QStringLiteral(" — ") + name;
            labels.insert(keyOf(q.unitId, counter, QString()), label);
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
            labels.insert(keyOf(q.unitId, -1, clerk), names.value(1).toString());
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
        e.label = labels.value(keyOf(e.unitId, counter, e.clerk));
        if (e.label.isEmpty())
            e.label = q.level == ScorecardLevel::Clerk ? e.clerk
                                                       : Text::tr("Counter #%1").arg(e.counterId);
    }

    // Scores against each other, best first; ties by volume, then name.
    qint64 most = 0;
    for (const ScorecardEntry &e : entries)
        most = qMax(most, e.figures.received());
    for (ScorecardEntry &e : entries)
        e.score = compositeScore(e.figures, most, *w);
    std::stable_sort(
            entries.begin(), entries.end(), [](const ScorecardEntry &a, const ScorecardEntry &b) {
                if (a.score.has_value() != b.score.has_value())
                    return a.score.has_value();
                if (a.score && *a.score != *b.score)
                    return *a.score > *b.score;
                if (a.figures.received() != b.figures.received())
                    return a.figures.received() > b.figures.received();
                return a.label.localeAwareCompare(b.label) < 0;
            });
    for (int i = 0; i < entries.size(); ++i)
        entries[i].rank = i + 1;

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
    if (DbStatus rolled = rollMonthsOncePerMonth(); !rolled)
        return rolled.error();
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
        while (s.next()) {
            DailyVolume v;
            v.day = s.value(0).toDate();
            v.received = s.value(1).toLongLong();
            v.resolved = s.value(2).toLongLong();
            v.resolvedInTime = s.value(3).toLongLong();
            out.append(v);
        }
        return out;
    }
    const Grain g = grainOf(
            q, QStringLiteral("unit_id"), QStringLiteral("counter_id"), QStringLiteral("clerk"));
    QVariantList values{q.period.from, q.period.to};
    values << g.values;
    if (!exec(s,
              QStringLiteral("SELECT day, sum(received_in_person + received_post + "
                             "received_online)::bigint, sum(resolved_early + resolved_on_time "
                             "+ resolved_late)::bigint, sum(resolved_early + "
                             "resolved_on_time)::bigint FROM scorecard_days "
                             "WHERE day >= ? AND day <= ? AND %1 GROUP BY day")
                      .arg(g.where),
              values))
        return DbError::fromSql(s.lastError());
    QHash<QDate, DailyVolume> byDay;
    while (s.next()) {
        DailyVolume v;
        v.day = s.value(0).toDate();
        v.received = s.value(1).toLongLong();
        v.resolved = s.value(2).toLongLong();
        v.resolvedInTime = s.value(3).toLongLong();
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

namespace {

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
    QVariantList values{periodStart(query.period), periodEnd(query.period)};
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

DbResult<QList<ComplianceFinding>> ScorecardRepository::compliance(const ScorecardPeriod &period,
                                                                   int unitId) const
{
    if (!period.isValid())
        return invalidPeriod();
    const QVariant start = periodStart(period);
    const QVariant end = periodEnd(period);
    QList<ComplianceFinding> out;
    std::optional<DbError> error;
    // Each finding: kind, dossier id, outcome id, code, unit, applicant, at,
    // then the facts its detail is written from.
    auto run = [&](ComplianceFinding::Kind kind,
                   const QString &sql,
                   const QVariantList &values,
                   const std::function<QString(const QSqlQuery &)> &detail) -> bool {
        QSqlQuery q(m_db);
        if (!exec(q, sql, values)) {
            error = DbError::fromSql(q.lastError());
            return false;
        }
        while (q.next()) {
            ComplianceFinding f;
            f.kind = kind;
            f.dossierId = q.value(0).toLongLong();
            f.outcomeId = q.value(1).toLongLong();
            f.code = q.value(2).toString();
            f.unitName = q.value(3).toString();
            f.applicantName = q.value(4).toString();
            f.at = q.value(5).toDateTime();
            f.detail = detail(q);
            out.append(f);
        }
        return true;
    };
    const QString unitOfDossier
            = unitId > 0 ? QStringLiteral("d.receiving_unit_id = ?") : QStringLiteral("true");
    const QString unitOfOutcome
            = unitId > 0 ? QStringLiteral("o.unit_id = ?") : QStringLiteral("true");
    QVariantList unitValue;
    if (unitId > 0)
        unitValue << unitId;
    auto failed = [](bool ok) {
        return !ok;
    };

    // 1a. More than one supplement request while processing one dossier, the
    // last of them in the period.
    if (failed(run(ComplianceFinding::RepeatedSupplement,
                   QStringLiteral("SELECT d.id, 0, d.code, u.name, d.applicant_name, s.last_at, "
                                  "s.n FROM (SELECT e.dossier_id, count(*) AS n, max(e.at) AS "
                                  "last_at FROM dossier_events e WHERE e.kind = 'supplement' "
                                  "GROUP BY e.dossier_id HAVING count(*) > 1 AND max(e.at) >= ? "
                                  "AND max(e.at) < ?) s JOIN dossiers d ON d.id = s.dossier_id "
                                  "JOIN units u ON u.id = d.receiving_unit_id WHERE %1 "
                                  "ORDER BY s.last_at")
                           .arg(unitOfDossier),
                   QVariantList{start, end} + unitValue,
                   [](const QSqlQuery &q) {
                       return Text::tr("%1 supplement requests for this dossier while it was "
                                       "processed (everything missing must be asked at once)")
                               .arg(q.value(6).toLongLong());
                   })))
        return *error;
    // 1b. At the counter: more than one supplement request for the same
    // applicant and procedure, the last of them in the period.
    if (failed(run(
                ComplianceFinding::RepeatedSupplement,
                QStringLiteral(
                        "SELECT 0, o.id, '', u.name, o.applicant_name, o.at, s.n, p.name "
                        "FROM (SELECT coalesce(applicant_id_number, applicant_tax_code) AS who, "
                        "procedure_id, count(*) AS n, max(id) AS last_id FROM intake_outcomes "
                        "WHERE kind = 'supplement_requested' "
                        "AND coalesce(applicant_id_number, applicant_tax_code) IS NOT NULL "
                        "GROUP BY 1, 2 HAVING count(*) > 1) s "
                        "JOIN intake_outcomes o ON o.id = s.last_id "
                        "JOIN units u ON u.id = o.unit_id JOIN procedures p ON p.id = "
                        "o.procedure_id "
                        "WHERE o.at >= ? AND o.at < ? AND %1 ORDER BY o.at")
                        .arg(unitOfOutcome),
                QVariantList{start, end} + unitValue,
                [](const QSqlQuery &q) {
                    return Text::tr("%1 supplement requests at the counter for the same applicant "
                                    "and procedure (%2)")
                            .arg(q.value(6).toLongLong())
                            .arg(q.value(7).toString());
                })))
        return *error;

    // 2a. Refusals and counter supplement requests whose reason says nothing
    // (a supplement request whose missing documents carry specific reasons
    // is not blank).
    if (failed(run(
                ComplianceFinding::BlankReason,
                QStringLiteral("SELECT 0, o.id, '', u.name, o.applicant_name, o.at, o.kind, "
                               "o.reason FROM intake_outcomes o JOIN units u ON u.id = o.unit_id "
                               "WHERE o.at >= ? AND o.at < ? AND %1 AND %2 "
                               "AND (o.kind = 'refused' OR NOT EXISTS ("
                               "  SELECT FROM jsonb_array_elements(o.missing) m "
                               "  WHERE NOT %3)) ORDER BY o.at")
                        .arg(unitOfOutcome,
                             boilerplateCondition(QStringLiteral("o.reason")),
                             boilerplateCondition(QStringLiteral("m ->> 'reason'"))),
                QVariantList{start, end} + unitValue
                        + QVariantList{boilerplateValue(), boilerplateValue()},
                [](const QSqlQuery &q) {
                    const QString reason = q.value(7).toString().trimmed();
                    return q.value(6).toString() == QLatin1String("refused")
                                   ? Text::tr("Refusal with the reason \"%1\"").arg(reason)
                                   : Text::tr("Supplement request with the reason \"%1\"")
                                             .arg(reason);
                })))
        return *error;
    // 2b. Supplement requests while processing and stops with such a reason.
    if (failed(run(ComplianceFinding::BlankReason,
                   QStringLiteral("SELECT d.id, 0, d.code, u.name, d.applicant_name, e.at, e.kind, "
                                  "e.note FROM dossier_events e "
                                  "JOIN dossiers d ON d.id = e.dossier_id "
                                  "JOIN units u ON u.id = d.receiving_unit_id "
                                  "WHERE e.kind IN ('supplement', 'stopped') "
                                  "AND e.at >= ? AND e.at < ? AND %1 AND %2 ORDER BY e.at")
                           .arg(unitOfDossier, boilerplateCondition(QStringLiteral("e.note"))),
                   QVariantList{start, end} + unitValue + QVariantList{boilerplateValue()},
                   [](const QSqlQuery &q) {
                       const QString reason = q.value(7).toString().trimmed();
                       return q.value(6).toString() == QLatin1String("stopped")
                                      ? Text::tr("Processing stopped with the reason \"%1\"")
                                                .arg(reason)
                                      : Text::tr("Supplement requested while processing with the "
                                                 "reason \"%1\"")
                                                .arg(reason);
                   })))
        return *error;

    // 3. Finished late in the period, or unfinished and overdue now with the
    // due date in or before the period, without an extension (which carries
    // the apology).
    if (failed(run(
                ComplianceFinding::LateWithoutApology,
                QStringLiteral("SELECT d.id, 0, d.code, u.name, d.applicant_name, "
                               "coalesce(d.finished_at, d.due_at), d.due_at, d.finished_at "
                               "FROM dossiers d JOIN units u ON u.id = d.receiving_unit_id "
                               "WHERE %1 AND ((d.finished_at >= ? AND d.finished_at < ? "
                               "  AND motcua_finish_timeliness(d.due_at, d.finished_at, d.state) "
                               "      = 'late') "
                               " OR (d.finished_at IS NULL AND d.paused_since IS NULL "
                               "  AND d.due_at < date_trunc('minute', now()) AND d.due_at < ?)) "
                               "AND NOT EXISTS (SELECT FROM dossier_events e "
                               "  WHERE e.dossier_id = d.id AND e.kind = 'extended') "
                               "ORDER BY 6")
                        .arg(unitOfDossier),
                unitValue + QVariantList{start, end, end},
                [](const QSqlQuery &q) {
                    const QDateTime due = q.value(6).toDateTime();
                    const QDateTime finished = q.value(7).toDateTime();
                    return finished.isValid()
                                   ? Text::tr("Finished %1, due %2, with no apology or "
                                              "extension")
                                             .arg(vnTime(finished), vnTime(due))
                                   : Text::tr("Still unfinished, due %1, with no apology or "
                                              "extension")
                                             .arg(vnTime(due));
                })))
        return *error;

    // 4. Extensions granted after the due date had passed.
    if (failed(run(ComplianceFinding::ExtensionAfterDue,
                   QStringLiteral("SELECT d.id, 0, d.code, u.name, d.applicant_name, e.at, "
                                  "(e.data ->> 'old_due')::timestamptz, "
                                  "(e.data ->> 'new_due')::timestamptz "
                                  "FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id "
                                  "JOIN units u ON u.id = d.receiving_unit_id "
                                  "WHERE e.kind = 'extended' AND e.at >= ? AND e.at < ? AND %1 "
                                  "AND coalesce((e.data ->> 'after_due')::boolean, "
                                  "             e.at > (e.data ->> 'old_due')::timestamptz) "
                                  "ORDER BY e.at")
                           .arg(unitOfDossier),
                   QVariantList{start, end} + unitValue,
                   [](const QSqlQuery &q) {
                       return Text::tr("Extended %1, after the due date %2 had passed; new due "
                                       "date %3")
                               .arg(vnTime(q.value(5).toDateTime()),
                                    vnTime(q.value(6).toDateTime()),
                                    vnTime(q.value(7).toDateTime()));
                   })))
        return *error;

    // 5. Results handed to somebody else without an authorisation: an
    // "authorised" handover with no authorisation written down, or an
    // "applicant" handover to a person whose ID is neither the applicant's
    // nor the representative's.
    if (failed(run(ComplianceFinding::HandedWithoutAuthorisation,
                   QStringLiteral(
                           "SELECT d.id, 0, d.code, u.name, d.applicant_name, h.at, h.channel, "
                           "h.collector_name, h.collector_id_number "
                           "FROM handovers h JOIN dossiers d ON d.id = h.dossier_id "
                           "JOIN units u ON u.id = d.receiving_unit_id "
                           "WHERE h.at >= ? AND h.at < ? AND %1 "
                           "AND ((h.channel = 'authorised' AND (btrim(h.authorisation) = '' "
                           "      OR btrim(h.collector_id_number) = '')) "
                           "  OR (h.channel = 'applicant' AND btrim(h.collector_id_number) <> '' "
                           "      AND h.collector_id_number IS DISTINCT FROM d.applicant_id_number "
                           "      AND h.collector_id_number <> d.representative_id_number)) "
                           "ORDER BY h.at")
                           .arg(unitOfDossier),
                   QVariantList{start, end} + unitValue,
                   [](const QSqlQuery &q) {
                       return Text::tr("Result handed to %1 (ID %2) without an authorisation")
                               .arg(q.value(7).toString().trimmed(),
                                    q.value(8).toString().trimmed());
                   })))
        return *error;
    return out;
}

namespace {

// Time in each state of the dossiers received in the period, grouped by
// `groupColumns` (id, label) of the dossier.
DbResult<QList<BottleneckRow>> bottlenecks(const QSqlDatabase &db,
                                           const ScorecardPeriod &period,
                                           const QString &groupId,
                                           const QString &groupLabel,
                                           const QString &groupJoin)
{
    if (!period.isValid())
        return invalidPeriod();
    // Received in the period: per receiving unit through
    // dossiers_unit_received_idx. A state lasts from the event that entered
    // it to the next change of state; the current state of an unfinished
    // dossier lasts until now.
    const QString sql
            = QStringLiteral(
                      "WITH d AS MATERIALIZED ("
                      "  SELECT d.id, d.procedure_id, d.department_id, d.due_at, d.finished_at, "
                      "d.state "
                      "  FROM units r JOIN dossiers d ON d.receiving_unit_id = r.id "
                      "  WHERE r.kind IN ('center', 'branch', 'local_team') "
                      "    AND d.received_at >= ? AND d.received_at < ?), "
                      "steps AS ("
                      "  SELECT e.dossier_id, e.to_state, e.at, "
                      "         lead(e.at) OVER (PARTITION BY e.dossier_id ORDER BY e.at, e.id) AS "
                      "next_at "
                      "  FROM dossier_events e JOIN d ON d.id = e.dossier_id "
                      "  WHERE e.to_state IS NOT NULL AND e.from_state IS DISTINCT FROM "
                      "e.to_state), "
                      "spans AS ("
                      "  SELECT %1 AS gid, s.to_state, "
                      "         extract(epoch FROM coalesce(s.next_at, now()) - s.at) / 3600.0 AS "
                      "hours "
                      "  FROM steps s JOIN d ON d.id = s.dossier_id "
                      "  WHERE s.to_state NOT IN ('returned', 'stopped', 'withdrawn') "
                      "    AND (s.next_at IS NOT NULL OR d.finished_at IS NULL)), "
                      "late AS ("
                      "  SELECT %1 AS gid, "
                      "         avg((motcua_finish_timeliness(d.due_at, d.finished_at, d.state) = "
                      "'late')"
                      "             ::integer) AS share "
                      "  FROM d WHERE d.finished_at IS NOT NULL GROUP BY 1) "
                      "SELECT sp.gid, %2, sp.to_state, count(*), "
                      "       percentile_cont(0.5) WITHIN GROUP (ORDER BY sp.hours), "
                      "       percentile_cont(0.9) WITHIN GROUP (ORDER BY sp.hours), "
                      "       coalesce(max(l.share), 0) "
                      "FROM spans sp %3 LEFT JOIN late l ON l.gid = sp.gid "
                      "GROUP BY sp.gid, %2, sp.to_state "
                      "ORDER BY percentile_cont(0.9) WITHIN GROUP (ORDER BY sp.hours) DESC, 2, 3")
                      .arg(groupId, groupLabel, groupJoin);
    QSqlQuery q(db);
    if (!exec(q, sql, {periodStart(period), periodEnd(period)}))
        return DbError::fromSql(q.lastError());
    QList<BottleneckRow> out;
    while (q.next()) {
        BottleneckRow r;
        r.groupId = q.value(0).toInt();
        r.group = q.value(1).toString();
        r.state = q.value(2).toString();
        r.dossiers = q.value(3).toLongLong();
        r.medianHours = q.value(4).toDouble();
        r.p90Hours = q.value(5).toDouble();
        r.lateShare = q.value(6).toDouble();
        out.append(r);
    }
    return out;
}

} // namespace

DbResult<QList<BottleneckRow>> ScorecardRepository::bottlenecksByProcedure(
        const ScorecardPeriod &period) const
{
    return bottlenecks(m_db,
                       period,
                       QStringLiteral("d.procedure_id"),
                       QStringLiteral("g.code || ' — ' || g.name"),
                       QStringLiteral("JOIN procedures g ON g.id = sp.gid"));
}

DbResult<QList<BottleneckRow>> ScorecardRepository::bottlenecksByDepartment(
        const ScorecardPeriod &period) const
{
    return bottlenecks(m_db,
                       period,
                       QStringLiteral("d.department_id"),
                       QStringLiteral("g.name"),
                       QStringLiteral("JOIN units g ON g.id = sp.gid"));
}

DbResult<QList<ReportII06aRow>> ScorecardRepository::reportII06a(
        int unitId, const ScorecardPeriod &period) const
{
    if (!period.isValid())
        return invalidPeriod();
    const QVariant start = periodStart(period);
    const QVariant end = periodEnd(period);
    const QString units = unitId > 0 ? QStringLiteral("u.id = ?")
                                     : QStringLiteral("u.kind IN ('center', 'branch', "
                                                      "'local_team')");
    QVariantList unitValue;
    if (unitId > 0)
        unitValue << unitId;
    // The dossiers the report touches, each once: received in the period;
    // received before it and finished in or after it (the finished-at
    // index); received before it and still open (the open-due index, and
    // dossiers_paused_idx).
    const QString touched
            = QStringLiteral(
                      "SELECT d.* FROM units u JOIN dossiers d ON d.receiving_unit_id = u.id "
                      "WHERE %1 AND d.received_at >= ? AND d.received_at < ? "
                      "UNION ALL "
                      "SELECT d.* FROM dossiers d JOIN units u ON u.id = d.receiving_unit_id "
                      "WHERE %1 AND d.finished_at >= ? AND d.received_at < ? "
                      "UNION ALL "
                      "SELECT d.* FROM dossiers d JOIN units u ON u.id = d.receiving_unit_id "
                      "WHERE %1 AND d.finished_at IS NULL AND d.paused_since IS NULL "
                      "AND d.received_at < ? "
                      "UNION ALL "
                      "SELECT d.* FROM dossiers d JOIN units u ON u.id = d.receiving_unit_id "
                      "WHERE %1 AND d.finished_at IS NULL AND d.paused_since IS NOT NULL "
                      "AND d.received_at < ?")
                      .arg(units);
    QVariantList values = unitValue + QVariantList{start, end} + unitValue
                          + QVariantList{start, start} + unitValue + QVariantList{start} + unitValue
                          + QVariantList{start};
    // The end of the period, or now if that comes first: an unfinished
    // dossier is overdue when its due minute has passed then; a paused one
    // is in time.
    const QString sql
            = QStringLiteral(
                      "WITH d AS (%1), x AS ("
                      "  SELECT p.sector, d.channel, d.received_at, d.finished_at, d.due_at, "
                      "d.state, "
                      "         d.paused_since, "
                      "         CASE WHEN d.finished_at >= ? AND d.finished_at < ? "
                      "              THEN motcua_finish_timeliness(d.due_at, d.finished_at, "
                      "d.state) END "
                      "             AS resolved, "
                      "         (d.finished_at IS NULL OR d.finished_at >= ?) AS open_at_end "
                      "  FROM d JOIN procedures p ON p.id = d.procedure_id) "
                      "SELECT GROUPING(sector), sector, "
                      "  count(*) FILTER (WHERE received_at >= ?), "
                      "  count(*) FILTER (WHERE received_at >= ? AND channel = 'online'), "
                      "  count(*) FILTER (WHERE received_at >= ? AND channel <> 'online'), "
                      "  count(*) FILTER (WHERE received_at < ?), "
                      "  count(resolved), "
                      "  count(*) FILTER (WHERE resolved = 'early'), "
                      "  count(*) FILTER (WHERE resolved = 'on_time'), "
                      "  count(*) FILTER (WHERE resolved = 'late'), "
                      "  count(*) FILTER (WHERE open_at_end), "
                      "  count(*) FILTER (WHERE open_at_end AND NOT (paused_since IS NOT NULL "
                      "      AND paused_since < ?) AND due_at < date_trunc('minute', least(?, "
                      "now()))) "
                      "FROM x GROUP BY GROUPING SETS ((sector), ()) "
                      "ORDER BY GROUPING(sector), sector")
                      .arg(touched);
    values << start << end << end << start << start << start << start << end << end;
    QSqlQuery q(m_db);
    if (!exec(q, sql, values))
        return DbError::fromSql(q.lastError());
    QList<ReportII06aRow> out;
    while (q.next()) {
        ReportII06aRow r;
        const bool total = q.value(0).toInt() != 0;
        r.sector = total ? QString()
                         : (q.value(1).toString().trimmed().isEmpty() ? Text::tr("Other")
                                                                      : q.value(1).toString());
        r.receivedTotal = q.value(2).toLongLong();
        r.receivedOnline = q.value(3).toLongLong();
        r.receivedInPersonOrPost = q.value(4).toLongLong();
        r.carriedOver = q.value(5).toLongLong();
        r.resolvedTotal = q.value(6).toLongLong();
        r.resolvedEarly = q.value(7).toLongLong();
        r.resolvedOnTime = q.value(8).toLongLong();
        r.resolvedLate = q.value(9).toLongLong();
        r.inProgressTotal = q.value(10).toLongLong();
        r.inProgressOverdue = q.value(11).toLongLong();
        r.inProgressInTime = r.inProgressTotal - r.inProgressOverdue;
        out.append(r);
    }
    if (out.isEmpty() || !out.last().sector.isEmpty())
        out.append(ReportII06aRow{}); // the total row, even for no dossiers
    return out;
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
    if (!m_db.transaction())
        return DbError::fromSql(m_db.lastError());
    QSqlQuery q(m_db);
    auto fail = [&] {
        DbError e = DbError::fromSql(q.lastError());
        m_db.rollback();
        return e;
    };
    if (!exec(q, QStringLiteral("SELECT set_config('motcua.reason', ?, true)"), {reason.trimmed()}))
        return fail();
    if (!exec(q,
              QStringLiteral("UPDATE scorecard_weights SET on_time = ?, satisfaction = ?, "
                             "volume = ?, trips_spared = ?"),
              {w.onTime, w.satisfaction, w.volume, w.tripsSpared}))
        return fail();
    if (!m_db.commit())
        return DbError::fromSql(m_db.lastError());
    return Done{};
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

DbResult<QDate> ScorecardRepository::rollMonths() const
{
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT motcua_scorecard_roll_months()"), {}))
        return DbError::fromSql(q.lastError());
    if (!q.next())
        return DbError::fromSql(q.lastError());
    m_rolledTo = q.value(0).toDate();
    return m_rolledTo;
}

DbStatus ScorecardRepository::rollMonthsOncePerMonth() const
{
    const QDate today = CenterTime::today();
    const QDate thisMonth(today.year(), today.month(), 1);
    if (m_rolledTo.isValid() && m_rolledTo >= thisMonth)
        return Done{};
    auto rolled = rollMonths();
    if (!rolled) {
        // Busy: the figures are the same at any mark; the next read tries again.
        if (rolled.error().code == DbError::Conflict)
            return Done{};
        return rolled.error();
    }
    // A standby returns the primary's mark unchanged (it cannot write); it is
    // asked again next month, not at every read.
    m_rolledTo = thisMonth;
    return Done{};
}

} // namespace Motcua
