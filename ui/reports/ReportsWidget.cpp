// SPDX-License-Identifier: EUPL-1.2
#include "ui/reports/ReportsWidget.h"

#include "core/documents/report/ReportWriter.h"
#include "core/storage/ActivityListQueries.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/Database.h"
#include "ui/main/TableSetup.h"
#include "ui/reports/ReportTextsEditor.h"
#include "ui/reports/ReportWorker.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maillage::ui {

ReportsWidget::ReportsWidget(QWidget* parent) : Section(parent), m_printer(std::make_unique<QPrinter>())
{
    setObjectName(QStringLiteral("reportsSection"));
    m_printer->setFullPage(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(makeTitle(tr("Reports"), this));
    layout->addWidget(buildChoices());
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(buildProgress());

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(makeHeading(tr("Free texts of the report"), left));
    m_texts = new ReportTextsEditor(left);
    leftLayout->addWidget(m_texts, 1);
    splitter->addWidget(left);

    auto* tabs = new QTabWidget(splitter);
    tabs->setObjectName(QStringLiteral("reportTabs"));
    m_preview = new QPrintPreviewWidget(m_printer.get(), tabs);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    tabs->addTab(m_preview, tr("Preview"));
    m_table = new QTableWidget(0, 7, tabs);
    m_table->setObjectName(QStringLiteral("reportsTable"));
    m_table->setHorizontalHeaderLabels({tr("Year"), tr("Meetings held"), tr("Meetings cancelled"),
                                        tr("Attendance rate"), tr("Events"), tr("Participants"), tr("People trained")});
    setUpReadOnlyTable(m_table);
    m_table->setToolTip(tr("Double-click a year to prepare its report."));
    tabs->addTab(m_table, tr("Activity by year"));
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 690}); // the texts need room to be written in; the preview scales
    layout->addWidget(splitter, 1);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        if (m_content)
            ReportWriter::paint(*m_content, *printer);
    });
    connect(m_texts, &ReportTextsEditor::saved, this, [this] { updatePreview(); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this, tabs](int row) {
        if (QTableWidgetItem* item = m_table->item(row, 0)) {
            setYear(item->text().toInt());
            tabs->setCurrentIndex(0);
        }
    });
}

ReportsWidget::~ReportsWidget() = default; // a running job is cancelled and waited for by ~ReportJob

QWidget* ReportsWidget::buildProgress()
{
    m_progressRow = new QWidget(this);
    m_progressRow->setObjectName(QStringLiteral("reportProgressRow"));
    auto* row = new QHBoxLayout(m_progressRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_step = new QLabel(m_progressRow);
    m_step->setObjectName(QStringLiteral("reportStep"));
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Progress of the report"));
    auto* cancel = new QPushButton(tr("&Cancel"), m_progressRow);
    cancel->setObjectName(QStringLiteral("reportCancel"));
    cancel->setToolTip(tr("Stop preparing the report (Esc)"));
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(cancel, &QPushButton::clicked, this, [this] { cancelJob(); });
    row->addWidget(m_step);
    row->addWidget(m_progress, 1);
    row->addWidget(cancel);
    m_progressRow->hide();
    return m_progressRow;
}

QWidget* ReportsWidget::buildChoices()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    auto* period = new QHBoxLayout;
    m_year = new QSpinBox(box);
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setRange(1990, 2200);
    m_year->setValue(QDate::currentDate().year() - (QDate::currentDate().month() < 7 ? 1 : 0));
    m_year->setAccessibleName(tr("Year of the report"));
    m_custom = new QCheckBox(tr("Custom &period"), box);
    m_custom->setObjectName(QStringLiteral("reportCustomPeriod"));
    m_from = new QDateEdit(box);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First day"));
    m_to = new QDateEdit(box);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Last day"));
    m_from->setDate(QDate(m_year->value(), 1, 1));
    m_to->setDate(QDate(m_year->value(), 12, 31));
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    period->addWidget(m_year);
    period->addWidget(m_custom);
    period->addWidget(new QLabel(tr("from"), box));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), box));
    period->addWidget(m_to);
    period->addStretch(1);
    auto* yearLabel = new QLabel(tr("&Year:"), box);
    yearLabel->setBuddy(m_year);
    form->addRow(yearLabel, period);
    m_councils = new QListWidget(box);
    m_councils->setObjectName(QStringLiteral("reportCouncils"));
    m_councils->setAccessibleName(tr("Councils in the report"));
    m_councils->setMaximumHeight(72);
    auto* councilsLabel = new QLabel(tr("&Councils:"), box);
    councilsLabel->setBuddy(m_councils);
    form->addRow(councilsLabel, m_councils);
    row->addLayout(form, 1);

    auto* buttons = new QVBoxLayout;
    auto add = [&](const QString& text, const char* name, const QKeySequence& keys, auto slot) {
        auto* button = new QPushButton(text, box);
        button->setObjectName(QLatin1String(name));
        if (!keys.isEmpty()) {
            button->setShortcut(keys);
            button->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&'),
                                                             keys.toString(QKeySequence::NativeText)));
        }
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
        if (qstrcmp(name, "reportExportIndicators") != 0)
            m_jobButtons << button;
    };
    add(tr("&Update the preview"), "reportUpdatePreview", QKeySequence(Qt::Key_F5), [this] { updatePreview(); });
    add(tr("Export as P&DF…"), "reportExportPdf", QKeySequence(), [this] { askExport(QStringLiteral("pdf")); });
    add(tr("Export as &ODT…"), "reportExportOdt", QKeySequence(), [this] { askExport(QStringLiteral("odt")); });
    add(tr("P&rint…"), "reportPrint", QKeySequence::Print, [this] { print(); });
    add(tr("Export the &indicators…"), "reportExportIndicators", QKeySequence(), [this] { askIndicators(); });
    row->addLayout(buttons);

    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        if (!m_custom->isChecked()) {
            m_from->setDate(QDate(year, 1, 1));
            m_to->setDate(QDate(year, 12, 31));
        }
        scopeChanged();
    });
    connect(m_custom, &QCheckBox::toggled, this, [this](bool custom) {
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        m_year->setEnabled(!custom);
        scopeChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { m_previewStale = true; });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { m_previewStale = true; });
    connect(m_councils, &QListWidget::itemChanged, this, [this] { scopeChanged(); });
    return box;
}

