// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/main/Section.h"

#include <QDate>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace maillage::ui {

/// The first page: key counts, the next meetings, overdue follow-ups, follow-ups falling due within the
/// reminder horizon (preference followups/reminder_days), partners by sector and fiches actions by status,
/// all read from the open database.
class DashboardWidget : public Section
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget* parent = nullptr);

    void refresh() override;
    /// The day the figures are computed for (today unless a test fixes it).
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

signals:
    /// The coordinator clicked the overdue follow-ups: show them all.
    void overdueFollowUpsRequested();
    /// The coordinator clicked the follow-ups falling due: show them all.
    void dueSoonFollowUpsRequested();

private:
    QWidget* makeCard(const QString& caption, const QString& objectName, QLabel** value);
    static QTableWidget* makeTable(const QStringList& headers, const QString& objectName, QWidget* parent);
    void fillDueSoon();

    QDate m_today;
    QLabel* m_councilLabel = nullptr;
    QLabel* m_meetingsHeld = nullptr;
    QLabel* m_activePartners = nullptr;
    QLabel* m_contacts = nullptr;
    QLabel* m_events = nullptr;
    QTableWidget* m_upcoming = nullptr;
    QTableWidget* m_overdue = nullptr;
    QTabWidget* m_followUpTabs = nullptr; ///< overdue | falling due

    QTableWidget* m_dueSoon = nullptr;
    QTableWidget* m_sectors = nullptr;
    QTableWidget* m_sheets = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace maillage::ui
