// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

namespace maillage::ui {

/// In-place editors of the follow-ups list: a list of statuses (saved as soon as one is picked)
/// and a date with a calendar for the due date.
class FollowUpDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace maillage::ui
