// SPDX-License-Identifier: EUPL-1.2
#include "ui/plan/TimelineView.h"

#include "core/documents/plan/PlanDocumentWriter.h"
#include "core/storage/ActionPlanRepository.h"
#include "core/storage/CouncilRepository.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace maillage::ui {

namespace {

/// Paints the chart at the canvas width; its height follows the rows.
class TimelineCanvas : public QWidget
{
public:
    TimelineCanvas(const TimelineChart& chart, QWidget* parent) : QWidget(parent), m_chart(chart)
    {
        setObjectName(QStringLiteral("timelineCanvas"));
        setAutoFillBackground(true);
        QPalette palette = this->palette();
        palette.setColor(QPalette::Window, Qt::white);
        setPalette(palette);
    }
    void updateHeight() { setMinimumHeight(int(m_chart.heightFor(logicalDpiY())) + 16); }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        m_chart.paint(painter, QRectF(rect()).adjusted(8, 8, -8, -8));
    }

private:
    const TimelineChart& m_chart;
};

} // namespace

TimelineView::TimelineView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("timelinePlan"));
    m_plan->setAccessibleName(tr("Action plan"));
    bar->addWidget(new QLabel(tr("Plan:"), this));
    bar->addWidget(m_plan, 1);
    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("timelinePrint"));
    print->setShortcut(QKeySequence::Print);
    auto* pdf = new QPushButton(tr("Export &PDF…"), this);
    pdf->setObjectName(QStringLiteral("timelinePdf"));
    bar->addWidget(print);
    bar->addWidget(pdf);
    layout->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("timelineMessage"));
    m_message->hide();
    layout->addWidget(m_message);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    auto* canvas = new TimelineCanvas(m_chart, m_scroll);
    m_canvas = canvas;
    m_scroll->setWidget(canvas);
    layout->addWidget(m_scroll, 1);
    connect(print, &QPushButton::clicked, this, &TimelineView::print);
    connect(pdf, &QPushButton::clicked, this, &TimelineView::exportPdf);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &TimelineView::load);
}

void TimelineView::setDatabase(Database* db)
{
    m_db = db;
    showPlan(0);
}

qint64 TimelineView::planId() const
{
    return m_plan->currentData().toLongLong();
}

void TimelineView::showPlan(qint64 planId)
{
    m_plan->blockSignals(true);
    m_plan->clear();
    if (m_db)
        if (auto council = CouncilRepository(*m_db).first(); council.ok())
            if (auto plans = ActionPlanRepository(*m_db).listPlans(council->id); plans.ok())
                for (const ActionPlan& plan : plans.value())
                    m_plan->addItem(QStringLiteral("%1 (%2–%3)").arg(plan.title).arg(plan.firstYear).arg(plan.lastYear),
                                    plan.id);
    m_plan->setCurrentIndex(planId > 0 ? std::max(0, m_plan->findData(planId)) : 0);
    m_plan->blockSignals(false);
    load();
}

void TimelineView::load()
{
    m_chart = TimelineChart();
    m_planTitle.clear();
    m_message->hide();
    if (m_db && planId() > 0) {
        ActionPlanRepository plans(*m_db);
        auto plan = plans.getPlan(planId());
        auto axes = plans.listAxes(planId());
        ActionSheetFilter filter;
        filter.planId = planId();
        filter.withDetails = true;
        auto sheets = plans.listSheets(filter);
        if (plan.ok() && axes.ok() && sheets.ok()) {
            m_chart = TimelineChart::fromPlan(plan.value(), axes.value(), sheets.value());
            m_planTitle = plan->title;
        } else {
            m_message->setText(!plan.ok() ? plan.error().message
                                          : (!axes.ok() ? axes.error().message : sheets.error().message));
            m_message->show();
        }
    } else if (m_db) {
        m_message->setText(tr("The council has no action plan yet."));
        m_message->show();
    }
    m_chart.setToday(QDate::currentDate());
    static_cast<TimelineCanvas*>(m_canvas)->updateHeight();
    m_canvas->update();
}

QString TimelineView::title() const
{
    return tr("Timeline — %1").arg(m_planTitle);
}

void TimelineView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setDocName(title());
    auto* preview = new QPrintPreviewDialog(&printer, this);
    preview->setObjectName(QStringLiteral("timelinePreview"));
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* target) { m_chart.paintPages(*target, title()); });
    preview->exec();
    delete preview;
}

void TimelineView::exportPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the timeline"),
                                                      QDir(folder).filePath(tr("timeline.pdf")), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

bool TimelineView::exportPdfTo(const QString& path)
{
    if (Status status = PlanDocumentWriter::writeTimelinePdf(m_chart, title(), path); !status) {
        QMessageBox::warning(this, tr("Timeline"), status.error().message);
        return false;
    }
    return true;
}

} // namespace maillage::ui
