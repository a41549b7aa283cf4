// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ICalExport.h"

#include "core/exchange/ICalContent.h"
#include "core/exchange/ICalWriter.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSaveFile>

#include <map>

namespace maillage::ical {

namespace {

QString statusCode(const Meeting& meeting)
{
    switch (meeting.status) {
    case MeetingStatus::Cancelled:
    case MeetingStatus::Postponed:
        return QStringLiteral("CANCELLED");
    case MeetingStatus::Held:
        return QStringLiteral("CONFIRMED");
    case MeetingStatus::Planned:
        break;
    }
    // A planned meeting is firm once the convocation went out.
    return meeting.convocationSentOn.isValid() ? QStringLiteral("CONFIRMED") : QStringLiteral("TENTATIVE");
}

QString partStat(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return QStringLiteral("ACCEPTED");
    case AttendanceStatus::Excused:
    case AttendanceStatus::Absent:
        return QStringLiteral("DECLINED");
    case AttendanceStatus::Represented:
    case AttendanceStatus::ProxyGiven:
        return QStringLiteral("DELEGATED");
    }
    return QStringLiteral("NEEDS-ACTION");
}

QString todoStatus(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::Open:
        return QStringLiteral("NEEDS-ACTION");
    case FollowUpStatus::InProgress:
        return QStringLiteral("IN-PROCESS");
    case FollowUpStatus::Done:
        return QStringLiteral("COMPLETED");
    case FollowUpStatus::Dropped:
        return QStringLiteral("CANCELLED");
    }
    return QStringLiteral("NEEDS-ACTION");
}

QString agendaText(const Meeting& meeting)
{
    QStringList lines;
    int number = 0;
    for (const AgendaItem& item : meeting.agenda) {
        if (item.confidential)
            continue; // a calendar travels outside the instance
        QString line = QStringLiteral("%1. %2").arg(++number).arg(item.title);
        QStringList details;
        if (!item.presenter.isEmpty())
            details << item.presenter;
        if (item.durationMinutes > 0)
            details << ICalendar::tr("%n min", nullptr, item.durationMinutes);
        if (!details.isEmpty())
            line += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + u')';
        lines << line;
    }
    return lines.join(u'\n');
}

class CalendarBuilder
{
public:
    CalendarBuilder(Database& db, const ExportOptions& options) : m_db(db), m_options(options) {}

