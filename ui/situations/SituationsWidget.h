// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Situation.h"
#include "ui/main/Section.h"

class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace maillage::ui {

/// The cellule de situations register: off until the coordinator enables it (a page says what that implies),
/// then the pseudonymous situations, their quarterly statistics (counts under 5 shown "< 5") and the purge
/// log, all under a "Confidential" banner.
class SituationsWidget : public Section
{
    Q_OBJECT

public:
    explicit SituationsWidget(QWidget* parent = nullptr);

    void refresh() override;
    /// Whether the open council has the register enabled.
    bool registerEnabled() const { return m_enabled; }
    /// Asks (non-modal box "enableSituationsBox") and enables the register when the coordinator agrees.
    void askToEnable();
    /// Turns the register on or off for the council without asking.
    bool setRegisterEnabled(bool enabled);

    void newSituation();
    void editSelected();
    void deleteSelected();
    /// Deletes the situations past the retention period now, and logs the run.
    void purgeNow();
    qint64 selectedId() const;
    QTableWidget* table() const { return m_table; }
    QTableWidget* statistics() const { return m_stats; }

signals:
    void enabledChanged(bool enabled);

private:
    void fill();
    void fillStatistics(const std::vector<Situation>& situations);
    void fillPurgeLog();
    void showError(const QString& message);
    void openEditor(const Situation& situation);
    qint64 councilId() const;

    bool m_enabled = false;
    QStackedWidget* m_pages = nullptr;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_stats = nullptr;
    QTableWidget* m_purges = nullptr;
    QComboBox* m_statsYear = nullptr;
    QSpinBox* m_retention = nullptr;
    QLabel* m_summary = nullptr;
    std::vector<Situation> m_situations;
};

} // namespace maillage::ui
