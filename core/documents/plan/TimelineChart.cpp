// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/plan/TimelineChart.h"

#include "core/documents/DocumentBuilder.h"
#include "core/documents/plan/PlanDossier.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace maillage {


namespace {

// Geometry in points, turned into device units with the device's dpi.
constexpr qreal kHeader = 30;
constexpr qreal kRow = 15;
constexpr qreal kLegend = 22;
constexpr qreal kLabelMax = 230;

const QColor kGrid(0xb8, 0xbe, 0xc6);
const QColor kQuarter(0xe2, 0xe5, 0xe9);
const QColor kAxisFill(0xe4, 0xe9, 0xf0);
const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kToday(0xc0, 0x1c, 0x28);

qreal unit(qreal dpi)
{
    return dpi / 72.0;
}

QPolygonF diamond(const QPointF& centre, qreal half)
{
    return QPolygonF({centre + QPointF(0, -half), centre + QPointF(half, 0), centre + QPointF(0, half),
                      centre + QPointF(-half, 0)});
}

} // namespace

TimelineChart::TimelineChart(QDate from, QDate to, std::vector<TimelineRow> rows)
    : m_from(from), m_to(to), m_rows(std::move(rows))
{
}

TimelineChart TimelineChart::fromPlan(const ActionPlan& plan, const std::vector<Axis>& axes,
                                      const std::vector<ActionSheet>& sheets)
{
    QDate from(plan.firstYear > 0 ? plan.firstYear : QDate::currentDate().year(), 1, 1);
    QDate to(std::max(plan.lastYear, from.year()), 12, 31);
    std::vector<Axis> ordered = axes;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Axis& a, const Axis& b) { return a.position < b.position; });
    std::vector<TimelineRow> rows;
    for (const Axis& axis : ordered) {
        std::vector<const ActionSheet*> mine;
        for (const ActionSheet& sheet : sheets)
            if (sheet.axisId == axis.id)
                mine.push_back(&sheet);
        std::stable_sort(mine.begin(), mine.end(), [](const ActionSheet* a, const ActionSheet* b) {
            return ficheCodeCollator().compare(a->code, b->code) < 0;
        });
        rows.push_back(TimelineRow{true, axis.code, axis.title, {}, {}, SheetStatus::Planned, {}});
        for (const ActionSheet* sheet : mine) {
            rows.push_back(TimelineRow{false, sheet->code, sheet->title, sheet->startsOn, sheet->endsOn, sheet->status,
                                       sheet->milestones});
            // Whole years, so that the grid starts and ends on a year line.
            if (sheet->startsOn.isValid() && sheet->startsOn < from)
                from = QDate(sheet->startsOn.year(), 1, 1);
            if (sheet->endsOn.isValid() && sheet->endsOn > to)
                to = QDate(sheet->endsOn.year(), 12, 31);
        }
    }
    return TimelineChart(from, to, std::move(rows));
}

