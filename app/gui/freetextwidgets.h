#pragma once

#include "core/freetext.h"

#include <QPlainTextEdit>

class QLineEdit;

// The free-text rule (core/freetext) at the widgets, where a paste can be
// larger than anything a clerk types: a multi-line field refuses an over-limit
// paste before it reaches its document (laying out 10 MB of text would freeze
// the counter), and a one-line field's own cut-off is reported, never hidden.
namespace Motcua {

// A QPlainTextEdit that takes at most `maxLength` characters from a paste or a
// drop: a larger one is not inserted and `pasteRefused` says why (translated),
// for the dialog to show at the field. Typing is left alone (the document stays
// small); the dialog checks the whole text with FreeText::problem on OK.
class LimitedTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LimitedTextEdit(QWidget *parent = nullptr);

    int maxLength() const { return m_maxLength; }
    void setMaxLength(int maxLength) { m_maxLength = maxLength; }

signals:
    void pasteRefused(const QString &message);

protected:
    void insertFromMimeData(const QMimeData *source) override;

private:
    int m_maxLength = FreeText::maxLength(FreeText::Field::Note);
};

// Why a one-line field's text cannot be stored, or empty. A QLineEdit cuts a
// paste at its maxLength without a word; a text that fills it is therefore
// refused as possibly cut (keep maxLength above the field's limit, as the
// default 32,767 is, so that this never refuses a text the rule would take).
QString lineEditProblem(const QLineEdit *edit, FreeText::Field field);

} // namespace Motcua
