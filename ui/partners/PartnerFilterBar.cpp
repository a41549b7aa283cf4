// SPDX-License-Identifier: EUPL-1.2
#include "ui/partners/PartnerFilterBar.h"

#include "core/domain/Contact.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/SectorRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace maillage::ui {

namespace {

// Refills combo with "all" then items, keeping the chosen data when it is still offered.
void refill(QComboBox* combo, const QString& all, const std::vector<std::pair<QString, QVariant>>& items)
{
    const QSignalBlocker blocker(combo);
    const QVariant chosen = combo->currentData();
    combo->clear();
    combo->addItem(all, QVariant());
    for (const auto& [text, data] : items)
        combo->addItem(text, data);
    combo->setCurrentIndex(qMax(0, chosen.isValid() ? combo->findData(chosen) : 0));
}

} // namespace

PartnerFilterBar::PartnerFilterBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("partnerFilters"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sector = addCombo(QStringLiteral("sectorFilter"), tr("Sector"));
    m_commune = addCombo(QStringLiteral("communeFilter"), tr("Commune"));
    m_pillar = addCombo(QStringLiteral("pillarFilter"), tr("Pillar"));
    m_instance = addCombo(QStringLiteral("instanceFilter"), tr("Instance"));
    m_active = addCombo(QStringLiteral("activeFilter"), tr("Active"));
    m_active->addItem(tr("Active and inactive"), QVariant());
    m_active->addItem(tr("Active only"), true);
    m_active->addItem(tr("Inactive only"), false);
    std::vector<std::pair<QString, QVariant>> pillars;
    for (const Pillar pillar : allValues<Pillar>())
        pillars.emplace_back(labelOf(pillar), codeOf(pillar));
    refill(m_pillar, tr("All pillars"), pillars);
    setDatabase(nullptr);
    layout->addStretch(1);
}

QComboBox* PartnerFilterBar::addCombo(const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMaximumWidth(220);
    layout()->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &PartnerFilterBar::changed);
    return combo;
}

void PartnerFilterBar::setDatabase(Database* db)
{
    std::vector<std::pair<QString, QVariant>> sectors, communes, instances;
    if (db) {
        if (auto list = SectorRepository(*db).list(); list.ok())
            for (const Sector& sector : list.value())
                sectors.emplace_back(sector.label, sector.id);
        if (auto list = PartnerListQueries(*db).communes(); list.ok())
            for (const QString& commune : list.value())
                communes.emplace_back(commune, commune);
        if (auto list = InstanceRepository(*db).list(); list.ok())
            for (const Instance& instance : list.value())
                instances.emplace_back(instance.name, instance.id);
    }
    refill(m_sector, tr("All sectors"), sectors);
    refill(m_commune, tr("All communes"), communes);
    refill(m_instance, tr("All instances"), instances);
}

PartnerFilter PartnerFilterBar::filter() const
{
    PartnerFilter filter;
    filter.sectorId = m_sector->currentData().toLongLong();
    filter.commune = m_commune->currentData().toString();
    if (m_pillar->isEnabled())
        filter.pillar = m_pillar->currentData().toString();
    filter.instanceId = m_instance->currentData().toLongLong();
    if (const QVariant active = m_active->currentData(); active.isValid())
        filter.active = active.toBool();
    return filter;
}

void PartnerFilterBar::setPillarEnabled(bool enabled)
{
    m_pillar->setEnabled(enabled);
}

void PartnerFilterBar::clear()
{
    for (QComboBox* combo : {m_sector, m_commune, m_pillar, m_instance, m_active}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    emit changed();
}

} // namespace maillage::ui
