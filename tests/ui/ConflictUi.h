// SPDX-License-Identifier: EUPL-1.2
// Driving modal dialogs from tests: the action runs once a dialog of type T is the active modal widget.
#pragma once

#include "tests/support/Catch.h"
#include "ui/common/ConflictDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QPointer>
#include <QTableWidget>
#include <QTimer>

#include <functional>
#include <memory>

namespace maillage::test {

/// Runs action on the next modal T (polling, so it may open later than now). No REQUIRE inside:
/// nothing may throw through the event loop.
template <typename T> void onNextModal(std::function<void(T*)> action, QWidget* notThis = nullptr)
{
    // Owned by the application, not by its own slot: a timer holding itself would never be freed.
    auto* timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QPointer<QWidget> skip = notThis;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, skip, action] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (dialog && dialog != skip.data()) {
            timer->stop();
            timer->deleteLater();
            action(dialog);
        } else if (++*tries > 500) {
            timer->stop();
            timer->deleteLater();
            FAIL_CHECK("the expected dialog did not open");
        }
    });
    timer->start();
}

/// What a conflict dialog shows: field label → (mine, theirs).
struct ShownConflict
{
    QStringList labels;
    QStringList mine;
    QStringList theirs;
    QStringList who;
};

inline ShownConflict shownConflict(ui::ConflictDialog* dialog)
{
    ShownConflict shown;
    QTableWidget* table = dialog->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        shown.labels << table->item(row, 0)->text();
        shown.mine << table->item(row, 1)->text();
        shown.theirs << table->item(row, 2)->text();
        shown.who << table->item(row, 3)->text();
    }
    return shown;
}

/// Sets the per-field choice of the row labelled label (0: mine, 1: theirs).
inline bool chooseField(ui::ConflictDialog* dialog, const QString& label, int side)
{
    for (int row = 0; row < dialog->table()->rowCount(); ++row)
        if (dialog->table()->item(row, 0)->text() == label) {
            dialog->choiceBox(row)->setCurrentIndex(side);
            return true;
        }
    return false;
}

} // namespace maillage::test
