// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

// What the report's queries (ReportQueries.cpp, ReportDetailQueries.cpp) share.
namespace maillage::reportsql {

/// The failure message's "Could not %1", for every report query.
inline QString what()
{
    return QCoreApplication::translate("maillage::ReportQueries", "compute the figures of the report");
}

/// " AND i.council_id IN (1,2)", or nothing for every council. The ids are integers from the caller,
/// never text, so they can be written into the statement.
inline QString councilClause(const QString& column, const std::vector<qint64>& ids)
{
    if (ids.empty())
        return {};
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    return QStringLiteral(" AND %1 IN (%2)").arg(column, list.join(u','));
}

} // namespace maillage::reportsql
