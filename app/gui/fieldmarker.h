#pragma once

#include "palette.h"

#include <QLabel>
#include <QList>
#include <QPointer>
#include <QWidget>

namespace Motcua {

// Shows a validation error at the field it concerns: a red frame, the message
// as tooltip and in the dialog's error label, and the focus on the field.
class FieldMarker
{
public:
    explicit FieldMarker(QLabel *errorLabel)
        : m_errorLabel(errorLabel)
    {}

    void clear()
    {
        for (const QPointer<QWidget> &w : std::as_const(m_marked)) {
            if (w) {
                w->setStyleSheet(QString());
                w->setToolTip(QString());
            }
        }
        m_marked.clear();
        m_errorLabel->clear();
        m_errorLabel->hide();
    }

    // Always returns false, for `return marker.fail(...)` in validators.
    bool fail(QWidget *field, const QString &message)
    {
        field->setStyleSheet(Palette::errorFrameStyle());
        field->setToolTip(message);
        m_marked.append(field);
        showMessage(message);
        field->setFocus();
        return false;
    }

    // An error that belongs to no single field (e.g. the database refused).
    void showMessage(const QString &message)
    {
        m_errorLabel->setText(message);
        m_errorLabel->show();
    }

private:
    QLabel *m_errorLabel;
    QList<QPointer<QWidget>> m_marked;
};

} // namespace Motcua
