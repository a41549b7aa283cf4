// SPDX-License-Identifier: EUPL-1.2
// The timeline drawn on an image: bars where their dates say, milestones and today's line.
#include "core/documents/plan/TimelineChart.h"
#include "tests/support/Catch.h"

#include <QImage>
#include <QPainter>

using namespace maillage;

namespace {

/// First and last column of the row at y whose pixel has exactly colour; -1 when none.
std::pair<int, int> span(const QImage& image, int y, const QColor& colour)
{
    int first = -1, last = -1;
    for (int x = 0; x < image.width(); ++x)
        if (image.pixelColor(x, y) == colour) {
            if (first < 0)
                first = x;
            last = x;
        }
    return {first, last};
}

} // namespace

TEST_CASE("The timeline puts bars at the x of their dates", "[documents][timeline]")
{
    Milestone reached;
    reached.title = QStringLiteral("Comité");
    reached.dueOn = QDate(2025, 6, 1);
    reached.doneOn = QDate(2025, 6, 3);
    std::vector<TimelineRow> rows = {
        {true, QStringLiteral("1"), QStringLiteral("Axe logement"), {}, {}, SheetStatus::Planned, {}},
        {false, QStringLiteral("1.1"), QStringLiteral("Groupe logement"), QDate(2025, 1, 1), QDate(2025, 12, 31),
         SheetStatus::InProgress, {reached}},
        {false, QStringLiteral("1.2"), QStringLiteral("Formation PSSM"), QDate(2026, 7, 1), {}, SheetStatus::Done, {}},
    };
    TimelineChart chart(QDate(2024, 1, 1), QDate(2027, 12, 31), rows);
    chart.setToday(QDate(2026, 6, 15));

    const qreal dpi = 96;
    QImage image(1200, int(chart.heightFor(dpi)) + 1, QImage::Format_RGB32);
    image.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
    image.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
    image.fill(Qt::white);
    const QRectF target(0, 0, image.width(), image.height());
    {
        QPainter painter(&image);
        chart.paint(painter, target);
    }
    const QRectF area = chart.timeArea(target, dpi);
    REQUIRE(area.width() > 600);
    const qreal rowHeight = 15 * dpi / 72; // 15 pt
    const double days = QDate(2024, 1, 1).daysTo(QDate(2028, 1, 1));
    auto expectedX = [&](const QDate& day) { return area.left() + area.width() * QDate(2024, 1, 1).daysTo(day) / days; };

    // Row 1 (after the axis heading): 2025 whole, in the colour of "in progress".
    const int y1 = int(area.top() + 1.5 * rowHeight - 2); // above the milestone's centre
    const auto [first, last] = span(image, y1, TimelineChart::statusColor(SheetStatus::InProgress));
    CHECK(std::abs(first - expectedX(QDate(2025, 1, 1))) <= 2);
    CHECK(std::abs(last - expectedX(QDate(2026, 1, 1))) <= 2);
    // The reached milestone is a filled dark diamond at its due date.
    const int milestoneX = int(expectedX(QDate(2025, 6, 1)));
    CHECK(image.pixelColor(milestoneX, int(area.top() + 1.5 * rowHeight)).lightness() < 80);

    // Row 2: open-ended, runs from July 2026 to the end of the period, in the colour of "done".
    const int y2 = int(area.top() + 2.5 * rowHeight - 2);
    const auto [start2, end2] = span(image, y2, TimelineChart::statusColor(SheetStatus::Done));
    CHECK(std::abs(start2 - expectedX(QDate(2026, 7, 1))) <= 2);
    CHECK(std::abs(end2 - area.right()) <= 2);
    // Nothing of that colour on the first fiche's row.
    CHECK(span(image, y1, TimelineChart::statusColor(SheetStatus::Done)).first == -1);

    // Today's dashed red line crosses the rows at 15 June 2026.
    const int todayX = int(std::round(expectedX(QDate(2026, 6, 15))));
    int red = 0;
    for (int y = int(area.top()); y < int(area.top() + 3 * rowHeight); ++y)
        for (int dx = -1; dx <= 1; ++dx) {
            const QColor c = image.pixelColor(todayX + dx, y);
            if (c.red() > 150 && c.green() < 110 && c.blue() < 110)
                ++red;
        }
    CHECK(red > 10);
}

TEST_CASE("The timeline of a plan covers its years and groups fiches by axis in code order", "[documents][timeline]")
{
    ActionPlan plan;
    plan.firstYear = 2024;
    plan.lastYear = 2027;
    Axis a1;
    a1.id = 1;
    a1.position = 2;
    a1.code = QStringLiteral("2");
    Axis a2;
    a2.id = 2;
    a2.position = 1;
    a2.code = QStringLiteral("1");
    std::vector<ActionSheet> sheets(3);
    sheets[0].axisId = 2;
    sheets[0].code = QStringLiteral("1.10");
    sheets[1].axisId = 2;
    sheets[1].code = QStringLiteral("1.9");
    sheets[2].axisId = 1;
    sheets[2].code = QStringLiteral("2.1");
    sheets[2].endsOn = QDate(2028, 3, 1); // runs past the plan
    const TimelineChart chart = TimelineChart::fromPlan(plan, {a1, a2}, sheets);
    REQUIRE(chart.rowCount() == 5);
    CHECK(chart.rows()[0].isAxis);
    CHECK(chart.rows()[0].code == QStringLiteral("1"));
    CHECK(chart.rows()[1].code == QStringLiteral("1.9"));
    CHECK(chart.rows()[2].code == QStringLiteral("1.10"));
    CHECK(chart.rows()[3].isAxis);
    CHECK(chart.from() == QDate(2024, 1, 1));
    CHECK(chart.to() == QDate(2028, 12, 31));
}
