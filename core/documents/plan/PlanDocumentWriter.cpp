// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/plan/PlanDocumentWriter.h"

#include "core/documents/DocumentWriter.h"
#include "core/documents/plan/PlanCover.h"
#include "core/documents/plan/PlanDocument.h"
#include "core/documents/plan/TimelineChart.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocumentWriter>

#include <functional>

namespace maillage {

namespace {

Error fileError(const QString& path, const QString& detail)
{
    return Error{Error::Kind::Io, PlanDocumentWriter::tr("Could not write the document %1.").arg(path), detail};
}

Result<const ActionSheet*> findSheet(const PlanDossier& dossier, const QString& code)
{
    if (code.isEmpty())
        return static_cast<const ActionSheet*>(nullptr);
    if (const ActionSheet* sheet = dossier.sheetByCode(code))
        return sheet;
    return Error{Error::Kind::NotFound,
                 PlanDocumentWriter::tr("The plan “%1” has no action sheet %2.").arg(dossier.plan.title, code), {}};
}

/// PageLayout moves headings that end a page to the next one; laying the whole text out again afterwards
/// keeps every block where the painting looks for it (an incremental relayout lost blocks between tables).
void paginate(QTextDocument& text, QPagedPaintDevice& device)
{
    // Twice: the full relayout can leave a new heading at the foot of a page.
    for (int pass = 0; pass < 2; ++pass) {
        PageLayout::paginate(text, device);
        text.markContentsDirty(0, text.characterCount());
        text.pageCount();
    }
}

/// The booklet is laid out twice: the second time its table of contents knows the pages.
PlanDocument layOut(const PlanDossier& dossier, const ActionSheet* sheet, plandocs::TimelineAs as,
                    QPagedPaintDevice* device)
{
    if (sheet) {
        PlanDocument document = plandocs::ficheDocument(dossier, *sheet);
        if (device)
            paginate(*document.text, *device);
        return document;
    }
    PlanDocument first = plandocs::bookletDocument(dossier, as, {});
    if (!device)
        return first;
    paginate(*first.text, *device);
    PlanDocument second = plandocs::bookletDocument(dossier, as, plandocs::anchorPages(*first.text));
    paginate(*second.text, *device);
    return second;
}

Status saveWith(const QString& path, const std::function<bool(QIODevice&)>& write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    if (!write(file)) {
        file.cancelWriting();
        return fileError(path, QStringLiteral("painting failed"));
    }
    if (!file.commit())
        return fileError(path, file.errorString());
    return {};
}

} // namespace

int PlanDocumentWriter::paint(const PlanDossier& dossier, const QString& ficheCode, QPagedPaintDevice& device)
{
    auto sheet = findSheet(dossier, ficheCode);
    if (!sheet.ok())
        return 0;
    PageLayout::setUpDevice(device);
    PlanDocument document = layOut(dossier, sheet.value(), plandocs::TimelineAs::Drawing, &device);
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    if (!sheet.value()) {
        // The booklet's first page is left empty for the cover, painted here at the page's own scale.
        const qreal dpi = device.logicalDpiX();
        const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
        plandocs::paintCover(painter, QRectF(0, 0, a4.width() * dpi / 25.4, a4.height() * dpi / 25.4), dpi, dossier);
    }
    PageLayout::paint(*document.text, device, painter, document.decoration);
    painter.end();
    return document.text->pageCount();
}

Status PlanDocumentWriter::writePdf(const PlanDossier& dossier, const QString& ficheCode, const QString& path)
{
    auto sheet = findSheet(dossier, ficheCode);
    if (!sheet.ok())
        return sheet.error();
    return saveWith(path, [&](QIODevice& file) {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setCreator(QStringLiteral("Maillage"));
        pdf.setTitle(sheet.value() ? PlanText::ficheTitle(*sheet.value()) : dossier.plan.title);
        return paint(dossier, ficheCode, pdf) > 0;
    });
}

Status PlanDocumentWriter::writeOdt(const PlanDossier& dossier, const QString& ficheCode, const QString& path)
{
    auto sheet = findSheet(dossier, ficheCode);
    if (!sheet.ok())
        return sheet.error();
    // ODT has no pages of its own: the contents give those of the same A4 layout as the PDF.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter layoutDevice(&scratch);
    layoutDevice.setResolution(300);
    PageLayout::setUpDevice(layoutDevice);
    PlanDocument document = layOut(dossier, sheet.value(), plandocs::TimelineAs::Image, &layoutDevice);
    // The ODF writer closes its device when the zip is done, which QSaveFile forbids: zip into memory.
    QBuffer zipped;
    zipped.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&zipped, QByteArrayLiteral("odf"));
    if (!writer.write(document.text.get()))
        return fileError(path, QStringLiteral("QTextDocumentWriter (odf) failed"));
    return saveWith(path, [&](QIODevice& file) { return file.write(zipped.data()) == zipped.data().size(); });
}

Status PlanDocumentWriter::write(Database& db, qint64 planId, const QString& ficheCode, const QString& path,
                                 const QDate& today)
{
    const auto format = DocumentWriter::formatOf(path);
    if (!format)
        return Error{Error::Kind::Invalid,
                     tr("Name the document with a .pdf or .odt extension: %1.").arg(QFileInfo(path).fileName()),
                     {}};
    auto dossier = PlanDossierLoader::load(db, planId, today);
    if (!dossier.ok())
        return dossier.error();
    return *format == DocumentWriter::Format::Pdf ? writePdf(dossier.value(), ficheCode, path)
                                                  : writeOdt(dossier.value(), ficheCode, path);
}

Status PlanDocumentWriter::writeTimelinePdf(const TimelineChart& chart, const QString& title, const QString& path)
{
    return saveWith(path, [&](QIODevice& file) {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setCreator(QStringLiteral("Maillage"));
        pdf.setTitle(title);
        return chart.paintPages(pdf, title) > 0;
    });
}

} // namespace maillage
