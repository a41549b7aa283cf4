// SPDX-License-Identifier: EUPL-1.2
// The fiche action and the plan booklet of the demo council, read back with pdftotext and from content.xml.
#include "core/demo/DemoCouncil.h"
#include "core/documents/plan/PlanDocument.h"
#include "core/documents/plan/PlanDocumentWriter.h"
#include "core/documents/plan/PlanDossier.h"
#include "tests/documents/DocumentFixture.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace maillage;
using test::documents::odtContent;
using test::documents::pdfPages;

namespace {

const QDate demoDay(2026, 6, 15);

/// pdftotext and content.xml give spaces of every width: compare with plain spaces.
QString plain(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
    return text;
}

const ActionSheet& sheetWithBudget(const PlanDossier& dossier)
{
    for (const ActionSheet& sheet : dossier.sheets)
        if (sheet.budget.size() >= 2 && !sheet.milestones.empty() && !sheet.partners.empty())
            return sheet;
    FAIL("the demo plan has no fiche with budget lines, milestones and partners");
    return dossier.sheets.front();
}

} // namespace

TEST_CASE("A fiche action as PDF and ODT shows every part with French totals", "[documents][plan]")
{
    test::TestDatabase fx;
    REQUIRE(demo::generateDemoCouncil(fx.db(), demoDay).ok());
    auto dossier = PlanDossierLoader::load(fx.db(), 0, demoDay);
    REQUIRE(dossier.ok());
    const ActionSheet& sheet = sheetWithBudget(dossier.value());
    qint64 planned = 0;
    for (const BudgetLine& line : sheet.budget)
        planned += line.plannedCents;
    const QString total = plain(PlanText::money(planned));
    REQUIRE(total.contains(u',')); // French decimals
    REQUIRE(total.endsWith(QStringLiteral(" €")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("fiche.pdf"));
    REQUIRE(PlanDocumentWriter::writePdf(dossier.value(), sheet.code, pdf).ok());
    const QStringList pages = pdfPages(pdf);
    REQUIRE(!pages.isEmpty());
    const QString text = plain(pages.join(u'\n'));
    CHECK(text.contains(QStringLiteral("Action sheet ") + sheet.code));
    for (const QString& heading : {QStringLiteral("Identification"), QStringLiteral("Partners"),
                                   QStringLiteral("Calendar and milestones"), QStringLiteral("Budget"),
                                   QStringLiteral("Indicators"), QStringLiteral("Status history")})
        CHECK(text.contains(heading));
    CHECK(text.contains(total));
    CHECK(text.contains(plain(sheet.milestones.front().title).left(20)));
    CHECK(text.contains(dossier->council.name));
    for (int page = 0; page < pages.size(); ++page)
        CHECK(pages[page].contains(QStringLiteral("page %1 / %2").arg(page + 1).arg(pages.size())));

    const QString odt = dir.filePath(QStringLiteral("fiche.odt"));
    REQUIRE(PlanDocumentWriter::writeOdt(dossier.value(), sheet.code, odt).ok());
    const QString xml = plain(odtContent(odt));
    CHECK(xml.contains(sheet.code));
    CHECK(xml.contains(total));
    CHECK(xml.contains(QStringLiteral("Status history")));

    CHECK(PlanDocumentWriter::writePdf(dossier.value(), QStringLiteral("9.99"), pdf).error().kind ==
          Error::Kind::NotFound);
}

TEST_CASE("The plan booklet has a cover, contents with true page numbers, the timeline and every fiche",
          "[documents][plan]")
{
    test::TestDatabase fx;
    REQUIRE(demo::generateDemoCouncil(fx.db(), demoDay).ok());
    auto dossier = PlanDossierLoader::load(fx.db(), 0, demoDay);
    REQUIRE(dossier.ok());
    REQUIRE(dossier->sheets.size() >= 3);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("booklet.pdf"));
    REQUIRE(PlanDocumentWriter::writePdf(dossier.value(), {}, pdf).ok());
    const QStringList pages = pdfPages(pdf);
    const int count = int(pages.size());
    REQUIRE(count >= 2 + int(dossier->sheets.size()));
    CHECK(plain(pages[0]).contains(plain(dossier->plan.title)));
    // The cover: the council, the edition date, the axes as contents, and no page header or footer.
    CHECK(plain(pages[0]).contains(plain(dossier->councilName())));
    CHECK(pages[0].contains(QStringLiteral("Edition of")));
    for (const Axis& axis : dossier->axes)
        CHECK(plain(pages[0]).contains(plain(axis.title).left(30)));
    CHECK_FALSE(pages[0].contains(QStringLiteral("page 1 /")));
    CHECK(pages[1].contains(QStringLiteral("Contents")));
    CHECK(pages[1].contains(QStringLiteral("page 2 / %1").arg(count)));
    CHECK(pages.last().contains(QStringLiteral("page %1 / %1").arg(count)));

    // Every fiche starts on the page the contents give for it.
    for (const ActionSheet& sheet : dossier->sheets) {
        INFO(sheet.code.toStdString());
        const QRegularExpression line(QStringLiteral("^\\s*") + QRegularExpression::escape(sheet.code) +
                                          QStringLiteral("\\s.*\\s(\\d+)\\s*$"),
                                      QRegularExpression::MultilineOption);
        const bool longContents = !pages[2].contains(QStringLiteral("Timeline of the action sheets"));
        const auto match = line.match(pages[1] + (longContents ? pages[2] : QString()));
        REQUIRE(match.hasMatch());
        const int page = match.captured(1).toInt();
        REQUIRE(page >= 1);
        REQUIRE(page <= count);
        CHECK(pages[page - 1].contains(QStringLiteral("Action sheet %1").arg(sheet.code)));
    }
    // The timeline page names the years of the plan.
    bool timeline = false;
    for (const QString& page : pages)
        if (page.contains(QStringLiteral("Timeline of the action sheets")) &&
            page.contains(QString::number(dossier->plan.firstYear)) && page.contains(QStringLiteral("Milestone")))
            timeline = true;
    CHECK(timeline);

    const QString odt = dir.filePath(QStringLiteral("booklet.odt"));
    REQUIRE(PlanDocumentWriter::writeOdt(dossier.value(), {}, odt).ok());
    const QString xml = odtContent(odt);
    CHECK(xml.contains(QStringLiteral("Contents")));
    CHECK(xml.contains(QStringLiteral("draw:image"))); // the timeline as a picture
    CHECK_FALSE(xml.contains(QStringLiteral(">00<"))); // no page number left unknown
    for (const ActionSheet& sheet : dossier->sheets)
        CHECK(xml.contains(sheet.code));
}
