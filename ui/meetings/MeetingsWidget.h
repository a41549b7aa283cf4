// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/main/Section.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace maillage {
class MeetingListModel;
}

namespace maillage::ui {

/// Every meeting, latest first, filtered by year, instance, status and text. Read-only.
class MeetingsWidget : public Section
{
    Q_OBJECT

public:
    explicit MeetingsWidget(QWidget* parent = nullptr);

    void refresh() override;
    MeetingListModel* model() const { return m_model; }

private:
    void applyFilter();
    void fillChoices();

    MeetingListModel* m_model = nullptr;
    QComboBox* m_year = nullptr;
    QComboBox* m_instance = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    bool m_filling = false;
};

} // namespace maillage::ui
