// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "tests/support/Catch.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdlib>

namespace maillage::test {

/// Runs Catch2 inside an App (QGuiApplication or QApplication), offscreen unless told otherwise.
/// The interface stays in English (the source language) so tests can match messages.
template <typename App>
int runTests(int argc, char** argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    App app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MaillageTests"));
    QCoreApplication::setApplicationName(QStringLiteral("maillage-tests"));
    // Each test process its own settings: ctest runs them side by side, and one clearing the shared
    // file would change what another reads halfway through.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}

} // namespace maillage::test
