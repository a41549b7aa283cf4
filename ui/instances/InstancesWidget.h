// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Instance.h"
#include "core/util/Result.h"
#include "ui/main/Section.h"

#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace maillage::ui {

/// The instances of the council (plénière, COPIL, groupes, cellules) with their cadence and
/// members; creates and edits them, plans their meetings, archives them.
class InstancesWidget : public Section
{
    Q_OBJECT

public:
    explicit InstancesWidget(QWidget* parent = nullptr);

    void refresh() override;
    /// The instance of the selected row, or 0.
    qint64 currentInstanceId() const;
    void selectInstance(qint64 id);

    void newInstance();
    void editInstance();
    void planSeries();
    /// Deletes the selected instance; one that has meetings is offered archiving instead.
    void deleteInstance();

private:
    void updateButtons();
    void showError(const QString& title, const Error& error);

    std::vector<Instance> m_instances;
    qint64 m_councilId = 0;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_plan = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace maillage::ui
