// SPDX-License-Identifier: EUPL-1.2
#include "tests/documents/DocumentFixture.h"

#include "core/storage/ContactRepository.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "tests/support/Catch.h"

#include <QDir>
#include <QProcess>

namespace maillage::test::documents {

namespace {

template <typename Repository, typename Value>
qint64 created(Repository&& repository, Value& value)
{
    const Status status = repository.create(value);
    INFO(status.error().fullText().toStdString());
    REQUIRE(status.ok());
    return value.id;
}

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

AgendaItem agendaItem(const QString& title, const QString& presenter, int minutes, const QString& html)
{
    AgendaItem item;
    item.title = title;
    item.presenter = presenter;
    item.durationMinutes = minutes;
    item.minutesHtml = html;
    return item;
}

Decision decision(qint64 agendaItemId, const QString& text)
{
    Decision value;
    value.agendaItemId = agendaItemId;
    value.text = text;
    return value;
}

} // namespace

qint64 createLargeMeeting(Database& db, int attendees)
{
    Council council;
    council.name = QStringLiteral("CLSM de Bellerive");
    council.coordinatorName = QStringLiteral("Claire Fontaine");
    created(CouncilRepository(db), council);

    Instance instance;
    instance.councilId = council.id;
    instance.kind = InstanceKind::WorkingGroup;
    instance.name = QStringLiteral("Groupe logement");
    created(InstanceRepository(db), instance);

    OrganisationRepository organisations(db);
    std::vector<qint64> organisationIds;
    for (const char* name : {"Mairie de Bellerive", "Centre hospitalier Les Tilleuls", "UNAFAM 54", "Bailleur Habitat Est",
                             "CCAS de Bellerive", "GEM La Passerelle"}) {
        Organisation organisation;
        organisation.name = QString::fromUtf8(name);
        organisationIds.push_back(created(organisations, organisation));
    }

    ContactRepository contacts(db);
    const QStringList firstNames{QStringLiteral("Bruno"), QStringLiteral("Anne"), QStringLiteral("Daniel"),
                                 QStringLiteral("Chloé"), QStringLiteral("François"), QStringLiteral("Élise")};
    std::vector<qint64> contactIds;
    for (int i = 1; i <= attendees; ++i) {
        Contact contact;
        contact.civility = i % 2 ? QStringLiteral("Mme") : QStringLiteral("M.");
        contact.firstName = firstNames.at(i % firstNames.size());
        contact.lastName = QStringLiteral("Nom%1").arg(i, 2, 10, QLatin1Char('0'));
        contactIds.push_back(created(contacts, contact));
        Affiliation affiliation;
        affiliation.contactId = contact.id;
        affiliation.organisationId = organisationIds.at(size_t(i) % organisationIds.size());
        affiliation.jobTitle = QStringLiteral("Fonction %1").arg(i);
        affiliation.validFrom = QDate(2020, 1, 1);
        REQUIRE(contacts.addAffiliation(affiliation).ok());
    }

    Meeting meeting;
    meeting.instanceId = instance.id;
    meeting.title = QStringLiteral("Groupe logement");
    meeting.startsAt = QDateTime(QDate(2026, 3, 10), QTime(14, 0));
    meeting.endsAt = QDateTime(QDate(2026, 3, 10), QTime(16, 30));
    meeting.place = QStringLiteral("Salle du conseil, hôtel de ville");
    meeting.videoLink = QStringLiteral("https://visio.example.org/logement");
    meeting.status = MeetingStatus::Held;
    meeting.secretaryContactId = contactIds.at(0);
    meeting.agenda = {agendaItem(QStringLiteral("Accès au logement accompagné"), QStringLiteral("Mme Anne Nom01"), 45,
                                 QStringLiteral("<p>Le bailleur présente le <b>dispositif</b> d’accompagnement.</p>")),
                      agendaItem(QStringLiteral("Situations individuelles"), QStringLiteral("Dr Martin"), 30,
                                 QStringLiteral("<p>Échanges sur Mme X. (situation nominative).</p>")),
                      agendaItem(QStringLiteral("Semaines d’information sur la santé mentale"), QString(), 20,
                                 QStringLiteral("<p>Programme des SISM en préparation.</p>"))};
    meeting.agenda[1].confidential = true;
    for (int i = 0; i < attendees; ++i) {
        Attendance row;
        row.contactId = contactIds.at(size_t(i));
        row.status = AttendanceStatus::Present;
        if (i % 10 == 3)
            row.status = AttendanceStatus::Absent;
        if (i % 10 == 5) {
            row.status = AttendanceStatus::ProxyGiven;
            row.proxyToContactId = contactIds.at(0);
        }
        if (i % 10 == 7) {
            row.status = AttendanceStatus::Represented;
            row.representedByContactId = contactIds.at(1);
        }
        if (i % 10 == 9)
            row.status = AttendanceStatus::Excused;
        meeting.attendance.push_back(row);
    }
    for (const char* guest : {"Julie Invitée", "Marc Expert"}) {
        Attendance row;
        row.isGuest = true;
        row.guestName = QString::fromUtf8(guest);
        row.organisationId = organisationIds.at(3);
        meeting.attendance.push_back(row);
    }
    created(MeetingRepository(db), meeting);
    // Decisions and follow-ups need the agenda ids: add them on the saved meeting.
    meeting.decisions = {decision(meeting.agenda[0].id, QStringLiteral("Créer une fiche de liaison bailleur-CMP")),
                         decision(meeting.agenda[1].id, QStringLiteral("Orienter Mme X. vers la cellule"))};
    FollowUp followUp;
    followUp.text = QStringLiteral("Rédiger la fiche de liaison");
    followUp.ownerContactId = contactIds.at(2);
    followUp.dueOn = QDate(2026, 4, 30);
    meeting.followUps = {followUp};
    meeting.recipientContactIds = {contactIds.at(0), contactIds.at(1)};
    REQUIRE(MeetingRepository(db).update(meeting).ok());

    Meeting next;
    next.instanceId = instance.id;
    next.title = QStringLiteral("Groupe logement");
    next.startsAt = QDateTime(QDate(2026, 4, 9), QTime(9, 30));
    next.place = QStringLiteral("CCAS de Bellerive");
    created(MeetingRepository(db), next);
    return meeting.id;
}

QStringList pdfPages(const QString& path)
{
    const QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}));
    // NFKC turns the ligatures of the PDF ("ﬁ") back into letters.
    QStringList pages = text.normalized(QString::NormalizationForm_KC).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString odtContent(const QString& path)
{
    return QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")}));
}

int renderPages(const QString& pdf, const QString& prefix)
{
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), pdf, prefix});
    const QFileInfo info(prefix);
    return int(QDir(info.path()).entryList({info.fileName() + QStringLiteral("*.png")}).size());
}

} // namespace maillage::test::documents
