// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/Catch.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

using maillage::test::runMaillage;

namespace {

/// A demo council in a file database; returns a held meeting with decisions.
maillage::Meeting demoDatabase(const QString& path)
{
    auto db = maillage::Database::open(path);
    REQUIRE(db.ok());
    REQUIRE(maillage::demo::generateDemoCouncil(*db.value(), QDate(2026, 6, 15)).ok());
    maillage::MeetingFilter filter;
    filter.status = maillage::MeetingStatus::Held;
    filter.withDetails = true;
    auto meetings = maillage::MeetingRepository(*db.value()).list(filter);
    REQUIRE(meetings.ok());
    for (const maillage::Meeting& meeting : meetings.value())
        if (!meeting.decisions.empty() && !meeting.attendance.empty())
            return meeting;
    FAIL("the demo council has no held meeting with decisions");
    return {};
}

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("maillage minutes|convocation|sign-in-sheet|decisions write PDF and ODT files", "[cli][documents]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("demo.sqlite"));
    const maillage::Meeting meeting = demoDatabase(db);
    const QString id = QString::number(meeting.id);
    const QString longDate = QLocale(QLocale::French).toString(meeting.startsAt.date(), QStringLiteral("dddd d MMMM yyyy"));
    for (const char* verb : {"minutes", "convocation", "sign-in-sheet", "decisions"}) {
        INFO(verb);
        const QString pdf = home.filePath(QLatin1String(verb) + QStringLiteral(".pdf"));
        const auto run = runMaillage({QLatin1String(verb), QStringLiteral("--db"), db, QStringLiteral("--meeting"), id,
                                      QStringLiteral("-o"), pdf, QStringLiteral("--footer"), QStringLiteral("Pied de page CLSM")},
                                     home.path(), QStringLiteral("fr"));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QString text = pdfText(pdf);
        CHECK(text.contains(QStringLiteral("Pied de page CLSM")));
        CHECK(text.contains(QStringLiteral("page 1 / ")));
        CHECK(text.contains(longDate));
        const QString odt = home.filePath(QLatin1String(verb) + QStringLiteral(".odt"));
        CHECK(runMaillage({QLatin1String(verb), QStringLiteral("--db"), db, QStringLiteral("--meeting"), id,
                           QStringLiteral("-o"), odt},
                          home.path())
                  .exitCode == 0);
        QFile file(odt);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(2) == "PK"); // a zip: OpenDocument
    }
}

TEST_CASE("Document verbs: unknown meeting exits 2, missing options exit 1", "[cli][documents]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("demo.sqlite"));
    demoDatabase(db);
    const QString pdf = home.filePath(QStringLiteral("x.pdf"));
    const auto unknown = runMaillage({QStringLiteral("minutes"), QStringLiteral("--db"), db, QStringLiteral("--meeting"),
                                      QStringLiteral("987654"), QStringLiteral("-o"), pdf},
                                     home.path());
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("987654")));
    CHECK_FALSE(QFile::exists(pdf));

    const auto noMeeting = runMaillage({QStringLiteral("minutes"), QStringLiteral("--db"), db, QStringLiteral("-o"), pdf},
                                       home.path());
    CHECK(noMeeting.exitCode == 1);
    CHECK(noMeeting.err.contains(QStringLiteral("--meeting")));
    const auto badExtension = runMaillage({QStringLiteral("decisions"), QStringLiteral("--db"), db,
                                           QStringLiteral("--meeting"), QStringLiteral("1"), QStringLiteral("-o"),
                                           home.filePath(QStringLiteral("x.docx"))},
                                          home.path());
    CHECK(badExtension.exitCode == 1);
    CHECK(badExtension.err.contains(QStringLiteral(".odt")));
}
