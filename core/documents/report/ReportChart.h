// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

class QPainter;
class QTextDocument;

namespace maillage {

struct ReportNetworkMap;

/// A bar chart of the report, drawn by QPainter: vector in the PDF, an image in the ODT.
struct ReportChart {
    enum class Layout {
        Columns,       ///< one stacked column per category (months)
        StackedRows,   ///< one stacked bar per category, labels on the left
        GroupedRows,   ///< one bar per series and category, labels on the left
    };
    QString title;
    Layout layout = Layout::Columns;
    QStringList categories;
    QStringList series;                      ///< legend, one per row of values
    std::vector<std::vector<double>> values; ///< values[series][category]
    bool money = false;                      ///< values are cents, axis in euros
    std::shared_ptr<const ReportNetworkMap> network; ///< set: the chart is the network map under the title

    bool isEmpty() const;
    /// Height over width of the drawing, from the number of rows.
    double aspect() const;
    void paint(QPainter& painter, const QRectF& rect) const;
    /// The chart as an image `widthMm` wide at `dpi`, for formats without vector drawings.
    QImage image(double widthMm, int dpi = 200) const;
};

/// Draws ReportChart objects inside a QTextDocument at print time (so they stay vectors in the PDF).
class ReportChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 7;
    static constexpr int kChartProperty = QTextFormat::UserProperty + 70;

    explicit ReportChartObject(QObject* parent = nullptr) : QObject(parent) {}
    /// Registers the handler on document's layout (again after a new paint device).
    static void install(QTextDocument& document);

    QSizeF intrinsicSize(QTextDocument* document, int positionInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int positionInDocument,
                    const QTextFormat& format) override;
};

} // namespace maillage

Q_DECLARE_METATYPE(maillage::ReportChart)
