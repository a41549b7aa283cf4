// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/ParticipationQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <array>
#include <vector>

namespace maillage {

class Database;

/// Attendance of one group (an organisation, a sector, a pillar or an instance) over a period.
///
/// Definition: a person is "convened" to a meeting when the meeting is held and has an attendance row for them
/// (present, represented, excused, absent or proxy given; guests without a contact are not convened). The
/// attendance rate is (present + represented) / convened: a person who sent someone in their place counts as
/// attending, one who only gave a voting proxy does not.
struct ParticipationRow {
    qint64 id = 0; ///< organisation, sector or instance id; 0 for a pillar or "none"
    QString code;  ///< pillar code; empty otherwise
    QString label;
    QString color; ///< the sector's colour, for organisations and sectors
    int convened = 0;
    int present = 0;
    int represented = 0;
    int meetings = 0; ///< distinct held meetings attended

    int attended() const { return present + represented; }
    /// (present + represented) / convened, between 0 and 1; 0 when nobody was convened.
    double rate() const { return convened > 0 ? double(attended()) / convened : 0.0; }
};

/// The four pillars a council gathers, in the order they are shown.
inline constexpr std::array<const char*, 4> kCouncilPillars{"elu", "psychiatrie", "usager", "aidant"};

/// For one instance: how many times each of the four pillars attended, and how many members each has.
struct InstancePillars {
    qint64 instanceId = 0;
    QString instanceName;
    int meetings = 0;                 ///< held meetings in the period
    std::array<int, 4> attended{};    ///< present + represented, per kCouncilPillars
    std::array<int, 4> members{};     ///< current members, per kCouncilPillars

    bool present(int pillar) const { return attended[size_t(pillar)] > 0; }
    /// Pillars never seen in the period (labels).
    QStringList missing() const;
};

/// Every participation figure of a period, ready for tables and the annual report.
struct ParticipationReport {
    QDate from;
    QDate to;
    int lostAfterMonths = 12;
    std::vector<ParticipationRow> byOrganisation; ///< by organisation name
    std::vector<ParticipationRow> bySector;       ///< by sector label ("No sector" last)
    std::vector<ParticipationRow> byPillar;       ///< in the domain's pillar order
    std::vector<ParticipationRow> byInstance;     ///< by instance name
    std::vector<OrganisationPresence> newcomers;  ///< first attendance ever inside the period
    std::vector<OrganisationPresence> lost;       ///< active, last seen more than lostAfterMonths before `to`
    std::vector<InstancePillars> pillars;         ///< every active instance
    Q_DECLARE_TR_FUNCTIONS(ParticipationReport)
};

/// Pure computation from the facts (tested without a database).
ParticipationReport computeParticipation(const std::vector<AttendanceFact>& facts,
                                         const std::vector<OrganisationPresence>& presence,
                                         const std::vector<InstancePillarMembers>& members,
                                         const std::vector<std::pair<qint64, QString>>& instances, const QDate& from,
                                         const QDate& to, int lostAfterMonths);

/// Reads the facts of [from, to] and computes the report.
Result<ParticipationReport> loadParticipation(const Database& db, const QDate& from, const QDate& to,
                                              int lostAfterMonths = 12);

} // namespace maillage
