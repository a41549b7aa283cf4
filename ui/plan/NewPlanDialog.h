// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"
#include "core/plan/PlanCreation.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace maillage::ui {

/// A new action plan: title, years, preset axes and the plan whose unfinished fiches to carry over.
class NewPlanDialog : public QDialog
{
    Q_OBJECT

public:
    NewPlanDialog(const std::vector<ActionPlan>& previousPlans, QWidget* parent = nullptr);

    /// Without the council id, which the caller knows.
    plan::NewPlan request() const;
    void accept() override;

private:
    QLineEdit* m_title = nullptr;
    QSpinBox* m_first = nullptr;
    QSpinBox* m_last = nullptr;
    QComboBox* m_preset = nullptr;
    QComboBox* m_carry = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace maillage::ui
