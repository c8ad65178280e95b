#include "intakedraft.h"

#include <QJsonArray>

namespace Motcua {

QUuid newIntakeKey()
{
    QUuid id = QUuid::createUuid(); // version 4: random
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    id.data1 = quint32(ms >> 16);
    id.data2 = quint16(ms & 0xffff);
    id.data3 = quint16(0x7000 | (id.data3 & 0x0fff)); // version 7
    return id;
}

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject Applicant::toJson() const
{
    return QJsonObject{
            {QStringLiteral("kind"), kind},
            {QStringLiteral("name"), fullName},
            {QStringLiteral("id_number"), idNumber},
            {QStringLiteral("tax_code"), taxCode},
            {QStringLiteral("birth_date"),
             birthDate.isValid() ? birthDate.toString(Qt::ISODate) : QString()},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("email"), email},
            {QStringLiteral("province"), province},
            {QStringLiteral("ward"), ward},
            {QStringLiteral("street"), street},
            {QStringLiteral("representative_name"), representativeName},
            {QStringLiteral("representative_id_number"), representativeIdNumber},
    };
}

Applicant Applicant::fromJson(const QJsonObject &o)
{
    Applicant a;
    a.kind = str(o, "kind").isEmpty() ? QStringLiteral("person") : str(o, "kind");
    a.fullName = str(o, "name");
    a.idNumber = str(o, "id_number");
    a.taxCode = str(o, "tax_code");
    a.birthDate = QDate::fromString(str(o, "birth_date"), Qt::ISODate);
    a.phone = str(o, "phone");
    a.email = str(o, "email");
    a.province = str(o, "province");
    a.ward = str(o, "ward");
    a.street = str(o, "street");
    a.representativeName = str(o, "representative_name");
    a.representativeIdNumber = str(o, "representative_id_number");
    return a;
}

bool Applicant::isEmpty() const
{
    return fullName.isEmpty() && idNumber.isEmpty() && taxCode.isEmpty() && !birthDate.isValid()
           && phone.isEmpty() && email.isEmpty() && street.isEmpty() && representativeName.isEmpty()
           && representativeIdNumber.isEmpty();
}

bool IntakeDraft::isEmpty() const
{
    return procedureId == 0 && applicant.isEmpty() && note.isEmpty();
}

QJsonObject IntakeDraft::toJson() const
{
    QJsonArray docs;
    for (const DocumentEntry &d : documents)
        docs.append(QJsonObject{
                {QStringLiteral("checklist_item_id"), d.checklistItemId},
                {QStringLiteral("name"), d.name},
                {QStringLiteral("received"), d.received},
                {QStringLiteral("originals"), d.originals},
                {QStringLiteral("certified_copies"), d.certifiedCopies},
                {QStringLiteral("photocopies"), d.photocopies},
        });
    return QJsonObject{
            {QStringLiteral("key"), key.toString(QUuid::WithoutBraces)},
            {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("procedure_id"), procedureId},
            {QStringLiteral("procedure_code"), procedureCode},
            {QStringLiteral("applicant"), applicant.toJson()},
            {QStringLiteral("documents"), docs},
            {QStringLiteral("sets_count"), setsCount},
            {QStringLiteral("return_channel"), returnChannel},
            {QStringLiteral("note"), note},
            {QStringLiteral("resumes"), QString::number(resumesOutcomeId)},
    };
}

IntakeDraft IntakeDraft::fromJson(const QJsonObject &o)
{
    IntakeDraft d;
    const QUuid key = QUuid::fromString(str(o, "key"));
    if (!key.isNull())
        d.key = key;
    const QDateTime started = QDateTime::fromString(str(o, "started_at"), Qt::ISODateWithMs);
    if (started.isValid())
        d.startedAt = started;
    d.procedureId = o.value(QLatin1String("procedure_id")).toInt();
    d.procedureCode = str(o, "procedure_code");
    d.applicant = Applicant::fromJson(o.value(QLatin1String("applicant")).toObject());
    for (const QJsonValue &v : o.value(QLatin1String("documents")).toArray()) {
        const QJsonObject j = v.toObject();
        DocumentEntry e;
        e.checklistItemId = j.value(QLatin1String("checklist_item_id")).toInt();
        e.name = j.value(QLatin1String("name")).toString();
        e.received = j.value(QLatin1String("received")).toBool();
        e.originals = j.value(QLatin1String("originals")).toInt();
        e.certifiedCopies = j.value(QLatin1String("certified_copies")).toInt();
        e.photocopies = j.value(QLatin1String("photocopies")).toInt();
        d.documents.append(e);
    }
    d.setsCount = qMax(1, o.value(QLatin1String("sets_count")).toInt(1));
    d.returnChannel = str(o, "return_channel").isEmpty() ? QStringLiteral("counter")
                                                         : str(o, "return_channel");
    d.note = str(o, "note");
    d.resumesOutcomeId = str(o, "resumes").toLongLong();
    return d;
}

} // namespace Motcua
