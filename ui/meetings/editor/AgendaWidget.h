// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace maillage {

class AgendaModel;
class Database;
class MeetingEditState;

/// The agenda: a table reordered by dragging or with the arrows, its total against the planned length,
/// and the shortcuts that save typing (previous meeting's agenda, templates, move an item on).
class AgendaWidget : public QWidget
{
    Q_OBJECT

public:
    AgendaWidget(Database& db, MeetingEditState* state, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    AgendaModel* model() const { return m_model; }
    int currentRow() const;
    void selectRow(int row);

signals:
    /// The user asked to move this agenda item to the instance's next meeting.
    void moveToNextRequested(qint64 agendaItemId);

private:
    void addItem();
    void removeItem();
    void moveBy(int delta);
    void copyPrevious();
    void applyTemplate();
    void saveAsTemplate();
    void updateTotal();

    Database& m_db;
    MeetingEditState* m_state;
    AgendaModel* m_model;
    QTableView* m_view;
    QLabel* m_total;
};

} // namespace maillage
