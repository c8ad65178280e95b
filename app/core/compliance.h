#pragma once

#include <QString>
#include <QStringList>

namespace Motcua {

namespace Compliance {

// A stated reason shorter than this (trimmed) says nothing.
constexpr int minimumReasonLength = 10;
// Stock phrases that say nothing about what is wrong ("thiếu giấy tờ",
// "theo quy định", …), folded: lower case, no diacritics, no punctuation.
const QStringList &boilerplatePhrases();
// Whether a refusal's, supplement request's or stop's reason is blank: empty,
// shorter than minimumReasonLength, or a stock phrase once folded and
// stripped of punctuation. The review's SQL applies the same rule to the
// stored reasons (queries/compliance_*.sql bind boilerplatePhrases()).
bool isBlankReason(const QString &reason);

} // namespace Compliance

} // namespace Motcua
