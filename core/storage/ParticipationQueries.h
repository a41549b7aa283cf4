// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QString>

#include <vector>

namespace maillage {

class Database;

/// One convened person at one held meeting: the raw fact participation figures are computed from.
struct AttendanceFact {
    qint64 meetingId = 0;
    QDate day;
    qint64 instanceId = 0;
    QString instanceName;
    qint64 contactId = 0;
    QString pillar;           ///< contact.pillar code ("elu", "psychiatrie", "usager", "aidant"…)
    qint64 organisationId = 0; ///< the organisation the person came for (0: none recorded)
    QString organisationName;
    qint64 sectorId = 0;
    QString sectorLabel;
    QString sectorColor;
    QString status; ///< attendance.status code
};

/// An organisation's first and last attendance (present or represented at a held meeting) up to a day.
struct OrganisationPresence {
    qint64 organisationId = 0;
    QString organisationName;
    QString sectorLabel;
    bool active = true;
    QDate firstSeen;
    QDate lastSeen;
    QString lastInstance; ///< the instance of the last attendance
};

/// An instance and the pillars of its current members ("elu" → 2).
struct InstancePillarMembers {
    qint64 instanceId = 0;
    QString instanceName;
    QString pillar;
    int members = 0;
};

/// The reads behind participation statistics. Only held meetings count; guests are left out.
class ParticipationQueries
{
public:
    explicit ParticipationQueries(const Database& db) : m_db(db) {}

    /// Every non-guest attendance row of the meetings held between from and to (both included).
    Result<std::vector<AttendanceFact>> attendanceFacts(const QDate& from, const QDate& to) const;
    /// First and last attendance of every organisation seen at least once up to upTo (included).
    Result<std::vector<OrganisationPresence>> organisationPresence(const QDate& upTo) const;
    /// Active instances with the pillars of the contacts who are members on day.
    Result<std::vector<InstancePillarMembers>> instancePillarMembers(const QDate& day) const;
    /// Active instances (id, name), by name.
    Result<std::vector<std::pair<qint64, QString>>> instances() const;

private:
    const Database& m_db;
};

} // namespace maillage
