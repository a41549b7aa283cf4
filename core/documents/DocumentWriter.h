// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/DocumentOptions.h"
#include "core/documents/MeetingDossier.h"
#include "core/util/Result.h"

class QPagedPaintDevice;
class QPdfWriter;

namespace maillage {

class Database;

/// Writes meeting documents to files, whole or not at all (through QSaveFile), and onto printers.
class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)

public:
    enum class Format { Pdf, Odt };
    /// The format of a file name's extension (.pdf, .odt); nullopt for any other.
    static std::optional<Format> formatOf(const QString& path);

    /// A4 PDF at 300 dpi with the council in the header and "page X / Y" in the footer.
    static Status writePdf(DocumentKind kind, const MeetingDossier& dossier, const DocumentOptions& options,
                           const QString& path);
    /// Whether the PDF of kind is written as PDF/A-1b: asked in options, or the council archives its
    /// minutes and records of decisions that way (CouncilIdentity::pdfA).
    static bool wantsPdfA(DocumentKind kind, const MeetingDossier& dossier, const DocumentOptions& options);
    /// Sets up a PDF writer for the archives' PDF/A-1b (fonts embedded, XMP metadata with pdfaid).
    static void useArchiveFormat(QPdfWriter& pdf);
    /// OpenDocument text: the same content, to edit in LibreOffice.
    static Status writeOdt(DocumentKind kind, const MeetingDossier& dossier, const DocumentOptions& options,
                           const QString& path);
    /// Loads the meeting and writes the file in the format of its extension.
    static Status write(Database& db, qint64 meetingId, DocumentKind kind, const DocumentOptions& options,
                        const QString& path);
    /// Paints the document on a printer (set to full page) or any paged device; returns the page count.
    static int paint(DocumentKind kind, const MeetingDossier& dossier, const DocumentOptions& options,
                     QPagedPaintDevice& device);
};

} // namespace maillage
