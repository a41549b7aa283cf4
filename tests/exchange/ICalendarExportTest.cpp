// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/demo/DemoCouncil.h"
#include "core/exchange/ICalExport.h"
#include "core/exchange/ICalImport.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <optional>

using namespace maillage;
using namespace maillage::ical;

namespace {

// Debian's python3-icalendar, an independent reader (.ci/deps --tests installs it).
const char* const kCheckScript = R"(
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = [c for c in cal.walk('VEVENT')]
print(len(events))
start = events[0].decoded('dtstart')
print(start.strftime('%Y-%m-%dT%H:%M'), start.utcoffset().total_seconds() if start.utcoffset() is not None else 'none')
print(str(events[0].get('summary')))
)";

struct PythonCheck {
    int events = -1;
    QString firstStart;
    QString firstOffset;
    QString firstSummary;
};

std::optional<PythonCheck> checkWithPython(const QString& path)
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        return std::nullopt;
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromLatin1(kCheckScript), path});
    REQUIRE(python.waitForFinished(60000));
    const QString output = QString::fromUtf8(python.readAllStandardOutput());
    if (python.exitCode() != 0 && python.readAllStandardError().contains("No module named 'icalendar'"))
        return std::nullopt;
    INFO(output.toStdString());
    REQUIRE(python.exitCode() == 0);
    const QStringList lines = output.split(u'\n');
    REQUIRE(lines.size() >= 3);
    return PythonCheck{lines[0].toInt(), lines[1].section(u' ', 0, 0), lines[1].section(u' ', 1), lines[2]};
}

} // namespace

TEST_CASE("the demo council exported as iCalendar reads back the same, here and in python-icalendar",
          "[exchange][ical][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    auto meetings = MeetingRepository(db).list();
    REQUIRE(meetings.ok());
    REQUIRE(meetings->size() > 10);

    ExportOptions options;
    options.stamp = QDateTime(QDate(2026, 6, 15), QTime(8, 0), Qt::UTC);
    auto data = exportCalendar(db, options);
    REQUIRE(data.ok());
    const QByteArray& ics = data.value();
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\nPRODID:"));
    CHECK(ics.contains("\r\nMETHOD:PUBLISH\r\n"));
    CHECK(ics.contains("\r\nTZID:Europe/Paris\r\n"));
    CHECK(ics.contains("\r\nBEGIN:VTODO\r\n"));
    CHECK(ics.contains("ATTENDEE;CN="));
    for (const QByteArray& line : ics.split('\n'))
        CHECK(line.size() <= 76); // 75 octets + CR
    CHECK(ics.count("\n") == ics.count("\r\n"));

    // Same UIDs from one export to the next.
    auto again = exportCalendar(db, options);
    REQUIRE(again.ok());
    CHECK(again.value() == ics);
    const QString uid = QStringLiteral("UID:meeting-%1@%2").arg(meetings->front().id).arg(databaseIdentity(db));
    CHECK(ics.contains(uid.toUtf8()));

    auto preview = previewCalendar(ics);
    REQUIRE(preview.ok());
    REQUIRE(preview->meetings.size() == meetings->size());
    for (size_t i = 0; i < meetings->size(); ++i) {
        const Meeting& meeting = meetings->at(i);
        const MeetingDraft& draft = preview->meetings[i];
        INFO(meeting.title.toStdString());
        CHECK(draft.startsAt.date() == meeting.startsAt.date());
        CHECK(draft.startsAt.time() == meeting.startsAt.time());
        CHECK(draft.title == (meeting.title.isEmpty() ? draft.title : meeting.title));
        CHECK(draft.status == (meeting.status == MeetingStatus::Cancelled || meeting.status == MeetingStatus::Postponed
                                   ? MeetingStatus::Cancelled
                                   : MeetingStatus::Planned));
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.ics"));
    REQUIRE(writeCalendarFile(db, path, options).ok());
    const auto python = checkWithPython(path);
    if (!python) {
        WARN("python3-icalendar is not installed (bash .ci/deps --tests): independent check skipped");
        return;
    }
    CHECK(python->events == int(meetings->size()));
    CHECK(python->firstStart == meetings->front().startsAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    const int offset = QDateTime(meetings->front().startsAt.date(), meetings->front().startsAt.time(),
                                 QTimeZone(QByteArrayLiteral("Europe/Paris")))
                           .offsetFromUtc();
    CHECK(python->firstOffset.toDouble() == offset);
}

TEST_CASE("a series exported across the daylight-saving change keeps 14:00 in Paris", "[exchange][ical][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    Council council;
    council.name = QStringLiteral("CLSM d’essai");
    REQUIRE(CouncilRepository(db).create(council).ok());
    Instance instance;
    instance.councilId = council.id;
    instance.name = QStringLiteral("Groupe logement");
    REQUIRE(InstanceRepository(db).create(instance).ok());
    MeetingRepository repository(db);
    for (const QDate day : {QDate(2026, 3, 19), QDate(2026, 3, 26), QDate(2026, 4, 2), QDate(2026, 10, 22),
                            QDate(2026, 10, 29)}) {
        Meeting meeting;
        meeting.instanceId = instance.id;
        meeting.startsAt = QDateTime(day, QTime(14, 0));
        meeting.endsAt = QDateTime(day, QTime(16, 0));
        meeting.place = QStringLiteral("Mairie, salle 2; 1er étage");
        meeting.agenda.push_back(AgendaItem{});
        meeting.agenda.back().title = QStringLiteral("Point logement, bilan");
        REQUIRE(repository.create(meeting).ok());
    }
    ExportOptions options;
    options.instanceId = instance.id;
    options.from = QDate(2026, 3, 1);
    options.to = QDate(2026, 12, 31);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("series.ics"));
    REQUIRE(writeCalendarFile(db, path, options).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    CHECK(ics.count("DTSTART;TZID=Europe/Paris:") == 5);
    CHECK(ics.contains("SUMMARY:Groupe logement\r\n")); // no title: the instance
    CHECK(ics.contains("LOCATION:Mairie\\, salle 2\\; 1er étage\r\n"));
    CHECK(ics.contains("DESCRIPTION:1. Point logement\\, bilan\r\n"));

    auto preview = previewCalendar(ics);
    REQUIRE(preview.ok());
    REQUIRE(preview->meetings.size() == 5);
    for (const MeetingDraft& draft : preview->meetings) {
        CHECK(draft.startsAt.time() == QTime(14, 0));
        CHECK(draft.place == QStringLiteral("Mairie, salle 2; 1er étage"));
    }
    CHECK(preview->meetings[0].startsAt.offsetFromUtc() == 3600);
    CHECK(preview->meetings[1].startsAt.offsetFromUtc() == 3600); // 26 March, before the change
    CHECK(preview->meetings[2].startsAt.offsetFromUtc() == 7200);
    CHECK(preview->meetings[4].startsAt.offsetFromUtc() == 3600);

    const auto python = checkWithPython(path);
    if (python) {
        CHECK(python->events == 5);
        CHECK(python->firstStart == QStringLiteral("2026-03-19T14:00"));
        CHECK(python->firstOffset.toDouble() == 3600.0);
    }
}
