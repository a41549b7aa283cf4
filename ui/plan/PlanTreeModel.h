// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace maillage::ui {

/// The axes of a plan and their fiches actions: code, title, status, porteur, dates, progress.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        TitleColumn,
        StatusColumn,
        LeadColumn,
        StartColumn,
        EndColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role {
        ProgressRole = Qt::UserRole + 1, ///< 0…1, or invalid when there is nothing to measure
        IdRole,                          ///< the axis or fiche id
        IsAxisRole,
    };

    struct AxisNode
    {
        Axis axis;
        std::vector<ActionSheet> sheets;
    };

    using QAbstractItemModel::QAbstractItemModel;

    void setContent(std::vector<AxisNode> axes, QHash<qint64, QString> organisationNames);
    const std::vector<AxisNode>& axes() const { return m_axes; }
    const Axis* axisAt(const QModelIndex& index) const;
    const ActionSheet* sheetAt(const QModelIndex& index) const;
    QModelIndex indexOfSheet(qint64 sheetId) const;
    QModelIndex indexOfAxis(qint64 axisId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AxisNode> m_axes;
    QHash<qint64, QString> m_organisations;
};

} // namespace maillage::ui
