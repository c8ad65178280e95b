#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace Motcua {

Language::Language(QObject *parent)
    : QObject(parent)
{}

void Language::installSaved()
{
    const QSettings settings;
    install(settings.value(QStringLiteral("ui/language"), QStringLiteral("vi")).toString());
}

bool Language::switchTo(const QString &code)
{
    if (!install(code))
        return false;
    QSettings().setValue(QStringLiteral("ui/language"), code);
    return true;
}

namespace {

// Where our catalogues are looked for, in order: installed beside the program
// (share/motcua/translations), so that a site can correct a wording by
// replacing a .qm without a new build; then the copies compiled in.
QStringList ownCatalogueDirs()
{
    return {QCoreApplication::applicationDirPath() + QLatin1Char('/')
                    + QStringLiteral(MOTCUA_TRANSLATIONS_FROM_BIN),
            QStringLiteral(":/i18n")};
}

bool loadFirst(QTranslator &translator, const QString &name, const QStringList &dirs)
{
    for (const QString &dir : dirs) {
        if (translator.load(name, dir))
            return true;
    }
    return false;
}

} // namespace

bool Language::install(const QString &code)
{
    if (!available().contains(code))
        return false;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (!loadFirst(m_app, QStringLiteral("motcua_") + code, ownCatalogueDirs()))
        return false;
    QCoreApplication::installTranslator(&m_app);
    // Qt's own strings (standard buttons, file and print dialogs, context
    // menus): Qt ships no Vietnamese catalogue, so ours comes first; other
    // languages find Qt's in its translations directory.
    if (loadFirst(m_qt,
                  QStringLiteral("qtbase_") + code,
                  ownCatalogueDirs() << QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(
            QLocale(code == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                    code == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom));
    m_current = code;
    return true;
}

} // namespace Motcua
