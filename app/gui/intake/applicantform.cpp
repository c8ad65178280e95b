#include "applicantform.h"
#include "gui/palette.h"

#include "ui_applicantform.h"

#include "core/cccdqr.h"
#include "core/centertime.h"
#include "core/freetext.h"
#include "core/identifiers.h"
#include "core/vntext.h"
#include "gui/fieldmarker.h"
#include "gui/freetextwidgets.h"

#include <QEvent>
#include <QRegularExpression>

namespace Motcua {

namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

QString digitsOf(const QString &text)
{
    QString d;
    for (const QChar c : text) {
        if (c.isDigit())
            d += c;
    }
    return d;
}

} // namespace

ApplicantForm::ApplicantForm(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ApplicantForm>())
{
    ui->setupUi(this);
    m_marker = std::make_unique<FieldMarker>(ui->errorLabel);
    ui->kindCombo->addItem(tr("Person (CCCD)"), QStringLiteral("person"));
    ui->kindCombo->addItem(tr("Business (tax code)"), QStringLiteral("business"));
    ui->idHint->setMinimumWidth(160);
    setFocusProxy(ui->kindCombo);

    connect(ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateKind();
        emit edited();
    });
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textEdited, this, &ApplicantForm::edited);
    connect(ui->idEdit, &QLineEdit::textChanged, this, &ApplicantForm::checkIdAsTyped);
    connect(ui->birthDateEdit, &QLineEdit::textChanged, this, &ApplicantForm::checkIdAsTyped);
    connect(ui->taxCodeEdit, &QLineEdit::textChanged, this, &ApplicantForm::checkTaxCodeAsTyped);
    // A counter's 2D scanner types the card's QR code as one line and Enter.
    connect(ui->idEdit, &QLineEdit::returnPressed, this, [this] { applyScannedQr(ui->idEdit); });
    connect(ui->representativeIdEdit, &QLineEdit::returnPressed, this, [this] {
        applyScannedQr(ui->representativeIdEdit);
    });
    updateKind();
}

ApplicantForm::~ApplicantForm() = default;

bool ApplicantForm::isBusiness() const
{
    return ui->kindCombo->currentData().toString() == QLatin1String("business");
}

QWidget *ApplicantForm::firstField() const
{
    return ui->kindCombo;
}

QWidget *ApplicantForm::lastField() const
{
    return ui->representativeIdEdit;
}

void ApplicantForm::updateKind()
{
    const bool business = isBusiness();
    ui->fieldsLayout->setRowVisible(ui->taxCodeEdit, business);
    ui->fieldsLayout->setRowVisible(ui->birthDateEdit, !business);
    ui->nameLabel->setText(business ? tr("Business &name:") : tr("Full &name:"));
    ui->idLabel->setText(business ? tr("&Submitter's CCCD:") : tr("&CCCD / CMND:"));
    ui->representativeNameLabel->setText(business ? tr("Submitted &by (name):")
                                                  : tr("Authorised &representative:"));
}

std::optional<QDate> ApplicantForm::birthDate(bool *ok) const
{
    const QString text = ui->birthDateEdit->text().trimmed();
    if (ok)
        *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    for (const QString &format : {kDateFormat,
                                  QStringLiteral("d/M/yyyy"),
                                  QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("d-M-yyyy"),
                                  QStringLiteral("ddMMyyyy")}) {
        const QDate d = QDate::fromString(text, format);
        if (d.isValid())
            return d;
    }
    if (ok)
        *ok = false;
    return std::nullopt;
}

void ApplicantForm::setHint(const QString &text, bool error)
{
    ui->idHint->setText(text);
    ui->idHint->setStyleSheet(Palette::textStyle(error ? Palette::error : Palette::ok));
    ui->idEdit->setStyleSheet(error ? Palette::errorFrameStyle() : QString());
    ui->idEdit->setToolTip(error ? text : QString());
}

