// SPDX-License-Identifier: EUPL-1.2
#include "ui/main/KeepViewState.h"

#include <QAbstractItemView>
#include <QScrollBar>

namespace maillage::ui {

namespace {

QString keyOf(const QAbstractItemModel* model, int row, const QModelIndex& parent = {})
{
    return model->index(row, 0, parent).data(Qt::DisplayRole).toString();
}

// The row showing key now: where it was, else the nearest one around it.
int findRow(QAbstractItemModel* model, int oldRow, const QString& key)
{
    while (model->canFetchMore({}) && model->rowCount() <= oldRow + 50)
        model->fetchMore({});
    const int rows = model->rowCount();
    for (int distance = 0; distance < rows; ++distance) {
        for (const int row : {oldRow - distance, oldRow + distance})
            if (row >= 0 && row < rows && keyOf(model, row) == key)
                return row;
        if (distance > 2000)
            break; // a list that large moved too much to guess
    }
    return -1;
}

} // namespace

KeepViewState::KeepViewState(QWidget* root)
{
    if (!root)
        return;
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (!view->model() || !view->isVisible())
            continue;
        ViewState state;
        state.view = view;
        const QModelIndex current = view->currentIndex();
        if (current.isValid() && !current.parent().isValid()) {
            state.row = current.row();
            state.column = current.column();
            state.key = keyOf(view->model(), current.row());
        }
        state.vertical = view->verticalScrollBar()->value();
        state.horizontal = view->horizontalScrollBar()->value();
        m_views << state;
    }
}

void KeepViewState::restore() const
{
    for (const ViewState& state : m_views) {
        QAbstractItemView* view = state.view;
        if (!view || !view->model())
            continue;
        if (state.row >= 0 && !view->currentIndex().isValid()) {
            const int row = findRow(view->model(), state.row, state.key);
            if (row >= 0)
                view->setCurrentIndex(view->model()->index(row, state.column));
        }
        view->verticalScrollBar()->setValue(state.vertical);
        view->horizontalScrollBar()->setValue(state.horizontal);
    }
}

} // namespace maillage::ui
