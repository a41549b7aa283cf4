// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAction>
#include <QUndoStack>

namespace maillage::ui {

/// An undo (or redo) action whose text stays short ("Undo") so that the toolbar keeps its width; what it
/// would undo shows in its tooltip. Enabled only when there is something to undo (redo).
inline QAction* makeUndoAction(QUndoStack* stack, const QString& text, bool redo, QObject* parent)
{
    auto* action = new QAction(text, parent);
    const auto update = [action, stack, text, redo] {
        action->setEnabled(redo ? stack->canRedo() : stack->canUndo());
        const QString what = redo ? stack->redoText() : stack->undoText();
        const QString plain = QString(text).remove(u'&');
        action->setToolTip(what.isEmpty() ? plain : QStringLiteral("%1: %2").arg(plain, what));
    };
    QObject::connect(action, &QAction::triggered, stack, redo ? &QUndoStack::redo : &QUndoStack::undo);
    QObject::connect(stack, &QUndoStack::indexChanged, action, update);
    QObject::connect(stack, &QUndoStack::cleanChanged, action, update);
    update();
    return action;
}

} // namespace maillage::ui
