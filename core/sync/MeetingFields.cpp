// SPDX-License-Identifier: EUPL-1.2
// The meeting's fields for the conflict dialog: the header one by one, the minutes of each agenda item,
// and the lists (agenda, attendance, follow-ups, distribution) each as one field.
#include "core/sync/FieldComparison.h"
#include "core/sync/FieldSpec.h"

#include <QTextDocumentFragment>

#include <algorithm>

namespace maillage::sync {

using detail::field;
using detail::FieldSpec;
using detail::nameOf;
using detail::showDate;
using detail::showEnum;
using detail::showText;
using detail::tr;

namespace {

const QString kItemPrefix = QStringLiteral("agenda_item/");
const QString kMinutesSuffix = QStringLiteral("/minutes_html");

QString showTime(const QTime& time)
{
    return time.isValid() ? QLocale().toString(time, QLocale::ShortFormat) : QString();
}

QString plainText(const QString& html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText().trimmed();
}

QString showAgenda(const Meeting& m, const Names&)
{
    QStringList lines;
    for (const AgendaItem& item : m.agenda) {
        QString line = QStringLiteral("%1. %2").arg(lines.size() + 1).arg(item.title);
        if (!item.presenter.isEmpty())
            line += QStringLiteral(" (%1)").arg(item.presenter);
        if (item.durationMinutes > 0)
            line += QCoreApplication::translate("maillage::sync", " – %n min", nullptr, item.durationMinutes);
        if (item.confidential)
            line += tr(" – confidential");
        lines << line;
        for (const Decision& decision : m.decisions)
            if (decision.agendaItemId == item.id)
                lines << tr("    Decision: %1").arg(decision.text);
    }
    return lines.join(u'\n');
}

QString showAttendance(const Meeting& m, const Names& names)
{
    QStringList lines;
    for (const Attendance& a : m.attendance)
        lines << QStringLiteral("%1 – %2").arg(a.isGuest ? a.guestName : nameOf(names.contact, a.contactId),
                                               labelOf(a.status));
    return lines.join(u'\n');
}

QString showFollowUps(const Meeting& m, const Names& names)
{
    QStringList lines;
    for (const FollowUp& f : m.followUps) {
        QStringList parts{f.text};
        if (f.ownerContactId > 0)
            parts << nameOf(names.contact, f.ownerContactId);
        if (f.dueOn.isValid())
            parts << tr("due %1").arg(showDate(f.dueOn));
        parts << labelOf(f.status);
        lines << parts.join(QStringLiteral(" – "));
    }
    return lines.join(u'\n');
}

QString showRecipients(const Meeting& m, const Names& names)
{
    QStringList lines;
    for (const qint64 id : m.recipientContactIds)
        lines << nameOf(names.contact, id);
    return lines.join(u'\n');
}

QString showMinutesStatus(const Meeting& m, const Names&)
{
    if (m.minutesStatus == MinutesStatus::Distributed && m.minutesDistributedOn.isValid())
        return tr("%1 on %2").arg(labelOf(m.minutesStatus), showDate(m.minutesDistributedOn));
    if (m.minutesStatus == MinutesStatus::Validated && m.minutesValidatedOn.isValid())
        return tr("%1 on %2").arg(labelOf(m.minutesStatus), showDate(m.minutesValidatedOn));
    return labelOf(m.minutesStatus);
}

// Keys are the meeting's columns where there is one, so the journal can say who changed them.
const std::vector<FieldSpec<Meeting>>& meetingSpecs()
{
    static const std::vector<FieldSpec<Meeting>> specs{
        field("title", QT_TRANSLATE_NOOP("maillage::sync", "Title"), &Meeting::title, showText),
        FieldSpec<Meeting>{"starts_at", QT_TRANSLATE_NOOP("maillage::sync", "Date"),
                           [](const Meeting& m, const Names&) { return showDate(m.startsAt.date()); },
                           [](Meeting& to, const Meeting& from) {
                               to.startsAt.setDate(from.startsAt.date());
                               if (from.endsAt.isValid() && to.endsAt.isValid())
                                   to.endsAt.setDate(from.endsAt.date());
                           }},
        FieldSpec<Meeting>{
            "ends_at", QT_TRANSLATE_NOOP("maillage::sync", "Time"),
            [](const Meeting& m, const Names&) {
                const QString start = showTime(m.startsAt.time());
                return m.endsAt.isValid() ? start + QStringLiteral(" – ") + showTime(m.endsAt.time()) : start;
            },
            [](Meeting& to, const Meeting& from) {
                to.startsAt.setTime(from.startsAt.time());
                if (!from.endsAt.isValid())
                    to.endsAt = {};
                else
                    to.endsAt = QDateTime(to.startsAt.date().addDays(from.startsAt.date().daysTo(from.endsAt.date())),
                                          from.endsAt.time());
            }},
        field("place", QT_TRANSLATE_NOOP("maillage::sync", "Place"), &Meeting::place, showText),
        field("video_link", QT_TRANSLATE_NOOP("maillage::sync", "Video link"), &Meeting::videoLink, showText),
        field("status", QT_TRANSLATE_NOOP("maillage::sync", "Status"), &Meeting::status, showEnum<MeetingStatus>),
        field("convocation_sent_on", QT_TRANSLATE_NOOP("maillage::sync", "Convocation sent on"),
              &Meeting::convocationSentOn, showDate),
        FieldSpec<Meeting>{
            "secretary_contact_id", QT_TRANSLATE_NOOP("maillage::sync", "Secretary"),
            [](const Meeting& m, const Names& names) { return nameOf(names.contact, m.secretaryContactId); },
            [](Meeting& to, const Meeting& from) { to.secretaryContactId = from.secretaryContactId; }},
        field("minutes_kind", QT_TRANSLATE_NOOP("maillage::sync", "Kind of minutes"), &Meeting::minutesKind,
              showEnum<MinutesKind>),
        FieldSpec<Meeting>{"minutes_status", QT_TRANSLATE_NOOP("maillage::sync", "Minutes"), showMinutesStatus,
                           [](Meeting& to, const Meeting& from) {
                               to.minutesStatus = from.minutesStatus;
                               to.minutesValidatedOn = from.minutesValidatedOn;
                               to.minutesDistributedOn = from.minutesDistributedOn;
                           }},
        field("notes", QT_TRANSLATE_NOOP("maillage::sync", "Notes"), &Meeting::notes, showText),
        FieldSpec<Meeting>{"agenda", QT_TRANSLATE_NOOP("maillage::sync", "Agenda and decisions"), showAgenda,
                           [](Meeting& to, const Meeting& from) {
                               to.agenda = from.agenda;
                               to.decisions = from.decisions;
                           }},
        FieldSpec<Meeting>{"attendance", QT_TRANSLATE_NOOP("maillage::sync", "Attendance"), showAttendance,
                           [](Meeting& to, const Meeting& from) { to.attendance = from.attendance; }},
        FieldSpec<Meeting>{"follow_ups", QT_TRANSLATE_NOOP("maillage::sync", "Follow-up actions"), showFollowUps,
                           [](Meeting& to, const Meeting& from) { to.followUps = from.followUps; }},
        FieldSpec<Meeting>{"recipients", QT_TRANSLATE_NOOP("maillage::sync", "Distribution list"), showRecipients,
                           [](Meeting& to, const Meeting& from) { to.recipientContactIds = from.recipientContactIds; }},
    };
    return specs;
}

bool isListKey(const QString& key)
{
    return key == QLatin1String("agenda") || key == QLatin1String("attendance") || key == QLatin1String("follow_ups") ||
           key == QLatin1String("recipients");
}

const AgendaItem* itemOf(const Meeting& meeting, qint64 id)
{
    const auto found = std::find_if(meeting.agenda.begin(), meeting.agenda.end(),
                                    [id](const AgendaItem& item) { return item.id == id; });
    return found == meeting.agenda.end() ? nullptr : &*found;
}

} // namespace

std::vector<FieldValue> fieldsOf(const Meeting& meeting, const Names& names)
{
    std::vector<FieldValue> values = detail::valuesOf(meetingSpecs(), meeting, QStringLiteral("meeting"), names);
    for (FieldValue& value : values) {
        if (isListKey(value.key))
            value.entity.clear(); // rows of other tables: the record's last change says who
        else if (value.key == QLatin1String("starts_at") || value.key == QLatin1String("ends_at"))
            value.columns = {QStringLiteral("starts_at"), QStringLiteral("ends_at")};
        else if (value.key == QLatin1String("minutes_status"))
            value.columns << QStringLiteral("minutes_validated_on") << QStringLiteral("minutes_distributed_on");
    }
    // The minutes of each stored item, matched by id (new items have none yet and come with the agenda).
    for (const AgendaItem& item : meeting.agenda) {
        if (item.id <= 0)
            continue;
        values.push_back(FieldValue{kItemPrefix + QString::number(item.id) + kMinutesSuffix,
                                    tr("Minutes of “%1”").arg(item.title),
                                    plainText(item.minutesHtml),
                                    QStringLiteral("agenda_item"),
                                    item.id,
                                    {QStringLiteral("minutes_html")}});
    }
    return values;
}

Comparison compare(const Meeting& base, const Meeting& mine, const Meeting& theirs, const Names& names)
{
    Comparison comparison =
        detail::compareValues(fieldsOf(base, names), fieldsOf(mine, names), fieldsOf(theirs, names));
    comparison.recordLabel = tr("Meeting %1").arg(theirs.title);
    comparison.entity = QStringLiteral("meeting");
    comparison.entityId = theirs.id;
    comparison.storedVersion = theirs.version;
    return comparison;
}

Meeting apply(const Meeting& mine, const Meeting& theirs, const Choices& choices)
{
    Meeting result = theirs;
    detail::applySpecs(meetingSpecs(), result, mine, choices);
    // Then the minutes item by item, on whichever agenda was chosen.
    for (auto choice = choices.begin(); choice != choices.end(); ++choice) {
        const QString& key = choice.key();
        if (!key.startsWith(kItemPrefix) || !key.endsWith(kMinutesSuffix))
            continue;
        const qint64 id =
            key.mid(kItemPrefix.size(), key.size() - kItemPrefix.size() - kMinutesSuffix.size()).toLongLong();
        const AgendaItem* source = itemOf(choice.value() == Side::Mine ? mine : theirs, id);
        auto target = std::find_if(result.agenda.begin(), result.agenda.end(),
                                   [id](const AgendaItem& item) { return item.id == id; });
        if (source && target != result.agenda.end())
            target->minutesHtml = source->minutesHtml;
    }
    return result;
}

} // namespace maillage::sync
