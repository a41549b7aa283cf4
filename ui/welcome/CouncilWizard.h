// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Council.h"
#include "core/domain/Instance.h"
#include "core/util/Result.h"

#include <QWizard>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// The guided creation of a council on first start: its name and kind, the communes of its territory,
/// its instances from the usual presets, and (optionally) its partners from a vCard or CSV file.
/// Nothing is written before Finish; then everything is written in one transaction.
class CouncilWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { CouncilPage, TerritoryPage, InstancesPage, PartnersPage, SummaryPage };

    /// location: where the council will be kept, shown on the last page.
    explicit CouncilWizard(const QString& location, QWidget* parent = nullptr);

    /// The council as entered, with its communes.
    Council council() const;
    /// The instances chosen among the presets.
    std::vector<Instance> instances() const;
    QString partnersFile() const;
    /// Writes the council, its instances and the imported partners: all of it or nothing.
    Status createIn(Database& db) const;

    // For tests and the pages.
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }
    QTableWidget* communesTable() const { return m_communes; }
    QListWidget* instancesList() const { return m_instances; }
    QLineEdit* partnersEdit() const { return m_partners; }
    void addCommune(const QString& name, const QString& insee, int population);

private:
    QWizardPage* councilPage();
    QWizardPage* territoryPage();
    QWizardPage* instancesPage();
    QWizardPage* partnersPage();
    QWizardPage* summaryPage(const QString& location);

    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QTableWidget* m_communes = nullptr;
    QListWidget* m_instances = nullptr;
    QLineEdit* m_partners = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace maillage::ui
