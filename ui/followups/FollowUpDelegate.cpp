// SPDX-License-Identifier: EUPL-1.2
#include "ui/followups/FollowUpDelegate.h"

#include "core/domain/Meeting.h"
#include "ui/followups/FollowUpTableModel.h"

#include <QComboBox>
#include <QDateEdit>

namespace maillage::ui {

QWidget* FollowUpDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    if (index.column() == FollowUpTableModel::StatusColumn) {
        auto* box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("followUpStatusEditor"));
        for (FollowUpStatus status : allValues<FollowUpStatus>())
            box->addItem(labelOf(status), codeOf(status));
        // One pick is the whole edit: save and close without waiting for Enter.
        connect(box, &QComboBox::activated, this, [this, box] {
            auto* self = const_cast<FollowUpDelegate*>(this);
            emit self->commitData(box);
            emit self->closeEditor(box);
        });
        return box;
    }
    if (index.column() == FollowUpTableModel::DueColumn) {
        auto* edit = new QDateEdit(parent);
        edit->setObjectName(QStringLiteral("followUpDueEditor"));
        edit->setCalendarPopup(true);
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void FollowUpDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* box = qobject_cast<QComboBox*>(editor))
        box->setCurrentIndex(std::max(0, box->findData(value.toString())));
    else if (auto* edit = qobject_cast<QDateEdit*>(editor))
        edit->setDate(value.toDate());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void FollowUpDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor))
        model->setData(index, box->currentData(), Qt::EditRole);
    else if (auto* edit = qobject_cast<QDateEdit*>(editor))
        model->setData(index, edit->date(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace maillage::ui
