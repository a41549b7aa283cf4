// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"

#include <QCoreApplication>
#include <QColor>
#include <QDate>
#include <QRectF>

#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace maillage {

/// One line of the timeline: an axis heading (no dates) or a fiche action with its bar and milestones.
struct TimelineRow
{
    bool isAxis = false;
    QString code;
    QString title;
    QDate start; ///< invalid: from the start of the period
    QDate end;   ///< invalid: to the end of the period
    SheetStatus status = SheetStatus::Planned;
    std::vector<Milestone> milestones;
};

/// The Gantt chart of a plan's fiches over its period, grouped by axis: bars coloured by status,
/// milestones as diamonds (filled once reached), a line at today, a year and quarter grid.
/// Painted with QPainter on any device (screen, PDF as vectors, image); sizes follow the device's dpi.
class TimelineChart
{
    Q_DECLARE_TR_FUNCTIONS(TimelineChart)

public:
    TimelineChart() = default;
    TimelineChart(QDate from, QDate to, std::vector<TimelineRow> rows);
    /// Rows of the plan's axes (by position) and fiches (by code); the period covers the plan's years and
    /// any fiche running past them.
    static TimelineChart fromPlan(const ActionPlan& plan, const std::vector<Axis>& axes,
                                  const std::vector<ActionSheet>& sheets);

    void setToday(const QDate& today) { m_today = today; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    const std::vector<TimelineRow>& rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }

    /// Height of the header, rows [first, first + count) and the legend, at dpi.
    qreal heightFor(int first, int count, qreal dpi) const;
    qreal heightFor(qreal dpi) const { return heightFor(0, rowCount(), dpi); }
    /// How many rows fit under the header and above the legend in height.
    int rowsFitting(qreal height, qreal dpi) const;
    /// The part of target where time runs left to right (right of the labels, under the header).
    QRectF timeArea(const QRectF& target, qreal dpi) const;
    /// Horizontal position of a day in the time area.
    qreal xOf(const QDate& day, const QRectF& timeArea) const;

    /// Paints rows [first, first + count) (all when count < 0) with the header and legend in target.
    void paint(QPainter& painter, const QRectF& target, int first = 0, int count = -1) const;
    /// Paints the whole chart on landscape pages of device with a title line, rows spread over pages.
    /// Returns the page count (0 when the painter could not start).
    int paintPages(QPagedPaintDevice& device, const QString& title) const;

    static QColor statusColor(SheetStatus status);

private:
    QDate m_from;
    QDate m_to;
    QDate m_today;
    std::vector<TimelineRow> m_rows;
};

} // namespace maillage
