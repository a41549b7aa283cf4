// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/Consolidation.h"
#include "core/demo/DemoCouncil.h"
#include "core/exchange/ArchiveReader.h"
#include "core/exchange/ArchiveWriter.h"
#include "core/storage/DatabaseCheck.h"
#include "core/storage/SearchRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/exchange/ArchiveFixture.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

using namespace maillage;
namespace consolidation = maillage::consolidation;

namespace {

const QDate kToday(2026, 6, 15);
const QString kSiret = QStringLiteral("12345678900017");

qint64 scalar(Database& db, const QString& statement)
{
    SqlQuery query(db, statement);
    REQUIRE(query.exec(QStringLiteral("count")).ok());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

qint64 count(Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
}

QJsonArray rowsOf(const QJsonObject& archive, const QString& table)
{
    return archive.value(QStringLiteral("tables")).toObject().value(table).toArray();
}

QJsonObject withRows(QJsonObject archive, const QString& table, const QJsonArray& rows)
{
    QJsonObject tables = archive.value(QStringLiteral("tables")).toObject();
    tables.insert(table, rows);
    archive.insert(QStringLiteral("tables"), tables);
    return archive;
}

/// Two councils from the demo generator sharing their partners. A's first organisation carries a SIRET;
/// B renamed it but kept the SIRET (matched on it), and B has one partner of its own.
struct TwoCouncils
{
    QTemporaryDir dir;
    QJsonObject a = demo::demoArchive(kToday);
    QJsonObject b;
    QString pathA = dir.filePath(QStringLiteral("val-de-lys.json"));
    QString pathB = dir.filePath(QStringLiteral("deux-rives.sqlite"));
    QString newPartner = QStringLiteral("Maison des Deux-Rives");

    TwoCouncils()
    {
        QJsonArray organisations = rowsOf(a, QStringLiteral("organisation"));
        QJsonObject first = organisations.at(0).toObject();
        first.insert(QStringLiteral("siret"), kSiret);
        organisations.replace(0, first);
        a = withRows(a, QStringLiteral("organisation"), organisations);

        b = a;
        QJsonArray councils = rowsOf(b, QStringLiteral("council"));
        QJsonObject council = councils.at(0).toObject();
        council.insert(QStringLiteral("name"), QStringLiteral("CLSM des Deux-Rives"));
        councils.replace(0, council);
        b = withRows(b, QStringLiteral("council"), councils);
        first.insert(QStringLiteral("name"), QStringLiteral("Nom changé depuis"));
        organisations.replace(0, first);
        qint64 top = 0;
        for (const auto& row : organisations)
            top = std::max(top, row.toObject().value(QStringLiteral("id")).toInteger());
        QJsonObject own = organisations.at(1).toObject();
        own.insert(QStringLiteral("id"), top + 1);
        own.insert(QStringLiteral("name"), newPartner);
        organisations.append(own);
        b = withRows(b, QStringLiteral("organisation"), organisations);

        QFile file(pathA);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(archive::archiveBytes(a));
        file.close();
        auto source = Database::open(pathB);
        REQUIRE(source.ok());
        REQUIRE(archive::importArchive(*source.value(), b).ok());
    }

    qint64 organisationsOfA() const { return rowsOf(a, QStringLiteral("organisation")).size(); }
    qint64 rowsInA(const char* table) const { return rowsOf(a, QString::fromLatin1(table)).size(); }
};

qint64 councilId(Database& db, const QString& name)
{
    SqlQuery query(db, QStringLiteral("SELECT id FROM council WHERE name = :name"));
    query.bind(QStringLiteral(":name"), name);
    REQUIRE(query.exec(QStringLiteral("council")).ok());
    REQUIRE(query.next());
    return query.id(QStringLiteral("id"));
}

QSet<qint64> attendingContacts(Database& db, qint64 council)
{
    SqlQuery query(db, QStringLiteral("SELECT DISTINCT a.contact_id FROM attendance a JOIN meeting m ON m.id = "
                                      "a.meeting_id JOIN instance i ON i.id = m.instance_id WHERE i.council_id = :c "
                                      "AND a.contact_id IS NOT NULL"));
    query.bind(QStringLiteral(":c"), council);
    REQUIRE(query.exec(QStringLiteral("attendance")).ok());
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.id(QStringLiteral("contact_id")));
    return ids;
}

} // namespace

