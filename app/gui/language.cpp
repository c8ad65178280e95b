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

bool Language::install(const QString &code)
{
    if (!available().contains(code))
        return false;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (!m_app.load(QStringLiteral(":/i18n/motcua_") + code))
        return false;
    QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QStringLiteral("qtbase_") + code,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(
            QLocale(code == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                    code == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom));
    m_current = code;
    return true;
}

} // namespace Motcua
