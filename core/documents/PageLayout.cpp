// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/PageLayout.h"

#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentText.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace maillage {

namespace {

qreal mmToPx(qreal mm, const QPaintDevice& device)
{
    return mm * device.logicalDpiX() / 25.4;
}

QRectF pageRect(const QPaintDevice& device)
{
    const qreal dpi = device.logicalDpiX();
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    return {0, 0, a4.width() * dpi / 25.4, a4.height() * dpi / 25.4};
}

QRectF textRect(const QPaintDevice& device)
{
    const QMarginsF margins = PageLayout::marginsMm();
    return pageRect(device).adjusted(mmToPx(margins.left(), device), mmToPx(margins.top(), device),
                                     -mmToPx(margins.right(), device), -mmToPx(margins.bottom(), device));
}

} // namespace

void PageLayout::setUpDevice(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

int PageLayout::paginate(QTextDocument& document, QPagedPaintDevice& device)
{
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    const QSizeF page = textRect(device).size();
    document.setPageSize(page);
    // Moving a heading changes what follows it. Qt relays out incrementally from the changed block and
    // may leave later blocks where they were, so they are drawn nowhere: lay the whole text out again,
    // and look once more, since the new layout can bring another heading to the foot of a page.
    for (int pass = 0; pass < 3 && keepHeadingsWithNext(document, page.height(), device); ++pass) {
        document.markContentsDirty(0, document.characterCount());
        (void)document.pageCount();
    }
    return document.pageCount();
}

bool PageLayout::keepHeadingsWithNext(QTextDocument& document, qreal pageHeight, const QPaintDevice& device)
{
    bool moved = false;
    // QTextDocument has no "keep with next": a heading too close to the bottom starts the next page.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat current = block.blockFormat();
        const qreal roomMm = current.hasProperty(DocumentBuilder::kRoomProperty)
                                 ? current.doubleProperty(DocumentBuilder::kRoomProperty)
                                 : (current.headingLevel() > 0 ? 25 : 0);
        if (roomMm <= 0 || current.pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            continue;
        const qreal room = mmToPx(roomMm, device);
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        const qreal pageBottom = (std::floor(rect.top() / pageHeight) + 1) * pageHeight;
        if (rect.top() > 0 && rect.bottom() + room > pageBottom) {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(format);
            moved = true;
        }
    }
    return moved;
}

void PageLayout::paint(QTextDocument& document, QPagedPaintDevice& device, QPainter& painter,
                       const PageDecoration& decoration)
{
    const QRectF text = textRect(device);
    const int pageCount = document.pageCount();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        if (page > 0 || !decoration.plainFirstPage)
            paintDecoration(painter, device, decoration, page + 1, pageCount);
        painter.save();
        painter.translate(text.left(), text.top() - page * text.height());
        const QRectF view(0, page * text.height(), text.width(), text.height());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
}

void PageLayout::paintDecoration(QPainter& painter, QPagedPaintDevice& device, const PageDecoration& decoration,
                                 int page, int pageCount)
{
    const QRectF text = textRect(device);
    const QRectF paper = pageRect(device);
    const qreal gap = mmToPx(4, device);
    const QColor accent(0x1f, 0x3a, 0x5f);
    painter.save();
    painter.setPen(QPen(accent, mmToPx(0.3, device)));

    // Header: council on the left, document on the right, a rule under them.
    const QRectF header(text.left(), mmToPx(10, device), text.width(), text.top() - mmToPx(10, device) - gap);
    painter.setFont(DocumentStyle::font(9, true));
    const QString council =
        painter.fontMetrics().elidedText(decoration.councilName, Qt::ElideRight, int(text.width() * 0.62));
    painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine, council);
    // The title takes what is left, with a clear gap: long names must not run into each other.
    const int titleWidth = int(text.width() - painter.fontMetrics().horizontalAdvance(council) - 2 * gap);
    painter.setFont(DocumentStyle::font(9));
    painter.drawText(header, Qt::AlignRight | Qt::AlignBottom | Qt::TextSingleLine,
                     painter.fontMetrics().elidedText(decoration.documentTitle, Qt::ElideRight, titleWidth));
    painter.drawLine(QPointF(text.left(), header.bottom() + gap / 3), QPointF(text.right(), header.bottom() + gap / 3));

    // Footer: a thin rule, the free text on the left, the page number on the right.
    const qreal footerTop = text.bottom() + gap;
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), mmToPx(0.2, device)));
    painter.drawLine(QPointF(text.left(), footerTop), QPointF(text.right(), footerTop));
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.setFont(DocumentStyle::font(8));
    const QRectF footer(text.left(), footerTop + gap / 2, text.width(), paper.bottom() - footerTop - mmToPx(8, device));
    const QString pageText = DocumentText::tr("page %1 / %2").arg(page).arg(pageCount);
    const qreal pageWidth = painter.fontMetrics().horizontalAdvance(pageText) + gap;
    painter.drawText(footer.adjusted(0, 0, -pageWidth, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     decoration.footerText);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine, pageText);
    painter.restore();
}

} // namespace maillage
