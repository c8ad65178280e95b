#pragma once

#include "core/intakedraft.h"

#include <QWidget>

class QLineEdit;

#include <memory>
#include <optional>

namespace Ui {
class ApplicantForm;
}

namespace Motcua {

class FieldMarker;

// The applicant part of the intake form: a person by CCCD (or old CMND), or a
// business by tax code with the person who came for it. The ID is checked as
// it is typed; a complete, valid one is announced so the page can look up a
// returning applicant.
class ApplicantForm : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicantForm(QWidget *parent = nullptr);
    ~ApplicantForm() override;

    // What is typed, as typed (names in NFC), for the draft.
    Applicant applicant() const;
    void setApplicant(const Applicant &a);
    // Fills the fields that are still empty from an earlier visit; returns
    // how many it filled.
    int fillEmpty(const Applicant &known);
    void clear();

    // Checks every field; on the first error shows it at its field and
    // returns nothing. Otherwise the applicant with normalised identifiers.
    std::optional<Applicant> validated();
    FieldMarker &marker() { return *m_marker; }

    bool isBusiness() const;
    QWidget *firstField() const;
    QWidget *lastField() const;

signals:
    void edited();
    // A complete and valid CCCD/CMND (person) or tax code (business) was typed.
    void identifierEntered(const QString &normalized, bool business);
    // The fields were filled from a scanned CCCD QR code; `note` says so and
    // lists what it replaced.
    void filledFromQr(const QString &note);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateKind();
    void checkIdAsTyped();
    void checkTaxCodeAsTyped();
    // Enter in an ID field: a scanned CCCD QR line fills the fields.
    void applyScannedQr(QLineEdit *idField);
    std::optional<QDate> birthDate(bool *ok = nullptr) const;
    void setHint(const QString &text, bool error);

    std::unique_ptr<Ui::ApplicantForm> ui;
    std::unique_ptr<FieldMarker> m_marker;
    QString m_lastAnnounced;
};

} // namespace Motcua
