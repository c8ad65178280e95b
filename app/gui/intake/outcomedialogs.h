#pragma once

#include "core/checklist.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RefusalDialog;
class SupplementDialog;
} // namespace Ui

namespace Motcua {

class FieldMarker;

// Asks why the dossier is refused (form 03). The reason is required: OK with
// an empty reason shows the error at the field and keeps the dialog open.
class RefusalDialog : public QDialog
{
    Q_OBJECT

public:
    RefusalDialog(const QString &applicant, const QString &procedure, QWidget *parent = nullptr);
    ~RefusalDialog() override;

    QString reason() const;
    void setReason(const QString &reason);

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::RefusalDialog> ui;
    std::unique_ptr<FieldMarker> m_marker;
};

// Shows everything missing at once (one-time complete guidance) and takes an
// optional note for the supplement request (form 02).
class SupplementDialog : public QDialog
{
    Q_OBJECT

public:
    SupplementDialog(const QString &applicant,
                     const QList<MissingDocument> &missing,
                     QWidget *parent = nullptr);
    ~SupplementDialog() override;

    QString note() const;
    const QList<MissingDocument> &missing() const { return m_missing; }

public slots:
    // Refuses a note that cannot be stored as typed, at the field.
    void accept() override;

private:
    std::unique_ptr<Ui::SupplementDialog> ui;
    std::unique_ptr<FieldMarker> m_marker;
    QList<MissingDocument> m_missing;
};

} // namespace Motcua
