// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/main/Section.h"

#include <QDate>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace maillage {
struct Error;
}

namespace maillage::ui {

class FollowUpTableModel;

/// "Follow-ups": every action decided in a meeting, whatever the meeting, with its owner, due date,
/// status, meeting and fiche action. Filtered by state (open, overdue, done, all), owner, instance and
/// text; overdue ones in bold with a red due date. Status and due date are changed in place.
class FollowUpsView : public Section
{
    Q_OBJECT

public:
    enum Show { ShowOpen, ShowOverdue, ShowDone, ShowAll, ShowDueSoon };

    explicit FollowUpsView(QWidget* parent = nullptr);

    void refresh() override;
    /// Clears the other filters and lists the overdue follow-ups (from the dashboard).
    void showOverdue();
    /// Clears the other filters and lists the open follow-ups due within the reminder horizon
    /// (preference followups/reminder_days), overdue ones included.
    void showDueSoon();
    void setShow(Show show);
    /// The day overdue is measured against (today unless a test fixes it).
    void setToday(const QDate& today);
    QLineEdit* searchBox() const override { return m_search; }
    FollowUpTableModel* model() const { return m_model; }

private:
    void applyFilter();
    void clearFilters();
    /// The "Due within N days" choice follows the preference.
    void updateDueSoonLabel();
    void fillChoices();
    void updateCount();
    void showError(const Error& error);

    FollowUpTableModel* m_model = nullptr;
    QComboBox* m_show = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_instance = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_hint = nullptr;
    bool m_filling = false;
    bool m_sized = false;
};

} // namespace maillage::ui
