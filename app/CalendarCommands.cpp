// SPDX-License-Identifier: EUPL-1.2
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "app/Console.h"

#include "core/exchange/ICalExport.h"
#include "core/exchange/ICalImport.h"
#include "core/storage/Database.h"
#include "core/storage/InstanceRepository.h"

#include <QFileInfo>

namespace maillage::app {

namespace {

// The instance named on the command line (case ignored), or an error naming the known ones.
Result<qint64> instanceNamed(Database& db, const QString& name)
{
    auto instances = InstanceRepository(db).list();
    if (!instances.ok())
        return instances.error();
    QStringList names;
    for (const Instance& instance : instances.value()) {
        if (instance.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return instance.id;
        names << instance.name;
    }
    return Error{Error::Kind::NotFound, Cli::tr("There is no instance named “%1”.").arg(name),
                 Cli::tr("instances: %1").arg(names.join(QStringLiteral(", ")))};
}

bool readDay(const QCommandLineParser& parser, const QString& option, QDate& day)
{
    if (!parser.isSet(option))
        return true;
    day = QDate::fromString(parser.value(option), Qt::ISODate);
    if (day.isValid())
        return true;
    err() << "maillage export: " << Cli::tr("--%1 takes a date written YYYY-MM-DD.").arg(option) << Qt::endl;
    return false;
}

} // namespace

bool isCalendarFile(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("ics"), Qt::CaseInsensitive) == 0;
}

void addCalendarExportOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("format"),
                      Cli::tr("json (archive) or ics (calendar); by default from the extension of FILE."),
                      Cli::tr("FORMAT")});
    parser.addOption({QStringLiteral("instance"),
                      Cli::tr("ics: only the meetings of this instance; import: the instance "
                              "that receives the meetings."),
                      Cli::tr("NAME")});
    parser.addOption({QStringLiteral("from"), Cli::tr("ics: first day of the meetings to export."), Cli::tr("DATE")});
    parser.addOption({QStringLiteral("to"), Cli::tr("ics: last day of the meetings to export."), Cli::tr("DATE")});
}

int runCalendarExport(const QCommandLineParser& parser, Database& db)
{
    ical::ExportOptions options;
    if (!readDay(parser, QStringLiteral("from"), options.from) || !readDay(parser, QStringLiteral("to"), options.to))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("instance"))) {
        auto instance = instanceNamed(db, parser.value(QStringLiteral("instance")));
        if (!instance.ok()) {
            printError(QStringLiteral("export"), instance.error());
            return ExitDataError;
        }
        options.instanceId = instance.value();
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (Status status = ical::writeCalendarFile(db, output, options); !status.ok()) {
        printError(QStringLiteral("export"), status.error());
        return ExitDataError;
    }
    out() << Cli::tr("Calendar written to %1.").arg(output) << Qt::endl;
    return ExitOk;
}

int runCalendarImport(const QCommandLineParser& parser, const QString& path)
{
    if (!parser.isSet(QStringLiteral("instance"))) {
        err() << "maillage import: " << Cli::tr("say which instance receives the meetings with --instance NAME.")
              << Qt::endl;
        return ExitUsage;
    }
    auto preview = ical::previewCalendarFile(path);
    if (!preview.ok()) {
        printError(QStringLiteral("import"), preview.error());
        return ExitDataError;
    }
    auto opened = Database::open(databaseUrl(parser));
    if (!opened.ok()) {
        printError(QStringLiteral("import"), opened.error());
        return ExitDataError;
    }
    auto instance = instanceNamed(*opened.value(), parser.value(QStringLiteral("instance")));
    if (!instance.ok()) {
        printError(QStringLiteral("import"), instance.error());
        return ExitDataError;
    }
    for (const QString& warning : preview->warnings)
        err() << Cli::tr("warning: %1").arg(warning) << Qt::endl;
    for (const ical::MeetingDraft& draft : preview->meetings)
        for (const QString& warning : draft.warnings)
            err() << Cli::tr("warning (line %1): %2").arg(draft.line).arg(warning) << Qt::endl;
    auto created = ical::importMeetings(*opened.value(), instance.value(), preview.value());
    if (!created.ok()) {
        printError(QStringLiteral("import"), created.error());
        return ExitDataError;
    }
    out() << Cli::tr("%n meeting(s) imported into %1.", nullptr, created.value())
                 .arg(parser.value(QStringLiteral("instance")))
          << Qt::endl;
    return ExitOk;
}

} // namespace maillage::app
