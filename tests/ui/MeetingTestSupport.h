// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QApplication>
#include <QTimer>

#include <functional>

namespace maillage::test {

/// Runs answer on the first modal dialog of class Dialog that shows up, while the caller's exec() waits.
/// Polled, so that other dialogs may come first and nested dialogs can be answered the same way.
template <typename Dialog>
void whenShown(std::function<void(Dialog*)> answer)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

} // namespace maillage::test
