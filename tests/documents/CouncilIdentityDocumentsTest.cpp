// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/DocumentWriter.h"
#include "core/settings/CouncilIdentity.h"
#include "core/storage/CouncilRepository.h"
#include "tests/documents/DocumentFixture.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

using namespace maillage;
using namespace maillage::test::documents;

namespace {

QByteArray logoPng()
{
    QImage image(300, 120, QImage::Format_RGB32);
    image.fill(QColor(0x2e, 0x7d, 0x32));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

CouncilIdentity bellerive()
{
    CouncilIdentity identity;
    identity.documentName = QStringLiteral("Conseil local de santé mentale de Bellerive");
    identity.address = QStringLiteral("Hôtel de ville\n12 place de la Mairie\n54000 Bellerive");
    identity.signatoryName = QStringLiteral("Mathilde Roussel");
    identity.signatoryTitle = QStringLiteral("La présidente du CLSM");
    identity.footerText = QStringLiteral("CLSM de Bellerive — clsm@bellerive.fr");
    identity.logo = logoPng();
    return identity;
}

int imageCount(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    process.waitForFinished(30000);
    // Two header lines, then one line per image.
    return int(QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).size()) - 2;
}

} // namespace

TEST_CASE("The council's identity heads the documents: name, address, logo, footer and signatory",
          "[documents][settings]")
{
    test::TestDatabase fx;
    const qint64 meetingId = createLargeMeeting(fx.db(), 12);
    const qint64 councilId = CouncilRepository(fx.db()).first()->id;
    REQUIRE(bellerive().save(fx.db(), councilId).ok());
    auto dossier = loadMeetingDossier(fx.db(), meetingId);
    REQUIRE(dossier.ok());

    QTemporaryDir folder;
    for (DocumentKind kind : {DocumentKind::Convocation, DocumentKind::Minutes, DocumentKind::Decisions}) {
        INFO(codeOf(kind).toStdString());
        const QString pdf = folder.filePath(codeOf(kind) + QStringLiteral(".pdf"));
        REQUIRE(DocumentWriter::writePdf(kind, dossier.value(), DocumentOptions{}, pdf).ok());
        const QStringList pages = pdfPages(pdf);
        REQUIRE_FALSE(pages.isEmpty());
        CHECK(pages.front().contains(QStringLiteral("Conseil local de santé mentale de Bellerive")));
        CHECK(pages.front().contains(QStringLiteral("12 place de la Mairie")));
        CHECK(pages.front().contains(QStringLiteral("54000 Bellerive")));
        for (const QString& page : pages)
            CHECK(page.contains(QStringLiteral("clsm@bellerive.fr")));
        CHECK(imageCount(pdf) >= 1);
        const bool signs = pages.join(u'\n').contains(QStringLiteral("Mathilde Roussel"));
        CHECK(signs == (kind == DocumentKind::Convocation));
    }
    const QString convocation = pdfPages(folder.filePath(QStringLiteral("convocation.pdf"))).join(u'\n');
    CHECK(convocation.contains(QStringLiteral("La présidente du CLSM")));
    CHECK(convocation.indexOf(QStringLiteral("La présidente du CLSM")) < convocation.indexOf(QStringLiteral("Mathilde Roussel")));

    // The export dialog's footer replaces the council's usual one.
    DocumentOptions options;
    options.footerText = QStringLiteral("Projet — ne pas diffuser");
    const QString draft = folder.filePath(QStringLiteral("draft.pdf"));
    REQUIRE(DocumentWriter::writePdf(DocumentKind::Minutes, dossier.value(), options, draft).ok());
    const QString all = pdfPages(draft).join(u'\n');
    CHECK(all.contains(QStringLiteral("Projet — ne pas diffuser")));
    CHECK_FALSE(all.contains(QStringLiteral("clsm@bellerive.fr")));

    // The ODT carries the letterhead too.
    const QString odt = folder.filePath(QStringLiteral("minutes.odt"));
    REQUIRE(DocumentWriter::writeOdt(DocumentKind::Minutes, dossier.value(), {}, odt).ok());
    CHECK(odtContent(odt).contains(QStringLiteral("12 place de la Mairie")));
}

TEST_CASE("Without an identity the documents keep the council's name and the coordinator's line", "[documents]")
{
    test::TestDatabase fx;
    const qint64 meetingId = createLargeMeeting(fx.db(), 6);
    auto dossier = loadMeetingDossier(fx.db(), meetingId);
    REQUIRE(dossier.ok());
    CHECK(dossier->identity.isEmpty());
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("convocation.pdf"));
    REQUIRE(DocumentWriter::writePdf(DocumentKind::Convocation, dossier.value(), {}, pdf).ok());
    const QString all = pdfPages(pdf).join(u'\n');
    CHECK(all.contains(QStringLiteral("CLSM de Bellerive")));
    CHECK(all.contains(QStringLiteral("Claire Fontaine")));
    CHECK(imageCount(pdf) == 0);
}
