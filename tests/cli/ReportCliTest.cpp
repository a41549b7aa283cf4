// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/Catch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using maillage::test::runMaillage;

namespace {

int heldIn2025(const QString& path)
{
    auto db = maillage::Database::open(path);
    REQUIRE(db.ok());
    maillage::SqlQuery query(*db.value(), QStringLiteral("SELECT COUNT(*) FROM meeting WHERE status = 'held' AND "
                                                         "starts_at >= '2025-01-01' AND starts_at < '2026-01-01'"));
    REQUIRE(query.exec(QStringLiteral("test")).ok());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("maillage report writes the demo council's report; stats prints the same figures", "[cli][report]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("demo.sqlite"));
    {
        auto opened = maillage::Database::open(db);
        REQUIRE(opened.ok());
        REQUIRE(maillage::demo::generateDemoCouncil(*opened.value(), QDate(2026, 6, 15)).ok());
    }
    const int held = heldIn2025(db);
    const QString pdf = home.filePath(QStringLiteral("rapport.pdf"));
    const auto run = runMaillage({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                                  QStringLiteral("2025"), QStringLiteral("-o"), pdf},
                                 home.path(), QStringLiteral("fr"));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(content.contains(QStringLiteral("2025")));
    CHECK(content.contains(QRegularExpression(QStringLiteral("Réunions tenues\\s+%1\\s").arg(held))));

    const auto stats = runMaillage({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                                    QStringLiteral("2025"), QStringLiteral("--json")},
                                   home.path());
    REQUIRE(stats.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    CHECK(json[QStringLiteral("governance")][QStringLiteral("meetingsHeld")].toInt() == held);
    CHECK(json[QStringLiteral("calendar")].toArray().size() >= held);

    const QString csv = home.filePath(QStringLiteral("indicateurs.csv"));
    const auto exported = runMaillage({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                                       QStringLiteral("2025"), QStringLiteral("--csv"), csv},
                                      home.path());
    REQUIRE(exported.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("maillage report: bad periods and options exit 1, unknown councils exit 2", "[cli][report]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("demo.sqlite"));
    {
        auto opened = maillage::Database::open(db);
        REQUIRE(opened.ok());
        REQUIRE(maillage::demo::generateDemoCouncil(*opened.value(), QDate(2026, 6, 15)).ok());
    }
    const QString pdf = home.filePath(QStringLiteral("x.pdf"));
    const auto backwards = runMaillage({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                        QStringLiteral("2025-06-01"), QStringLiteral("--to"),
                                        QStringLiteral("2025-01-31"), QStringLiteral("-o"), pdf},
                                       home.path());
    CHECK(backwards.exitCode == 1);
    CHECK(backwards.err.contains(QStringLiteral("2025-01-31")));
    CHECK_FALSE(QFile::exists(pdf));
    const auto noOutput = runMaillage({QStringLiteral("report"), QStringLiteral("--db"), db}, home.path());
    CHECK(noOutput.exitCode == 1);
    const auto unknown = runMaillage({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--council"),
                                      QStringLiteral("4242"), QStringLiteral("-o"), pdf},
                                     home.path());
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("4242")));
    CHECK_FALSE(QFile::exists(pdf));
}
