// SPDX-License-Identifier: EUPL-1.2
#include "ui/plan/SheetIndicatorsPage.h"

#include "core/plan/ComputedValues.h"
#include "core/plan/PlanFigures.h"
#include "core/storage/ActionPlanRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/SectorRepository.h"

#include "ui/plan/FormBuddies.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace maillage::ui {

SheetIndicatorsPage::SheetIndicatorsPage(Database& db, const ActionPlan& plan, QWidget* parent)
    : QWidget(parent), m_db(db), m_plan(plan)
{
    setObjectName(QStringLiteral("sheetIndicators"));
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("indicatorList"));
    m_list->setMaximumWidth(260);
    left->addWidget(m_list, 1);
    auto* add = new QPushButton(tr("Add an indicator"), this);
    add->setObjectName(QStringLiteral("indicatorAdd"));
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("indicatorRemove"));
    left->addWidget(add);
    left->addWidget(remove);
    layout->addLayout(left);

    m_form = new QWidget(this);
    auto* right = new QVBoxLayout(m_form);
    right->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("indicatorName"));
    form->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox(m_form);
    m_kind->setObjectName(QStringLiteral("indicatorKind"));
    for (IndicatorKind kind : allValues<IndicatorKind>())
        m_kind->addItem(labelOf(kind), int(kind));
    m_unit = new QLineEdit(m_form);
    m_unit->setObjectName(QStringLiteral("indicatorUnit"));
    m_unit->setPlaceholderText(tr("unit"));
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addWidget(m_unit, 1);
    form->addRow(tr("&Kind and unit:"), kindRow);
    m_source = new QLineEdit(m_form);
    m_source->setObjectName(QStringLiteral("indicatorDataSource"));
    form->addRow(tr("&Data source:"), m_source);
    m_baseline = new QLineEdit(m_form);
    m_baseline->setObjectName(QStringLiteral("indicatorBaseline"));
    m_target = new QLineEdit(m_form);
    m_target->setObjectName(QStringLiteral("indicatorTarget"));
    m_cumulative = new QCheckBox(tr("C&umulative (values add up)"), m_form);
    m_cumulative->setObjectName(QStringLiteral("indicatorCumulative"));
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_baseline);
    targetRow->addWidget(new QLabel(tr("target:"), m_form));
    targetRow->addWidget(m_target);
    targetRow->addWidget(m_cumulative);
    form->addRow(tr("&Baseline:"), targetRow);
    m_computed = new QComboBox(m_form);
    m_computed->setObjectName(QStringLiteral("indicatorComputed"));
    for (ComputedSource source : allValues<ComputedSource>())
        m_computed->addItem(labelOf(source), int(source));
    m_instance = new QComboBox(m_form);
    m_instance->setObjectName(QStringLiteral("indicatorInstance"));
    m_instance->setAccessibleName(tr("Instance"));
    m_instance->addItem(tr("(the meetings linked to the fiche)"), qint64(0));
    InstanceFilter instances;
    if (auto list = InstanceRepository(db).list(instances); list.ok())
        for (const Instance& instance : list.value())
            m_instance->addItem(instance.name, instance.id);
    m_councilWide = new QCheckBox(tr("all the council's events"), m_form);
    m_councilWide->setObjectName(QStringLiteral("indicatorCouncilWide"));
    auto* computedRow = new QHBoxLayout;
    computedRow->addWidget(m_computed);
    computedRow->addWidget(m_instance, 1);
    computedRow->addWidget(m_councilWide);
    form->addRow(tr("&Computed from:"), computedRow);
    m_standing = new QProgressBar(m_form);
    m_standing->setObjectName(QStringLiteral("indicatorStanding"));
    m_standing->setRange(0, 100);
    form->addRow(tr("Against target:"), m_standing);
    setFormBuddies(form);
    right->addLayout(form);

    auto sectors = SectorRepository(db).list();
    m_dimensions = plan::Breakdown::dimensions(sectors.ok() ? sectors.value() : std::vector<Sector>{});
    m_values = new QTableWidget(0, 5, m_form);
    m_values->setObjectName(QStringLiteral("indicatorValues"));
    m_values->setHorizontalHeaderLabels(
        {tr("Period"), tr("Value"), tr("Target"), tr("Breakdown (optional)"), tr("From the data")});
    m_values->verticalHeader()->hide();
    m_values->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_values->setSelectionMode(QAbstractItemView::SingleSelection);
    m_values->horizontalHeader()->setSectionResizeMode(BreakdownColumn, QHeaderView::Stretch);
    m_values->horizontalHeader()->setSectionResizeMode(FromDataColumn, QHeaderView::Stretch);
    m_values->setToolTip(tr("Periods: 2025, 2025-S1 (half-year) or 2025-T3 (quarter). Double-click a breakdown "
                            "to edit it."));
    right->addWidget(m_values, 1);

    auto* valueButtons = new QHBoxLayout;
    auto* addValue = new QPushButton(tr("Add a period"), m_form);
    addValue->setObjectName(QStringLiteral("indicatorValueAdd"));
    auto* removeValue = new QPushButton(tr("Remove the period"), m_form);
    removeValue->setObjectName(QStringLiteral("indicatorValueRemove"));
    m_year = new QSpinBox(m_form);
    m_year->setObjectName(QStringLiteral("indicatorYear"));
    m_year->setRange(plan.firstYear, std::max(plan.firstYear, plan.lastYear));
    m_year->setValue(std::clamp(QDate::currentDate().year(), plan.firstYear, std::max(plan.firstYear, plan.lastYear)));
    m_year->setAccessibleName(tr("Year"));
    auto* breakdown = new QPushButton(tr("Brea&kdown…"), m_form);
    breakdown->setObjectName(QStringLiteral("indicatorBreakdown"));
    m_compute = new QToolButton(m_form);
    m_compute->setObjectName(QStringLiteral("indicatorCompute"));
    m_compute->setPopupMode(QToolButton::MenuButtonPopup);
    auto* computePeriod = new QAction(tr("Compute from the data"), m_compute);
    computePeriod->setObjectName(QStringLiteral("indicatorComputePeriod"));
    computePeriod->setToolTip(tr("Computes the selected period (or the year chosen) from Maillage’s data"));
    auto* computeAll = new QAction(tr("Compute every period of the indicator"), m_compute);
    computeAll->setObjectName(QStringLiteral("indicatorComputeAll"));
    auto* computeMenu = new QMenu(m_compute);
    computeMenu->addAction(computePeriod);
    computeMenu->addAction(computeAll);
    m_compute->setMenu(computeMenu);
    m_compute->setDefaultAction(computePeriod);
    m_lock = new QPushButton(tr("Lock the year"), m_form);
    m_lock->setObjectName(QStringLiteral("indicatorLock"));
    valueButtons->addWidget(addValue);
    valueButtons->addWidget(removeValue);
    valueButtons->addWidget(breakdown);
    valueButtons->addStretch();
    valueButtons->addWidget(m_compute);
    valueButtons->addWidget(m_year);
    valueButtons->addWidget(m_lock);
    right->addLayout(valueButtons);
    m_locks = new QLabel(m_form);
    m_locks->setObjectName(QStringLiteral("indicatorLocks"));
    right->addWidget(m_locks);
    m_message = new QLabel(m_form);
    m_message->setObjectName(QStringLiteral("indicatorMessage"));
    m_message->setWordWrap(true);
    right->addWidget(m_message);
    layout->addWidget(m_form, 1);

    connect(add, &QPushButton::clicked, this, &SheetIndicatorsPage::addIndicator);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_current = -1;
        m_items.erase(m_items.begin() + row);
        delete m_list->takeItem(row);
        load(m_list->currentRow());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        store(m_current);
        load(row);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (QListWidgetItem* item = m_list->item(m_current))
            item->setText(text);
    });
    connect(addValue, &QPushButton::clicked, this, [this] {
        IndicatorValue value;
        value.period = QString::number(m_year->value());
        addValueRow(value);
    });
    connect(removeValue, &QPushButton::clicked, this, [this] {
        if (m_values->currentRow() >= 0)
            m_values->removeRow(m_values->currentRow());
        refreshStanding();
    });
    connect(m_values, &QTableWidget::itemChanged, this, &SheetIndicatorsPage::refreshStanding);
    connect(m_target, &QLineEdit::textChanged, this, &SheetIndicatorsPage::refreshStanding);
    connect(m_baseline, &QLineEdit::textChanged, this, &SheetIndicatorsPage::refreshStanding);
    connect(m_cumulative, &QCheckBox::toggled, this, &SheetIndicatorsPage::refreshStanding);
    connect(m_computed, &QComboBox::currentIndexChanged, this, &SheetIndicatorsPage::updateScope);
    connect(computePeriod, &QAction::triggered, this, [this] { computeFromData(false); });
    connect(computeAll, &QAction::triggered, this, [this] { computeFromData(true); });
    connect(breakdown, &QPushButton::clicked, this, &SheetIndicatorsPage::editBreakdown);
    connect(m_values, &QTableWidget::cellDoubleClicked, this, [this](int, int column) {
        if (column == BreakdownColumn)
            editBreakdown();
    });
    connect(m_lock, &QPushButton::clicked, this, &SheetIndicatorsPage::toggleLock);
    connect(m_year, &QSpinBox::valueChanged, this, &SheetIndicatorsPage::refreshLocks);
    refreshLocks();
    load(-1);
}

} // namespace maillage::ui
