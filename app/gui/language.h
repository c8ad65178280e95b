#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace Motcua {

// The user-interface language: Vietnamese by default, English on request,
// switched live from the menu and remembered in the settings. A catalogue of
// Qt's own strings is loaded beside the application's: the project's
// translations/qtbase_vi.ts for Vietnamese, Qt's for the others.
class Language : public QObject
{
    Q_OBJECT

public:
    explicit Language(QObject *parent = nullptr);

    // "vi" or "en".
    QString current() const { return m_current; }
    static QStringList available() { return {QStringLiteral("vi"), QStringLiteral("en")}; }

    // Installs the remembered language (Vietnamese the first time).
    void installSaved();
    // Switches and remembers; widgets retranslate on QEvent::LanguageChange.
    bool switchTo(const QString &code);

private:
    // Loads and installs the catalogues without remembering the choice.
    bool install(const QString &code);

    QString m_current;
    QTranslator m_app;
    QTranslator m_qt;
};

} // namespace Motcua
