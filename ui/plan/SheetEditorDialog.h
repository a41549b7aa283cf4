// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"
#include "core/util/Result.h"

#include <QDialog>

#include <functional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace maillage {
class Database;
}

namespace maillage::ui {

class SheetIndicatorsPage;
class SheetLinksPage;

/// Every field of a fiche action, on tabs: the fiche, partners, calendar and status, budget,
/// indicators, and what links to it. Ctrl+S saves; the dialog stays open when saving is refused.
class SheetEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// save writes the fiche (given with the dialog's values) and may refuse it with a message.
    using SaveFn = std::function<Status(ActionSheet& sheet)>;

    SheetEditorDialog(Database& db, const ActionPlan& plan, const std::vector<Axis>& axes, const ActionSheet& sheet,
                      SaveFn save, QWidget* parent = nullptr);

    /// The fiche with the dialog's values; problems gets what cannot be read (amounts, dates).
    ActionSheet sheet(QStringList* problems = nullptr) const;
    /// The fiche as last saved.
    const ActionSheet& saved() const { return m_sheet; }
    void accept() override;

    QTabWidget* tabs() const { return m_tabs; }

private:
    QWidget* buildGeneralPage(const std::vector<Axis>& axes);
    QWidget* buildPartnersPage();
    QWidget* buildCalendarPage();
    QWidget* buildBudgetPage();
    void fill();
    void addPartnerRow(qint64 organisationId, PartnerRole role);
    void addMilestoneRow(const Milestone& milestone);
    void addBudgetRow(const BudgetLine& line);
    void updateBudgetTotals();
    void updateProgress();
    void showProblems(const QStringList& problems);

    Database& m_db;
    ActionPlan m_plan;
    ActionSheet m_sheet;
    SaveFn m_save;
    std::vector<std::pair<qint64, QString>> m_organisations;

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_axis = nullptr;
    QComboBox* m_lead = nullptr;
    QPlainTextEdit* m_context = nullptr;
    QPlainTextEdit* m_general = nullptr;
    QPlainTextEdit* m_specific = nullptr;
    QLineEdit* m_public = nullptr;
    QSpinBox* m_reach = nullptr;
    QLineEdit* m_territory = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_statusComment = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableWidget* m_partners = nullptr;
    QTableWidget* m_milestones = nullptr;
    QTableWidget* m_history = nullptr;
    QTableWidget* m_budget = nullptr;
    QLabel* m_budgetTotals = nullptr;
    SheetIndicatorsPage* m_indicators = nullptr;
    SheetLinksPage* m_links = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace maillage::ui
