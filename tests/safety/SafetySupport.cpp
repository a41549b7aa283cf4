// SPDX-License-Identifier: EUPL-1.2
#include "tests/safety/SafetySupport.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/Catch.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

#include <cstdlib>

namespace maillage::test::safety {

QString writerPath()
{
    return QStringLiteral(MAILLAGE_CRASH_WRITER);
}

int runWriter(const QStringList& args, QByteArray* output, int timeoutMs)
{
    QProcess process;
    process.start(writerPath(), args);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(timeoutMs));
    const QByteArray err = process.readAllStandardError();
    if (!err.isEmpty())
        UNSCOPED_INFO("crash_writer stderr: " << err.toStdString());
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int envInt(const char* name, int fallback)
{
    const char* value = std::getenv(name);
    return value && *value ? std::atoi(value) : fallback;
}

QVariant scalar(Database& db, const QString& statement)
{
    SqlQuery query(db, statement);
    const Status status = query.exec(QStringLiteral("probe"));
    INFO(statement.toStdString() << ": " << status.error().fullText().toStdString());
    REQUIRE(status.ok());
    return query.next() ? query.value(0) : QVariant();
}

QStringList column(Database& db, const QString& statement)
{
    SqlQuery query(db, statement);
    const Status status = query.exec(QStringLiteral("probe"));
    INFO(statement.toStdString() << ": " << status.error().fullText().toStdString());
    REQUIRE(status.ok());
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

QStringList completeLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    const qsizetype end = bytes.lastIndexOf('\n');
    bytes.truncate(end < 0 ? 0 : end);
    return bytes.isEmpty() ? QStringList() : QString::fromUtf8(bytes).split(u'\n');
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace maillage::test::safety
