// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QPointer>
#include <QString>

class QAbstractItemView;
class QWidget;

namespace maillage::ui {

/// Remembers the current row and scroll position of the lists and tables shown inside a widget, and
/// puts them back after the widget read the database again (rows are found again by their first
/// column's text, near where they were).
class KeepViewState
{
public:
    explicit KeepViewState(QWidget* root);
    void restore() const;

private:
    struct ViewState
    {
        QPointer<QAbstractItemView> view;
        int row = -1;
        int column = 0;
        QString key; ///< the first column's text of the current row
        int vertical = 0;
        int horizontal = 0;
    };
    QList<ViewState> m_views;
};

} // namespace maillage::ui