// Says what is wrong as soon as the number is complete, and what it tells
// (province, birth year) when it is right.
void ApplicantForm::checkIdAsTyped()
{
    if (CccdQr::looksLikeQr(ui->idEdit->text()))
        return setHint(tr("CCCD QR code: Enter fills the form"), false);
    const QString digits = digitsOf(ui->idEdit->text());
    if (digits.size() < 9 || (digits.size() > 9 && digits.size() < 12)) {
        setHint(QString(), false);
        return;
    }
    QString normalized;
    if (digits.size() == 9) {
        const auto check = Identifiers::checkCmnd(ui->idEdit->text());
        if (!check.valid)
            return setHint(check.reason, true);
        setHint(tr("old CMND"), false);
        normalized = check.normalized;
    } else {
        bool dateOk = true;
        const auto born = birthDate(&dateOk);
        const auto check = Identifiers::checkCccd(
                ui->idEdit->text(), born ? std::optional<int>(born->year()) : std::nullopt);
        if (!check.valid)
            return setHint(check.reason, true);
        setHint(tr("%1, born %2").arg(check.provinceName).arg(check.birthYear), false);
        normalized = check.normalized;
    }
    if (!isBusiness() && normalized != m_lastAnnounced) {
        m_lastAnnounced = normalized;
        emit identifierEntered(normalized, false);
    }
}

// The applicant's (or, in the representative's ID field, the representative's)
// fields come from the card. What the clerk had typed differently is replaced
// but named in the note, so nothing changes unseen; a bad code changes nothing
// and is selected, so the next scan replaces it.
void ApplicantForm::applyScannedQr(QLineEdit *idField)
{
    if (!CccdQr::looksLikeQr(idField->text()))
        return;
    m_marker->clear();
    const auto qr = CccdQr::parse(idField->text());
    if (!qr.ok()) {
        if (idField == ui->idEdit)
            setHint(tr("not a valid CCCD QR code"), true);
        m_marker->fail(idField, qr.error());
        idField->selectAll();
        return;
    }
    const CccdQr::Data &card = qr.value();
    QStringList replaced;
    const auto put = [&replaced](QLineEdit *e, const QLabel *label, const QString &value) {
        const QString was = VnText::nfc(e->text());
        if (!was.isEmpty() && was != value)
            replaced
                    << tr("%1 was “%2”")
                               .arg(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')),
                                    was);
        e->setText(value);
    };
    const bool representative = idField == ui->representativeIdEdit || isBusiness();
    if (representative) {
        put(ui->representativeNameEdit, ui->representativeNameLabel, card.fullName);
    } else {
        put(ui->nameEdit, ui->nameLabel, card.fullName);
        put(ui->birthDateEdit, ui->birthDateLabel, card.birthDate.toString(kDateFormat));
        const CccdQr::AddressParts address = CccdQr::splitAddress(card.address);
        put(ui->provinceEdit, ui->provinceLabel, address.province);
        put(ui->wardEdit, ui->wardLabel, address.ward);
        put(ui->streetEdit, ui->streetLabel, address.street);
    }
    // Last: a valid CCCD announces the applicant, who may be a returning one.
    idField->setText(card.cccd);
    emit edited();

    QString note = tr("Filled from the CCCD QR code.");
    if (!card.oldId.isEmpty())
        note += QLatin1Char(' ') + tr("Old ID number on the card: %1.").arg(card.oldId);
    if (!replaced.isEmpty())
        note += QLatin1Char(' ') + tr("Replaced: %1.").arg(replaced.join(QStringLiteral("; ")));
    if (idField == ui->idEdit)
        setHint(tr("Filled from the CCCD QR code"), false);
    emit filledFromQr(note);

    const QList<QLineEdit *> order = {ui->nameEdit,
                                      ui->birthDateEdit,
                                      ui->phoneEdit,
                                      ui->emailEdit,
                                      ui->provinceEdit,
                                      ui->wardEdit,
                                      ui->streetEdit,
                                      ui->representativeNameEdit,
                                      ui->representativeIdEdit};
    const qsizetype from = idField == ui->representativeIdEdit ? order.size() : 0;
    for (qsizetype i = from; i < order.size(); ++i) {
        QLineEdit *e = order.at(i);
        if (e->isVisibleTo(this) && e->text().trimmed().isEmpty()) {
            e->setFocus();
            return;
        }
    }
    // Nothing left to type here: on to the procedure.
    focusNextChild();
}

