// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/main/Section.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace maillage::ui {

/// Public events and trainings of one year: date, kind, title, place, participants.
class EventsWidget : public Section
{
    Q_OBJECT

public:
    explicit EventsWidget(QWidget* parent = nullptr);

    void refresh() override;

private:
    void showYear();

    QComboBox* m_year = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_total = nullptr;
    bool m_filling = false;
};

} // namespace maillage::ui
