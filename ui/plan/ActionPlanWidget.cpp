// SPDX-License-Identifier: EUPL-1.2
#include "ui/plan/ActionPlanWidget.h"

#include "core/domain/ActionPlan.h"
#include "core/storage/ActivityListQueries.h"
#include "core/storage/Database.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace maillage::ui {

ActionPlanWidget::ActionPlanWidget(QWidget* parent) : Section(parent)
{
    setObjectName(QStringLiteral("planSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeTitle(tr("Action plan"), this));

    m_empty = new QLabel(tr("The action plan has no axis yet."), this);
    m_empty->setObjectName(QStringLiteral("planEmpty"));
    m_empty->hide();
    layout->addWidget(m_empty);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setHeaderLabels({tr("Axis / fiche action"), tr("Status"), tr("Lead (porteur)"), tr("Start"), tr("End")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_tree, 1);
}

void ActionPlanWidget::refresh()
{
    m_tree->clear();
    m_empty->hide();
    if (!database())
        return;
    auto axes = ActivityListQueries(*database()).planTree();
    if (!axes) {
        m_empty->setText(axes.error().fullText());
        m_empty->show();
        return;
    }
    const QLocale locale;
    for (const AxisListRow& axis : axes.value()) {
        const QString title = axis.code.isEmpty() ? axis.title : axis.code + QStringLiteral(" · ") + axis.title;
        auto* axisItem = new QTreeWidgetItem(m_tree, {title});
        QFont bold = axisItem->font(0);
        bold.setBold(true);
        axisItem->setFont(0, bold);
        axisItem->setData(0, Qt::UserRole, axis.id);
        axisItem->setToolTip(0, axis.planTitle);
        axisItem->setFirstColumnSpanned(false);
        for (const SheetListRow& sheet : axis.sheets) {
            auto* sheetItem = new QTreeWidgetItem(
                axisItem, {sheet.code.isEmpty() ? sheet.title : sheet.code + QStringLiteral("  ") + sheet.title,
                           labelOf(fromCode(sheet.status, SheetStatus::Planned)), sheet.lead,
                           locale.toString(sheet.startsOn, QLocale::ShortFormat),
                           locale.toString(sheet.endsOn, QLocale::ShortFormat)});
            sheetItem->setData(0, Qt::UserRole, sheet.id);
            sheetItem->setToolTip(0, sheet.title);
            sheetItem->setToolTip(2, sheet.lead);
        }
        axisItem->setText(1, tr("%n fiche(s)", nullptr, int(axis.sheets.size())));
    }
    m_tree->expandAll();
    for (int column = 0; column < m_tree->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);
    // Long titles and names keep their full text in tooltips; the dates stay in view.
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0), 480));
    m_tree->setColumnWidth(2, std::min(m_tree->columnWidth(2), 280));
    m_empty->setVisible(axes->empty());
}

} // namespace maillage::ui
