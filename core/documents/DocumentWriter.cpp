// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/DocumentWriter.h"

#include "core/documents/MeetingDocument.h"
#include "core/documents/PageLayout.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocumentWriter>

namespace maillage {

namespace {

Error fileError(const QString& path, const QString& detail)
{
    return Error{Error::Kind::Io, DocumentWriter::tr("Could not write the document %1.").arg(path), detail};
}

} // namespace

std::optional<DocumentWriter::Format> DocumentWriter::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("odt"))
        return Format::Odt;
    return std::nullopt;
}

int DocumentWriter::paint(DocumentKind kind, const MeetingDossier& dossier, const DocumentOptions& options,
                          QPagedPaintDevice& device)
{
    PageLayout::setUpDevice(device);
    MeetingDocument document = buildMeetingDocument(kind, dossier, options);
    const int pages = PageLayout::paginate(*document.text, device);
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    PageLayout::paint(*document.text, device, painter, document.decoration);
    painter.end();
    return pages;
}

Status DocumentWriter::writePdf(DocumentKind kind, const MeetingDossier& dossier, const DocumentOptions& options,
                                const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setCreator(QStringLiteral("Maillage"));
        pdf.setTitle(labelOf(kind) + QStringLiteral(" — ") + dossier.instance.name);
        if (wantsPdfA(kind, dossier, options))
            useArchiveFormat(pdf);
        if (paint(kind, dossier, options, pdf) == 0) {
            file.cancelWriting();
            return fileError(path, QStringLiteral("QPainter::begin failed on the PDF writer"));
        }
    }
    if (!file.commit())
        return fileError(path, file.errorString());
    return {};
}

bool DocumentWriter::wantsPdfA(DocumentKind kind, const MeetingDossier& dossier, const DocumentOptions& options)
{
    return options.pdfA
           || (dossier.identity.pdfA && (kind == DocumentKind::Minutes || kind == DocumentKind::Decisions));
}

void DocumentWriter::useArchiveFormat(QPdfWriter& pdf)
{
    pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
}

Status DocumentWriter::writeOdt(DocumentKind kind, const MeetingDossier& dossier, const DocumentOptions& options,
                                const QString& path)
{
    MeetingDocument document = buildMeetingDocument(kind, dossier, options);
    // The ODF writer closes its device when the zip is done, which QSaveFile forbids: zip into memory.
    QBuffer zipped;
    zipped.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&zipped, QByteArrayLiteral("odf"));
    if (!writer.write(document.text.get()))
        return fileError(path, QStringLiteral("QTextDocumentWriter (odf) failed"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    if (file.write(zipped.data()) != zipped.data().size() || !file.commit())
        return fileError(path, file.errorString());
    return {};
}

Status DocumentWriter::write(Database& db, qint64 meetingId, DocumentKind kind, const DocumentOptions& options,
                             const QString& path)
{
    const std::optional<Format> format = formatOf(path);
    if (!format)
        return Error{Error::Kind::Invalid,
                     tr("Name the document with a .pdf or .odt extension: %1.").arg(QFileInfo(path).fileName()),
                     {}};
    auto dossier = loadMeetingDossier(db, meetingId);
    if (!dossier.ok())
        return dossier.error();
    return *format == Format::Pdf ? writePdf(kind, dossier.value(), options, path)
                                  : writeOdt(kind, dossier.value(), options, path);
}

} // namespace maillage
