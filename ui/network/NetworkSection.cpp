// SPDX-License-Identifier: EUPL-1.2
#include "ui/network/NetworkSection.h"

#include "ui/network/NetworkMapPage.h"
#include "ui/network/ParticipationPage.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace maillage::ui {

NetworkSection::NetworkSection(QWidget* parent) : Section(parent)
{
    setObjectName(QStringLiteral("networkSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(makeTitle(tr("Network"), this));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("networkTabs"));
    m_map = new NetworkMapPage(m_tabs);
    m_participation = new ParticipationPage(m_tabs);
    m_tabs->addTab(m_map, tr("Map"));
    m_tabs->addTab(m_participation, tr("Participation"));
    layout->addWidget(m_tabs, 1);
}

void NetworkSection::refresh()
{
    m_map->setDatabase(database());
    m_participation->setDatabase(database());
}

QLineEdit* NetworkSection::searchBox() const
{
    return m_tabs->currentWidget() == m_map ? m_map->searchBox() : nullptr;
}

} // namespace maillage::ui
