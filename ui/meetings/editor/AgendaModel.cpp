// SPDX-License-Identifier: EUPL-1.2
#include "ui/meetings/editor/AgendaModel.h"

#include "ui/meetings/editor/MeetingEditState.h"

#include <QMimeData>

namespace maillage {

namespace {
const QString kRowMime = QStringLiteral("application/x-maillage-agenda-row");
}

AgendaModel::AgendaModel(MeetingEditState* state, QObject* parent) : QAbstractTableModel(parent), m_state(state)
{
    connect(m_state, &MeetingEditState::changed, this, [this](QObject* source) {
        if (source == this)
            return; // the edited cell already shows it
        beginResetModel();
        endResetModel();
    });
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_state->meeting().agenda.size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AgendaItem& item = m_state->meeting().agenda[size_t(index.row())];
    if (index.column() == Confidential)
        return role == Qt::CheckStateRole ? QVariant(item.confidential ? Qt::Checked : Qt::Unchecked) : QVariant();
    if (role == Qt::ToolTipRole && item.kind != AgendaItemKind::Regular)
        return labelOf(item.kind);
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Title:
        return role == Qt::DisplayRole ? QStringLiteral("%1. %2").arg(index.row() + 1).arg(item.title) : item.title;
    case Presenter:
        return item.presenter;
    case Duration:
        return role == Qt::DisplayRole ? QVariant(tr("%1 min").arg(item.durationMinutes))
                                       : QVariant(item.durationMinutes);
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Item");
    case Presenter:
        return tr("Presenter");
    case Duration:
        return tr("Duration");
    case Confidential:
        return tr("Confidential");
    }
    return {};
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return flags | (index.column() == Confidential ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

bool AgendaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    const size_t row = size_t(index.row());
    const QString key; // each committed cell is one undo step
    if (index.column() == Confidential && role == Qt::CheckStateRole) {
        const bool confidential = value.value<Qt::CheckState>() == Qt::Checked;
        m_state->change(tr("Mark an item confidential"), {},
                        [&](Meeting& m) { m.agenda[row].confidential = confidential; }, this);
    } else if (role == Qt::EditRole && index.column() == Title) {
        const QString title = value.toString().trimmed();
        if (title.isEmpty() || title == m_state->meeting().agenda[row].title)
            return false;
        m_state->change(tr("Rename an item"), key, [&](Meeting& m) { m.agenda[row].title = title; }, this);
    } else if (role == Qt::EditRole && index.column() == Presenter) {
        const QString presenter = value.toString().trimmed();
        m_state->change(tr("Change a presenter"), key, [&](Meeting& m) { m.agenda[row].presenter = presenter; },
                        this);
    } else if (role == Qt::EditRole && index.column() == Duration) {
        const int minutes = qBound(0, value.toInt(), 24 * 60);
        m_state->change(tr("Change a duration"), key, [&](Meeting& m) { m.agenda[row].durationMinutes = minutes; },
                        this);
    } else {
        return false;
    }
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    return true;
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return {kRowMime};
}

QMimeData* AgendaModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(kRowMime, QByteArray::number(indexes.front().row()));
    return data;
}

bool AgendaModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int, const QModelIndex& parent)
{
    if (!data || !data->hasFormat(kRowMime) || action == Qt::IgnoreAction)
        return false;
    bool ok = false;
    const int from = data->data(kRowMime).toInt(&ok);
    if (!ok || from < 0 || from >= rowCount())
        return false;
    // Dropped between rows (row), on a row (parent) or below the last one.
    int before = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    const int to = before > from ? before - 1 : before;
    moveItem(from, to);
    // The move is done here: telling the view the drop failed keeps it from removing the dragged row.
    return false;
}

void AgendaModel::moveItem(int from, int to)
{
    const int count = rowCount();
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    m_state->change(tr("Move an item"), {}, [&](Meeting& m) {
        AgendaItem item = m.agenda[size_t(from)];
        m.agenda.erase(m.agenda.begin() + from);
        m.agenda.insert(m.agenda.begin() + to, item);
    });
}

} // namespace maillage