void ApplicantForm::checkTaxCodeAsTyped()
{
    const QString digits = digitsOf(ui->taxCodeEdit->text());
    if (digits.size() != 10 && digits.size() != 13)
        return;
    const auto check = Identifiers::checkTaxCode(ui->taxCodeEdit->text());
    if (check.valid && isBusiness() && check.normalized != m_lastAnnounced) {
        m_lastAnnounced = check.normalized;
        emit identifierEntered(check.normalized, true);
    }
}

Applicant ApplicantForm::applicant() const
{
    Applicant a;
    a.kind = ui->kindCombo->currentData().toString();
    a.fullName = VnText::nfc(ui->nameEdit->text());
    a.idNumber = ui->idEdit->text().trimmed();
    a.taxCode = isBusiness() ? ui->taxCodeEdit->text().trimmed() : QString();
    if (!isBusiness())
        a.birthDate = birthDate().value_or(QDate());
    a.phone = ui->phoneEdit->text().trimmed();
    a.email = ui->emailEdit->text().trimmed();
    a.province = VnText::nfc(ui->provinceEdit->text());
    a.ward = VnText::nfc(ui->wardEdit->text());
    a.street = VnText::nfc(ui->streetEdit->text());
    a.representativeName = VnText::nfc(ui->representativeNameEdit->text());
    a.representativeIdNumber = ui->representativeIdEdit->text().trimmed();
    return a;
}

void ApplicantForm::setApplicant(const Applicant &a)
{
    const QSignalBlocker block(this);
    ui->kindCombo->setCurrentIndex(qMax(0, ui->kindCombo->findData(a.kind)));
    updateKind();
    m_lastAnnounced = a.kind == QLatin1String("business") ? a.taxCode : a.idNumber;
    ui->nameEdit->setText(a.fullName);
    ui->idEdit->setText(a.idNumber);
    ui->taxCodeEdit->setText(a.taxCode);
    ui->birthDateEdit->setText(a.birthDate.isValid() ? a.birthDate.toString(kDateFormat)
                                                     : QString());
    ui->phoneEdit->setText(a.phone);
    ui->emailEdit->setText(a.email);
    ui->provinceEdit->setText(a.province);
    ui->wardEdit->setText(a.ward);
    ui->streetEdit->setText(a.street);
    ui->representativeNameEdit->setText(a.representativeName);
    ui->representativeIdEdit->setText(a.representativeIdNumber);
}

int ApplicantForm::fillEmpty(const Applicant &known)
{
    int filled = 0;
    const auto fill = [&filled](QLineEdit *e, const QString &value) {
        if (e->text().trimmed().isEmpty() && !value.isEmpty()) {
            e->setText(value);
            ++filled;
        }
    };
    fill(ui->nameEdit, known.fullName);
    if (known.birthDate.isValid())
        fill(ui->birthDateEdit, known.birthDate.toString(kDateFormat));
    fill(ui->phoneEdit, known.phone);
    fill(ui->emailEdit, known.email);
    fill(ui->provinceEdit, known.province);
    fill(ui->wardEdit, known.ward);
    fill(ui->streetEdit, known.street);
    if (isBusiness())
        fill(ui->idEdit, known.idNumber);
    if (filled > 0)
        emit edited();
    return filled;
}

void ApplicantForm::clear()
{
    m_marker->clear();
    setApplicant(Applicant());
    m_lastAnnounced.clear();
    setHint(QString(), false);
}

