// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/report/ReportChart.h"

#include "core/documents/DocumentBuilder.h"
#include "core/documents/report/ReportNetwork.h"
#include "core/documents/report/ReportNumbers.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace maillage {

namespace {

const QColor kPalette[] = {QColor(0x1f, 0x3a, 0x5f), QColor(0x4f, 0x9d, 0xa6), QColor(0xe0, 0x8e, 0x45),
                           QColor(0x9b, 0x59, 0x7f), QColor(0x7a, 0xa8, 0x4f), QColor(0xc4, 0x4d, 0x4d),
                           QColor(0x8c, 0x8c, 0x8c), QColor(0xd8, 0xb5, 0x3e)};

QColor colourOf(size_t series)
{
    return kPalette[series % std::size(kPalette)];
}

// A round step for about `ticks` grid lines up to max.
double niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * magnitude)
            return std::max(1.0, m * magnitude);
    return 10 * magnitude;
}

QString axisText(double value, bool money)
{
    return money ? reportNumbers::integer(qint64(value)) + QStringLiteral("\u00a0€") : reportNumbers::decimal(value);
}

constexpr double kMapTitle = 0.04; // the title line over the network map, in widths

} // namespace

bool ReportChart::isEmpty() const
{
    if (network)
        return network->graph.nodes.empty();
    for (const auto& row : values)
        for (double v : row)
            if (v > 0)
                return false;
    return true;
}

double ReportChart::aspect() const
{
    if (network)
        return network->aspect() + kMapTitle;
    if (layout == Layout::Columns)
        return 0.42;
    const double rows = double(categories.size()) * (layout == Layout::GroupedRows ? std::max<qsizetype>(1, series.size()) * 0.6 : 1.0);
    return std::clamp(0.12 + rows * 0.045, 0.25, 0.9);
}

