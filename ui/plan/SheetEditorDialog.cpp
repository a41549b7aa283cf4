// SPDX-License-Identifier: EUPL-1.2
#include "ui/plan/SheetEditorDialog.h"

#include "core/plan/PlanFigures.h"
#include "core/storage/OrganisationRepository.h"
#include "ui/plan/SheetIndicatorsPage.h"
#include "ui/plan/SheetLinksPage.h"

#include "ui/plan/FormBuddies.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maillage::ui {

namespace {

const QDate noDate(1990, 1, 1);

QDateEdit* dateEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(QCoreApplication::translate("maillage::ui::SheetEditorDialog", "no date"));
    edit->setDate(noDate);
    return edit;
}

QPlainTextEdit* textArea(const QString& name, QWidget* parent, int lines = 3)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QTableWidget* table(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

/// Buttons to add and remove rows under a table.
QWidget* rowButtons(QTableWidget* t, const QString& addText, std::function<void()> add, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* addButton = new QPushButton(addText, box);
    addButton->setObjectName(t->objectName() + QStringLiteral("Add"));
    auto* removeButton = new QPushButton(QCoreApplication::translate("maillage::ui::SheetEditorDialog", "Remove"), box);
    removeButton->setObjectName(t->objectName() + QStringLiteral("Remove"));
    QObject::connect(addButton, &QPushButton::clicked, box, std::move(add));
    QObject::connect(removeButton, &QPushButton::clicked, box, [t] {
        if (t->currentRow() >= 0)
            t->removeRow(t->currentRow());
    });
    layout->addWidget(addButton);
    layout->addWidget(removeButton);
    layout->addStretch();
    return box;
}

QLabel* makeLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SheetEditorDialog::SheetEditorDialog(Database& db, const ActionPlan& plan, const std::vector<Axis>& axes,
                                     const ActionSheet& sheet, SaveFn save, QWidget* parent)
    : QDialog(parent), m_db(db), m_plan(plan), m_sheet(sheet), m_save(std::move(save))
{
    setObjectName(QStringLiteral("sheetEditor"));
    setWindowTitle(sheet.isNew() ? tr("New fiche action") : tr("Fiche action %1").arg(sheet.code));
    OrganisationFilter filter;
    if (auto organisations = OrganisationRepository(db).list(filter); organisations.ok())
        for (const Organisation& organisation : organisations.value())
            m_organisations.emplace_back(organisation.id, organisation.displayName());

    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sheetTabs"));
    m_tabs->addTab(buildGeneralPage(axes), tr("&Fiche"));
    m_tabs->addTab(buildPartnersPage(), tr("&Partners"));
    m_tabs->addTab(buildCalendarPage(), tr("Calendar and &status"));
    m_tabs->addTab(buildBudgetPage(), tr("&Budget"));
    m_indicators = new SheetIndicatorsPage(db, plan, this);
    m_tabs->addTab(m_indicators, tr("&Indicators"));
    m_links = new SheetLinksPage(db, this);
    m_tabs->addTab(m_links, tr("&Linked work"));
    layout->addWidget(m_tabs, 1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("sheetProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    layout->addWidget(m_problems);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the fiche (Ctrl+S)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SheetEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &SheetEditorDialog::accept);

    fill();
    resize(900, 680);
}

QWidget* SheetEditorDialog::buildGeneralPage(const std::vector<Axis>& axes)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* form = new QFormLayout(page);
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("sheetCode"));
    m_code->setMaximumWidth(120);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("sheetTitle"));
    auto* codeTitle = new QHBoxLayout;
    codeTitle->addWidget(m_code);
    codeTitle->addWidget(m_title, 1);
    form->addRow(tr("Code and &title:"), codeTitle);
    m_axis = new QComboBox(page);
    m_axis->setObjectName(QStringLiteral("sheetAxis"));
    // Long axis titles (the PTSM priorities) must not widen the dialog past the screen.
    m_axis->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_axis->setMinimumContentsLength(40);
    for (const Axis& axis : axes)
        m_axis->addItem(axis.code.isEmpty() ? axis.title : axis.code + QStringLiteral(" · ") + axis.title, axis.id);
    form->addRow(tr("A&xis:"), m_axis);
    m_lead = new QComboBox(page);
    m_lead->setObjectName(QStringLiteral("sheetLead"));
    m_lead->addItem(tr("(none)"), qint64(0));
    for (const auto& [id, name] : m_organisations)
        m_lead->addItem(name, id);
    form->addRow(tr("&Lead (porteur):"), m_lead);
    m_context = textArea(QStringLiteral("sheetContext"), page);
    form->addRow(tr("C&ontext:"), m_context);
    m_general = textArea(QStringLiteral("sheetGeneralObjective"), page, 2);
    form->addRow(tr("&General objective:"), m_general);
    m_specific = textArea(QStringLiteral("sheetSpecificObjectives"), page, 4);
    m_specific->setPlaceholderText(tr("One objective per line"));
    form->addRow(tr("&Specific objectives:"), m_specific);
    m_public = new QLineEdit(page);
    m_public->setObjectName(QStringLiteral("sheetPublic"));
    m_reach = new QSpinBox(page);
    m_reach->setObjectName(QStringLiteral("sheetReach"));
    m_reach->setRange(0, 1000000);
    m_reach->setAccessibleName(tr("Expected number of people"));
    auto* publicRow = new QHBoxLayout;
    publicRow->addWidget(m_public, 1);
    publicRow->addWidget(new QLabel(tr("expected:"), page));
    publicRow->addWidget(m_reach);
    form->addRow(tr("Target &public:"), publicRow);
    m_territory = new QLineEdit(page);
    m_territory->setObjectName(QStringLiteral("sheetTerritory"));
    form->addRow(tr("Te&rritory:"), m_territory);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("sheetProgress"));
    m_progress->setRange(0, 100);
    form->addRow(tr("Progress:"), m_progress);
    setFormBuddies(form);
    scroll->setWidget(page);
    return scroll;
}

