// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace maillage::test {

/// The result of one run of the maillage executable.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs maillage with arguments, headless, in the given language ("en" or "fr"),
/// with HOME and XDG folders inside home so the user's own data is never touched.
CliRun runMaillage(const QStringList& arguments, const QString& home, const QString& language = QStringLiteral("en"));

} // namespace maillage::test
