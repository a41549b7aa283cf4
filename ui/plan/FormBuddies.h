// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QWidget>

namespace maillage::ui {

/// Gives each label of the form whose field is a layout the first widget of that layout as buddy,
/// so that its "&" becomes a keyboard shortcut instead of showing as is.
inline void setFormBuddies(QFormLayout* form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        auto* label = qobject_cast<QLabel*>(
            form->itemAt(row, QFormLayout::LabelRole) ? form->itemAt(row, QFormLayout::LabelRole)->widget() : nullptr);
        QLayoutItem* field = form->itemAt(row, QFormLayout::FieldRole);
        if (!label || label->buddy() || !field || !field->layout())
            continue;
        for (int i = 0; i < field->layout()->count(); ++i)
            if (QWidget* widget = field->layout()->itemAt(i)->widget(); widget && !qobject_cast<QLabel*>(widget)) {
                label->setBuddy(widget);
                break;
            }
    }
}

} // namespace maillage::ui