void ReportsWidget::refresh()
{
    reloadCouncils();
    loadYearSummaries();
    scopeChanged();
    updatePreview();
}

void ReportsWidget::reloadCouncils()
{
    QSignalBlocker block(m_councils);
    m_councils->clear();
    if (!database())
        return;
    auto councils = CouncilRepository(*database()).list();
    if (!councils.ok()) {
        showMessage(councils.error().message, true);
        return;
    }
    for (const Council& council : councils.value()) {
        auto* item = new QListWidgetItem(council.name, m_councils);
        item->setData(Qt::UserRole, council.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

void ReportsWidget::scopeChanged()
{
    m_previewStale = true;
    std::vector<std::pair<qint64, QString>> councils;
    for (int i = 0; i < m_councils->count(); ++i)
        if (m_councils->item(i)->checkState() == Qt::Checked)
            councils.emplace_back(m_councils->item(i)->data(Qt::UserRole).toLongLong(), m_councils->item(i)->text());
    const int year = m_custom->isChecked() ? m_from->date().year() : m_year->value();
    m_texts->setScope(database(), councils, year);
}

void ReportsWidget::setYear(int year)
{
    m_custom->setChecked(false);
    m_year->setValue(year);
}

std::optional<ReportRequest> ReportsWidget::request()
{
    ReportRequest request;
    request.period = m_custom->isChecked() ? ReportPeriod{m_from->date(), m_to->date()}
                                           : ReportPeriod::year(m_year->value());
    if (request.period.to < request.period.from) {
        showMessage(tr("The period ends on %1, before it starts on %2: choose a last day after the first.")
                        .arg(QLocale().toString(request.period.to, QLocale::ShortFormat),
                             QLocale().toString(request.period.from, QLocale::ShortFormat)),
                    true);
        return std::nullopt;
    }
    for (int i = 0; i < m_councils->count(); ++i)
        if (m_councils->item(i)->checkState() == Qt::Checked)
            request.councilIds.push_back(m_councils->item(i)->data(Qt::UserRole).toLongLong());
    if (request.councilIds.empty() && m_councils->count() > 0) {
        showMessage(tr("Tick at least one council."), true);
        return std::nullopt;
    }
    return request;
}

void ReportsWidget::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a12a2a;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void ReportsWidget::loadYearSummaries()
{
    m_table->setRowCount(0);
    if (!database())
        return;
    auto years = ActivityListQueries(*database()).yearSummaries();
    if (!years) {
        showMessage(years.error().message, true);
        return;
    }
    const QLocale locale;
    m_table->setRowCount(int(years->size()));
    for (int row = 0; row < int(years->size()); ++row) {
        const YearSummary& year = years.value()[size_t(row)];
        const auto rate = year.attendanceRate();
        const QStringList cells{QString::number(year.year),
                                locale.toString(year.meetingsHeld),
                                locale.toString(year.meetingsCancelled),
                                rate ? locale.toString(*rate * 100, 'f', 0) + QStringLiteral(" %")
                                     : QStringLiteral("–"),
                                locale.toString(year.events),
                                locale.toString(year.participants),
                                locale.toString(year.peopleTrained)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            cell->setTextAlignment((column == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

} // namespace maillage::ui
