// SPDX-License-Identifier: EUPL-1.2
#include "core/settings/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace maillage::language {

namespace {

struct Installed
{
    QString code;
    QPointer<QTranslator> own;
    QPointer<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void drop(QPointer<QTranslator>& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
    translator.clear();
}

} // namespace

QString resolve(const QString& preference)
{
    if (preference == QLatin1String("fr") || preference == QLatin1String("en"))
        return preference;
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QString apply(const QString& preference)
{
    const QString code = resolve(preference);
    const QLocale locale(code == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                     : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(locale);

    Installed& state = installed();
    drop(state.own);
    drop(state.qt);
    // English is the source language: its catalogue may be absent, the texts are then the code's own.
    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("maillage"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        state.own = own;
    } else {
        delete own;
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        delete qt;
    }
    state.code = code;
    return code;
}

void uninstall()
{
    Installed& state = installed();
    drop(state.own);
    drop(state.qt);
    state.code.clear();
}

QString current()
{
    return installed().code;
}

} // namespace maillage::language
