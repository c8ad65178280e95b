#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Motcua {

// Counter service time is kept as counts per bucket (a median of medians is
// not a median): bucket i holds times t with edge[i] <= t < edge[i + 1], the
// last bucket everything from its edge up. The same edges are written in SQL
// (motcua_service_bucket, migration 0007); a test keeps the two equal.
const QList<int> &serviceBucketEdges();
// The bucket of a service time in seconds (negative counts as 0).
int serviceBucket(int seconds);
// The p-th percentile (0..100) in seconds, interpolated linearly inside its
// bucket; nullopt when the histogram is empty. The open last bucket is taken
// as twice its edge wide.
std::optional<double> histogramPercentile(const QList<qint64> &counts, double p);

// What the scorecard counts for one branch, counter or clerk over a period
// (the bookkeeping grain adds up), plus the dossiers in progress now.
struct ScorecardFigures
{
    qint64 receivedInPerson = 0;
    qint64 receivedPost = 0;
    qint64 receivedOnline = 0;
    // Received complete at the citizen's first visit: no earlier supplement
    // request or refusal for the same applicant and procedure (trips spared).
    qint64 receivedFirstVisit = 0;
    qint64 resolvedEarly = 0;
    qint64 resolvedOnTime = 0;
    qint64 resolvedLate = 0;
    qint64 inProgressInTime = 0;
    qint64 inProgressOverdue = 0;
    // At the counter (Mẫu 02) and while processing (the clock stopped).
    qint64 supplementRequests = 0;
    qint64 refusals = 0;
    qint64 ratedVerySatisfied = 0;
    qint64 ratedSatisfied = 0;
    qint64 ratedUnsatisfied = 0;
    // Counts per serviceBucketEdges() bucket.
    QList<qint64> serviceHistogram;

    qint64 received() const { return receivedInPerson + receivedPost + receivedOnline; }
    qint64 resolved() const { return resolvedEarly + resolvedOnTime + resolvedLate; }
    qint64 inProgress() const { return inProgressInTime + inProgressOverdue; }
    qint64 rated() const { return ratedVerySatisfied + ratedSatisfied + ratedUnsatisfied; }
    qint64 served() const;
    // Shares 0..1, nullopt when there is nothing to share.
    std::optional<double> onTimeRate() const;  // (early + on time) / resolved
    std::optional<double> tripsSpared() const; // first-visit receipts / received
    // Very satisfied 1, satisfied 0.5, not satisfied 0, averaged over ratings.
    std::optional<double> satisfaction() const;
    std::optional<double> serviceMedianSeconds() const;
    std::optional<double> serviceP90Seconds() const;

    ScorecardFigures &operator+=(const ScorecardFigures &other);
};

// The weights of the composite score, set by an administrator. Defaults after
// Decision 766/QĐ-TTg: on-time processing (20 of its 100 points) and
// satisfaction (18) weigh most; volume served counts; trips spared reward
// one-time complete guidance.
struct ScoreWeights
{
    double onTime = 40;
    double satisfaction = 35;
    double volume = 15;
    double tripsSpared = 10;

    double total() const { return onTime + satisfaction + volume + tripsSpared; }
    bool isValid() const;
    // The formula as shown on screen, translated ("40 × on-time rate + …").
    QString formula() const;
};

// The composite score 0..100: each part is a share 0..1 (volume is received
// divided by the most any compared unit received in the period) times its
// weight, divided by the weights of the parts that have a value, so a branch
// with no ratings yet is judged on the rest. nullopt when no part has a value.
std::optional<double> compositeScore(const ScorecardFigures &f,
                                     qint64 mostReceived,
                                     const ScoreWeights &w);

// How far the scorecard is broken down.
enum class ScorecardLevel {
    Branch,  // one entry per receiving unit (center, branches, local teams)
    Counter, // the counters of one unit (counter 0: no counter, e.g. by post)
    Clerk,   // the clerks of one unit, or of one counter of it
};

// One ranked line of the scorecard: a branch, a counter or a clerk. The
// facts only: the screen words the line (ScorecardModel::entryLabel).
struct ScorecardEntry
{
    int unitId = 0;
    int counterId = -1;    // Counter / Clerk levels; 0: no counter (post, online)
    int counterNumber = 0; // Counter level: the number on the counter, 0 if unknown
    QString clerk;         // Clerk level: the role name
    QString name;          // the unit's name, the counter's own name, the clerk's full name
    ScorecardFigures figures;
    std::optional<double> score; // compositeScore against the entries compared
    int rank = 0;                // 1 = best score; entries without a score rank last
};

// Scores the entries against each other (volume against the most any of them
// received) and ranks them: best score first, entries without a score last;
// ties by volume, then by counter number, then by name. Sets score and rank.
void rankEntries(QList<ScorecardEntry> &entries, const ScoreWeights &w);

// One day of the period chart.
struct DailyVolume
{
    QDate day;
    qint64 received = 0;
    qint64 resolved = 0;
    qint64 resolvedInTime = 0; // early + on time
};

// The chart's bars: a day each up to a month, a week each (from Monday) up to
// about a quarter, a calendar month each beyond.
enum class ChartGrain { Day, Week, Month };
ChartGrain chartGrain(int days);

struct ChartBucket
{
    QDate start; // the day, the Monday of the week, or the first of the month
    qint64 received = 0;
    qint64 resolved = 0;
    qint64 resolvedInTime = 0;
};

// The days (in order) added up into bars of the grain their number calls for.
QList<ChartBucket> chartBuckets(const QList<DailyVolume> &days, ChartGrain *grain = nullptr);

} // namespace Motcua
