// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace maillage {
class Database;
}

/// Helpers of the safety harnesses: the writer process, plain-SQL probes and environment knobs.
namespace maillage::test::safety {

/// Path of the crash_writer executable built beside the tests.
QString writerPath();
/// Runs crash_writer with args to its end; returns its exit code (stdout in output when given).
int runWriter(const QStringList& args, QByteArray* output = nullptr, int timeoutMs = 60000);
/// An integer from the environment, or fallback.
int envInt(const char* name, int fallback);
/// The first column of the first row of statement (test data only).
QVariant scalar(Database& db, const QString& statement);
/// Every row of the first column of statement, as text.
QStringList column(Database& db, const QString& statement);
/// The complete lines of a log (a line cut short by a kill is not acknowledged).
QStringList completeLines(const QString& path);
/// SHA-256 of a file's bytes, empty when it does not exist.
QByteArray fileHash(const QString& path);

} // namespace maillage::test::safety
