// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/plan/Breakdown.h"

#include <QDialog>

#include <map>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace maillage::ui {

/// Breaks one indicator value down: pick a dimension (pillar, sector, sex, age band), enter a number per
/// category (more categories can be added). The sum is shown against the period's value, with a warning
/// when they differ. Several dimensions may be filled; OK is refused while a number cannot be read, with
/// a message naming the category. Gives back the JSON stored in indicator_value.breakdown.
class BreakdownDialog : public QDialog
{
    Q_OBJECT

public:
    BreakdownDialog(const std::vector<plan::BreakdownDimension>& dimensions, const QString& json,
                    std::optional<double> total, const QString& period, QWidget* parent = nullptr);

    /// The breakdown as JSON (empty when no number is entered); call after OK.
    QString breakdown() const { return m_result; }
    /// The numbers that cannot be read, one message each; empty when all can.
    QStringList problems() const;
    /// Shows the dimension of that key ("sex"); false when there is none.
    bool showDimension(const QString& key);
    QTableWidget* table() const { return m_table; }

private:
    void dimensionChosen(int index);
    /// Reads the table into m_parts; problems (when given) gets what cannot be read.
    void keepShown(QStringList* problems = nullptr) const;
    void fillTable();
    void refreshSum();
    void addCategory();
    void tryAccept();
    const plan::BreakdownDimension& shown() const;

    std::vector<plan::BreakdownDimension> m_dimensions;
    mutable std::map<QString, plan::BreakdownPart> m_parts;
    std::optional<double> m_total;
    QString m_period;
    QString m_result;
    int m_shown = -1;
    bool m_filling = false;
    bool m_unreadable = false;
    QComboBox* m_dimension = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_sum = nullptr;
    QLabel* m_others = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace maillage::ui
