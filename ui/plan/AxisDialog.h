// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace maillage::ui {

/// The code, title and description of an axis.
class AxisDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AxisDialog(const Axis& axis, QWidget* parent = nullptr);

    Axis axis() const;
    void accept() override;

private:
    Axis m_axis;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace maillage::ui
