// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/plan/TimelineTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace maillage {

namespace {

constexpr int kFirstRow = QTextFormat::UserProperty + 21;
constexpr int kRowCount = QTextFormat::UserProperty + 22;

qreal layoutDpi(QTextDocument* document)
{
    const QPaintDevice* device = document->documentLayout()->paintDevice();
    return device ? device->logicalDpiY() : 96;
}

} // namespace

TimelineTextObject::TimelineTextObject(const TimelineChart& chart, QObject* parent) : QObject(parent), m_chart(chart)
{
}

void TimelineTextObject::install(QTextDocument& document, const TimelineChart& chart)
{
    document.documentLayout()->registerHandler(kObjectType, new TimelineTextObject(chart, &document));
}

void TimelineTextObject::insert(QTextCursor& cursor, int first, int count)
{
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    format.setProperty(kFirstRow, first);
    format.setProperty(kRowCount, count);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF TimelineTextObject::intrinsicSize(QTextDocument* document, int, const QTextFormat& format)
{
    // The page width in layout units; a little narrower so that the line never wraps.
    const qreal width = (document->pageSize().width() > 0 ? document->pageSize().width() : document->textWidth()) - 2;
    const qreal height = m_chart.heightFor(format.intProperty(kFirstRow), format.intProperty(kRowCount),
                                           layoutDpi(document));
    return {std::max<qreal>(width, 100), height};
}

void TimelineTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                    const QTextFormat& format)
{
    m_chart.paint(*painter, rect, format.intProperty(kFirstRow), format.intProperty(kRowCount));
}

} // namespace maillage
