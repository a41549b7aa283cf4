// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/main/Section.h"

class QLabel;
class QTreeWidget;

namespace maillage::ui {

/// The action plan as a tree: axes, then their fiches actions with code, status, porteur and dates.
class ActionPlanWidget : public Section
{
    Q_OBJECT

public:
    explicit ActionPlanWidget(QWidget* parent = nullptr);

    void refresh() override;

private:
    QTreeWidget* m_tree = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace maillage::ui
