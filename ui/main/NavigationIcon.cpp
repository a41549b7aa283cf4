// SPDX-License-Identifier: EUPL-1.2
#include "ui/main/NavigationIcon.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace maillage::ui {

namespace {

QPixmap render(const QByteArray& svg, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(svg);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    return pixmap;
}

} // namespace

QIcon navigationIcon(const QString& name)
{
    QFile file(QStringLiteral(":/maillage/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray normal = file.readAll();
    QByteArray selected = normal;
    selected.replace("#3b6ea5", "#ffffff");
    QIcon icon;
    for (int size : {24, 48}) {
        icon.addPixmap(render(normal, size), QIcon::Normal);
        icon.addPixmap(render(selected, size), QIcon::Selected);
    }
    return icon;
}

} // namespace maillage::ui
