// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractTableModel>

namespace maillage {

class MeetingEditState;

/// The agenda as a table (title, presenter, duration, confidential) over the edit state; rows are
/// dragged within the table to reorder them, every change is an undoable edit.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Presenter, Duration, Confidential, ColumnCount };

    explicit AgendaModel(MeetingEditState* state, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    /// Moves the item at from so that it ends at position to (0-based, in the final order).
    void moveItem(int from, int to);

private:
    MeetingEditState* m_state;
};

} // namespace maillage