TEST_CASE("Consolidation keeps councils apart and shares their organisations", "[exchange][db][consolidation]")
{
    TwoCouncils sources;
    test::TestDatabase fx;
    Database& db = fx.db();
    auto report = consolidation::consolidate(db, {sources.pathA, sources.pathB});
    INFO((report.ok() ? std::string() : report.error().fullText().toStdString()));
    REQUIRE(report.ok());
    REQUIRE(report->sources.size() == 2);
    const auto& first = report->sources[0];
    const auto& second = report->sources[1];
    const QString lysName =
        rowsOf(sources.a, QStringLiteral("council")).at(0).toObject().value(QStringLiteral("name")).toString();
    CHECK(first.councils == QStringList{lysName});
    CHECK(second.councils == QStringList{QStringLiteral("CLSM des Deux-Rives")});

    // Every organisation of A was created; B matched all of them and created only its own.
    CHECK(first.matched.empty());
    CHECK(first.createdIn(QStringLiteral("organisation")) == sources.organisationsOfA());
    CHECK(qint64(second.matched.size()) == sources.organisationsOfA());
    CHECK(second.createdIn(QStringLiteral("organisation")) == 1);
    CHECK(count(db, QStringLiteral("organisation")) == sources.organisationsOfA() + 1);
    int bySiret = 0;
    for (const auto& match : second.matched)
        if (match.key == consolidation::MatchKey::Siret) {
            ++bySiret;
            CHECK(match.sourceName == QStringLiteral("Nom changé depuis"));
            CHECK(match.targetName == rowsOf(sources.a, QStringLiteral("organisation"))
                                          .at(0)
                                          .toObject()
                                          .value(QStringLiteral("name"))
                                          .toString());
        }
    CHECK(bySiret == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT name, commune FROM organisation GROUP BY name, "
                                    "commune HAVING count(*) > 1) AS twice")) == 0);

    // People, meetings and their attendance belong to each council, twice over.
    for (const char* table : {"council", "contact", "meeting", "attendance", "instance", "action_sheet", "situation"})
        CHECK(count(db, QString::fromLatin1(table)) == 2 * sources.rowsInA(table));
    CHECK(second.pseudonymsRenumbered == sources.rowsInA("situation"));
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT pseudonym) FROM situation")) ==
          2 * sources.rowsInA("situation"));
    const qint64 lys = councilId(db, lysName);
    const qint64 rives = councilId(db, QStringLiteral("CLSM des Deux-Rives"));
    const QSet<qint64> lysPeople = attendingContacts(db, lys);
    const QSet<qint64> rivesPeople = attendingContacts(db, rives);
    CHECK_FALSE(lysPeople.isEmpty());
    CHECK(lysPeople.size() == rivesPeople.size());
    CHECK_FALSE(lysPeople.intersects(rivesPeople));
    // Both councils' partner lists point at the same shared organisations.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM council_partner WHERE council_id = %1").arg(rives)) ==
          sources.rowsInA("council_partner"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM council_partner p JOIN council_partner q ON "
                                    "q.organisation_id = p.organisation_id WHERE p.council_id = %1 AND "
                                    "q.council_id = %2")
                         .arg(lys)
                         .arg(rives)) == sources.rowsInA("council_partner"));

    auto check = checkDatabase(db);
    REQUIRE(check.ok());
    CHECK(check->referenceProblems.isEmpty());
    CHECK(check->integrityProblems.isEmpty());
    // The search index knows the new rows, and a shared partner once.
    const auto found = SearchRepository(db).search(sources.newPartner);
    REQUIRE(found.ok());
    CHECK(found->size() == 1);
    // New rows get fresh ids after a consolidation (identities realigned).
    test::insertRow(db, QStringLiteral("council"), {{QStringLiteral("name"), QStringLiteral("CLSM suivant")}});
    CHECK(count(db, QStringLiteral("council")) == 3);
}

