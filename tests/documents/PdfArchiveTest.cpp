// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/DocumentWriter.h"
#include "core/settings/CouncilIdentity.h"
#include "core/storage/CouncilRepository.h"
#include "tests/documents/DocumentFixture.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>

using namespace maillage;
using namespace maillage::test::documents;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// PDF/A-1b declares itself in the XMP metadata (pdfaid:part 1, conformance B) and carries an output intent.
bool declaresPdfA1b(const QByteArray& pdf)
{
    const bool part = pdf.contains("<pdfaid:part>1</pdfaid:part>") || pdf.contains("pdfaid:part=\"1\"");
    const bool conformance =
        pdf.contains("<pdfaid:conformance>B</pdfaid:conformance>") || pdf.contains("pdfaid:conformance=\"B\"");
    return part && conformance && pdf.contains("/OutputIntents");
}

} // namespace

TEST_CASE("Minutes and records of decisions go to PDF/A-1b when the council archives them so", "[documents][pdfa]")
{
    test::TestDatabase fx;
    const qint64 meetingId = createLargeMeeting(fx.db(), 8);
    QTemporaryDir folder;
    const QString plain = folder.filePath(QStringLiteral("plain.pdf"));
    REQUIRE(DocumentWriter::write(fx.db(), meetingId, DocumentKind::Minutes, {}, plain).ok());
    CHECK_FALSE(declaresPdfA1b(bytesOf(plain)));

    CouncilIdentity identity;
    identity.pdfA = true;
    REQUIRE(identity.save(fx.db(), CouncilRepository(fx.db()).first()->id).ok());
    for (DocumentKind kind : {DocumentKind::Minutes, DocumentKind::Decisions}) {
        const QString path = folder.filePath(codeOf(kind) + QStringLiteral(".pdf"));
        REQUIRE(DocumentWriter::write(fx.db(), meetingId, kind, {}, path).ok());
        const QByteArray pdf = bytesOf(path);
        CHECK(declaresPdfA1b(pdf));
        CHECK(pdf.startsWith("%PDF-1.4"));
        CHECK(pdfPages(path).join(u'\n').contains(QStringLiteral("Groupe logement")));
    }
    // The convocation is a letter, not an archive: PDF/A only when asked.
    const QString convocation = folder.filePath(QStringLiteral("convocation.pdf"));
    REQUIRE(DocumentWriter::write(fx.db(), meetingId, DocumentKind::Convocation, {}, convocation).ok());
    CHECK_FALSE(declaresPdfA1b(bytesOf(convocation)));
    DocumentOptions asked;
    asked.pdfA = true;
    REQUIRE(DocumentWriter::write(fx.db(), meetingId, DocumentKind::Convocation, asked, convocation).ok());
    CHECK(declaresPdfA1b(bytesOf(convocation)));
}
