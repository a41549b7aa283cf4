// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Meeting.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace maillage {

class EditorLookups;
class MeetingEditState;

/// Who was expected and who came: one row per person with a status (present, excused, absent,
/// represented by, proxy given to), guests, and the quorum where the instance has one.
class AttendanceWidget : public QWidget
{
    Q_OBJECT

public:
    enum Column { Name, Organisation, Status, Who, ColumnCount };

    AttendanceWidget(MeetingEditState* state, EditorLookups* lookups, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// The status combo of a row, and its contact picker for "represented by" / "proxy given to".
    QComboBox* statusCombo(int row) const;
    QComboBox* whoCombo(int row) const;

private:
    void refresh(QObject* source);
    void fillRow(int row);
    void setStatus(int row, AttendanceStatus status);
    void setWho(int row, qint64 contactId);
    void addMember();
    void addGuest();
    void removeRow();
    void updateCounts();

    MeetingEditState* m_state;
    EditorLookups* m_lookups;
    QTableWidget* m_table;
    QComboBox* m_newMember;
    QLineEdit* m_newGuest;
    QLabel* m_counts;
};

} // namespace maillage
