// SPDX-License-Identifier: EUPL-1.2
#include "ui/plan/PlanTreeModel.h"

#include "core/plan/PlanFigures.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace maillage::ui {

// internalId 0: an axis row; n > 0: a fiche of the axis at row n - 1.

void PlanTreeModel::setContent(std::vector<AxisNode> axes, QHash<qint64, QString> organisationNames)
{
    beginResetModel();
    m_axes = std::move(axes);
    m_organisations = std::move(organisationNames);
    endResetModel();
}

const Axis* PlanTreeModel::axisAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const std::size_t row = index.internalId() == 0 ? std::size_t(index.row()) : std::size_t(index.internalId() - 1);
    return row < m_axes.size() ? &m_axes[row].axis : nullptr;
}

const ActionSheet* PlanTreeModel::sheetAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const AxisNode& node = m_axes.at(std::size_t(index.internalId() - 1));
    return &node.sheets.at(std::size_t(index.row()));
}

QModelIndex PlanTreeModel::indexOfSheet(qint64 sheetId) const
{
    for (std::size_t a = 0; a < m_axes.size(); ++a)
        for (std::size_t s = 0; s < m_axes[a].sheets.size(); ++s)
            if (m_axes[a].sheets[s].id == sheetId)
                return createIndex(int(s), 0, quintptr(a + 1));
    return {};
}

QModelIndex PlanTreeModel::indexOfAxis(qint64 axisId) const
{
    for (std::size_t a = 0; a < m_axes.size(); ++a)
        if (m_axes[a].axis.id == axisId)
            return createIndex(int(a), 0, quintptr(0));
    return {};
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PlanTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_axes.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_axes.at(std::size_t(parent.row())).sheets.size());
}

int PlanTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const QLocale locale;
    if (index.internalId() == 0) {
        const AxisNode& node = m_axes.at(std::size_t(index.row()));
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == CodeColumn)
                return node.axis.code;
            if (index.column() == TitleColumn)
                return node.axis.title;
            if (index.column() == StatusColumn)
                return tr("%n fiche(s)", nullptr, int(node.sheets.size()));
            return {};
        case Qt::ToolTipRole:
            return node.axis.description.isEmpty() ? node.axis.title
                                                   : node.axis.title + QStringLiteral("\n") + node.axis.description;
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case ProgressRole:
            if (index.column() == ProgressColumn)
                if (auto mean = plan::meanProgress(node.sheets))
                    return *mean;
            return {};
        case IdRole:
            return node.axis.id;
        case IsAxisRole:
            return true;
        default:
            return {};
        }
    }
    const ActionSheet& sheet = *sheetAt(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return sheet.code;
        case TitleColumn:
            return sheet.title;
        case StatusColumn:
            return labelOf(sheet.status);
        case LeadColumn:
            return m_organisations.value(sheet.leadOrganisationId);
        case StartColumn:
            return locale.toString(sheet.startsOn, QLocale::ShortFormat);
        case EndColumn:
            return locale.toString(sheet.endsOn, QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LeadColumn)
            return m_organisations.value(sheet.leadOrganisationId);
        if (index.column() == ProgressColumn)
            return tr("%1 % — %2 of %3 milestone(s) reached")
                .arg(qRound(plan::sheetProgress(sheet) * 100))
                .arg(std::count_if(sheet.milestones.begin(), sheet.milestones.end(),
                                   [](const Milestone& m) { return m.doneOn.isValid(); }))
                .arg(sheet.milestones.size());
        return sheet.title;
    case Qt::ForegroundRole:
        if (sheet.status == SheetStatus::Abandoned || sheet.status == SheetStatus::Suspended)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case ProgressRole:
        if (index.column() == ProgressColumn && sheet.status != SheetStatus::Abandoned)
            return plan::sheetProgress(sheet);
        return {};
    case IdRole:
        return sheet.id;
    case IsAxisRole:
        return false;
    default:
        return {};
    }
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Axis / fiche action");
    case StatusColumn:
        return tr("Status");
    case LeadColumn:
        return tr("Lead (porteur)");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case ProgressColumn:
        return tr("Progress");
    default:
        return {};
    }
}

} // namespace maillage::ui