TEST_CASE("A consolidation dry run reports the same and writes nothing", "[exchange][db][consolidation]")
{
    TwoCouncils sources;
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(consolidation::consolidate(db, {sources.pathA}).ok());
    const qint64 before = test::totalRows(db);
    const qint64 organisations = count(db, QStringLiteral("organisation"));

    consolidation::Options options;
    options.dryRun = true;
    auto rehearsal = consolidation::consolidate(db, {sources.pathB, sources.pathA}, options);
    REQUIRE(rehearsal.ok());
    CHECK(rehearsal->dryRun);
    REQUIRE(rehearsal->sources.size() == 2);
    CHECK(qint64(rehearsal->sources[0].matched.size()) == sources.organisationsOfA());
    CHECK(rehearsal->sources[0].createdIn(QStringLiteral("organisation")) == 1);
    CHECK(rehearsal->sources[1].createdIn(QStringLiteral("council")) == 1);
    CHECK(test::totalRows(db) == before);
    CHECK(count(db, QStringLiteral("organisation")) == organisations);
    CHECK(count(db, QStringLiteral("council")) == 1);
    fx.reopen();
    CHECK(test::totalRows(fx.db()) == before);

    // The real run then does what the rehearsal said.
    auto real = consolidation::consolidate(fx.db(), {sources.pathB});
    REQUIRE(real.ok());
    CHECK(real->sources[0].rows == rehearsal->sources[0].rows);
    CHECK(real->sources[0].matched.size() == rehearsal->sources[0].matched.size());
}

TEST_CASE("A consolidation with an unreadable source adds nothing", "[exchange][db][consolidation]")
{
    TwoCouncils sources;
    test::TestDatabase fx;
    Database& db = fx.db();
    const QString broken = sources.dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "maillage-archive", "version": 1, "tables": {"council": [{"id": "x"}]}})");
    file.close();
    const QString missing = sources.dir.filePath(QStringLiteral("none.json"));
    for (const QString& bad : {broken, missing}) {
        auto report = consolidation::consolidate(db, {sources.pathA, bad});
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().message.contains(bad));
        CHECK(test::totalRows(db) == 0);
    }
}

TEST_CASE("A source the database refuses leaves nothing of it; the sources before it stay",
          "[exchange][db][consolidation]")
{
    TwoCouncils sources;
    test::TestDatabase fx;
    Database& db = fx.db();
    // A repeated recipient passes the archive checks but not the table's uniqueness rule.
    QJsonArray recipients = rowsOf(sources.b, QStringLiteral("meeting_recipient"));
    REQUIRE_FALSE(recipients.isEmpty());
    qint64 top = 0;
    for (const auto& row : recipients)
        top = std::max(top, row.toObject().value(QStringLiteral("id")).toInteger());
    QJsonObject twice = recipients.at(0).toObject();
    twice.insert(QStringLiteral("id"), top + 1);
    recipients.append(twice);
    const QString refused = sources.dir.filePath(QStringLiteral("refused.json"));
    QFile file(refused);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(archive::archiveBytes(withRows(sources.b, QStringLiteral("meeting_recipient"), recipients)));
    file.close();

    auto report = consolidation::consolidate(db, {sources.pathA, refused});
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message.contains(refused));
    CHECK(report.error().message.contains(sources.pathA)); // already added, and said so
    CHECK(count(db, QStringLiteral("council")) == 1);
    CHECK(count(db, QStringLiteral("contact")) == sources.rowsInA("contact"));
    CHECK(count(db, QStringLiteral("meeting_recipient")) == sources.rowsInA("meeting_recipient"));
    CHECK(count(db, QStringLiteral("organisation")) == sources.organisationsOfA());
}

TEST_CASE("Consolidation never reuses the id of a deleted record", "[exchange][db][consolidation]")
{
    TwoCouncils sources;
    test::TestDatabase fx;
    Database& db = fx.db();
    test::insertRow(db, QStringLiteral("council"), {{QStringLiteral("name"), QStringLiteral("Conseil supprimé")}});
    const qint64 deleted = scalar(db, QStringLiteral("SELECT MAX(id) FROM council"));
    test::execSql(db, QStringLiteral("DELETE FROM council"));
    REQUIRE(consolidation::consolidate(db, {sources.pathA}).ok());
    CHECK(scalar(db, QStringLiteral("SELECT MIN(id) FROM council")) > deleted);
    // And the numbering continues after the consolidated rows.
    test::insertRow(db, QStringLiteral("council"), {{QStringLiteral("name"), QStringLiteral("CLSM suivant")}});
    CHECK(scalar(db, QStringLiteral("SELECT id FROM council WHERE name = 'CLSM suivant'")) >
          scalar(db, QStringLiteral("SELECT MIN(id) FROM council")));
}
