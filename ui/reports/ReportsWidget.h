// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/main/Section.h"

class QLabel;
class QTableWidget;

namespace maillage::ui {

/// A year-by-year summary of the council's activity: meetings held and cancelled, attendance,
/// events, participants and people trained.
class ReportsWidget : public Section
{
    Q_OBJECT

public:
    explicit ReportsWidget(QWidget* parent = nullptr);

    void refresh() override;

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace maillage::ui