QWidget* SheetEditorDialog::buildPartnersPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_partners = table(QStringLiteral("sheetPartners"), {tr("Organisation"), tr("Role")}, page);
    m_partners->setColumnWidth(0, 480);
    layout->addWidget(m_partners, 1);
    layout->addWidget(rowButtons(
        m_partners, tr("Add a partner"), [this] { addPartnerRow(0, PartnerRole::Partner); }, page));
    return page;
}

QWidget* SheetEditorDialog::buildCalendarPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_start = dateEdit(QStringLiteral("sheetStart"), page);
    m_end = dateEdit(QStringLiteral("sheetEnd"), page);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), page));
    dates->addWidget(m_end);
    dates->addStretch();
    form->addRow(tr("&Dates:"), dates);
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("sheetStatus"));
    for (SheetStatus status : allValues<SheetStatus>())
        m_status->addItem(labelOf(status), int(status));
    m_statusComment = new QLineEdit(page);
    m_statusComment->setObjectName(QStringLiteral("sheetStatusComment"));
    m_statusComment->setPlaceholderText(tr("Why the status changes (kept in the history)"));
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_statusComment, 1);
    form->addRow(tr("S&tatus:"), statusRow);
    setFormBuddies(form);
    layout->addLayout(form);
    layout->addWidget(makeLabel(tr("Milestones"), page));
    m_milestones = table(QStringLiteral("sheetMilestones"), {tr("Milestone"), tr("Due on"), tr("Reached on")}, page);
    m_milestones->setColumnWidth(0, 420);
    m_milestones->setColumnWidth(1, 140);
    connect(m_milestones, &QTableWidget::itemChanged, this, &SheetEditorDialog::updateProgress);
    layout->addWidget(m_milestones, 2);
    layout->addWidget(rowButtons(
        m_milestones, tr("Add a milestone"), [this] { addMilestoneRow(Milestone{}); }, page));
    layout->addWidget(makeLabel(tr("Status history"), page));
    m_history = table(QStringLiteral("sheetHistory"), {tr("Date"), tr("Status"), tr("Comment")}, page);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setColumnWidth(0, 120);
    m_history->setColumnWidth(1, 140);
    layout->addWidget(m_history, 1);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SheetEditorDialog::updateProgress);
    return page;
}

QWidget* SheetEditorDialog::buildBudgetPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_budget = table(QStringLiteral("sheetBudget"),
                     {tr("Funder"), tr("Year"), tr("Planned (€)"), tr("Obtained (€)"), tr("Spent (€)")}, page);
    m_budget->setColumnWidth(0, 260);
    for (int column = 2; column < 5; ++column)
        m_budget->setColumnWidth(column, 130);
    connect(m_budget, &QTableWidget::itemChanged, this, &SheetEditorDialog::updateBudgetTotals);
    layout->addWidget(m_budget, 1);
    layout->addWidget(rowButtons(
        m_budget, tr("Add a budget line"),
        [this] {
            BudgetLine line;
            line.year = std::clamp(QDate::currentDate().year(), m_plan.firstYear, m_plan.lastYear);
            addBudgetRow(line);
        },
        page));
    m_budgetTotals = new QLabel(page);
    m_budgetTotals->setObjectName(QStringLiteral("sheetBudgetTotals"));
    m_budgetTotals->setTextFormat(Qt::RichText);
    m_budgetTotals->setWordWrap(true);
    layout->addWidget(m_budgetTotals);
    return page;
}

} // namespace maillage::ui
