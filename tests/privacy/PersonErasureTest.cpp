// SPDX-License-Identifier: EUPL-1.2
#include "core/privacy/PersonErasure.h"
#include "core/demo/DemoCouncil.h"
#include "core/partners/ContactMerge.h"
#include "core/report/ReportFigures.h"
#include "core/storage/Backup.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SqlQuery.h"
#include "tests/privacy/PrivacyFixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace maillage;

namespace {

const QByteArray kCanary = QByteArrayLiteral("Qwyxcanari");

struct CanaryCouncil
{
    qint64 person = 0;
    qint64 twin = 0;
    qint64 meeting = 0;
};

CanaryCouncil makeCanaryCouncil(Database& db)
{
    const QString canary = QString::fromLatin1(kCanary);
    const qint64 council =
        test::addRow(db, QStringLiteral("council"), {{QStringLiteral("name"), QStringLiteral("CLSM de Vénissieux")}});
    const qint64 instance = test::addRow(db, QStringLiteral("instance"),
                                         {{QStringLiteral("council_id"), council},
                                          {QStringLiteral("kind"), QStringLiteral("copil")},
                                          {QStringLiteral("name"), QStringLiteral("Comité de pilotage")}});
    CanaryCouncil c;
    c.meeting = test::addRow(db, QStringLiteral("meeting"),
                             {{QStringLiteral("instance_id"), instance},
                              {QStringLiteral("starts_at"), QStringLiteral("2026-03-10T14:00:00")},
                              {QStringLiteral("status"), QStringLiteral("held")}});
    c.person = test::addRow(db, QStringLiteral("contact"),
                            {{QStringLiteral("civility"), QStringLiteral("Mme")},
                             {QStringLiteral("first_name"), QStringLiteral("Zoé")},
                             {QStringLiteral("last_name"), canary},
                             {QStringLiteral("pillar"), QStringLiteral("usager")},
                             {QStringLiteral("email"), QStringLiteral("zoe.%1@exemple.fr").arg(canary.toLower())},
                             {QStringLiteral("phone"), QStringLiteral("04 72 11 22 33")},
                             {QStringLiteral("notes"), QStringLiteral("Rencontrée au GEM")}});
    c.twin = test::addRow(db, QStringLiteral("contact"),
                          {{QStringLiteral("first_name"), QStringLiteral("zoe")},
                           {QStringLiteral("last_name"), canary.toUpper()},
                           {QStringLiteral("mobile"), QStringLiteral("06 99 88 77 66")}});
    const qint64 other = test::addRow(db, QStringLiteral("contact"),
                                      {{QStringLiteral("first_name"), QStringLiteral("Jean")},
                                       {QStringLiteral("last_name"), QStringLiteral("Dupont")}});
    for (qint64 id : {c.person, other}) {
        test::addRow(db, QStringLiteral("attendance"),
                     {{QStringLiteral("meeting_id"), c.meeting},
                      {QStringLiteral("contact_id"), id},
                      {QStringLiteral("status"), QStringLiteral("present")}});
        test::addRow(db, QStringLiteral("meeting_recipient"),
                     {{QStringLiteral("meeting_id"), c.meeting}, {QStringLiteral("contact_id"), id}});
    }
    const qint64 item =
        test::addRow(db, QStringLiteral("agenda_item"),
                     {{QStringLiteral("meeting_id"), c.meeting},
                      {QStringLiteral("title"), QStringLiteral("Accès au logement")},
                      {QStringLiteral("minutes_html"),
                       QStringLiteral("<p>Mme %1 présente le GEM. Zoé %1 rappelle que Jean Dupont a relu le texte.</p>")
                           .arg(canary)}});
    test::addRow(db, QStringLiteral("decision"),
                 {{QStringLiteral("meeting_id"), c.meeting},
                  {QStringLiteral("agenda_item_id"), item},
                  {QStringLiteral("text"),
                   QStringLiteral("Adopté sur proposition de %1 Zoé, appuyée par le docteur %1.").arg(canary)}});
    test::addRow(
        db, QStringLiteral("follow_up"),
        {{QStringLiteral("meeting_id"), c.meeting},
         {QStringLiteral("text"), QStringLiteral("Envoyer la charte à zoe.%1@exemple.fr").arg(canary.toLower())},
         {QStringLiteral("owner_contact_id"), c.person}});
    test::addRow(
        db, QStringLiteral("minutes_version"),
        {{QStringLiteral("meeting_id"), c.meeting},
         {QStringLiteral("number"), 1},
         {QStringLiteral("validated_on"), QStringLiteral("2026-03-20")},
         {QStringLiteral("content_html"), QStringLiteral("<p>Présents : Mme Zoé %1, Jean Dupont</p>").arg(canary)}});
    REQUIRE(SearchIndex(db).rebuild().ok());
    return c;
}

int canariesInFiles(const QString& path)
{
    return test::occurrencesInFile(path, kCanary) + test::occurrencesInFile(path + QStringLiteral("-wal"), kCanary);
}

} // namespace

