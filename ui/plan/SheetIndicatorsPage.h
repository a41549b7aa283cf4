// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"
#include "core/plan/Breakdown.h"
#include "core/plan/ComputedValues.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// The indicators of a fiche: definition, computed source, values per period with target and
/// breakdown (edited in BreakdownDialog), progress against target, and the plan's locked years.
/// Values of a computed indicator are filled from the data only when asked (a period or every period),
/// each shown with what it was computed from; a value that differs is replaced only once the coordinator
/// agrees, and a locked year never.
class SheetIndicatorsPage : public QWidget
{
    Q_OBJECT

public:
    SheetIndicatorsPage(Database& db, const ActionPlan& plan, QWidget* parent = nullptr);

    void setIndicators(const std::vector<Indicator>& indicators, qint64 sheetId);
    /// The indicators as edited; problems gets the values that cannot be read.
    std::vector<Indicator> indicators(QStringList* problems = nullptr) const;

    /// Adds an indicator and selects it (also the "Add" button).
    void addIndicator();
    QTableWidget* valuesTable() const { return m_values; }
    /// Selects the indicator at row (in the list on the left).
    void selectIndicator(int row);

    /// "Compute from the data": the selected period (the year chosen when none is), or every period of the
    /// indicator. When values entered differ, asks first (non-modal box "computeReplaceBox").
    void computeFromData(bool everyPeriod);
    /// Opens the breakdown editor of the selected period (non-modal "breakdownDialog").
    void editBreakdown();

    /// The columns of the values table.
    enum Column { PeriodColumn, ValueColumn, TargetColumn, BreakdownColumn, FromDataColumn };

private:
    void load(int row);
    void store(int row, QStringList* problems = nullptr) const;
    void addValueRow(const IndicatorValue& value);
    void finishComputing(const std::vector<plan::ComputedFigure>& figures, bool replaceDiffering);
    /// Fills the "from the data" column of a computed indicator (nothing is changed).
    void showFromData();
    void setBreakdown(int row, const QString& json);
    void toggleLock();
    void refreshLocks();
    void refreshStanding();
    void updateScope();

    Database& m_db;
    ActionPlan m_plan;
    qint64 m_sheetId = 0;
    mutable std::vector<Indicator> m_items;
    std::vector<plan::BreakdownDimension> m_dimensions;
    int m_current = -1;

    QListWidget* m_list = nullptr;
    QWidget* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_source = nullptr;
    QLineEdit* m_baseline = nullptr;
    QLineEdit* m_target = nullptr;
    QCheckBox* m_cumulative = nullptr;
    QComboBox* m_computed = nullptr;
    QComboBox* m_instance = nullptr;
    QCheckBox* m_councilWide = nullptr;
    QTableWidget* m_values = nullptr;
    QProgressBar* m_standing = nullptr;
    QSpinBox* m_year = nullptr;
    QToolButton* m_compute = nullptr;
    QPushButton* m_lock = nullptr;
    QLabel* m_locks = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace maillage::ui
