// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/network/NetworkGraph.h"
#include "core/network/NetworkLayout.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSlider;
class QSpinBox;
class QToolButton;
class QTextBrowser;

namespace maillage {
class Database;
}

namespace maillage::ui {

class NetworkMapView;

/// The map tab: filters, the map, the selected organisation and which sectors carry the council.
class NetworkMapPage : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkMapPage(QWidget* parent = nullptr);

    void setDatabase(Database* db);
    void refresh();
    QLineEdit* searchBox() const { return m_search; }
    const NetworkGraph& graph() const { return m_graph; }
    const NetworkLayout& layout() const { return m_layout; }
    NetworkMapView* view() const { return m_view; }

    void setPeriod(const QDate& from, const QDate& to);
    /// Shows only these sectors' organisations (empty: all sectors), as if checked in the sector list.
    void setSectors(const std::set<qint64>& sectorIds);
    std::set<qint64> selectedSectors() const;
    /// Hides links lighter than weight (1: all links), as the spin box does.
    void setMinimumWeight(int weight);
    /// Highlights the first organisation whose name or acronym contains text (accents ignored); its index or -1.
    int findNode(const QString& text);
    void showNode(int index);

    /// The map as PNG, SVG or PDF (by the file's suffix); false with a message box turned off: errors go to
    /// lastError().
    bool exportImage(const QString& path);
    bool exportGraphMl(const QString& path);
    /// Writes <base>-elements.csv and <base>-connections.csv.
    bool exportCsv(const QString& basePath);
    QString lastError() const { return m_lastError; }

private:
    void reload();
    void rebuild();
    void fillFilters();
    void updateSectorButton();
    void saveFilters() const;
    void updateSummary();
    void chooseImageExport();
    void chooseGraphExport();
    void chooseCsvExport();
    void report(bool ok);

    Database* m_db = nullptr;
    NetworkData m_data;
    NetworkGraph m_graph;
    NetworkLayout m_layout;
    QString m_lastError;
    bool m_filling = false;

    QDateEdit* m_from;
    QDateEdit* m_to;
    QSlider* m_year;
    QLabel* m_yearLabel;
    QToolButton* m_sector;
    QListWidget* m_sectorList;
    QSpinBox* m_minimumWeight;
    QComboBox* m_instance;
    QCheckBox* m_membership;
    QCheckBox* m_actions;
    QCheckBox* m_coAttendance;
    QLineEdit* m_search;
    NetworkMapView* m_view;
    QLabel* m_counts;
    QTextBrowser* m_details;
    QTextBrowser* m_summary;
};

} // namespace maillage::ui
