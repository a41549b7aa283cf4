// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Contact.h"
#include "core/domain/Council.h"
#include "core/domain/Instance.h"
#include "core/domain/Meeting.h"
#include "core/domain/Organisation.h"
#include "core/settings/CouncilIdentity.h"
#include "core/util/Result.h"

#include <map>
#include <optional>
#include <vector>

namespace maillage {

class Database;

/// One person on a document: who, for which organisation, in which function.
struct DossierPerson {
    qint64 contactId = 0;
    QString name;     ///< "Dr Anne Martin", or the guest's name
    QString sortName; ///< last name first, for sorting
    QString organisation;
    QString function;
};

/// Everything the meeting documents show, loaded once through the repositories.
struct MeetingDossier {
    Council council;
    CouncilIdentity identity; ///< name, logo, address, signatory and footer of the council's documents
    Instance instance;
    Meeting meeting;
    std::optional<Meeting> nextMeeting; ///< the instance's next planned meeting, when known
    std::map<qint64, DossierPerson> people; ///< by contact id: attendees, members, owners, secretary

    /// The person behind a contact id; an empty person for 0 or unknown ids.
    DossierPerson person(qint64 contactId) const;
    QString nameOf(qint64 contactId) const { return person(contactId).name; }
    /// The attendance row as a person (guests included), with the organisation of that day.
    DossierPerson attendee(const Attendance& attendance) const;
    /// Expected participants: the attendance list, or the instance's members on the day when it is empty.
    std::vector<DossierPerson> expectedParticipants() const;

    std::map<qint64, QString> organisationNames;
    std::vector<InstanceMember> members; ///< members on the meeting's day
};

/// Loads the meeting, its instance and council, and the people and organisations it names.
Result<MeetingDossier> loadMeetingDossier(Database& db, qint64 meetingId);

} // namespace maillage
