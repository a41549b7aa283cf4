// SPDX-License-Identifier: EUPL-1.2
// maillage plan: the booklet and one fiche, as a process, with its exit codes.
#include "core/demo/DemoCouncil.h"
#include "core/storage/ActionPlanRepository.h"
#include "core/storage/Database.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/Catch.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using maillage::test::runMaillage;

namespace {

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("maillage plan writes the booklet and single fiches", "[cli][documents][plan]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("demo.sqlite"));
    QString planTitle, code;
    qint64 planId = 0;
    {
        auto opened = maillage::Database::open(db);
        REQUIRE(opened.ok());
        REQUIRE(maillage::demo::generateDemoCouncil(*opened.value(), QDate(2026, 6, 15)).ok());
        maillage::ActionPlanRepository plans(*opened.value());
        auto list = plans.listPlans();
        REQUIRE(!list->empty());
        planId = list->front().id;
        planTitle = list->front().title;
        maillage::ActionSheetFilter filter;
        filter.planId = planId;
        code = plans.listSheets(filter)->front().code;
    }

    const QString booklet = home.filePath(QStringLiteral("plan.pdf"));
    auto run = runMaillage({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("-o"), booklet},
                           home.path(), QStringLiteral("fr"));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = pdfText(booklet);
    CHECK(text.contains(planTitle.normalized(QString::NormalizationForm_KC)));
    CHECK(text.contains(QStringLiteral("Sommaire")));
    CHECK(text.contains(QStringLiteral("page 2 / ")));

    const QString fiche = home.filePath(QStringLiteral("fiche.odt"));
    run = runMaillage({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--plan"),
                       QString::number(planId), QStringLiteral("--fiche"), code, QStringLiteral("-o"), fiche},
                      home.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QFile(fiche).size() > 1000);
    CHECK(run.out.contains(code));

    SECTION("an unknown fiche is a data error and writes nothing")
    {
        const QString missing = home.filePath(QStringLiteral("missing.pdf"));
        run = runMaillage({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--fiche"),
                           QStringLiteral("99.9"), QStringLiteral("-o"), missing},
                          home.path());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("99.9")));
        CHECK_FALSE(QFile::exists(missing));
    }
    SECTION("usage errors")
    {
        CHECK(runMaillage({QStringLiteral("plan"), QStringLiteral("--db"), db}, home.path()).exitCode == 1);
        CHECK(runMaillage({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("-o"),
                           home.filePath(QStringLiteral("plan.txt"))},
                          home.path())
                  .exitCode == 1);
        CHECK(runMaillage({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--plan"),
                           QStringLiteral("abc"), QStringLiteral("-o"), booklet},
                          home.path())
                  .exitCode == 1);
        CHECK(runMaillage({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--plan"),
                           QStringLiteral("9999"), QStringLiteral("-o"), booklet},
                          home.path())
                  .exitCode == 2);
    }
}
