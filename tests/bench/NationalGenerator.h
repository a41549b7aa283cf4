// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <functional>

namespace maillage {
class Database;
}

namespace maillage::bench {

/// The size of a generated database. The default is the national scale of issue 8:
/// 300 councils × 10 years ≈ 250 000 meetings, 3 million attendance rows, 60 000 organisations,
/// 150 000 contacts.
struct Scale {
    int councils = 300;
    int years = 10;
    int firstYear = 2016;
    int organisationsPerCouncil = 200;
    int contactsPerCouncil = 500;
    int instancesPerCouncil = 10;
    int meetingsPerInstancePerYear = 8;
    int attendeesPerMeeting = 12;
};

struct GeneratedCounts {
    qint64 councils = 0;
    qint64 organisations = 0;
    qint64 contacts = 0;
    qint64 meetings = 0;
    qint64 attendance = 0;
    qint64 rows = 0; ///< every row written
};

/// Fills an empty, migrated database with deterministic data of the given scale (same scale, same
/// rows), in one transaction per council, journal paused; the search index is rebuilt at the end.
/// progress(council done, councils) is called after each council.
Result<GeneratedCounts> generateNational(Database& db, const Scale& scale,
                                         const std::function<void(int, int)>& progress = {});

} // namespace maillage::bench
