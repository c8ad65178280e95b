#pragma once

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

} // namespace Motcua
