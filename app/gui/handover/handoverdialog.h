#pragma once

#include "data/dossierrepository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HandoverDialog;
}

namespace Motcua {

class FieldMarker;

// Who collects the result at the counter: the applicant (after an identity
// check), an authorised person (name, CCCD, authorisation) or the post
// (tracking number). Accepting validates; handover() returns what was said.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HandoverDialog(const DossierDetail &dossier, QWidget *parent = nullptr);
    ~HandoverDialog() override;

    Handover handover() const;

public slots:
    void accept() override;

private:
    void showChannel();
    bool validate();

    std::unique_ptr<Ui::HandoverDialog> ui;
    std::unique_ptr<FieldMarker> m_marker;
    DossierDetail m_dossier;
};

} // namespace Motcua