std::optional<Applicant> ApplicantForm::validated()
{
    m_marker->clear();
    if (CccdQr::looksLikeQr(ui->idEdit->text()))
        return m_marker->fail(ui->idEdit,
                              tr("Press Enter in this field to fill the form from the scanned "
                                 "CCCD QR code.")),
               std::nullopt;
    // What cannot be stored as typed is refused at its field, before any rule.
    const struct
    {
        QLineEdit *edit;
        FreeText::Field kind;
    } texts[] = {{ui->taxCodeEdit, FreeText::Field::IdNumber},
                 {ui->idEdit, FreeText::Field::IdNumber},
                 {ui->nameEdit, FreeText::Field::PersonName},
                 {ui->birthDateEdit, FreeText::Field::IdNumber},
                 {ui->phoneEdit, FreeText::Field::Phone},
                 {ui->emailEdit, FreeText::Field::Email},
                 {ui->provinceEdit, FreeText::Field::AddressPart},
                 {ui->wardEdit, FreeText::Field::AddressPart},
                 {ui->streetEdit, FreeText::Field::Street},
                 {ui->representativeNameEdit, FreeText::Field::PersonName},
                 {ui->representativeIdEdit, FreeText::Field::IdNumber}};
    for (const auto &t : texts) {
        if (!t.edit->isVisibleTo(this))
            continue;
        if (const QString p = lineEditProblem(t.edit, t.kind); !p.isEmpty())
            return m_marker->fail(t.edit, p), std::nullopt;
    }
    Applicant a = applicant();
    if (isBusiness()) {
        const auto tax = Identifiers::checkTaxCode(ui->taxCodeEdit->text());
        if (ui->taxCodeEdit->text().trimmed().isEmpty())
            return m_marker->fail(ui->taxCodeEdit, tr("Type the business's tax code.")),
                   std::nullopt;
        if (!tax.valid)
            return m_marker->fail(ui->taxCodeEdit, tax.reason), std::nullopt;
        a.taxCode = tax.normalized;
    }
    bool dateOk = true;
    const auto born = birthDate(&dateOk);
    const QString id = ui->idEdit->text().trimmed();
    if (id.isEmpty() && !isBusiness())
        return m_marker->fail(ui->idEdit, tr("Type the applicant's CCCD (or old CMND).")),
               std::nullopt;
    if (!id.isEmpty()) {
        Identifiers::Check check
                = digitsOf(id).size() == 9
                          ? Identifiers::checkCmnd(id)
                          : Identifiers::checkCccd(
                                  id, born ? std::optional<int>(born->year()) : std::nullopt);
        if (!check.valid)
            return m_marker->fail(ui->idEdit, check.reason), std::nullopt;
        a.idNumber = check.normalized;
    }
    if (a.fullName.isEmpty())
        return m_marker->fail(ui->nameEdit,
                              isBusiness() ? tr("Type the business's name.")
                                           : tr("Type the applicant's full name.")),
               std::nullopt;
    if (!isBusiness() && !dateOk)
        return m_marker->fail(ui->birthDateEdit,
                              tr("Type the date of birth as day/month/year, e.g. 25/03/1990.")),
               std::nullopt;
    if (born && *born > CenterTime::today())
        return m_marker->fail(ui->birthDateEdit, tr("The date of birth is in the future.")),
               std::nullopt;
    if (!a.phone.isEmpty()) {
        const auto phone = Identifiers::checkPhone(a.phone);
        if (!phone.valid)
            return m_marker->fail(ui->phoneEdit, phone.reason), std::nullopt;
        a.phone = phone.normalized;
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!a.email.isEmpty() && !email.match(a.email).hasMatch())
        return m_marker->fail(ui->emailEdit, tr("This is not an email address (name@example.vn).")),
               std::nullopt;
    if (!a.representativeIdNumber.isEmpty()) {
        const QString rep = a.representativeIdNumber;
        Identifiers::Check check = digitsOf(rep).size() == 9 ? Identifiers::checkCmnd(rep)
                                                             : Identifiers::checkCccd(rep);
        if (!check.valid)
            return m_marker->fail(ui->representativeIdEdit, check.reason), std::nullopt;
        a.representativeIdNumber = check.normalized;
    }
    if (!a.representativeIdNumber.isEmpty() && a.representativeName.isEmpty())
        return m_marker->fail(ui->representativeNameEdit,
                              tr("Type the name of the person with this ID.")),
               std::nullopt;
    return a;
}

void ApplicantForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        ui->kindCombo->setItemText(0, tr("Person (CCCD)"));
        ui->kindCombo->setItemText(1, tr("Business (tax code)"));
        updateKind();
    }
    QWidget::changeEvent(event);
}

} // namespace Motcua
