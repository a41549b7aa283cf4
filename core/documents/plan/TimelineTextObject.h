// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/plan/TimelineChart.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;
class QTextDocument;

namespace maillage {

/// Draws rows of a timeline inside a QTextDocument, as vectors on whatever device paints the document
/// (a PDF stays sharp at any zoom). The object is as wide as the page's text.
class TimelineTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 11;

    /// Registers the handler for document (owned by it) drawing chart.
    static void install(QTextDocument& document, const TimelineChart& chart);
    /// Inserts rows [first, first + count) at cursor.
    static void insert(QTextCursor& cursor, int first, int count);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    TimelineTextObject(const TimelineChart& chart, QObject* parent);

    TimelineChart m_chart;
};

} // namespace maillage
