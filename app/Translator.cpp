// SPDX-License-Identifier: EUPL-1.2
#include "app/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace maillage::app {

QString installTranslators()
{
    QString language = QSettings().value(QStringLiteral("language")).toString();
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        language = QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    const QLocale locale(language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                         : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(locale);

    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("maillage"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace maillage::app
