// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/network/Participation.h"

#include <QWidget>

class QDateEdit;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// The participation tab: attendance rates by organisation, sector, pillar and instance, newcomers, partners
/// not seen for N months and the four pillars in each instance; sortable tables, CSV export of the one shown.
class ParticipationPage : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipationPage(QWidget* parent = nullptr);

    void setDatabase(Database* db);
    void refresh();
    const ParticipationReport& report() const { return m_report; }
    void setPeriod(const QDate& from, const QDate& to);
    /// The table shown (for tests: 0 organisations … 6 pillars).
    QTableView* table(int index) const;
    QTabWidget* tabs() const { return m_tabs; }
    /// Writes the table shown as CSV (UTF-8 with BOM, ';'), in its current sort order.
    bool exportCsv(const QString& path, QString* error = nullptr) const;

private:
    void fill();
    void chooseExport();

    Database* m_db = nullptr;
    ParticipationReport m_report;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QSpinBox* m_months;
    QTabWidget* m_tabs;
    std::vector<QStandardItemModel*> m_models;
    std::vector<QTableView*> m_views;
};

} // namespace maillage::ui
