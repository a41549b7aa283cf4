// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Meeting.h"

#include <QWidget>

#include <functional>

class QTableWidget;

namespace maillage {

class EditorLookups;
class MeetingEditState;

/// The actions decided: text, owner, due date, status and the fiche action they serve.
class FollowUpsWidget : public QWidget
{
    Q_OBJECT

public:
    enum Column { Text, Owner, Due, Status, Sheet, ColumnCount };

    FollowUpsWidget(MeetingEditState* state, EditorLookups* lookups, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void addFollowUp();

private:
    void refresh(QObject* source);
    void fillRow(int row);
    int rowOf(QWidget* cellWidget, int column) const;
    void edit(QWidget* cellWidget, int column, const std::function<void(FollowUp&)>& change, const QString& key = {});

    MeetingEditState* m_state;
    EditorLookups* m_lookups;
    QTableWidget* m_table;
};

} // namespace maillage
