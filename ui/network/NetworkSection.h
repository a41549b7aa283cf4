// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/main/Section.h"

class QTabWidget;

namespace maillage::ui {

class NetworkMapPage;
class ParticipationPage;

/// The "Network" section: the map of the partners and their participation over a period.
class NetworkSection : public Section
{
    Q_OBJECT

public:
    explicit NetworkSection(QWidget* parent = nullptr);

    void refresh() override;

protected:
    bool isCostly() const override { return true; }

public:
    QLineEdit* searchBox() const override;
    NetworkMapPage* mapPage() const { return m_map; }
    ParticipationPage* participationPage() const { return m_participation; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    QTabWidget* m_tabs;
    NetworkMapPage* m_map;
    ParticipationPage* m_participation;
};

} // namespace maillage::ui
