// SPDX-License-Identifier: EUPL-1.2
#include "tests/ui/UiFixture.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"
#include "tests/support/Catch.h"

#include <QStringList>

namespace maillage::test {

qint64 insertRow(Database& db, const QString& table, QVariantMap values)
{
    const QString now = sql::nowStamp();
    values.insert(QStringLiteral("created_at"), now);
    values.insert(QStringLiteral("updated_at"), now);
    QStringList placeholders;
    for (const QString& column : values.keys())
        placeholders << u':' + column;
    SqlQuery query(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                           .arg(table, values.keys().join(QStringLiteral(", ")),
                                placeholders.join(QStringLiteral(", "))));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bind(u':' + it.key(), it.value());
    const Status status = query.exec(QStringLiteral("insert a fixture row"));
    INFO(status.error().fullText().toStdString());
    REQUIRE(status.ok());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

int countSql(Database& db, const QString& statement, const QVariantMap& binds)
{
    SqlQuery query(db, statement);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bind(it.key(), it.value());
    REQUIRE(query.exec(QStringLiteral("count")).ok());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

void fillCouncil(Database& db, const QDate& today)
{
    Transaction transaction(db);
    const auto v = [](std::initializer_list<std::pair<const char*, QVariant>> pairs) {
        QVariantMap map;
        for (const auto& [key, value] : pairs)
            map.insert(QString::fromLatin1(key), value);
        return map;
    };
    const qint64 council = insertRow(db, QStringLiteral("council"), v({{"name", QStringLiteral("CLSM de Lille")}}));
    const qint64 psy = insertRow(db, QStringLiteral("sector"),
                                 v({{"code", "psy"}, {"label", QStringLiteral("Psychiatrie publique")}, {"position", 1}}));
    const qint64 social = insertRow(db, QStringLiteral("sector"),
                                    v({{"code", "social"}, {"label", QStringLiteral("Social")}, {"position", 2}}));
    const qint64 hospital = insertRow(db, QStringLiteral("organisation"),
                                      v({{"name", QStringLiteral("EPSM Lille-Métropole")}, {"sector_id", psy},
                                         {"commune", QStringLiteral("Armentières")}}));
    insertRow(db, QStringLiteral("organisation"), v({{"name", QStringLiteral("Centre social Saint-Étienne")},
                                                     {"sector_id", social}, {"commune", QStringLiteral("Lille")}}));
    insertRow(db, QStringLiteral("organisation"), v({{"name", QStringLiteral("CCAS de Lomme")}, {"sector_id", social},
                                                     {"active", 0}}));
    insertRow(db, QStringLiteral("organisation"), v({{"name", QStringLiteral("Collectif sans secteur")}}));
    const qint64 etienne = insertRow(db, QStringLiteral("contact"),
                                     v({{"first_name", QStringLiteral("Étienne")}, {"last_name", QStringLiteral("Roussel")},
                                        {"pillar", "psychiatrie"}, {"email", "e.roussel@example.org"}}));
    insertRow(db, QStringLiteral("affiliation"), v({{"contact_id", etienne}, {"organisation_id", hospital}}));
    insertRow(db, QStringLiteral("contact"), v({{"first_name", QStringLiteral("Anne")}, {"last_name", QStringLiteral("Martin")},
                                                {"pillar", "elu"}}));
    insertRow(db, QStringLiteral("contact"), v({{"first_name", QStringLiteral("Paul")}, {"last_name", QStringLiteral("Ancien")},
                                                {"active", 0}}));

    const qint64 copil = insertRow(db, QStringLiteral("instance"),
                                   v({{"council_id", council}, {"kind", "comite_pilotage"}, {"name", "COPIL"}}));
    const qint64 cell = insertRow(db, QStringLiteral("instance"),
                                  v({{"council_id", council}, {"kind", "cellule_situations"}, {"name", "RESAD"}}));
    // 450 meetings, one every 8 days backwards and a few ahead: more than two pages of the lazy model.
    const QStringList statuses{QStringLiteral("held"), QStringLiteral("held"), QStringLiteral("cancelled"),
                               QStringLiteral("postponed")};
    qint64 firstHeld = 0;
    for (int i = 0; i < 450; ++i) {
        const QDate day = today.addDays(40 - i * 8);
        const bool future = day >= today;
        const qint64 id = insertRow(
            db, QStringLiteral("meeting"),
            v({{"instance_id", i % 3 == 0 ? copil : cell},
               {"title", i % 3 == 0 ? QStringLiteral("Comité de pilotage") : QStringLiteral("Cellule n°%1").arg(i)},
               {"starts_at", QDateTime(day, QTime(14, 0)).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
               {"place", QStringLiteral("Mairie de Lille")},
               {"status", future ? QStringLiteral("planned") : statuses.at(i % statuses.size())}}));
        if (!future && !firstHeld && statuses.at(i % statuses.size()) == QStringLiteral("held"))
            firstHeld = id;
    }
    for (int i = 0; i < 3; ++i)
        insertRow(db, QStringLiteral("attendance"), v({{"meeting_id", firstHeld}, {"contact_id", etienne},
                                                       {"status", i == 0 ? "present" : "absent"}}));
    insertRow(db, QStringLiteral("follow_up"), v({{"meeting_id", firstHeld}, {"text", "Envoyer le compte rendu"},
                                                  {"owner_contact_id", etienne}, {"due_on", today.addDays(-3).toString(Qt::ISODate)}}));
    insertRow(db, QStringLiteral("follow_up"), v({{"meeting_id", firstHeld}, {"text", "Relancer le bailleur"},
                                                  {"status", "in_progress"}, {"due_on", today.addDays(-1).toString(Qt::ISODate)}}));
    insertRow(db, QStringLiteral("follow_up"), v({{"meeting_id", firstHeld}, {"text", "Fait"}, {"status", "done"},
                                                  {"due_on", today.addDays(-9).toString(Qt::ISODate)}}));
    insertRow(db, QStringLiteral("follow_up"), v({{"meeting_id", firstHeld}, {"text", QStringLiteral("Pas encore dû")},
                                                  {"due_on", today.addDays(5).toString(Qt::ISODate)}}));

    const qint64 plan = insertRow(db, QStringLiteral("action_plan"),
                                  v({{"council_id", council}, {"title", "Feuille de route"}, {"first_year", today.year()},
                                     {"last_year", today.year() + 3}}));
    const qint64 axis1 = insertRow(db, QStringLiteral("axis"), v({{"plan_id", plan}, {"code", "1"}, {"position", 1},
                                                                  {"title", QStringLiteral("Promouvoir la santé mentale")}}));
    const qint64 axis2 = insertRow(db, QStringLiteral("axis"), v({{"plan_id", plan}, {"code", "2"}, {"position", 2},
                                                                  {"title", QStringLiteral("Accès au logement")}}));
    insertRow(db, QStringLiteral("action_sheet"), v({{"axis_id", axis1}, {"code", "1.1"}, {"title", "SISM"}, {"status", "in_progress"},
                                                     {"lead_organisation_id", hospital}}));
    insertRow(db, QStringLiteral("action_sheet"), v({{"axis_id", axis1}, {"code", "1.2"}, {"title", "PSSM"}, {"status", "in_progress"}}));
    insertRow(db, QStringLiteral("action_sheet"), v({{"axis_id", axis2}, {"code", "2.1"}, {"title", "Logement d'abord"}}));

    const QString thisYear = QString::number(today.year());
    insertRow(db, QStringLiteral("event"), v({{"council_id", council}, {"kind", "sism"}, {"title", "Ouverture SISM"},
                                              {"starts_on", thisYear + QStringLiteral("-01-10")}, {"participant_count", 80}}));
    insertRow(db, QStringLiteral("event"), v({{"council_id", council}, {"kind", "pssm"}, {"title", "Formation PSSM"},
                                              {"starts_on", thisYear + QStringLiteral("-01-20")}, {"participant_count", 12},
                                              {"people_trained", 12}}));
    insertRow(db, QStringLiteral("event"), v({{"council_id", council}, {"kind", "cine_debat"}, {"title", "Ciné-débat"},
                                              {"starts_on", QStringLiteral("%1-10-10").arg(today.year() - 1)}}));
    REQUIRE(transaction.commit().ok());
}

} // namespace maillage::test
