// SPDX-License-Identifier: EUPL-1.2
#include "tests/bench/NationalGenerator.h"

#include "core/domain/Contact.h"
#include "core/domain/Event.h"
#include "core/domain/Instance.h"
#include "core/domain/Meeting.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/TableCatalog.h"
#include "core/storage/TableRows.h"
#include "core/storage/Transaction.h"

#include <QDate>
#include <QDateTime>
#include <QHash>

#include <map>
#include <memory>
#include <random>

namespace maillage::bench {

namespace {

const QStringList kSectors{
    QStringLiteral("elus"),        QStringLiteral("psychiatrie"),   QStringLiteral("sanitaire"),
    QStringLiteral("medicosocial"), QStringLiteral("social"),       QStringLiteral("logement"),
    QStringLiteral("education"),   QStringLiteral("police_justice"), QStringLiteral("usagers"),
    QStringLiteral("aidants"),     QStringLiteral("culture_sport"), QStringLiteral("emploi"),
    QStringLiteral("etat_ars"),    QStringLiteral("citoyens"),      QStringLiteral("autre")};
const QStringList kFirstNames{QStringLiteral("Anne"),   QStringLiteral("Élodie"), QStringLiteral("Karim"),
                              QStringLiteral("Sophie"), QStringLiteral("Jean"),   QStringLiteral("Fatou"),
                              QStringLiteral("Luc"),    QStringLiteral("Chloé"),  QStringLiteral("Mehdi"),
                              QStringLiteral("Inès")};
const QStringList kLastNames{QStringLiteral("Martin"), QStringLiteral("Bernard"), QStringLiteral("Dubois"),
                             QStringLiteral("Thomas"), QStringLiteral("Robert"),  QStringLiteral("Petit"),
                             QStringLiteral("Durand"), QStringLiteral("Leroy"),   QStringLiteral("Moreau"),
                             QStringLiteral("Simon"),  QStringLiteral("Laurent"), QStringLiteral("Lefèvre")};
const QStringList kTopics{QStringLiteral("logement d’abord"), QStringLiteral("santé mentale des jeunes"),
                          QStringLiteral("prévention du suicide"), QStringLiteral("accès aux soins"),
                          QStringLiteral("SISM"), QStringLiteral("premiers secours en santé mentale"),
                          QStringLiteral("situations complexes"), QStringLiteral("parentalité")};

// Every table's inserter, prepared once, and rows built from the catalog defaults.
class Writer
{
public:
    explicit Writer(Database& db) : m_db(db) {}

    qint64 add(const QString& table, const QHash<QString, QVariant>& values, const QString& stamp)
    {
        auto& state = m_tables[table];
        if (!state.spec) {
            state.spec = TableCatalog::find(table);
            state.inserter = std::make_unique<tablerows::RowInserter>(m_db, *state.spec);
        }
        const qint64 id = ++state.lastId;
        QVariantList row;
        row.reserve(qsizetype(state.spec->columns.size()));
        for (const ColumnSpec& column : state.spec->columns) {
            if (column.name == QLatin1String("id"))
                row << id;
            else if (column.name == QLatin1String("created_at") || column.name == QLatin1String("updated_at"))
                row << stamp;
            else if (auto it = values.find(column.name); it != values.end())
                row << it.value();
            else if (column.defaultValue.isNull())
                row << QVariant(QMetaType::fromType<QString>());
            else if (column.defaultValue.isBool())
                row << (column.defaultValue.toBool() ? 1 : 0);
            else
                row << column.defaultValue.toVariant();
        }
        if (Status status = state.inserter->insert(row); !status.ok())
            m_error = status.error();
        ++m_rows;
        return id;
    }
    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }
    qint64 rows() const { return m_rows; }

private:
    struct TableState {
        const TableSpec* spec = nullptr;
        std::unique_ptr<tablerows::RowInserter> inserter;
        qint64 lastId = 0;
    };
    Database& m_db;
    std::map<QString, TableState> m_tables;
    std::optional<Error> m_error;
    qint64 m_rows = 0;
};

QString stampOf(const QDate& day)
{
    return QDateTime(day, QTime(9, 0), Qt::UTC).toString(Qt::ISODateWithMs);
}

QString minutesText(std::mt19937& random, const QString& topic)
{
    QString text = QStringLiteral("<p>Point sur %1. ").arg(topic);
    const int sentences = 3 + int(random() % 5);
    for (int i = 0; i < sentences; ++i)
        text += QStringLiteral("Les partenaires échangent sur les situations rencontrées et les suites à donner. ");
    return text + QStringLiteral("</p>");
}

} // namespace

