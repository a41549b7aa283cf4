// SPDX-License-Identifier: EUPL-1.2
// NetworkMapPage: the sector list, the instance list and the filters remembered between sessions.
#include "ui/network/NetworkMapPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QIcon>
#include <QListWidget>
#include <QPixmap>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>

namespace maillage::ui {

void NetworkMapPage::fillFilters()
{
    m_filling = true;
    // Keep what is ticked now; the first time, what was ticked last session.
    std::set<qint64> ticked = m_sectorList->count() > 0 ? selectedSectors() : std::set<qint64>{};
    if (m_sectorList->count() == 0)
        for (const QVariant& id : QSettings().value(QStringLiteral("network/sectors")).toList())
            ticked.insert(id.toLongLong());
    const QVariant instance = m_instance->currentData();
    m_sectorList->clear();
    for (const auto& row : m_data.sectors) {
        auto* item = new QListWidgetItem(row.label, m_sectorList);
        QPixmap swatch(12, 12);
        swatch.fill(QColor(row.color));
        item->setIcon(QIcon(swatch));
        item->setData(Qt::UserRole, row.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(ticked.count(row.id) ? Qt::Checked : Qt::Unchecked);
    }
    // Tall enough for every sector of a council (about fifteen) without scrolling.
    const int rows = std::min(m_sectorList->count(), 20);
    const int rowHeight = std::max(18, m_sectorList->sizeHintForRow(0));
    m_sectorList->setFixedHeight(rows * rowHeight + 2 * m_sectorList->frameWidth() + 2);
    m_instance->clear();
    m_instance->addItem(tr("All instances"), 0);
    for (const auto& [id, name] : m_data.instances)
        m_instance->addItem(name, id);
    m_instance->setCurrentIndex(std::max(0, m_instance->findData(instance)));
    updateSectorButton();
    m_filling = false;
}

std::set<qint64> NetworkMapPage::selectedSectors() const
{
    std::set<qint64> ids;
    for (int row = 0; row < m_sectorList->count(); ++row)
        if (m_sectorList->item(row)->checkState() == Qt::Checked)
            ids.insert(m_sectorList->item(row)->data(Qt::UserRole).toLongLong());
    return ids;
}

void NetworkMapPage::setSectors(const std::set<qint64>& sectorIds)
{
    m_filling = true;
    for (int row = 0; row < m_sectorList->count(); ++row) {
        QListWidgetItem* item = m_sectorList->item(row);
        item->setCheckState(sectorIds.count(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    updateSectorButton();
    rebuild();
}

void NetworkMapPage::setMinimumWeight(int weight)
{
    m_minimumWeight->setValue(weight);
}

void NetworkMapPage::updateSectorButton()
{
    const std::set<qint64> ids = selectedSectors();
    QString text = tr("All sectors");
    if (ids.size() == 1) {
        for (int row = 0; row < m_sectorList->count(); ++row)
            if (m_sectorList->item(row)->checkState() == Qt::Checked)
                text = m_sectorList->item(row)->text();
    } else if (!ids.empty()) {
        text = tr("%n sector(s)", nullptr, int(ids.size()));
    }
    m_sector->setText(text);
}

void NetworkMapPage::saveFilters() const
{
    QSettings settings;
    QVariantList ids;
    for (qint64 id : selectedSectors())
        ids << id;
    settings.setValue(QStringLiteral("network/sectors"), ids);
    settings.setValue(QStringLiteral("network/minimumWeight"), m_minimumWeight->value());
    settings.setValue(QStringLiteral("network/linkKinds"),
                      (m_membership->isChecked() ? unsigned(LinkKind::Membership) : 0u) |
                          (m_actions->isChecked() ? unsigned(LinkKind::Action) : 0u) |
                          (m_coAttendance->isChecked() ? unsigned(LinkKind::CoAttendance) : 0u));
}

} // namespace maillage::ui