TEST_CASE("Erasing a person leaves no trace of them in the file, the WAL, the index or a new backup",
          "[privacy][canary][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    if (db.engine() != Engine::Sqlite)
        return; // the file-level part only means something for SQLite; the rest runs in the next test
    const CanaryCouncil c = makeCanaryCouncil(db);
    // A merge that named the person: its undo data must go too.
    REQUIRE(ContactMerge::mergeContacts(db, c.person, c.twin));
    REQUIRE(canariesInFiles(db.filePath()) > 0); // the test can fail: the canary is really there
    REQUIRE(test::valueOf(db, QStringLiteral("SELECT COUNT(*) FROM search_index WHERE search_index MATCH :q"),
                          {{QStringLiteral(":q"), QString::fromLatin1(kCanary)}})
                .toInt() > 0);
    const int attendanceBefore =
        test::valueOf(db, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE status = 'present'")).toInt();

    auto erased = PersonErasure::erase(db, c.person, QDate(2026, 11, 23));
    REQUIRE(erased);
    CHECK(erased.value().checkpointed);
    CHECK(erased.value().recipientsRemoved == 1);
    CHECK(erased.value().textsScrubbed >= 4);
    CHECK(erased.value().undoBatchesDropped == 1);

    CHECK(canariesInFiles(db.filePath()) == 0);
    CHECK(test::valueOf(db, QStringLiteral("SELECT COUNT(*) FROM search_index WHERE search_index MATCH :q"),
                        {{QStringLiteral(":q"), QString::fromLatin1(kCanary)}})
              .toInt() == 0);
    CHECK(test::valueOf(
              db,
              QStringLiteral("SELECT COUNT(*) FROM search_index_content WHERE lower(c2) LIKE :q OR lower(c3) LIKE :q"),
              {{QStringLiteral(":q"), QStringLiteral("%qwyxcanari%")}})
              .toInt() == 0);
    const QString backupPath = QDir(fx.dir()).filePath(QStringLiteral("after-erasure.sqlite"));
    REQUIRE(backup::create(db, backupPath));
    CHECK(test::occurrencesInFile(backupPath, kCanary) == 0);
    CHECK(test::occurrencesInFile(backupPath, QByteArrayLiteral("Personne")) +
              test::occurrencesInFile(backupPath, QByteArrayLiteral("Erased person")) >
          0);

    // Statistics do not move: the attendance row stays, under the erased identity.
    CHECK(test::valueOf(db, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE status = 'present'")).toInt() ==
          attendanceBefore);
    CHECK(test::valueOf(db, QStringLiteral("SELECT last_name FROM contact WHERE id = :id"),
                        {{QStringLiteral(":id"), c.person}})
              .toString() == PersonErasure::replacementName(c.person));
    // Other people named in the same minutes keep their name.
    CHECK(test::valueOf(db, QStringLiteral("SELECT minutes_html FROM agenda_item"))
              .toString()
              .contains(QStringLiteral("Jean Dupont")));
}

TEST_CASE("Erasure empties the identity, keeps the statistics and takes the person out of recipients", "[privacy][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    const qint64 person = test::valueOf(db, QStringLiteral("SELECT contact_id FROM attendance GROUP BY contact_id "
                                                           "ORDER BY COUNT(*) DESC, contact_id LIMIT 1"))
                              .toLongLong();
    const auto figures = [&](int year) {
        auto computed = computeReportFigures(db, ReportPeriod::year(year));
        REQUIRE(computed);
        // The annex's list of members is a directory, not a figure: an erased person leaves it (the
        // report never names them again). Every figure must stay the same.
        QJsonObject json = reportFiguresJson(computed.value());
        json.remove(QStringLiteral("members"));
        return QJsonDocument(json).toJson();
    };
    const QByteArray before2025 = figures(2025);
    const QByteArray before2026 = figures(2026);
    const auto linksBefore = test::linksOf(db, person);
    REQUIRE(linksBefore.at(QStringLiteral("attendance")) > 0);

    REQUIRE(PersonErasure::erase(db, person, QDate(2026, 6, 15)));
    CHECK(figures(2025) == before2025);
    CHECK(figures(2026) == before2026);
    auto linksAfter = test::linksOf(db, person);
    CHECK(linksAfter.at(QStringLiteral("recipients")) == 0);
    linksAfter.erase(QStringLiteral("recipients"));
    auto expected = linksBefore;
    expected.erase(QStringLiteral("recipients"));
    CHECK(linksAfter == expected);
    const QVariantMap id{{QStringLiteral(":id"), person}};
    CHECK(test::valueOf(db,
                        QStringLiteral("SELECT first_name || email || phone || mobile || address || notes || job_title "
                                       "FROM contact WHERE id = :id"),
                        id)
              .toString()
              .isEmpty());
    CHECK_FALSE(test::valueOf(db, QStringLiteral("SELECT erased_on FROM contact WHERE id = :id"), id).isNull());
    if (db.engine() == Engine::Sqlite)
        CHECK(test::valueOf(
                  db, QStringLiteral("SELECT title FROM search_index WHERE kind = 'contact' AND ref_id = :id"), id)
                  .toString()
                  .contains(PersonErasure::replacementName(person)));
}
