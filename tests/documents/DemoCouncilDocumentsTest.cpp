// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/documents/DocumentText.h"
#include "core/documents/DocumentWriter.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/MeetingRepository.h"
#include "tests/documents/DocumentFixture.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QTemporaryDir>

using namespace maillage;
using namespace maillage::test::documents;

TEST_CASE("Every document of a held demo meeting names its council, instance, date and people", "[documents][demo]")
{
    test::TestDatabase fx;
    REQUIRE(demo::generateDemoCouncil(fx.db(), QDate(2026, 6, 15)).ok());
    MeetingFilter filter;
    filter.status = MeetingStatus::Held;
    filter.withDetails = true;
    auto meetings = MeetingRepository(fx.db()).list(filter);
    REQUIRE(meetings.ok());
    const Meeting* meeting = nullptr;
    for (const Meeting& candidate : meetings.value())
        if (!candidate.decisions.empty() && !candidate.attendance.empty() && !candidate.followUps.empty())
            meeting = &candidate;
    REQUIRE(meeting);
    auto dossier = loadMeetingDossier(fx.db(), meeting->id);
    REQUIRE(dossier.ok());
    const QString council = CouncilRepository(fx.db()).first()->name;
    const QString day = DocumentText::longDate(meeting->startsAt.date());
    const QString someone = dossier->expectedParticipants().front().name;

    QTemporaryDir temporary;
    const QString kept = qEnvironmentVariable("MAILLAGE_DOCUMENTS_OUT");
    const QString folder = kept.isEmpty() ? temporary.path() : kept;
    for (DocumentKind kind : allValues<DocumentKind>()) {
        INFO(codeOf(kind).toStdString());
        const QString pdf = folder + QStringLiteral("/demo-") + codeOf(kind) + QStringLiteral(".pdf");
        DocumentOptions options;
        options.footerText = QStringLiteral("Document de démonstration");
        REQUIRE(DocumentWriter::writePdf(kind, dossier.value(), options, pdf).ok());
        const QStringList pages = pdfPages(pdf);
        REQUIRE_FALSE(pages.isEmpty());
        const QString all = pages.join(u'\n');
        CHECK(pages.front().contains(council.left(20)));
        CHECK(all.contains(day));
        CHECK(all.contains(QStringLiteral("page 1 / %1").arg(pages.size())));
        CHECK(all.contains(QStringLiteral("Document de démonstration")));
        if (kind == DocumentKind::Decisions)
            CHECK(all.contains(meeting->decisions.front().text.left(25)));
        else
            CHECK(all.contains(someone));
        if (kind == DocumentKind::Minutes)
            CHECK(all.contains(labelOf(meeting->followUps.front().status)));
        CHECK(renderPages(pdf, folder + QStringLiteral("/demo-") + codeOf(kind)) == pages.size());
    }
}