Result<GeneratedCounts> generateNational(Database& db, const Scale& scale,
                                         const std::function<void(int, int)>& progress)
{
    journal::Pause pauseJournal(db);
    std::mt19937 random(20261123u);
    Writer writer(db);
    GeneratedCounts counts;
    const QDate origin(scale.firstYear - 1, 9, 1);
    const QString originStamp = stampOf(origin);
    {
        Transaction tx(db);
        if (!tx.ok())
            return tx.error();
        for (int s = 0; s < kSectors.size(); ++s)
            writer.add(QStringLiteral("sector"),
                       {{QStringLiteral("code"), kSectors.at(s)}, {QStringLiteral("label"), kSectors.at(s)},
                        {QStringLiteral("position"), s}},
                       originStamp);
        if (writer.failed())
            return writer.error();
        if (Status status = tx.commit(); !status.ok())
            return status.error();
    }
    for (int c = 0; c < scale.councils; ++c) {
        Transaction tx(db);
        if (!tx.ok())
            return tx.error();
        const qint64 council = writer.add(
            QStringLiteral("council"),
            {{QStringLiteral("name"), QStringLiteral("CLSM n° %1").arg(c + 1)},
             {QStringLiteral("short_name"), QStringLiteral("CLSM%1").arg(c + 1)},
             {QStringLiteral("created_on"), origin.toString(Qt::ISODate)},
             {QStringLiteral("coordinator_fte_percent"), 50 + int(random() % 51)}},
            originStamp);
        ++counts.councils;
        for (int k = 0; k < 3; ++k)
            writer.add(QStringLiteral("commune"),
                       {{QStringLiteral("council_id"), council},
                        {QStringLiteral("name"), QStringLiteral("Commune %1-%2").arg(c + 1).arg(k + 1)},
                        {QStringLiteral("population"), 5000 + int(random() % 90000)}},
                       originStamp);
        std::vector<qint64> organisations;
        for (int o = 0; o < scale.organisationsPerCouncil; ++o) {
            const QString topic = kTopics.at(int(random() % kTopics.size()));
            const qint64 id = writer.add(
                QStringLiteral("organisation"),
                {{QStringLiteral("name"), QStringLiteral("Structure %1 %2 (%3)").arg(c + 1).arg(o + 1).arg(topic)},
                 {QStringLiteral("sector_id"), qint64(1 + random() % kSectors.size())},
                 {QStringLiteral("commune"), QStringLiteral("Commune %1-%2").arg(c + 1).arg(1 + o % 3)}},
                originStamp);
            organisations.push_back(id);
            writer.add(QStringLiteral("council_partner"),
                       {{QStringLiteral("council_id"), council}, {QStringLiteral("organisation_id"), id}},
                       originStamp);
        }
        counts.organisations += scale.organisationsPerCouncil;
        static const Pillar pillars[] = {Pillar::Elected, Pillar::Psychiatry, Pillar::User,
                                         Pillar::Carer,   Pillar::Professional, Pillar::Professional};
        std::vector<qint64> contacts;
        for (int p = 0; p < scale.contactsPerCouncil; ++p) {
            const QString first = kFirstNames.at(int(random() % kFirstNames.size()));
            const QString last = kLastNames.at(int(random() % kLastNames.size()));
            const qint64 id = writer.add(
                QStringLiteral("contact"),
                {{QStringLiteral("first_name"), first},
                 {QStringLiteral("last_name"), QStringLiteral("%1-%2").arg(last).arg(c * 1000 + p)},
                 {QStringLiteral("pillar"), codeOf(pillars[random() % 6])},
                 {QStringLiteral("email"), QStringLiteral("p%1.c%2@exemple.fr").arg(p).arg(c + 1)}},
                originStamp);
            contacts.push_back(id);
            writer.add(QStringLiteral("affiliation"),
                       {{QStringLiteral("contact_id"), id},
                        {QStringLiteral("organisation_id"), organisations[random() % organisations.size()]},
                        {QStringLiteral("valid_from"), origin.toString(Qt::ISODate)}},
                       originStamp);
        }
        counts.contacts += scale.contactsPerCouncil;
        static const InstanceKind kinds[] = {InstanceKind::Plenary, InstanceKind::SteeringCommittee,
                                             InstanceKind::SituationsCell, InstanceKind::WorkingGroup};
        for (int i = 0; i < scale.instancesPerCouncil; ++i) {
            const InstanceKind kind = kinds[std::min(i, 3)];
            const qint64 instance = writer.add(
                QStringLiteral("instance"),
                {{QStringLiteral("council_id"), council},
                 {QStringLiteral("kind"), codeOf(kind)},
                 {QStringLiteral("name"), QStringLiteral("%1 %2").arg(labelOf(kind)).arg(i + 1)},
                 {QStringLiteral("theme"), kTopics.at(i % kTopics.size())}},
                originStamp);
            std::vector<qint64> members;
            for (int m = 0; m < scale.attendeesPerMeeting + 3; ++m) {
                const qint64 contact = contacts[random() % contacts.size()];
                members.push_back(contact);
                writer.add(QStringLiteral("instance_member"),
                           {{QStringLiteral("instance_id"), instance}, {QStringLiteral("contact_id"), contact}},
                           originStamp);
            }
            for (int y = 0; y < scale.years; ++y) {
                for (int m = 0; m < scale.meetingsPerInstancePerYear; ++m) {
                    const QDate day = QDate(scale.firstYear + y, 1, 10).addDays(m * 365 / scale.meetingsPerInstancePerYear +
                                                                                 int(random() % 20));
                    const bool cancelled = random() % 25 == 0;
                    const QString stamp = stampOf(day);
                    const qint64 meeting = writer.add(
                        QStringLiteral("meeting"),
                        {{QStringLiteral("instance_id"), instance},
                         {QStringLiteral("title"), QStringLiteral("Réunion %1").arg(m + 1)},
                         {QStringLiteral("starts_at"), QDateTime(day, QTime(14, 0)).toString(Qt::ISODate)},
                         {QStringLiteral("ends_at"), QDateTime(day, QTime(16, 0)).toString(Qt::ISODate)},
                         {QStringLiteral("place"), QStringLiteral("Mairie, salle du conseil")},
                         {QStringLiteral("status"), codeOf(cancelled ? MeetingStatus::Cancelled : MeetingStatus::Held)}},
                        stamp);
                    ++counts.meetings;
                    for (int a = 0; a < 3; ++a) {
                        const QString topic = kTopics.at(int(random() % kTopics.size()));
                        writer.add(QStringLiteral("agenda_item"),
                                   {{QStringLiteral("meeting_id"), meeting}, {QStringLiteral("position"), a + 1},
                                    {QStringLiteral("title"), topic},
                                    {QStringLiteral("minutes_html"), minutesText(random, topic)}},
                                   stamp);
                    }
                    if (cancelled)
                        continue;
                    writer.add(QStringLiteral("decision"),
                               {{QStringLiteral("meeting_id"), meeting}, {QStringLiteral("position"), 1},
                                {QStringLiteral("text"), QStringLiteral("Le groupe valide la proposition.")}},
                               stamp);
                    writer.add(QStringLiteral("follow_up"),
                               {{QStringLiteral("meeting_id"), meeting},
                                {QStringLiteral("text"), QStringLiteral("Envoyer le compte rendu")},
                                {QStringLiteral("owner_contact_id"), members.front()},
                                {QStringLiteral("due_on"), day.addDays(14).toString(Qt::ISODate)},
                                {QStringLiteral("status"), codeOf(FollowUpStatus::Done)}},
                               stamp);
                    for (int a = 0; a < scale.attendeesPerMeeting && a < int(members.size()); ++a) {
                        const int roll = int(random() % 10);
                        const AttendanceStatus status = roll < 7   ? AttendanceStatus::Present
                                                        : roll < 9 ? AttendanceStatus::Excused
                                                                   : AttendanceStatus::Absent;
                        writer.add(QStringLiteral("attendance"),
                                   {{QStringLiteral("meeting_id"), meeting},
                                    {QStringLiteral("contact_id"), members[size_t(a)]},
                                    {QStringLiteral("status"), codeOf(status)}},
                                   stamp);
                        ++counts.attendance;
                    }
                }
            }
        }
        for (int y = 0; y < scale.years; ++y) {
            const QDate day(scale.firstYear + y, 10, 8);
            writer.add(QStringLiteral("event"),
                       {{QStringLiteral("council_id"), council},
                        {QStringLiteral("kind"), codeOf(EventKind::Sism)},
                        {QStringLiteral("title"), QStringLiteral("SISM %1").arg(day.year())},
                        {QStringLiteral("starts_on"), day.toString(Qt::ISODate)},
                        {QStringLiteral("participant_count"), 40 + int(random() % 200)}},
                       stampOf(day));
        }
        if (writer.failed())
            return writer.error();
        if (Status status = tx.commit(); !status.ok())
            return status.error();
        if (progress)
            progress(c + 1, scale.councils);
    }
    if (Status status = tablerows::realignIdentities(db); !status.ok())
        return status.error();
    if (Status status = SearchIndex(db).rebuild(); !status.ok())
        return status.error();
    counts.rows = writer.rows();
    return counts;
}

} // namespace maillage::bench
