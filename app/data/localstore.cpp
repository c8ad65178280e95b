#include "localstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Motcua {

namespace {

QString baseDir(const QString &dir)
{
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dir;
}

// Role names are PostgreSQL identifiers; keep the file name plain anyway.
QString fileSafe(QString role)
{
    for (QChar &c : role) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    return role;
}

// Citizens' personal data (Decree 13/2023): only the clerk's own account may
// read the drafts and the outbox, whoever else uses the counter PC.
constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateFolder = kPrivateFile | QFileDevice::ExeOwner;

// The folder, made (mode 0700 from its creation) or mended to be the user's own.
bool makePrivateFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        QDir parent = info.absoluteDir();
        if (!parent.mkpath(QStringLiteral(".")) || !parent.mkdir(info.fileName(), kPrivateFolder))
            return false;
    }
    return QFile::setPermissions(path, kPrivateFolder);
}

// The folder of drafts or outbox under `dir`, as startup finds it: made or
// mended to 0700, and whatever an older version left in it mended to 0600.
QString privateFolder(const QString &dir, const QString &name)
{
    const QString path = baseDir(dir) + QLatin1Char('/') + name;
    if (makePrivateFolder(path)) {
        for (const QFileInfo &f : QDir(path).entryInfoList(QDir::Files | QDir::Hidden))
            QFile::setPermissions(f.absoluteFilePath(), kPrivateFile);
    }
    return path;
}

bool writeAtomically(const QString &path, const QByteArray &bytes)
{
    if (!makePrivateFolder(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    // QSaveFile creates its temporary file with 0666 less the umask: narrowed
    // before the first byte, or nothing is written at all.
    if (!f.setPermissions(kPrivateFile))
        return false;
    f.write(bytes);
    return f.commit();
}

QJsonObject procedureJson(const Procedure &p)
{
    return QJsonObject{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("version"), p.version},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("sector"), p.sector},
            {QStringLiteral("processing_value"), p.processingValue},
            {QStringLiteral("processing_unit"), p.processingUnit},
            {QStringLiteral("cutoff"),
             p.cutoff.isValid() ? p.cutoff.toString(QStringLiteral("HH:mm")) : QString()},
            {QStringLiteral("fee"), double(p.fee)},
            {QStringLiteral("fee_note"), p.feeNote},
            {QStringLiteral("department_id"), p.departmentId},
            {QStringLiteral("department_name"), p.departmentName},
            {QStringLiteral("legal_basis"), p.legalBasis},
    };
}

Procedure procedureFromJson(const QJsonObject &o)
{
    Procedure p;
    p.id = o.value(QLatin1String("id")).toInt();
    p.code = o.value(QLatin1String("code")).toString();
    p.version = o.value(QLatin1String("version")).toInt(1);
    p.name = o.value(QLatin1String("name")).toString();
    p.sector = o.value(QLatin1String("sector")).toString();
    p.processingValue = o.value(QLatin1String("processing_value")).toDouble();
    p.processingUnit = o.value(QLatin1String("processing_unit")).toString();
    p.cutoff = QTime::fromString(o.value(QLatin1String("cutoff")).toString(),
                                 QStringLiteral("HH:mm"));
    p.fee = qint64(o.value(QLatin1String("fee")).toDouble());
    p.feeNote = o.value(QLatin1String("fee_note")).toString();
    p.departmentId = o.value(QLatin1String("department_id")).toInt();
    p.departmentName = o.value(QLatin1String("department_name")).toString();
    p.legalBasis = o.value(QLatin1String("legal_basis")).toString();
    return p;
}

} // namespace

DraftStore::DraftStore(const QString &role, const QString &dir)
    : m_path(privateFolder(dir, QStringLiteral("drafts")) + QLatin1Char('/') + fileSafe(role)
             + QStringLiteral(".json"))
{}

void DraftStore::save(const IntakeDraft &draft)
{
    writeAtomically(m_path, QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact));
}

std::optional<IntakeDraft> DraftStore::load() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return std::nullopt;
    IntakeDraft draft = IntakeDraft::fromJson(doc.object());
    if (draft.isEmpty())
        return std::nullopt;
    return draft;
}

void DraftStore::clear()
{
    QFile::remove(m_path);
}

IntakeOutbox::IntakeOutbox(const QString &role, const QString &dir, QObject *parent)
    : QObject(parent)
    , m_path(privateFolder(dir, QStringLiteral("outbox")) + QLatin1Char('/') + fileSafe(role)
             + QStringLiteral(".json"))
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject o = v.toObject();
        PendingIntake p;
        p.draft = IntakeDraft::fromJson(o.value(QLatin1String("draft")).toObject());
        p.procedure = procedureFromJson(o.value(QLatin1String("procedure")).toObject());
        p.place.unitId = o.value(QLatin1String("unit_id")).toInt();
        p.place.counterId = o.value(QLatin1String("counter_id")).toInt();
        p.receivedAt = QDateTime::fromString(o.value(QLatin1String("received_at")).toString(),
                                             Qt::ISODateWithMs);
        p.serviceSeconds = o.value(QLatin1String("service_seconds")).toInt();
        m_pending.append(p);
    }
}

void IntakeOutbox::persist()
{
    if (m_pending.isEmpty()) {
        QFile::remove(m_path);
        return;
    }
    QJsonArray all;
    for (const PendingIntake &p : std::as_const(m_pending))
        all.append(QJsonObject{
                {QStringLiteral("draft"), p.draft.toJson()},
                {QStringLiteral("procedure"), procedureJson(p.procedure)},
                {QStringLiteral("unit_id"), p.place.unitId},
                {QStringLiteral("counter_id"), p.place.counterId},
                {QStringLiteral("received_at"), p.receivedAt.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("service_seconds"), p.serviceSeconds},
        });
    writeAtomically(m_path, QJsonDocument(all).toJson(QJsonDocument::Compact));
}

void IntakeOutbox::enqueue(const PendingIntake &intake)
{
    for (const PendingIntake &p : std::as_const(m_pending)) {
        if (p.draft.key == intake.draft.key)
            return; // already queued: the key makes it one dossier anyway
    }
    m_pending.append(intake);
    persist();
    emit sizeChanged(size());
}

int IntakeOutbox::flush(IntakeRepository &repo)
{
    int landed = 0;
    while (!m_pending.isEmpty()) {
        const PendingIntake next = m_pending.first();
        // Dated by the counter's clock when it was taken, not by the flush.
        auto result = repo.receive(next.draft,
                                   next.procedure,
                                   next.place,
                                   next.receivedAt,
                                   next.serviceSeconds,
                                   ReceiptClock::Counter);
        if (!result && result.error().isTransient())
            break;
        m_pending.removeFirst();
        persist();
        emit sizeChanged(size());
        if (result) {
            ++landed;
            emit delivered(next, *result);
        } else {
            emit rejected(next, result.error());
        }
    }
    return landed;
}

} // namespace Motcua