    Result<QByteArray> build(const std::vector<Meeting>& meetings)
    {
        if (Status status = load(); !status.ok())
            return status.error();
        m_writer.begin("VCALENDAR");
        m_writer.raw(QStringLiteral("PRODID"),
                     QStringLiteral("-//Maillage//Maillage %1//FR").arg(QCoreApplication::applicationVersion()));
        m_writer.raw(QStringLiteral("VERSION"), QStringLiteral("2.0"));
        m_writer.raw(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
        m_writer.raw(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
        m_writer.parisTimeZone();
        for (const Meeting& meeting : meetings)
            writeEvent(meeting);
        if (m_options.followUps)
            for (const Meeting& meeting : meetings)
                for (const FollowUp& followUp : meeting.followUps)
                    writeTodo(meeting, followUp);
        m_writer.end("VCALENDAR");
        return m_writer.data();
    }

private:
    Status load()
    {
        m_identity = databaseIdentity(m_db);
        auto contacts = ContactRepository(m_db).list();
        if (!contacts.ok())
            return contacts.error();
        for (Contact& contact : contacts.value())
            m_contacts.emplace(contact.id, std::move(contact));
        auto instances = InstanceRepository(m_db).list();
        if (!instances.ok())
            return instances.error();
        for (Instance& instance : instances.value())
            m_instances.emplace(instance.id, std::move(instance));
        if (auto council = CouncilRepository(m_db).first(); council.ok()) {
            const QString name = council->coordinatorName.simplified();
            for (const auto& [id, contact] : m_contacts) {
                const QString plain = (contact.firstName + u' ' + contact.lastName).simplified();
                if (!name.isEmpty() && !contact.email.isEmpty() &&
                    (name.compare(plain, Qt::CaseInsensitive) == 0 ||
                     name.compare(contact.displayName(), Qt::CaseInsensitive) == 0)) {
                    m_organizer = &contact;
                    break;
                }
            }
        }
        return {};
    }

    QString meetingUid(qint64 id) const { return QStringLiteral("meeting-%1@%2").arg(id).arg(m_identity); }

    void attendee(const Contact& contact, const QString& role, const QString& status)
    {
        m_writer.raw(QStringLiteral("ATTENDEE;CN=%1;ROLE=%2;PARTSTAT=%3")
                         .arg(ICalWriter::paramValue(contact.displayName()), role, status),
                     QStringLiteral("mailto:") + contact.email);
    }

    void writeAttendees(const Meeting& meeting)
    {
        std::map<qint64, QString> roles; // contact → ROLE, from the instance's members that day
        if (auto instance = m_instances.find(meeting.instanceId); instance != m_instances.end())
            for (const InstanceMember& member : instance->second.members)
                if (member.contactId > 0 && member.isCurrentOn(meeting.startsAt.date()))
                    roles[member.contactId] = member.membership == Membership::Invited
                                                  ? QStringLiteral("OPT-PARTICIPANT")
                                                  : QStringLiteral("REQ-PARTICIPANT");
        std::map<qint64, QString> statuses;
        for (const Attendance& row : meeting.attendance)
            if (row.contactId > 0)
                statuses[row.contactId] = partStat(row.status);
        std::map<qint64, bool> seen;
        auto write = [&](qint64 contactId) {
            const auto contact = m_contacts.find(contactId);
            if (seen[contactId] || contact == m_contacts.end() || contact->second.email.isEmpty())
                return;
            seen[contactId] = true;
            const auto role = roles.find(contactId);
            const auto status = statuses.find(contactId);
            attendee(contact->second, role != roles.end() ? role->second : QStringLiteral("OPT-PARTICIPANT"),
                     status != statuses.end() ? status->second : QStringLiteral("NEEDS-ACTION"));
        };
        for (const auto& [contactId, role] : roles)
            write(contactId);
        for (const auto& [contactId, status] : statuses)
            write(contactId);
    }

    void writeEvent(const Meeting& meeting)
    {
        const auto instance = m_instances.find(meeting.instanceId);
        const QString instanceName = instance != m_instances.end() ? instance->second.name : QString();
        m_writer.begin("VEVENT");
        m_writer.raw(QStringLiteral("UID"), meetingUid(meeting.id));
        m_writer.utcStamp("DTSTAMP", stamp());
        m_writer.parisTime("DTSTART", meeting.startsAt);
        if (meeting.endsAt.isValid() && meeting.endsAt >= meeting.startsAt)
            m_writer.parisTime("DTEND", meeting.endsAt);
        m_writer.text(QStringLiteral("SUMMARY"), meeting.title.isEmpty() ? instanceName : meeting.title);
        m_writer.text(QStringLiteral("LOCATION"), meeting.place.isEmpty() ? meeting.videoLink : meeting.place);
        if (!meeting.videoLink.isEmpty())
            m_writer.raw(QStringLiteral("URL"), meeting.videoLink);
        m_writer.text(QStringLiteral("DESCRIPTION"), agendaText(meeting));
        m_writer.text(QStringLiteral("CATEGORIES"), instanceName);
        m_writer.raw(QStringLiteral("STATUS"), statusCode(meeting));
        if (m_organizer)
            m_writer.raw(QStringLiteral("ORGANIZER;CN=") + ICalWriter::paramValue(m_organizer->displayName()),
                         QStringLiteral("mailto:") + m_organizer->email);
        writeAttendees(meeting);
        m_writer.end("VEVENT");
    }

    void writeTodo(const Meeting& meeting, const FollowUp& followUp)
    {
        m_writer.begin("VTODO");
        m_writer.raw(QStringLiteral("UID"), QStringLiteral("followup-%1@%2").arg(followUp.id).arg(m_identity));
        m_writer.utcStamp("DTSTAMP", stamp());
        m_writer.text(QStringLiteral("SUMMARY"), followUp.text);
        if (followUp.dueOn.isValid())
            m_writer.date("DUE", followUp.dueOn);
        m_writer.raw(QStringLiteral("STATUS"), todoStatus(followUp.status));
        m_writer.text(QStringLiteral("DESCRIPTION"),
                      ICalendar::tr("Decided at the meeting “%1” of %2.")
                          .arg(meeting.title, meeting.startsAt.date().toString(QStringLiteral("dd/MM/yyyy"))));
        m_writer.raw(QStringLiteral("RELATED-TO"), meetingUid(meeting.id));
        if (auto owner = m_contacts.find(followUp.ownerContactId);
            owner != m_contacts.end() && !owner->second.email.isEmpty())
            attendee(owner->second, QStringLiteral("REQ-PARTICIPANT"), QStringLiteral("ACCEPTED"));
        m_writer.end("VTODO");
    }

    QDateTime stamp() const { return m_options.stamp.isValid() ? m_options.stamp : QDateTime::currentDateTimeUtc(); }

    Database& m_db;
    const ExportOptions& m_options;
    ICalWriter m_writer;
    QString m_identity;
    std::map<qint64, Contact> m_contacts;
    std::map<qint64, Instance> m_instances;
    const Contact* m_organizer = nullptr;
};

} // namespace

QString databaseIdentity(Database& db)
{
    auto council = CouncilRepository(db).first();
    if (!council.ok())
        return QStringLiteral("maillage.invalid");
    const QByteArray hash = QCryptographicHash::hash(council->name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return QStringLiteral("council-%1-%2.maillage").arg(council->id).arg(QString::fromLatin1(hash));
}

Result<QByteArray> exportCalendar(Database& db, const ExportOptions& options)
{
    MeetingRepository repository(db);
    std::vector<Meeting> meetings;
    if (options.meetingId > 0) {
        auto meeting = repository.get(options.meetingId);
        if (!meeting.ok())
            return meeting.error();
        meetings.push_back(std::move(meeting.value()));
    } else {
        MeetingFilter filter;
        filter.instanceId = options.instanceId;
        filter.from = options.from;
        filter.to = options.to;
        filter.withDetails = true;
        auto list = repository.list(filter);
        if (!list.ok())
            return list.error();
        meetings = std::move(list.value());
    }
    return CalendarBuilder(db, options).build(meetings);
}

Status writeCalendarFile(Database& db, const QString& path, const ExportOptions& options)
{
    auto data = exportCalendar(db, options);
    if (!data.ok())
        return data.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data.value()) != data->size() || !file.commit())
        return Error{Error::Kind::Io, ICalendar::tr("Cannot write the calendar file %1.").arg(path),
                     file.errorString()};
    return {};
}

} // namespace maillage::ical
