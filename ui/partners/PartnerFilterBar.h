// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/PartnerListQueries.h"

#include <QWidget>

class QComboBox;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// The filters above the partners lists: sector, commune, pillar (contacts), instance and active.
class PartnerFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit PartnerFilterBar(QWidget* parent = nullptr);

    /// Refills the choices from db (none when null), keeping the current ones when they still exist.
    void setDatabase(Database* db);
    /// The chosen filters (text left empty).
    PartnerFilter filter() const;
    /// The pillar only filters contacts.
    void setPillarEnabled(bool enabled);
    void clear();

    QComboBox* sectorCombo() const { return m_sector; }
    QComboBox* communeCombo() const { return m_commune; }
    QComboBox* pillarCombo() const { return m_pillar; }
    QComboBox* instanceCombo() const { return m_instance; }
    QComboBox* activeCombo() const { return m_active; }

signals:
    void changed();

private:
    QComboBox* addCombo(const QString& objectName, const QString& accessibleName);

    QComboBox* m_sector = nullptr;
    QComboBox* m_commune = nullptr;
    QComboBox* m_pillar = nullptr;
    QComboBox* m_instance = nullptr;
    QComboBox* m_active = nullptr;
};

} // namespace maillage::ui
