// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ICalImport.h"

#include "core/calendar/DateConversion.h"
#include "core/calendar/RecurrenceRule.h"
#include "core/exchange/ICalContent.h"
#include "core/exchange/ICalTimeZones.h"

#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace maillage::ical {

namespace {

// RFC 5545 §3.3.6: P15DT5H0M20S, PT1H30M, P2W. -1 when malformed.
qint64 durationSeconds(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([+-]?)P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
    const auto m = pattern.match(text.trimmed().toUpper());
    if (!m.hasMatch())
        return -1;
    const qint64 seconds = m.captured(2).toLongLong() * 7 * 86400 + m.captured(3).toLongLong() * 86400 +
                           m.captured(4).toLongLong() * 3600 + m.captured(5).toLongLong() * 60 +
                           m.captured(6).toLongLong();
    return m.captured(1) == QLatin1String("-") ? -1 : seconds;
}

bool looksLikeLink(const QString& text)
{
    return text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

QString textOf(const Component& event, const char* name)
{
    const Property* property = event.property(QString::fromLatin1(name));
    return property ? property->text().trimmed() : QString();
}

// A rule RecurrenceRule can expand exactly, or the reason why not.
Result<calendar::RecurrenceRule> supportedRule(const QString& text)
{
    auto rule = calendar::RecurrenceRule::parse(text);
    if (!rule.ok())
        return rule.error();
    if (rule->frequency != calendar::RecurrenceRule::Frequency::Weekly && rule->weekday >= 0 &&
        rule->weekdayOrdinal == 0)
        return Error{Error::Kind::Unsupported, ICalendar::tr("every weekday of a month is not supported."), {}};
    return rule;
}

class EventMapper
{
public:
    EventMapper(const TimeZoneResolver& zones, const PreviewOptions& options) : m_zones(zones), m_options(options) {}

    Status map(const Component& event, std::vector<MeetingDraft>& out) const
    {
        const Property* dtstart = event.property(QStringLiteral("DTSTART"));
        if (!dtstart)
            return lineError(event.line, ICalendar::tr("the event has no start (DTSTART)."));
        auto start = m_zones.read(*dtstart);
        if (!start.ok())
            return start.error();
        MeetingDraft draft;
        draft.line = event.line;
        draft.uid = textOf(event, "UID");
        draft.title = textOf(event, "SUMMARY");
        draft.description = textOf(event, "DESCRIPTION");
        draft.allDay = start->allDay;
        draft.startsAt = start->paris();
        const QString location = textOf(event, "LOCATION");
        (looksLikeLink(location) ? draft.videoLink : draft.place) = location;
        for (const char* name : {"URL", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL"})
            if (const QString link = textOf(event, name); draft.videoLink.isEmpty() && looksLikeLink(link))
                draft.videoLink = link;
        if (textOf(event, "STATUS").compare(QLatin1String("CANCELLED"), Qt::CaseInsensitive) == 0)
            draft.status = MeetingStatus::Cancelled;
        if (draft.title.isEmpty())
            draft.warnings << ICalendar::tr("The event has no title.");
        if (draft.allDay)
            draft.warnings << ICalendar::tr("All-day event: it starts at midnight, set the time of the meeting.");

        qint64 length = -1;
        if (const Property* dtend = event.property(QStringLiteral("DTEND"))) {
            auto end = m_zones.read(*dtend);
            if (!end.ok())
                return end.error();
            length = draft.startsAt.secsTo(end->paris());
        } else if (const Property* duration = event.property(QStringLiteral("DURATION"))) {
            length = durationSeconds(duration->value);
            if (length < 0)
                return lineError(duration->line, ICalendar::tr("“%1” is not a valid duration.").arg(duration->value));
        }
        if (length > 0 && !draft.allDay)
            draft.endsAt = draft.startsAt.addSecs(length);
        else if (length < 0 && event.property(QStringLiteral("DTEND")))
            draft.warnings << ICalendar::tr("The end is before the start: the end is left out.");

        const Property* rrule = event.property(QStringLiteral("RRULE"));
        if (!rrule) {
            out.push_back(draft);
            return {};
        }
        auto rule = supportedRule(rrule->value);
        if (!rule.ok()) {
            draft.warnings << ICalendar::tr(
                                  "The recurrence “%1” cannot be expanded (%2): only the first occurrence is imported.")
                                  .arg(rrule->value, rule.error().message);
            out.push_back(draft);
            return {};
        }
        return expand(event, start.value(), rule.value(), draft, length, out);
    }

private:
    Status expand(const Component& event, const ICalTime& start, const calendar::RecurrenceRule& rule,
                  const MeetingDraft& first, qint64 length, std::vector<MeetingDraft>& out) const
    {
        std::set<QDate> excluded;
        for (const Property* exdate : event.all(QStringLiteral("EXDATE")))
            for (const QString& value : exdate->value.split(u',', Qt::SkipEmptyParts)) {
                auto day = m_zones.read(*exdate, value);
                if (!day.ok())
                    return day.error();
                excluded.insert(day->date);
            }
        QDate horizon = start.date.addYears(50);
        QStringList notes;
        if (rule.count == 0 && rule.until.is_special()) {
            horizon = start.date.addMonths(m_options.openEndedMonths);
            notes << ICalendar::tr("The recurrence has no end: it is expanded up to %1.")
                         .arg(horizon.toString(Qt::ISODate));
        }
        if (event.property(QStringLiteral("RDATE")))
            notes << ICalendar::tr("Extra dates (RDATE) are not imported.");
        const auto dates = calendar::occurrences(rule, calendar::toBoost(start.date), calendar::toBoost(horizon),
                                                 calendar::HolidayPolicy::Keep);
        std::vector<MeetingDraft> series;
        for (const calendar::Occurrence& occurrence : dates) {
            const QDate day = calendar::toQDate(occurrence.planned);
            if (excluded.count(day))
                continue;
            if (int(series.size()) >= m_options.maxOccurrences) {
                notes << ICalendar::tr("Only the first %n occurrence(s) are imported.", nullptr,
                                       m_options.maxOccurrences);
                break;
            }
            MeetingDraft draft = first;
            draft.startsAt = start.parisOn(day);
            draft.endsAt = length > 0 && !first.allDay ? draft.startsAt.addSecs(length) : QDateTime();
            series.push_back(std::move(draft));
        }
        if (series.empty()) {
            out.push_back(first);
            return {};
        }
        series.front().warnings
            << ICalendar::tr("Recurring event: %n meeting(s) (%1).", nullptr, int(series.size())).arg(rule.describe());
        series.front().warnings << notes;
        std::move(series.begin(), series.end(), std::back_inserter(out));
        return {};
    }

    const TimeZoneResolver& m_zones;
    const PreviewOptions& m_options;
};

// RECURRENCE-ID: a changed occurrence replaces the one it names, when it was expanded.
void applyOverride(const MeetingDraft& changed, const QDateTime& original, std::vector<MeetingDraft>& meetings)
{
    for (MeetingDraft& draft : meetings)
        if (draft.uid == changed.uid && draft.startsAt == original) {
            draft = changed;
            return;
        }
    meetings.push_back(changed);
}

} // namespace

Result<ImportPreview> previewCalendar(const QByteArray& data, const PreviewOptions& options)
{
    auto calendar = parseCalendar(data);
    if (!calendar.ok())
        return calendar.error();
    const TimeZoneResolver zones(calendar.value());
    const EventMapper mapper(zones, options);
    ImportPreview preview;
    int ignored = 0;
    bool floating = false;
    std::vector<const Component*> overrides;
    for (const Component& child : calendar->children) {
        if (child.name == QLatin1String("VEVENT")) {
            if (child.property(QStringLiteral("RECURRENCE-ID"))) {
                overrides.push_back(&child);
                continue;
            }
            if (Status status = mapper.map(child, preview.meetings); !status.ok())
                return status.error();
            if (const Property* start = child.property(QStringLiteral("DTSTART")))
                floating = floating || (start->value.size() == 15 && start->param(QStringLiteral("TZID")).isEmpty());
        } else if (child.name != QLatin1String("VTIMEZONE")) {
            ++ignored;
        }
    }
    for (const Component* changed : overrides) {
        std::vector<MeetingDraft> one;
        if (Status status = mapper.map(*changed, one); !status.ok())
            return status.error();
        auto original = zones.read(*changed->property(QStringLiteral("RECURRENCE-ID")));
        if (!original.ok())
            return original.error();
        for (const MeetingDraft& draft : one)
            applyOverride(draft, original->paris(), preview.meetings);
    }
    std::stable_sort(preview.meetings.begin(), preview.meetings.end(),
                     [](const MeetingDraft& a, const MeetingDraft& b) { return a.startsAt < b.startsAt; });
    if (floating)
        preview.warnings << ICalendar::tr("Some times have no time zone: they are taken as Paris time.");
    if (ignored > 0)
        preview.warnings << ICalendar::tr("%n item(s) other than events (tasks, journal entries…) are ignored.",
                                          nullptr, ignored);
    if (preview.meetings.empty())
        preview.warnings << ICalendar::tr("The file holds no event.");
    return preview;
}

} // namespace maillage::ical
