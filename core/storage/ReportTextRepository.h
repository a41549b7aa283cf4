// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ReportText.h"
#include "core/util/Result.h"

#include <vector>

namespace maillage {

class Database;

/// The report's free texts (table report_text), one row per council, year and section.
class ReportTextRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReportTextRepository)

public:
    explicit ReportTextRepository(Database& db) : m_db(db) {}

    /// The texts written for a council and year, in section order (sections never written are absent).
    Result<std::vector<ReportText>> list(qint64 councilId, int year) const;
    /// Saves the texts in one transaction: new ones (id 0) are inserted, others updated when their
    /// version is still the stored one (Conflict otherwise, and nothing is written).
    Status save(std::vector<ReportText>& texts);

private:
    Database& m_db;
};

} // namespace maillage
