// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace maillage::migrations {

namespace {

const QString kFolder = QStringLiteral(":/maillage/migrations");

// "004_search.sqlite.sql" → 4; files without a number are ignored.
int versionOf(const QString& fileName)
{
    bool ok = false;
    const int version = fileName.section(u'_', 0, 0).toInt(&ok);
    return ok ? version : 0;
}

// Which engine a file is for: "" for both, "sqlite" or "postgresql".
QString dialectOf(const QString& fileName)
{
    const QStringList parts = fileName.split(u'.');
    return parts.size() == 3 ? parts.at(1) : QString();
}

} // namespace

int latestVersion()
{
    int latest = 0;
    for (const QString& name : QDir(kFolder).entryList(QDir::Files))
        latest = std::max(latest, versionOf(name));
    return latest;
}

QStringList statements(int version, const Dialect& dialect)
{
    QStringList files = QDir(kFolder).entryList(QDir::Files, QDir::Name);
    QStringList result;
    for (const QString& name : files) {
        if (versionOf(name) != version)
            continue;
        const QString engine = dialectOf(name);
        if (!engine.isEmpty() && engine != dialect.name())
            continue;
        QFile file(kFolder + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QString script = QString::fromUtf8(file.readAll());
        script.replace(QStringLiteral("@ID@"), dialect.identityColumn());
        result += splitStatements(script);
    }
    return result;
}

QStringList splitStatements(const QString& script)
{
    QStringList result;
    QString current;
    bool inBlock = false;
    bool inDollarQuote = false; // a PostgreSQL function body ($$ … $$) holds semicolons of its own
    static const QRegularExpression blockStart(QStringLiteral("^\\s*CREATE\\s+TRIGGER\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    for (const QString& rawLine : script.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (current.isEmpty() && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty() && blockStart.match(line).hasMatch())
            inBlock = true;
        current += rawLine + u'\n';
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        const bool ends = !inDollarQuote && (inBlock ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                                     : line.endsWith(u';'));
        if (ends) {
            current = current.trimmed();
            current.chop(1); // the final ';'
            result << current;
            current.clear();
            inBlock = false;
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

} // namespace maillage::migrations
