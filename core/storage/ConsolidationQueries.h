// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace maillage {

class Database;

/// What consolidation (core/exchange/Consolidation) reads of the target database before it adds a
/// council: the highest ids, and the shared records new rows may match instead of duplicating.
namespace consolidationsql {

/// An organisation of the target, with the keys it can be matched on.
struct OrganisationKeys
{
    qint64 id = 0;
    QString name;
    QString commune;
    QString siret;
    QString finess;
};

/// The highest id of every catalog table, or the highest its numbering ever handed out when that is more
/// (deleted rows' ids are never reused; on PostgreSQL, neither are other users' uncommitted rows').
Result<QHash<QString, qint64>> highestIds(Database& db);
/// PostgreSQL: moves the identity of table past last at once (outside the transaction, as sequences are),
/// so other users adding rows meanwhile never get an id consolidation writes. Nothing to do on SQLite.
Status reserveIds(Database& db, const QString& table, qint64 last);
/// Every organisation, by id.
Result<std::vector<OrganisationKeys>> organisations(Database& db);
/// Partner sectors by code.
Result<QHash<QString, qint64>> sectorsByCode(Database& db);
/// Every situation pseudonym in use (they are unique across councils).
Result<QSet<QString>> pseudonyms(Database& db);

} // namespace consolidationsql
} // namespace maillage
