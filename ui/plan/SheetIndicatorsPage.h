// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"

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

namespace maillage {
class Database;
}

namespace maillage::ui {

/// The indicators of a fiche: definition, computed source, values per period with target and
/// breakdown, progress against target, and the plan's locked years.
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

private:
    void load(int row);
    void store(int row, QStringList* problems = nullptr) const;
    void addValueRow(const IndicatorValue& value);
    void computeYear();
    void toggleLock();
    void refreshLocks();
    void refreshStanding();
    void updateScope();

    Database& m_db;
    ActionPlan m_plan;
    qint64 m_sheetId = 0;
    mutable std::vector<Indicator> m_items;
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
    QPushButton* m_lock = nullptr;
    QLabel* m_locks = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace maillage::ui
