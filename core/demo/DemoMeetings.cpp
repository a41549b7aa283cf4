// SPDX-License-Identifier: EUPL-1.2
// Meetings of every instance over the two years: agenda, minutes, attendance, decisions, follow-ups and
// distribution lists. Past meetings are held (a few cancelled or postponed), later ones planned.
#include "core/demo/DemoContext.h"
#include "core/demo/DemoSchedule.h"
#include "core/demo/DemoTopics.h"

#include "core/domain/Meeting.h"

#include <algorithm>

namespace maillage::demo {

namespace {

const char* const monthNames[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                  "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};

QString frenchDate(const QDate& day)
{
    return QStringLiteral("%1 %2 %3")
        .arg(day.day())
        .arg(QString::fromUtf8(monthNames[day.month() - 1]))
        .arg(day.year());
}

struct Planned
{
    std::size_t instance = 0;
    Slot slot;
    int number = 0; ///< 1-based rank within its instance
};

class MeetingWriter
{
public:
    explicit MeetingWriter(DemoContext& context) : m_context(context), m_doc(context.doc) {}

    // Writes one meeting (and its replacement when postponed); returns nothing, records cellule meetings.
    void write(const Planned& planned, const QDate& previousHeld)
    {
        DemoInstance& instance = m_context.instances[planned.instance];
        Rng rng = m_context.rng.fork(stableHash(instance.key) + std::uint64_t(planned.number) * 7919);
        const QDate day = planned.slot.start.date();
        const bool past = day < m_context.today;
        // Drawn whatever the date, so that "today" never shifts what comes after.
        const int fate = rng.below(100);
        const bool major = instance.key == QLatin1String("pleniere") || instance.key == QLatin1String("copil");
        QString status = past ? codeOf(MeetingStatus::Held) : codeOf(MeetingStatus::Planned);
        if (past && !major && fate < 4)
            status = codeOf(MeetingStatus::Cancelled);
        else if (past && !major && fate >= 95)
            status = codeOf(MeetingStatus::Postponed);

        qint64 replacementId = 0;
        QDate replacementDay;
        if (status == codeOf(MeetingStatus::Postponed)) {
            replacementDay = workingDayFrom(day.addDays(14));
            replacementId = qint64(m_doc.rows(QStringLiteral("meeting")).size()) + 2; // written right after
        }
        QString notes;
        if (status == codeOf(MeetingStatus::Cancelled))
            notes = fate % 2 ? QStringLiteral("Annulée : trop peu de membres disponibles.")
                             : QStringLiteral("Annulée en raison d'une alerte météo.");
        else if (replacementId > 0)
            notes = QStringLiteral("Reportée au %1 (salle indisponible).").arg(frenchDate(replacementDay));
        writeMeeting(instance, planned, planned.slot.start, status, replacementId, notes, previousHeld, rng);
        if (replacementId > 0) {
            const QDateTime start(replacementDay, planned.slot.start.time());
            const QString again =
                replacementDay < m_context.today ? codeOf(MeetingStatus::Held) : codeOf(MeetingStatus::Planned);
            writeMeeting(instance, planned, start, again, 0,
                         QStringLiteral("Séance reportée du %1.").arg(frenchDate(day)), previousHeld, rng);
        }
    }

private:
    void writeMeeting(DemoInstance& instance, const Planned& planned, const QDateTime& start, const QString& status,
                      qint64 postponedTo, const QString& notes, const QDate& previousHeld, Rng& rng)
    {
        const QDate day = start.date();
        const bool held = status == codeOf(MeetingStatus::Held);
        const QDate convocation = day.addDays(instance.key == QLatin1String("pleniere") ? -30 : -15);
        // Minutes: drafts for recent meetings, validated then distributed for older ones.
        // Validated at the next meeting or by mail, then sent out with the next convocation.
        QDate validated = day.addDays(rng.between(14, 28));
        QDate distributed = validated.addDays(rng.between(7, 21));
        QString minutesStatus = codeOf(MinutesStatus::Draft);
        if (held && distributed <= m_context.today)
            minutesStatus = codeOf(MinutesStatus::Distributed);
        else if (held && validated <= m_context.today)
            minutesStatus = codeOf(MinutesStatus::Validated);
        if (minutesStatus == codeOf(MinutesStatus::Draft))
            validated = QDate();
        if (minutesStatus != codeOf(MinutesStatus::Distributed))
            distributed = QDate();
        QString minutesKind = codeOf(MinutesKind::Report);
        if (instance.key == QLatin1String("pleniere"))
            minutesKind = codeOf(MinutesKind::Proceedings);
        else if (instance.key == QLatin1String("resad"))
            minutesKind = codeOf(MinutesKind::DecisionsRecord);
        const QDate created = m_context.notAfterToday(std::max(day.addDays(-40), instance.since));
        const QDate updated = m_context.notAfterToday(distributed.isValid() ? distributed
                                                      : validated.isValid() ? validated
                                                      : held                ? day.addDays(2)
                                                                            : convocation);
        const bool hybrid = instance.key == QLatin1String("cotech") && rng.chance(50);
        const qint64 seriesId = instance.key == QLatin1String("resad") ? 1 : 0;
        const qint64 meetingId = m_doc.add(
            QStringLiteral("meeting"), created, updated,
            {{QStringLiteral("instance_id"), instance.id},
             {QStringLiteral("series_id"), jsonRef(seriesId)},
             {QStringLiteral("title"), QStringLiteral("%1 – %2 %3")
                                           .arg(instance.name, QString::fromUtf8(monthNames[day.month() - 1]))
                                           .arg(day.year())},
             {QStringLiteral("starts_at"), jsonDateTime(start)},
             {QStringLiteral("ends_at"), jsonDateTime(start.addSecs(60 * planned.slot.minutes))},
             {QStringLiteral("place"), instance.place},
             {QStringLiteral("video_link"),
              hybrid ? QStringLiteral("https://visio.example.org/clsm-val-de-lys-cotech") : QString()},
             {QStringLiteral("status"), status},
             {QStringLiteral("postponed_to_meeting_id"), jsonRef(postponedTo)},
             {QStringLiteral("convocation_sent_on"), jsonDate(convocation <= m_context.today ? convocation : QDate())},
             {QStringLiteral("secretary_contact_id"), jsonRef(held ? instance.secretaryId : 0)},
             {QStringLiteral("minutes_kind"), minutesKind},
             {QStringLiteral("minutes_status"), minutesStatus},
             {QStringLiteral("minutes_validated_on"), jsonDate(validated)},
             {QStringLiteral("minutes_distributed_on"), jsonDate(distributed)},
             {QStringLiteral("notes"), notes}});
        if (instance.key == QLatin1String("resad"))
            m_context.cellMeetings.push_back({meetingId, day, held});
        if (status == codeOf(MeetingStatus::Cancelled) || status == codeOf(MeetingStatus::Postponed))
            return;

        const std::vector<qint64> present = writeAttendance(instance, meetingId, day, held, rng);
        writeAgenda(instance, planned.number, meetingId, day, held, previousHeld, present, updated, rng);
        if (distributed.isValid())
            for (qint64 contactId : instance.members)
                m_doc.add(QStringLiteral("meeting_recipient"), distributed,
                          {{QStringLiteral("meeting_id"), meetingId}, {QStringLiteral("contact_id"), contactId}});
    }

    std::vector<qint64> writeAttendance(const DemoInstance& instance, qint64 meetingId, const QDate& day, bool held,
                                        Rng& rng)
    {
        std::vector<qint64> present;
        for (qint64 contactId : instance.members) {
            const DemoPerson& person = m_context.personById(contactId);
            if (!person.activeOn(day))
                continue;
            const int draw = rng.below(100);
            if (!held)
                continue;
            QString status = codeOf(AttendanceStatus::Present);
            qint64 representedBy = 0;
            if (draw >= 93) {
                // Represented by a colleague of the same organisation, when there is one.
                for (const DemoPerson& other : m_context.people)
                    if (other.id != contactId && other.organisationOn(day) == person.organisationOn(day) &&
                        other.activeOn(day)) {
                        representedBy = other.id;
                        break;
                    }
                status = representedBy ? codeOf(AttendanceStatus::Represented) : codeOf(AttendanceStatus::Excused);
            } else if (draw >= 86) {
                status = codeOf(AttendanceStatus::Absent);
            } else if (draw >= 72) {
                status = codeOf(AttendanceStatus::Excused);
            }
            if (status == codeOf(AttendanceStatus::Present))
                present.push_back(contactId);
            m_doc.add(QStringLiteral("attendance"), day, day.addDays(1),
                      {{QStringLiteral("meeting_id"), meetingId},
                       {QStringLiteral("contact_id"), contactId},
                       {QStringLiteral("organisation_id"), person.organisationOn(day)},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("represented_by_contact_id"), jsonRef(representedBy)}});
        }
        if (held && rng.chance(20)) {
            const bool female = rng.chance(60);
            const QString name =
                QStringLiteral("%1 %2 %3 (stagiaire, IFSI de Lysmont)")
                    .arg(female ? QStringLiteral("Mme") : QStringLiteral("M."),
                         rng.pick(female ? femaleFirstNames() : maleFirstNames()), rng.pick(lastNames()));
            m_doc.add(QStringLiteral("attendance"), day, day.addDays(1),
                      {{QStringLiteral("meeting_id"), meetingId},
                       {QStringLiteral("guest_name"), name},
                       {QStringLiteral("is_guest"), true},
                       {QStringLiteral("status"), codeOf(AttendanceStatus::Present)}});
        }
        if (present.empty())
            present = instance.chairs.empty() ? instance.members : instance.chairs;
        return present;
    }

    void writeAgenda(const DemoInstance& instance, int number, qint64 meetingId, const QDate& day, bool held,
                     const QDate& previousHeld, const std::vector<qint64>& present, const QDate& updated, Rng& rng)
    {
        const std::vector<Topic>& bank = topicsOf(instance.key);
        const int topicCount = instance.key == QLatin1String("resad") ? 2 : std::min<int>(3, int(bank.size()));
        int position = 0;
        auto item = [&](const QString& title, const QString& presenter, int minutes, const QString& html) {
            return m_doc.add(QStringLiteral("agenda_item"), std::min(updated, day.addDays(-10)), updated,
                             {{QStringLiteral("meeting_id"), meetingId},
                              {QStringLiteral("position"), ++position},
                              {QStringLiteral("title"), title},
                              {QStringLiteral("presenter"), presenter},
                              {QStringLiteral("duration_minutes"), minutes},
                              {QStringLiteral("minutes_html"), held ? html : QString()}});
        };
        if (previousHeld.isValid())
            item(QStringLiteral("Approbation du compte rendu précédent"), QString(), 5,
                 QStringLiteral("<p>Le compte rendu de la séance du %1 est approuvé sans modification.</p>")
                     .arg(frenchDate(previousHeld)));
        int decisionPosition = 0;
        for (int t = 0; t < topicCount; ++t) {
            const Topic& topic = bank.at(std::size_t((number - 1) * topicCount + t) % bank.size());
            const QString presenterKey = QString::fromLatin1(topic.presenter);
            qint64 presenterId = instance.secretaryId;
            for (qint64 id : instance.members)
                if (!presenterKey.isEmpty() &&
                    m_context.personById(id).organisationOn(day) == m_context.organisationId(presenterKey)) {
                    presenterId = id;
                    break;
                }
            const DemoPerson& presenter = m_context.personById(presenterId);
            const qint64 itemId = item(QString::fromUtf8(topic.title), presenter.fullName(), topic.minutes,
                                       QString::fromUtf8(topic.html));
            const int ownerDraw = rng.below(int(present.size()));
            const int dueDays = rng.between(30, 60);
            const int doneDraw = rng.below(100);
            const int doneEarly = rng.between(0, 20);
            if (!held)
                continue;
            if (*topic.decision)
                m_doc.add(QStringLiteral("decision"), day, updated,
                          {{QStringLiteral("meeting_id"), meetingId},
                           {QStringLiteral("agenda_item_id"), itemId},
                           {QStringLiteral("position"), ++decisionPosition},
                           {QStringLiteral("text"), QString::fromUtf8(topic.decision)}});
            if (*topic.followUp) {
                const QDate due = std::min(day.addDays(dueDays), m_context.last);
                QString status = codeOf(FollowUpStatus::Open);
                QDate doneOn;
                if (due < m_context.today) {
                    if (doneDraw < 70) {
                        status = codeOf(FollowUpStatus::Done);
                        doneOn = std::max(day.addDays(1), due.addDays(-doneEarly));
                    } else if (doneDraw < 80) {
                        status = codeOf(FollowUpStatus::InProgress);
                    } // else: still open, overdue
                } else if (doneDraw < 40) {
                    status = codeOf(FollowUpStatus::InProgress);
                }
                const auto sheet = m_context.sheetByCode.find(QString::fromLatin1(topic.sheet));
                m_doc.add(QStringLiteral("follow_up"), day, m_context.notAfterToday(doneOn.isValid() ? doneOn : day),
                          {{QStringLiteral("meeting_id"), meetingId},
                           {QStringLiteral("text"), QString::fromUtf8(topic.followUp)},
                           {QStringLiteral("owner_contact_id"), present.at(std::size_t(ownerDraw))},
                           {QStringLiteral("due_on"), jsonDate(due)},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("done_on"), jsonDate(doneOn)},
                           {QStringLiteral("action_sheet_id"),
                            jsonRef(sheet == m_context.sheetByCode.end() ? 0 : sheet->second)}});
            }
        }
        item(QStringLiteral("Questions diverses"), QString(), 10,
             rng.chance(50) ? QStringLiteral("<p>Aucune question diverse.</p>")
                            : QStringLiteral("<p>Information sur les prochaines <b>SISM</b> et appel à "
                                             "propositions auprès des partenaires.</p>"));
    }

    DemoContext& m_context;
    DemoDocument& m_doc;
};

} // namespace

void buildMeetings(DemoContext& context)
{
    std::vector<Planned> all;
    for (std::size_t i = 0; i < context.instances.size(); ++i) {
        Rng rng = context.rng.fork(stableHash(context.instances[i].key + QStringLiteral("/schedule")));
        int number = 0;
        for (const Slot& slot : scheduleOf(context.instances[i], context.year, rng))
            all.push_back({i, slot, ++number});
    }
    // Ids follow the calendar, whatever the instance.
    std::stable_sort(all.begin(), all.end(),
                     [](const Planned& a, const Planned& b) { return a.slot.start < b.slot.start; });
    MeetingWriter writer(context);
    std::map<std::size_t, QDate> lastHeld;
    for (const Planned& planned : all) {
        writer.write(planned, lastHeld.count(planned.instance) ? lastHeld[planned.instance] : QDate());
        if (planned.slot.start.date() < context.today)
            lastHeld[planned.instance] = planned.slot.start.date();
    }
}

} // namespace maillage::demo
