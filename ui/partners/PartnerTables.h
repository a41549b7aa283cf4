// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/PartnerListQueries.h"

#include <QStringList>

class QLabel;
class QTableWidget;
class QWidget;

namespace maillage::ui {

/// A small read-only table for the editors' relation tabs.
QTableWidget* makeRelationTable(const QStringList& headers, const QString& objectName, QWidget* parent);
/// Fills a table with memberships: instance, member, role, from, to (past ones greyed).
void fillMemberships(QTableWidget* table, const std::vector<MembershipRow>& rows);
/// Fills a table with affiliations; byOrganisation shows the organisation, otherwise the person.
void fillAffiliations(QTableWidget* table, const std::vector<AffiliationRow>& rows, bool byOrganisation);
/// The red label listing what prevents saving.
QLabel* makeProblemLabel(QWidget* parent);
void showProblems(QLabel* label, const QStringList& problems);

} // namespace maillage::ui