QColor TimelineChart::statusColor(SheetStatus status)
{
    switch (status) {
    case SheetStatus::Planned:
        return QColor(0x9a, 0xb8, 0xd7); // light blue: not started
    case SheetStatus::InProgress:
        return QColor(0x2e, 0x7d, 0xd1);
    case SheetStatus::Done:
        return QColor(0x2e, 0x9e, 0x5b);
    case SheetStatus::Suspended:
        return QColor(0xe6, 0x9a, 0x28);
    case SheetStatus::Abandoned:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return Qt::gray;
}

qreal TimelineChart::heightFor(int first, int count, qreal dpi) const
{
    const int rows = std::clamp(count, 0, std::max(0, rowCount() - first));
    return (kHeader + rows * kRow + kLegend) * unit(dpi);
}

int TimelineChart::rowsFitting(qreal height, qreal dpi) const
{
    return std::max(1, int((height / unit(dpi) - kHeader - kLegend) / kRow));
}

QRectF TimelineChart::timeArea(const QRectF& target, qreal dpi) const
{
    const qreal u = unit(dpi);
    const qreal labels = std::min(target.width() * 0.38, kLabelMax * u);
    return QRectF(target.left() + labels, target.top() + kHeader * u, target.width() - labels - 4 * u,
                  std::max<qreal>(0, target.height() - (kHeader + kLegend) * u));
}

qreal TimelineChart::xOf(const QDate& day, const QRectF& area) const
{
    const qint64 span = std::max<qint64>(1, m_from.daysTo(m_to) + 1);
    return area.left() + area.width() * qreal(m_from.daysTo(day)) / qreal(span);
}

void TimelineChart::paint(QPainter& painter, const QRectF& target, int first, int count) const
{
    if (!m_from.isValid() || !m_to.isValid())
        return;
    const qreal dpi = painter.device() ? painter.device()->logicalDpiY() : 96;
    const qreal u = unit(dpi);
    first = std::clamp(first, 0, rowCount());
    const int last = count < 0 ? rowCount() : std::min(rowCount(), first + count);
    const QRectF area = timeArea(target, dpi);
    const qreal rowsBottom = area.top() + (last - first) * kRow * u;
    painter.save();
    painter.setClipRect(target);
    painter.setRenderHint(QPainter::Antialiasing);

    // Alternate row shading and the axis bands under everything else.
    for (int r = first; r < last; ++r) {
        const QRectF band(target.left(), area.top() + (r - first) * kRow * u, target.width(), kRow * u);
        if (m_rows[size_t(r)].isAxis)
            painter.fillRect(band, kAxisFill);
        else if ((r - first) % 2 == 1)
            painter.fillRect(band, QColor(0xf6, 0xf7, 0xf9));
    }

    // Quarter lines (light), then year lines with the year above and the quarter names under it.
    painter.setFont(DocumentStyle::font(6.5));
    for (QDate q(m_from.year(), ((m_from.month() - 1) / 3) * 3 + 1, 1); q <= m_to; q = q.addMonths(3)) {
        const qreal x0 = xOf(std::max(q, m_from), area);
        const qreal x1 = xOf(std::min(q.addMonths(3), m_to.addDays(1)), area);
        painter.setPen(QPen(kQuarter, 0.6 * u));
        if (q.month() != 1)
            painter.drawLine(QPointF(x0, area.top() - 12 * u), QPointF(x0, rowsBottom));
        painter.setPen(QColor(0x55, 0x5b, 0x63));
        const QString name = tr("Q%1").arg((q.month() - 1) / 3 + 1);
        if (painter.fontMetrics().horizontalAdvance(name) < x1 - x0)
            painter.drawText(QRectF(x0, area.top() - 13 * u, x1 - x0, 12 * u), Qt::AlignCenter, name);
    }
    painter.setFont(DocumentStyle::font(8, true));
    for (int year = m_from.year(); year <= m_to.year(); ++year) {
        const qreal x0 = xOf(std::max(QDate(year, 1, 1), m_from), area);
        const qreal x1 = xOf(std::min(QDate(year + 1, 1, 1), m_to.addDays(1)), area);
        painter.setPen(QPen(kGrid, 0.8 * u));
        painter.drawLine(QPointF(x0, target.top() + 2 * u), QPointF(x0, rowsBottom));
        painter.setPen(kAccent);
        painter.drawText(QRectF(x0, target.top() + 2 * u, x1 - x0, 14 * u), Qt::AlignCenter, QString::number(year));
    }
    painter.setPen(QPen(kGrid, 0.8 * u));
    painter.drawLine(QPointF(area.right(), target.top() + 2 * u), QPointF(area.right(), rowsBottom));
    painter.drawLine(QPointF(target.left(), area.top()), QPointF(area.right(), area.top()));

    // Labels, bars and milestones.
    const qreal labelWidth = area.left() - target.left() - 6 * u;
    for (int r = first; r < last; ++r) {
        const TimelineRow& row = m_rows[size_t(r)];
        const QRectF line(target.left(), area.top() + (r - first) * kRow * u, target.width(), kRow * u);
        const QRectF label(target.left() + 3 * u, line.top(), labelWidth, line.height());
        if (row.isAxis) {
            painter.setFont(DocumentStyle::font(8, true));
            painter.setPen(kAccent);
            const QString text = row.code.isEmpty() ? row.title : tr("Axis %1 — %2").arg(row.code, row.title);
            painter.drawText(QRectF(label.left(), line.top(), area.right() - label.left(), line.height()),
                             Qt::AlignVCenter | Qt::AlignLeft,
                             painter.fontMetrics().elidedText(text, Qt::ElideRight, int(area.right() - label.left())));
            continue;
        }
        painter.setFont(DocumentStyle::font(7.5));
        painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        const QString text = row.code.isEmpty() ? row.title : row.code + QStringLiteral("  ") + row.title;
        painter.drawText(label.adjusted(6 * u, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(text, Qt::ElideRight, int(label.width() - 6 * u)));
        const QDate start = row.start.isValid() ? std::max(row.start, m_from) : m_from;
        const QDate end = row.end.isValid() ? std::min(row.end, m_to) : m_to;
        if (start <= end) {
            const QRectF bar(QPointF(xOf(start, area), line.center().y() - 4 * u),
                             QPointF(xOf(end.addDays(1), area), line.center().y() + 4 * u));
            painter.setPen(Qt::NoPen);
            painter.setBrush(statusColor(row.status));
            painter.drawRoundedRect(bar, 1.5 * u, 1.5 * u);
        }
        for (const Milestone& milestone : row.milestones) {
            if (!milestone.dueOn.isValid() || milestone.dueOn < m_from || milestone.dueOn > m_to)
                continue;
            const QPointF centre(xOf(milestone.dueOn, area), line.center().y());
            painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 0.8 * u));
            painter.setBrush(milestone.doneOn.isValid() ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
            painter.drawPolygon(diamond(centre, 4.2 * u));
        }
    }

    // Today.
    if (m_today.isValid() && m_today >= m_from && m_today <= m_to) {
        const qreal x = xOf(m_today, area);
        painter.setPen(QPen(kToday, 1.2 * u, Qt::DashLine));
        painter.drawLine(QPointF(x, area.top() - 14 * u), QPointF(x, rowsBottom));
    }

    // Legend: statuses, milestones, today.
    painter.setFont(DocumentStyle::font(7));
    qreal x = target.left() + 3 * u;
    const qreal y = rowsBottom + 8 * u;
    auto legendText = [&](const QString& text) {
        painter.setPen(QColor(0x33, 0x33, 0x33));
        const qreal width = painter.fontMetrics().horizontalAdvance(text);
        painter.drawText(QRectF(x, y - 6 * u, width + 2 * u, 12 * u), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += width + 12 * u;
    };
    for (SheetStatus status : {SheetStatus::Planned, SheetStatus::InProgress, SheetStatus::Done,
                               SheetStatus::Suspended, SheetStatus::Abandoned}) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(statusColor(status));
        painter.drawRoundedRect(QRectF(x, y - 3.5 * u, 14 * u, 7 * u), 1.5 * u, 1.5 * u);
        x += 17 * u;
        legendText(labelOf(status));
    }
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 0.8 * u));
    painter.setBrush(QColor(0x20, 0x20, 0x20));
    painter.drawPolygon(diamond(QPointF(x + 4 * u, y), 4 * u));
    x += 11 * u;
    legendText(tr("Milestone reached"));
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 0.8 * u));
    painter.setBrush(Qt::white);
    painter.drawPolygon(diamond(QPointF(x + 4 * u, y), 4 * u));
    x += 11 * u;
    legendText(tr("Milestone to come"));
    painter.setPen(QPen(kToday, 1.2 * u, Qt::DashLine));
    painter.drawLine(QPointF(x + 4 * u, y - 5 * u), QPointF(x + 4 * u, y + 5 * u));
    x += 9 * u;
    legendText(tr("Today"));
    painter.restore();
}

int TimelineChart::paintPages(QPagedPaintDevice& device, const QString& title) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const qreal dpi = device.logicalDpiY();
    const qreal mm = dpi / 25.4;
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const QRectF paper(0, 0, a4.height() * mm, a4.width() * mm);
    const QRectF frame = paper.adjusted(12 * mm, 12 * mm, -12 * mm, -12 * mm);
    const QRectF chartArea = frame.adjusted(0, 10 * mm, 0, -7 * mm);
    const int perPage = rowsFitting(chartArea.height(), dpi);
    const int pages = std::max(1, (rowCount() + perPage - 1) / perPage);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.setPen(kAccent);
        painter.setFont(DocumentStyle::font(12, true));
        painter.drawText(QRectF(frame.left(), frame.top(), frame.width(), 8 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                         title);
        painter.setFont(DocumentStyle::font(8));
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QRectF(frame.left(), frame.bottom() - 5 * mm, frame.width(), 5 * mm),
                         Qt::AlignRight | Qt::AlignVCenter, tr("page %1 / %2").arg(page + 1).arg(pages));
        paint(painter, chartArea, page * perPage, perPage);
    }
    painter.end();
    return pages;
}

} // namespace maillage