void ReportChart::paint(QPainter& painter, const QRectF& rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double unit = rect.width() / 170.0; // one millimetre of a full-width chart
    QFont font = DocumentStyle::font(7);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const double line = metrics.height();

    // Title, then the legend on one line under it.
    QFont titleFont = DocumentStyle::font(8.5, true);
    painter.setFont(titleFont);
    painter.setPen(QColor(0x1a, 0x1a, 0x1a));
    const double titleHeight = QFontMetricsF(titleFont, painter.device()).height();
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight), Qt::AlignLeft, title);
    if (network) {
        const double top = rect.top() + rect.width() * kMapTitle;
        network->paint(painter, QRectF(rect.left(), top, rect.width(), rect.bottom() - top));
        painter.restore();
        return;
    }
    painter.setFont(font);
    double y = rect.top() + titleHeight + unit;
    if (series.size() > 1) {
        double x = rect.left();
        for (qsizetype s = 0; s < series.size(); ++s) {
            const double width = metrics.horizontalAdvance(series.at(s)) + line * 2;
            if (x + width > rect.right() && x > rect.left()) {
                x = rect.left();
                y += line * 1.2;
            }
            painter.fillRect(QRectF(x, y + line * 0.2, line * 0.7, line * 0.7), colourOf(size_t(s)));
            painter.drawText(QPointF(x + line, y + metrics.ascent()), series.at(s));
            x += width;
        }
        y += line * 1.5;
    }
    const QRectF plot(rect.left(), y, rect.width(), rect.bottom() - y);

    // Scale: the largest bar (stacked or not).
    double max = 0;
    for (qsizetype c = 0; c < categories.size(); ++c) {
        double sum = 0;
        for (const auto& row : values) {
            const double v = row.size() > size_t(c) ? row[size_t(c)] : 0;
            sum += v;
            max = std::max(max, v);
        }
        if (layout != Layout::GroupedRows)
            max = std::max(max, sum);
    }
    const double scale = money ? 100.0 : 1.0;
    const double step = niceStep(max / scale, 5);
    const double top = std::max(step, std::ceil(max / scale / step) * step);
    const QColor grid(0xd0, 0xd0, 0xd0);

    if (layout == Layout::Columns) {
        double labelWidth = metrics.horizontalAdvance(axisText(top, money)) + unit * 2;
        const QRectF area(plot.left() + labelWidth, plot.top() + line * 0.5, plot.width() - labelWidth,
                          plot.height() - line * 2);
        for (double v = 0; v <= top + step / 2; v += step) {
            const double gy = area.bottom() - area.height() * v / top;
            painter.setPen(QPen(grid, unit * 0.2));
            painter.drawLine(QPointF(area.left(), gy), QPointF(area.right(), gy));
            painter.setPen(QColor(0x44, 0x44, 0x44));
            painter.drawText(QRectF(plot.left(), gy - line / 2, labelWidth - unit, line),
                             Qt::AlignRight | Qt::AlignVCenter, axisText(v, money));
        }
        const double slot = area.width() / std::max<qsizetype>(1, categories.size());
        for (qsizetype c = 0; c < categories.size(); ++c) {
            double base = area.bottom();
            for (size_t s = 0; s < values.size(); ++s) {
                const double v = values[s].size() > size_t(c) ? values[s][size_t(c)] / scale : 0;
                const double h = area.height() * v / top;
                painter.fillRect(QRectF(area.left() + slot * (c + 0.18), base - h, slot * 0.64, h), colourOf(s));
                base -= h;
            }
            painter.setPen(QColor(0x44, 0x44, 0x44));
            painter.drawText(QRectF(area.left() + slot * c, area.bottom() + unit, slot, line), Qt::AlignHCenter,
                             categories.at(c));
        }
        painter.restore();
        return;
    }

    // Rows: labels on the left (at most 40 % of the width), bars to the right, value at the end.
    double labelWidth = 0;
    for (const QString& category : categories)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(category));
    labelWidth = std::min(labelWidth + unit * 2, plot.width() * 0.4);
    const double valueRoom = metrics.horizontalAdvance(axisText(top, money)) + unit * 3;
    const QRectF area(plot.left() + labelWidth, plot.top(), plot.width() - labelWidth - valueRoom, plot.height());
    const qsizetype bars = layout == Layout::GroupedRows ? std::max<qsizetype>(1, qsizetype(values.size())) : 1;
    const double slot = area.height() / std::max<qsizetype>(1, categories.size());
    painter.setPen(QPen(grid, unit * 0.2));
    painter.drawLine(area.topLeft(), area.bottomLeft());
    for (qsizetype c = 0; c < categories.size(); ++c) {
        const double rowTop = area.top() + slot * c;
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(QRectF(plot.left(), rowTop, labelWidth - unit, slot), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(categories.at(c), Qt::ElideRight, labelWidth - unit));
        double x = area.left();
        double total = 0;
        for (size_t s = 0; s < values.size(); ++s) {
            const double v = values[s].size() > size_t(c) ? values[s][size_t(c)] / scale : 0;
            const double w = area.width() * v / top;
            const double barHeight = slot * 0.7 / double(bars);
            const double barTop = rowTop + slot * 0.15 + (bars > 1 ? barHeight * double(s) : 0);
            painter.fillRect(QRectF(x, barTop, w, barHeight), colourOf(s));
            if (layout == Layout::GroupedRows) {
                painter.setPen(QColor(0x44, 0x44, 0x44));
                painter.drawText(QRectF(x + w + unit, barTop, valueRoom, barHeight), Qt::AlignLeft | Qt::AlignVCenter,
                                 axisText(v, money));
            } else {
                x += w;
            }
            total += v;
        }
        if (layout == Layout::StackedRows) {
            painter.setPen(QColor(0x44, 0x44, 0x44));
            painter.drawText(QRectF(x + unit, rowTop, valueRoom, slot), Qt::AlignLeft | Qt::AlignVCenter,
                             axisText(total, money));
        }
    }
    painter.restore();
}

QImage ReportChart::image(double widthMm, int dpi) const
{
    const int width = int(widthMm / 25.4 * dpi);
    QImage image(width, int(width * aspect()), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, image.width(), image.height()));
    return image;
}

void ReportChartObject::install(QTextDocument& document)
{
    auto* handler = document.findChild<ReportChartObject*>();
    if (!handler)
        handler = new ReportChartObject(&document);
    document.documentLayout()->registerHandler(kObjectType, handler);
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument* document, int, const QTextFormat& format)
{
    const ReportChart chart = format.property(kChartProperty).value<ReportChart>();
    const double width = document->pageSize().width() > 0 ? document->pageSize().width() * 0.98 : 640;
    return {width, width * chart.aspect()};
}

void ReportChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                   const QTextFormat& format)
{
    format.property(kChartProperty).value<ReportChart>().paint(*painter, rect);
}

} // namespace maillage
