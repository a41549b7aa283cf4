// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMarginsF>
#include <QString>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QTextDocument;

namespace maillage {

/// What every page shows around the text: the council's name at the top, the document's title, and a
/// footer with free text and "page X / Y".
struct PageDecoration {
    QString councilName;
    QString documentTitle;
    QString footerText;
    bool plainFirstPage = false; ///< the first page is a cover: no header or footer (it still counts)
};

/// A4 pages with room for the header and the footer in the margins.
class PageLayout
{
public:
    static QMarginsF marginsMm() { return {20, 27, 20, 22}; }

    /// Prepares device for A4 portrait pages drawn from the paper's corner.
    static void setUpDevice(QPagedPaintDevice& device);
    /// Lays document out in pages of the device's text area; returns the page count.
    static int paginate(QTextDocument& document, QPagedPaintDevice& device);
    /// Paints every page (after paginate) with its header and footer on painter's device.
    static void paint(QTextDocument& document, QPagedPaintDevice& device, QPainter& painter,
                      const PageDecoration& decoration);

private:
    /// Whether it moved a heading (the layout must then be redone).
    static bool keepHeadingsWithNext(QTextDocument& document, qreal pageHeight, const QPaintDevice& device);
    static void paintDecoration(QPainter& painter, QPagedPaintDevice& device, const PageDecoration& decoration,
                                int page, int pageCount);
};

} // namespace maillage
