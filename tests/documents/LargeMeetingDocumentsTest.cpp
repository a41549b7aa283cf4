// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/DocumentWriter.h"
#include "core/documents/MeetingDocument.h"
#include "tests/documents/DocumentFixture.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace maillage;
using namespace maillage::test::documents;

namespace {

/// Where to leave the PDFs and their PNGs for a look by eye (MAILLAGE_DOCUMENTS_OUT), or a temporary folder.
QString outputDir(const QTemporaryDir& temporary)
{
    const QString kept = qEnvironmentVariable("MAILLAGE_DOCUMENTS_OUT");
    return kept.isEmpty() ? temporary.path() : kept;
}

Status write(Database& db, qint64 meetingId, DocumentKind kind, const QString& path, DocumentOptions options = {})
{
    return DocumentWriter::write(db, meetingId, kind, options, path);
}

} // namespace

TEST_CASE("The sign-in sheet of 60 people runs over pages with its header row on each", "[documents]")
{
    test::TestDatabase fx;
    const qint64 meetingId = createLargeMeeting(fx.db());
    QTemporaryDir temporary;
    const QString pdf = outputDir(temporary) + QStringLiteral("/large-sign-in-sheet.pdf");
    DocumentOptions options;
    options.footerText = QStringLiteral("CLSM de Bellerive — 1 place de la Mairie");
    options.guestRows = 5;
    REQUIRE(write(fx.db(), meetingId, DocumentKind::SignInSheet, pdf, options).ok());

    const QStringList pages = pdfPages(pdf);
    // 60 people, 2 guests and 5 blank rows: three pages.
    REQUIRE(pages.size() == 3);
    const int count = int(pages.size());
    for (int i = 0; i < count; ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].contains(QStringLiteral("page %1 / %2").arg(i + 1).arg(count)));
        CHECK(pages[i].contains(QStringLiteral("CLSM de Bellerive")));
        CHECK(pages[i].contains(QStringLiteral("1 place de la Mairie")));
        // The header row of the table is repeated at the top of every page.
        CHECK(pages[i].contains(QRegularExpression(QStringLiteral("Name\\s+Organisation\\s+Function\\s+Signature"))));
    }
    const QString all = pages.join(u'\n');
    CHECK(pages[0].contains(QStringLiteral("mardi 10 mars 2026")));
    for (int i = 1; i <= 60; ++i)
        CHECK(all.count(QStringLiteral("Nom%1").arg(i, 2, 10, QLatin1Char('0'))) == 1);
    CHECK(all.contains(QStringLiteral("Julie Invitée")));
    // Sorted by organisation then name: the first organisation alphabetically opens the list.
    const qsizetype bailleur = all.indexOf(QStringLiteral("Bailleur Habitat Est"));
    const qsizetype unafam = all.indexOf(QStringLiteral("UNAFAM 54"));
    CHECK((bailleur >= 0 && unafam > bailleur));
    CHECK(all.indexOf(QStringLiteral("Nom03")) < all.indexOf(QStringLiteral("Nom09"))); // same organisation
}

TEST_CASE("The minutes list who came by status, the items, decisions and follow-ups", "[documents]")
{
    test::TestDatabase fx;
    const qint64 meetingId = createLargeMeeting(fx.db());
    QTemporaryDir temporary;
    const QString pdf = outputDir(temporary) + QStringLiteral("/large-minutes.pdf");
    REQUIRE(write(fx.db(), meetingId, DocumentKind::Minutes, pdf).ok());
    const QString all = pdfPages(pdf).join(u'\n');
    for (const char* expected : {"Present (", "Excused (", "Represented (", "Absent (", "Guests (", "proxy given to",
                                 "represented by", "Accès au logement accompagné", "Créer une fiche de liaison",
                                 "Rédiger la fiche de liaison", "30/04/2026", "jeudi 9 avril 2026", "Secretary",
                                 "mardi 10 mars 2026, from 14 h 00 to 16 h 30", "Distribution"})
        CHECK(all.contains(QString::fromUtf8(expected)));
    CHECK(all.contains(QStringLiteral("Secretary : Mme Anne Nom01")));
}

TEST_CASE("Every document of the large meeting is written as ODT with its names and title", "[documents]")
{
    test::TestDatabase fx;
    const qint64 meetingId = createLargeMeeting(fx.db());
    QTemporaryDir temporary;
    for (DocumentKind kind : allValues<DocumentKind>()) {
        const QString odt = temporary.filePath(codeOf(kind) + QStringLiteral(".odt"));
        REQUIRE(write(fx.db(), meetingId, kind, odt).ok());
        const QString content = odtContent(odt);
        INFO(codeOf(kind).toStdString());
        CHECK(content.contains(QStringLiteral("Groupe logement")));
        CHECK(content.contains(QStringLiteral("mardi 10 mars 2026")));
        if (kind == DocumentKind::Decisions)
            CHECK(content.contains(QStringLiteral("Créer une fiche de liaison bailleur-CMP")));
        else
            CHECK(content.contains(QStringLiteral("Nom42")));
    }
}

TEST_CASE("Writers refuse unknown extensions and unknown meetings, and leave no file behind", "[documents]")
{
    test::TestDatabase fx;
    const qint64 meetingId = createLargeMeeting(fx.db(), 4);
    QTemporaryDir temporary;
    const Status wrongExtension = write(fx.db(), meetingId, DocumentKind::Minutes, temporary.filePath(QStringLiteral("a.docx")));
    CHECK_FALSE(wrongExtension.ok());
    CHECK(wrongExtension.error().message.contains(QStringLiteral(".pdf")));
    const Status missing = write(fx.db(), 999999, DocumentKind::Minutes, temporary.filePath(QStringLiteral("b.pdf")));
    CHECK_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::NotFound);
    CHECK_FALSE(QFile::exists(temporary.filePath(QStringLiteral("b.pdf"))));
    const Status noFolder = write(fx.db(), meetingId, DocumentKind::Minutes, temporary.filePath(QStringLiteral("no/c.pdf")));
    CHECK_FALSE(noFolder.ok());
}

TEST_CASE("Confidential agenda items and their decisions stay out unless asked for", "[documents]")
{
    test::TestDatabase fx;
    const qint64 meetingId = createLargeMeeting(fx.db(), 6);
    QTemporaryDir temporary;
    for (DocumentKind kind : {DocumentKind::Minutes, DocumentKind::Decisions, DocumentKind::Convocation}) {
        INFO(codeOf(kind).toStdString());
        const QString closed = temporary.filePath(QStringLiteral("closed.pdf"));
        REQUIRE(write(fx.db(), meetingId, kind, closed).ok());
        const QString withoutConfidential = pdfPages(closed).join(u'\n');
        CHECK(withoutConfidential.contains(QStringLiteral("Accès au logement accompagné")));
        CHECK_FALSE(withoutConfidential.contains(QStringLiteral("Situations individuelles")));
        CHECK_FALSE(withoutConfidential.contains(QStringLiteral("Orienter Mme X.")));

        DocumentOptions options;
        options.includeConfidential = true;
        const QString open = temporary.filePath(QStringLiteral("open.pdf"));
        REQUIRE(write(fx.db(), meetingId, kind, open, options).ok());
        CHECK(pdfPages(open).join(u'\n').contains(QStringLiteral("Situations individuelles")));
    }
}
