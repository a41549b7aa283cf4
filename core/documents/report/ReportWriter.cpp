// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/report/ReportWriter.h"

#include "core/documents/DocumentWriter.h"
#include "core/documents/PageLayout.h"
#include "core/documents/report/ReportComposer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocumentWriter>

#include <cmath>

namespace maillage {

namespace {

Error fileError(const QString& path, const QString& detail)
{
    return Error{Error::Kind::Io, ReportWriter::tr("Could not write the report %1.").arg(path), detail};
}

// The page (from 1) of every chapter heading of a paginated document.
std::vector<int> chapterPages(QTextDocument& document)
{
    std::vector<int> pages;
    const qreal height = document.pageSize().height();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (!format.hasProperty(ReportComposer::kChapterProperty))
            continue;
        const size_t index = size_t(format.intProperty(ReportComposer::kChapterProperty));
        if (pages.size() <= index)
            pages.resize(index + 1, 0);
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        pages[index] = int(std::floor((rect.top() + 1) / height)) + 1;
    }
    return pages;
}

// Composes twice: the second time with the pages the first layout gave the chapters.
// Null when cancelled.
std::unique_ptr<QTextDocument> composePaginated(const ReportContent& content, ReportComposer::Charts charts,
                                                QPagedPaintDevice& device, const ReportProgress& progress)
{
    progress.step(52, ReportWriter::tr("Laying out the pages"));
    auto first = ReportComposer(content, ReportComposer::Charts::Vector).compose();
    PageLayout::paginate(*first, device);
    const std::vector<int> pages = chapterPages(*first);
    if (progress.cancelled())
        return nullptr;
    progress.step(70, ReportWriter::tr("Numbering the contents"));
    auto document = ReportComposer(content, charts, pages).compose();
    if (progress.cancelled())
        return nullptr;
    return document;
}

PageDecoration decorationOf(const ReportContent& content)
{
    return {ReportComposer::councilLine(content), ReportComposer::title(content.figures.period),
            ReportWriter::tr("Local mental health council — activity report")};
}

} // namespace

int ReportWriter::paint(const ReportContent& content, QPagedPaintDevice& device, const ReportProgress& progress)
{
    PageLayout::setUpDevice(device);
    auto document = composePaginated(content, ReportComposer::Charts::Vector, device, progress);
    if (!document)
        return 0;
    const int pages = PageLayout::paginate(*document, device);
    progress.step(85, tr("Writing the pages"));
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    PageLayout::paint(*document, device, painter, decorationOf(content));
    painter.end();
    return pages;
}

Status ReportWriter::writePdf(const ReportContent& content, const QString& path, const ReportProgress& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setCreator(QStringLiteral("Maillage"));
        pdf.setTitle(ReportComposer::title(content.figures.period) + QStringLiteral(" — ") +
                     ReportComposer::councilLine(content));
        if (paint(content, pdf, progress) == 0) {
            file.cancelWriting();
            if (progress.cancelled())
                return ReportProgress::cancelledError();
            return fileError(path, QStringLiteral("QPainter::begin failed on the PDF writer"));
        }
    }
    if (progress.cancelled()) {
        file.cancelWriting();
        return ReportProgress::cancelledError();
    }
    if (!file.commit())
        return fileError(path, file.errorString());
    return {};
}

Status ReportWriter::writeOdt(const ReportContent& content, const QString& path, const ReportProgress& progress)
{
    // The contents' page numbers come from the PDF layout, which LibreOffice follows closely.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter layout(&scratch);
    layout.setResolution(300);
    PageLayout::setUpDevice(layout);
    auto document = composePaginated(content, ReportComposer::Charts::Image, layout, progress);
    if (!document)
        return ReportProgress::cancelledError();
    progress.step(85, tr("Writing the document"));
    QBuffer zipped;
    zipped.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&zipped, QByteArrayLiteral("odf"));
    if (!writer.write(document.get()))
        return fileError(path, QStringLiteral("QTextDocumentWriter (odf) failed"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    if (file.write(zipped.data()) != zipped.data().size() || !file.commit())
        return fileError(path, file.errorString());
    return {};
}

Status ReportWriter::write(const ReportContent& content, const QString& path, const ReportProgress& progress)
{
    const auto format = DocumentWriter::formatOf(path);
    if (!format)
        return Error{Error::Kind::Invalid,
                     tr("Name the report with a .pdf or .odt extension: %1.").arg(QFileInfo(path).fileName()),
                     {}};
    const Status written =
        *format == DocumentWriter::Format::Pdf ? writePdf(content, path, progress) : writeOdt(content, path, progress);
    if (written.ok())
        progress.step(100, tr("Report written"));
    return written;
}

Status ReportWriter::write(Database& db, const ReportRequest& request, const QString& path,
                           const ReportProgress& progress)
{
    if (!DocumentWriter::formatOf(path))
        return write(ReportContent{}, path);
    auto content = loadReportContent(db, request, progress);
    if (!content.ok())
        return content.error();
    if (progress.cancelled())
        return ReportProgress::cancelledError();
    return write(content.value(), path, progress);
}

} // namespace maillage
