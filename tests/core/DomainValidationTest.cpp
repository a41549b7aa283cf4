// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/ActionPlan.h"
#include "core/domain/Contact.h"
#include "core/domain/Council.h"
#include "core/domain/Event.h"
#include "core/domain/Instance.h"
#include "core/domain/Meeting.h"
#include "core/domain/Organisation.h"
#include "core/domain/Situation.h"
#include "tests/support/Catch.h"

using namespace maillage;

namespace {
bool mentions(const QStringList& problems, const char* field)
{
    for (const QString& problem : problems)
        if (problem.contains(QLatin1String(field)))
            return true;
    return false;
}
} // namespace

TEST_CASE("Council, communes and sectors validate their fields", "[domain]")
{
    Council council;
    CHECK(mentions(council.validate(), "Council name"));
    council.name = QStringLiteral("CLSM de Val-de-Lys");
    CHECK(council.validate().isEmpty());
    council.coordinatorFtePercent = 120;
    CHECK(mentions(council.validate(), "Coordinator time"));

    Commune commune;
    commune.name = QStringLiteral("Lys");
    commune.inseeCode = QStringLiteral("123");
    commune.population = -4;
    const QStringList problems = commune.validate();
    CHECK(mentions(problems, "INSEE code"));
    CHECK(mentions(problems, "Population"));
    commune.inseeCode = QStringLiteral("59350");
    commune.population = 12000;
    commune.validFrom = QDate(2024, 1, 1);
    commune.validTo = QDate(2023, 1, 1);
    CHECK(mentions(commune.validate(), "Until"));
}

TEST_CASE("Organisations and contacts validate names, e-mails and RGPD dates", "[domain]")
{
    Organisation organisation;
    CHECK(mentions(organisation.validate(), "Organisation name"));
    organisation.name = QStringLiteral("UNAFAM");
    organisation.email = QStringLiteral("pas-une-adresse");
    organisation.postcode = QStringLiteral("5900");
    CHECK(mentions(organisation.validate(), "E-mail"));
    CHECK(mentions(organisation.validate(), "Postcode"));
    organisation.email = QStringLiteral("contact@unafam.example.org");
    organisation.postcode = QStringLiteral("2A004");
    CHECK(organisation.validate().isEmpty());

    Contact contact;
    CHECK(mentions(contact.validate(), "Last name"));
    contact.lastName = QStringLiteral("Étienne");
    contact.legalBasis = LegalBasis::Consent;
    CHECK(mentions(contact.validate(), "Consent confirmed on"));
    contact.consentConfirmedOn = QDate::currentDate().addDays(-3);
    CHECK(contact.validate().isEmpty());
    contact.civility = QStringLiteral("Dr");
    contact.firstName = QStringLiteral("Anne");
    CHECK(contact.displayName() == QStringLiteral("Dr Anne Étienne"));
}

TEST_CASE("Meetings validate their children and know late convocations", "[domain]")
{
    Meeting meeting;
    QStringList problems = meeting.validate();
    CHECK(mentions(problems, "Instance"));
    CHECK(mentions(problems, "Start"));
    meeting.instanceId = 1;
    meeting.startsAt = QDateTime(QDate(2026, 3, 10), QTime(14, 0));
    meeting.endsAt = QDateTime(QDate(2026, 3, 10), QTime(12, 0));
    CHECK(mentions(meeting.validate(), "End"));
    meeting.endsAt = QDateTime(QDate(2026, 3, 10), QTime(16, 0));
    CHECK(meeting.validate().isEmpty());

    Attendance represented;
    represented.contactId = 3;
    represented.status = AttendanceStatus::Represented;
    meeting.attendance.push_back(represented);
    CHECK(mentions(meeting.validate(), "Represented by"));
    meeting.attendance.clear();

    meeting.convocationSentOn = QDate(2026, 3, 7);
    CHECK(meeting.convocationLate());
    meeting.convocationSentOn = QDate(2026, 2, 24);
    CHECK_FALSE(meeting.convocationLate());

    meeting.minutesStatus = MinutesStatus::Distributed;
    problems = meeting.validate();
    CHECK(mentions(problems, "Minutes validated on"));
    CHECK(mentions(problems, "Minutes distributed on"));

    AgendaItem a, b;
    a.title = QStringLiteral("Approbation du compte rendu précédent");
    a.durationMinutes = 10;
    b.title = QStringLiteral("Questions diverses");
    b.durationMinutes = 15;
    meeting.agenda = {a, b};
    CHECK(meeting.plannedAgendaMinutes() == 25);

    FollowUp followUp;
    followUp.text = QStringLiteral("Envoyer la convention");
    followUp.dueOn = QDate(2026, 1, 10);
    CHECK(followUp.isOverdueOn(QDate(2026, 2, 1)));
    followUp.status = FollowUpStatus::Done;
    CHECK_FALSE(followUp.isOverdueOn(QDate(2026, 2, 1)));
}

TEST_CASE("Instances, action plans and events validate their fields", "[domain]")
{
    Instance instance;
    CHECK(mentions(instance.validate(), "Instance name"));
    InstanceMember member;
    member.instanceId = 1;
    CHECK(mentions(member.validate(), "contact or an organisation"));

    ActionPlan plan;
    plan.councilId = 1;
    plan.title = QStringLiteral("Feuille de route");
    plan.firstYear = 2027;
    plan.lastYear = 2024;
    CHECK(mentions(plan.validate(), "Last year"));

    ActionSheet sheet;
    sheet.axisId = 1;
    sheet.title = QStringLiteral("Former aux premiers secours en santé mentale");
    BudgetLine line;
    line.year = 2026;
    line.plannedCents = -5;
    sheet.budget.push_back(line);
    const QStringList problems = sheet.validate();
    CHECK(mentions(problems, "Funder"));
    CHECK(mentions(problems, "Planned"));

    Event event;
    event.councilId = 1;
    event.title = QStringLiteral("Formation PSSM");
    event.kind = EventKind::PssmTraining;
    event.startsOn = QDate(2026, 5, 12);
    CHECK(mentions(event.validate(), "Training module"));
}

TEST_CASE("Situations refuse anything that is not a pseudonym", "[domain]")
{
    Situation situation;
    situation.councilId = 1;
    situation.openedOn = QDate(2026, 2, 3);
    situation.pseudonym = QStringLiteral("Jean Dupont");
    CHECK(mentions(situation.validate(), "SIT-2026-014"));
    situation.pseudonym = Situation::makePseudonym(2026, 14);
    CHECK(situation.pseudonym == QStringLiteral("SIT-2026-014"));
    CHECK(situation.validate().isEmpty());
    situation.lastContactOn = QDate(2026, 6, 1);
    CHECK(situation.purgeDueOn() == QDate(2028, 6, 1));
}

TEST_CASE("Enum codes round-trip and unknown codes are detected", "[domain]")
{
    for (MeetingStatus status : allValues<MeetingStatus>())
        CHECK(fromCode(codeOf(status), MeetingStatus::Planned) == status);
    for (Pillar pillar : allValues<Pillar>())
        CHECK(fromCode(codeOf(pillar), Pillar::Citizen) == pillar);
    CHECK(isKnownCode<InstanceKind>(QStringLiteral("cellule_situations")));
    CHECK_FALSE(isKnownCode<InstanceKind>(QStringLiteral("cellule")));
    CHECK(labelOf(AttendanceStatus::Excused) == QStringLiteral("Excused"));
}
