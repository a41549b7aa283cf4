// SPDX-License-Identifier: EUPL-1.2
#include "tests/bench/Measure.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace maillage::bench {

double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression line(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

double sqlite3StatementMs(const QString& file, const QString& statement)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {file});
    if (!sqlite.waitForStarted())
        return -1;
    sqlite.write(QStringLiteral(".timer on\n%1;\n.quit\n").arg(statement).toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(600000);
    // "Run Time: real 0.012 user 0.010000 sys 0.000000" for each statement.
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    const QString output = QString::fromUtf8(sqlite.readAllStandardOutput() + sqlite.readAllStandardError());
    double total = -1;
    for (auto it = runTime.globalMatch(output); it.hasNext();)
        total = std::max(total, 0.0) + it.next().captured(1).toDouble() * 1000.0;
    return total;
}

} // namespace maillage::bench
