#pragma once

#include "checklist.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace Motcua {

// The applicant as typed at the counter: a person (CCCD), or a business (tax
// code) with the person who came for it; an authorised representative has
// their own ID.
struct Applicant
{
    QString kind = QStringLiteral("person"); // person | business
    QString fullName;                        // person's name, or the business's
    QString idNumber;                        // CCCD (or old CMND) of the person
    QString taxCode;                         // MST of a business
    QDate birthDate;
    QString phone;
    QString email;
    QString province;
    QString ward;
    QString street;
    QString representativeName;
    QString representativeIdNumber;

    QJsonObject toJson() const;
    static Applicant fromJson(const QJsonObject &o);
    bool isEmpty() const;
};

// A new idempotency key: a UUID whose first 48 bits are the time in
// milliseconds (the layout of UUID version 7), the rest random. Keys made one
// after another sort together, so the unique index on them grows at its end
// instead of touching a random page for every intake.
QUuid newIntakeKey();

// Everything a clerk has typed for one intake. It is saved locally as the
// clerk types (and kept on the server with a supplement request), and its key,
// generated when the intake starts, makes the submit idempotent.
struct IntakeDraft
{
    QUuid key = newIntakeKey();
    QDateTime startedAt = QDateTime::currentDateTimeUtc();
    int procedureId = 0;
    QString procedureCode;
    Applicant applicant;
    QList<DocumentEntry> documents;
    int setsCount = 1;
    QString returnChannel = QStringLiteral("counter"); // counter | post
    QString note;
    qint64 resumesOutcomeId = 0; // the supplement request this continues, if any

    bool isEmpty() const;
    QJsonObject toJson() const;
    static IntakeDraft fromJson(const QJsonObject &o);
};

} // namespace Motcua
