// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QString>

#include <vector>

namespace maillage {

class Database;

/// Everything the network map is built from, for one period. Plain rows: core/network builds the graph.
struct NetworkData {
    struct Sector {
        qint64 id = 0;
        QString label;
        QString color;
        int position = 0;
    };
    struct Organisation {
        qint64 id = 0;
        QString name;
        QString acronym;
        qint64 sectorId = 0;
        bool active = true;
    };
    struct Membership { ///< an organisation sits in an instance (directly or through one of its people)
        qint64 instanceId = 0;
        qint64 organisationId = 0;
    };
    struct ActionLink { ///< an organisation leads or partners a fiche action
        qint64 sheetId = 0;
        qint64 organisationId = 0;
        bool lead = false;
    };
    struct Presence { ///< an organisation attended (present or represented) a held meeting
        qint64 meetingId = 0;
        qint64 instanceId = 0;
        QDate day;
        qint64 organisationId = 0;
    };

    QDate from;
    QDate to;
    std::vector<Sector> sectors;             ///< by position
    std::vector<Organisation> organisations; ///< by id
    std::vector<std::pair<qint64, QString>> instances; ///< id, name, by name
    std::vector<std::pair<qint64, QString>> sheets;    ///< id, "code title"
    std::vector<Membership> memberships;
    std::vector<ActionLink> actions;
    std::vector<Presence> presences;
};

/// The links of [data.from, data.to] (memberships, action sheets, attendance) of the councils named, or of
/// every council when councilIds is empty: the one place NetworkQueries and the report read them.
Status loadNetworkLinks(const Database& db, const std::vector<qint64>& councilIds, NetworkData& data);

/// The reads behind the network map.
class NetworkQueries
{
public:
    explicit NetworkQueries(const Database& db) : m_db(db) {}

    /// The network of [from, to]: memberships valid at some point of it, fiches running during it (or
    /// undated), attendance at meetings held in it.
    Result<NetworkData> load(const QDate& from, const QDate& to) const;
    /// The first and last years with a held meeting (0, 0 when none).
    Result<std::pair<int, int>> activityYears() const;

private:
    Status loadReferences(NetworkData& data) const;
    Status loadLinks(NetworkData& data) const;

    const Database& m_db;
};

} // namespace maillage
