// SPDX-License-Identifier: EUPL-1.2
#include "ui/main/Section.h"

#include <QLabel>

namespace maillage::ui {

QLabel* Section::makeTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

QLabel* Section::makeHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace maillage::ui
