#include "freetextwidgets.h"

#include "core/vntext.h"

#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QTextCursor>

namespace Motcua {

LimitedTextEdit::LimitedTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{}

void LimitedTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (source && source->hasText()) {
        // The length the field would have: what stays plus what comes.
        const QTextCursor cursor = textCursor();
        const qsizetype kept = document()->characterCount() - 1
                               - (cursor.selectionEnd() - cursor.selectionStart());
        const qsizetype pasted = FreeText::codePoints(source->text());
        if (kept + pasted > m_maxLength) {
            const QLocale locale;
            emit pasteRefused(tr("Not pasted: this field takes at most %1 characters; with the "
                                 "pasted text (%2) it would hold %3. Paste a shorter text.")
                                      .arg(locale.toString(m_maxLength),
                                           locale.toString(qlonglong(pasted)),
                                           locale.toString(qlonglong(kept + pasted))));
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

QString lineEditProblem(const QLineEdit *edit, FreeText::Field field)
{
    const QString text = edit->text();
    if (text.size() >= edit->maxLength()) {
        const QLocale locale;
        return LimitedTextEdit::tr("This field takes at most %1 characters; the pasted text "
                                   "was longer than the %2 it can hold and was cut. Paste a "
                                   "shorter text.")
                .arg(locale.toString(FreeText::maxLength(field)),
                     locale.toString(edit->maxLength()));
    }
    return FreeText::problem(VnText::nfc(text), field);
}

} // namespace Motcua
