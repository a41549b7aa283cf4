// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/exchange/ContactImportPlan.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace maillage::ui {

/// What an import will do, record by record: create / update / skip (the user may skip any), and the rejected
/// records with their line and reason. Both import dialogs show it.
class ImportPlanView : public QWidget
{
    Q_OBJECT

public:
    enum Column { LineColumn, ActionColumn, NameColumn, OrganisationColumn, EmailColumn, NoteColumn };

    explicit ImportPlanView(QWidget* parent = nullptr);

    void setPlan(const contacts::ContactImportPlan& plan);
    /// The plan with the actions as chosen in the table.
    contacts::ContactImportPlan plan() const;
    /// Records that will be written (created or updated).
    int writeCount() const;
    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }
    /// Sets the action of the record planned on a row (Skip always allowed; Create/Update only as planned).
    bool setAction(int row, contacts::ImportAction action);

signals:
    void changed();

private:
    void updateSummary();

    contacts::ContactImportPlan m_plan;
    std::vector<int> m_rowOfContact; ///< table row → index in m_plan.contacts, -1 for rejected rows
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace maillage::ui
