// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/MeetingDossier.h"

#include "core/storage/ContactRepository.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/OrganisationRepository.h"

#include <algorithm>
#include <set>

namespace maillage {

namespace {

std::set<qint64> contactIdsOf(const MeetingDossier& dossier)
{
    const Meeting& m = dossier.meeting;
    std::set<qint64> ids{m.secretaryContactId};
    for (const Attendance& a : m.attendance)
        ids.insert({a.contactId, a.representedByContactId, a.proxyToContactId});
    for (const FollowUp& f : m.followUps)
        ids.insert(f.ownerContactId);
    for (const InstanceMember& member : dossier.members)
        ids.insert(member.contactId);
    ids.insert(m.recipientContactIds.begin(), m.recipientContactIds.end());
    ids.erase(0);
    return ids;
}

QString organisationName(MeetingDossier& dossier, OrganisationRepository& organisations, qint64 id)
{
    if (id == 0)
        return {};
    auto found = dossier.organisationNames.find(id);
    if (found != dossier.organisationNames.end())
        return found->second;
    auto organisation = organisations.get(id);
    const QString name = organisation.ok() ? organisation->displayName() : QString();
    dossier.organisationNames[id] = name;
    return name;
}

Status loadPeople(Database& db, MeetingDossier& dossier)
{
    ContactRepository contacts(db);
    OrganisationRepository organisations(db);
    const QDate day = dossier.meeting.startsAt.date();
    for (qint64 id : contactIdsOf(dossier)) {
        auto contact = contacts.get(id);
        if (!contact.ok())
            return contact.error();
        DossierPerson person;
        person.contactId = id;
        person.name = contact->displayName();
        person.sortName = (contact->lastName + u' ' + contact->firstName).trimmed();
        person.function = contact->jobTitle;
        auto affiliations = contacts.affiliations(id);
        if (!affiliations.ok())
            return affiliations.error();
        // The most recently started affiliation current on the day gives the organisation and function.
        for (const Affiliation& affiliation : affiliations.value())
            if (affiliation.isCurrentOn(day)) {
                person.organisation = organisationName(dossier, organisations, affiliation.organisationId);
                if (!affiliation.jobTitle.isEmpty())
                    person.function = affiliation.jobTitle;
            }
        dossier.people[id] = person;
    }
    for (const Attendance& a : dossier.meeting.attendance)
        organisationName(dossier, organisations, a.organisationId);
    for (const InstanceMember& member : dossier.members)
        organisationName(dossier, organisations, member.organisationId);
    return {};
}

std::optional<Meeting> findNextMeeting(Database& db, const Meeting& meeting)
{
    MeetingFilter filter;
    filter.instanceId = meeting.instanceId;
    filter.from = meeting.startsAt.date();
    filter.sort = MeetingSort::StartsAt;
    filter.limit = 20;
    auto meetings = MeetingRepository(db).list(filter);
    if (!meetings.ok())
        return std::nullopt;
    for (const Meeting& other : meetings.value())
        if (other.id != meeting.id && other.startsAt > meeting.startsAt
            && (other.status == MeetingStatus::Planned || other.status == MeetingStatus::Held))
            return other;
    return std::nullopt;
}

} // namespace

DossierPerson MeetingDossier::person(qint64 contactId) const
{
    auto found = people.find(contactId);
    return found == people.end() ? DossierPerson{} : found->second;
}

DossierPerson MeetingDossier::attendee(const Attendance& attendance) const
{
    DossierPerson p;
    if (attendance.isGuest || attendance.contactId == 0) {
        p.name = attendance.guestName;
        p.sortName = attendance.guestName;
    } else {
        p = person(attendance.contactId);
    }
    auto organisation = organisationNames.find(attendance.organisationId);
    if (organisation != organisationNames.end() && !organisation->second.isEmpty())
        p.organisation = organisation->second;
    return p;
}

std::vector<DossierPerson> MeetingDossier::expectedParticipants() const
{
    std::vector<DossierPerson> expected;
    for (const Attendance& a : meeting.attendance)
        if (!a.isGuest)
            expected.push_back(attendee(a));
    if (expected.empty())
        for (const InstanceMember& member : members) {
            DossierPerson p = person(member.contactId);
            auto organisation = organisationNames.find(member.organisationId);
            if (organisation != organisationNames.end() && !organisation->second.isEmpty())
                p.organisation = organisation->second;
            expected.push_back(p);
        }
    std::sort(expected.begin(), expected.end(), [](const DossierPerson& a, const DossierPerson& b) {
        const int byOrganisation = QString::localeAwareCompare(a.organisation, b.organisation);
        return byOrganisation != 0 ? byOrganisation < 0 : QString::localeAwareCompare(a.sortName, b.sortName) < 0;
    });
    return expected;
}

Result<MeetingDossier> loadMeetingDossier(Database& db, qint64 meetingId)
{
    MeetingDossier dossier;
    auto meeting = MeetingRepository(db).get(meetingId);
    if (!meeting.ok())
        return meeting.error();
    dossier.meeting = std::move(meeting).value();
    InstanceRepository instances(db);
    auto instance = instances.get(dossier.meeting.instanceId);
    if (!instance.ok())
        return instance.error();
    dossier.instance = std::move(instance).value();
    auto council = CouncilRepository(db).get(dossier.instance.councilId);
    if (!council.ok())
        return council.error();
    dossier.council = std::move(council).value();
    auto identity = CouncilIdentity::load(db, dossier.council.id);
    if (!identity.ok())
        return identity.error();
    dossier.identity = std::move(identity).value();
    auto members = instances.membersOn(dossier.instance.id, dossier.meeting.startsAt.date());
    if (!members.ok())
        return members.error();
    dossier.members = std::move(members).value();
    dossier.nextMeeting = findNextMeeting(db, dossier.meeting);
    if (Status loaded = loadPeople(db, dossier); !loaded.ok())
        return loaded.error();
    return dossier;
}

} // namespace maillage
