#pragma once

#include "core/intakedraft.h"
#include "intakerepository.h"

#include <QObject>
#include <QString>

namespace Motcua {

// The clerk's work kept on the local disk, so that a crash, a restart or a
// lost connection never loses it. Files are written atomically (QSaveFile) in
// the per-user data directory, one set per login role. They hold citizens'
// personal data: the folders drafts/ and outbox/ are mode 0700 and the files
// 0600, made so or mended when a store is opened.
class DraftStore
{
public:
    // `dir` empty: QStandardPaths::AppDataLocation.
    explicit DraftStore(const QString &role, const QString &dir = {});

    void save(const IntakeDraft &draft);
    // The draft left by the last session, if any.
    std::optional<IntakeDraft> load() const;
    void clear();
    QString path() const { return m_path; }

private:
    QString m_path;
};

// One receive that the server has not acknowledged yet.
struct PendingIntake
{
    IntakeDraft draft;
    Procedure procedure;
    IntakePlace place;
    QDateTime receivedAt;
    int serviceSeconds = 0;
};

// Receives that wait for the server: queued on disk when the connection is
// down, retried until acknowledged. Idempotency keys make every retry safe.
class IntakeOutbox : public QObject
{
    Q_OBJECT

public:
    IntakeOutbox(const QString &role, const QString &dir = {}, QObject *parent = nullptr);

    void enqueue(const PendingIntake &intake);
    int size() const { return int(m_pending.size()); }
    const QList<PendingIntake> &pending() const { return m_pending; }

    // Tries to deliver every queued intake in order; stops at the first
    // transient failure (the server is still away). Returns how many landed.
    int flush(IntakeRepository &repo);

signals:
    void delivered(const Motcua::PendingIntake &intake, const Motcua::ReceivedDossier &dossier);
    // A permanent refusal (e.g. no longer allowed): the intake leaves the queue.
    void rejected(const Motcua::PendingIntake &intake, const Motcua::DbError &error);
    void sizeChanged(int size);

private:
    void persist();

    QString m_path;
    QList<PendingIntake> m_pending;
};

} // namespace Motcua
