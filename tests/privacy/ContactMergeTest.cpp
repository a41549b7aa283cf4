// SPDX-License-Identifier: EUPL-1.2
#include "core/partners/ContactMerge.h"
#include "core/demo/DemoCouncil.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/TableCatalog.h"
#include "tests/privacy/PrivacyFixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

using namespace maillage;

namespace {

int count(Database& db, const QString& statement, qint64 a, qint64 b)
{
    return test::valueOf(db, statement, {{QStringLiteral(":a"), a}, {QStringLiteral(":b"), b}}).toInt();
}

/// Rows anywhere in the database that still point at a record of table.
int referencesTo(Database& db, const QString& table, qint64 id)
{
    int total = 0;
    for (const TableSpec& spec : TableCatalog::tables())
        for (const ColumnSpec& column : spec.columns)
            if (column.references == table)
                total += test::valueOf(
                             db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = :id").arg(spec.name, column.name),
                             {{QStringLiteral(":id"), id}})
                             .toInt();
    return total;
}

std::map<QString, QStringList> withoutUndoTables(std::map<QString, QStringList> dump)
{
    dump.erase(QStringLiteral("undo_batch"));
    dump.erase(QStringLiteral("undo_batch_item"));
    dump.erase(QStringLiteral("change_journal")); // history: the merge and its undo are journaled, as they should
    return dump;
}

} // namespace

TEST_CASE("Merging two contacts keeps every link, and undoing restores the database exactly", "[merge][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    // Two people who sat in the same meeting: one attendance row collapses into the other.
    const qint64 keep =
        test::valueOf(db, QStringLiteral("SELECT MIN(a1.contact_id) FROM attendance a1 JOIN attendance a2 "
                                         "ON a1.meeting_id = a2.meeting_id AND a1.contact_id < a2.contact_id"))
            .toLongLong();
    const qint64 remove =
        test::valueOf(db,
                      QStringLiteral("SELECT MAX(a2.contact_id) FROM attendance a1 JOIN attendance a2 "
                                     "ON a1.meeting_id = a2.meeting_id AND a1.contact_id = :k "
                                     "AND a2.contact_id > :k"),
                      {{QStringLiteral(":k"), keep}})
            .toLongLong();
    REQUIRE(keep > 0);
    REQUIRE(remove > keep);
    test::addRow(db, QStringLiteral("follow_up"),
                 {{QStringLiteral("meeting_id"), test::valueOf(db, QStringLiteral("SELECT MIN(id) FROM meeting"))},
                  {QStringLiteral("text"), QStringLiteral("Relancer le bailleur")},
                  {QStringLiteral("owner_contact_id"), remove}});
    // The kept record has no mobile; the removed one gives it.
    {
        SqlQuery clear(db,
                       QStringLiteral("UPDATE contact SET mobile = CASE WHEN id = :k THEN '' ELSE '06 11 22 33 44' END "
                                      "WHERE id IN (:k, :r)"));
        clear.bind(QStringLiteral(":k"), keep).bind(QStringLiteral(":r"), remove);
        REQUIRE(clear.exec(QStringLiteral("test")).ok());
    }

    const auto before = test::dumpAll(db);
    const auto keptBefore = test::linksOf(db, keep);
    const auto removedBefore = test::linksOf(db, remove);
    REQUIRE(keptBefore.at(QStringLiteral("attendance")) > 0);
    REQUIRE(removedBefore.at(QStringLiteral("attendance")) > 0);
    const int expectedAttendance = count(db,
                                         QStringLiteral("SELECT COUNT(DISTINCT meeting_id) FROM attendance "
                                                        "WHERE contact_id IN (:a, :b)"),
                                         keep, remove);
    const int expectedMemberships =
        count(db,
              QStringLiteral("SELECT COUNT(*) FROM instance_member m WHERE contact_id = :a OR (contact_id = :b AND "
                             "NOT EXISTS (SELECT 1 FROM instance_member k WHERE k.contact_id = :a "
                             "AND k.instance_id = m.instance_id AND k.role = m.role))"),
              keep, remove);
    const int attendanceRows = test::valueOf(db, QStringLiteral("SELECT COUNT(*) FROM attendance")).toInt();

    auto merged = ContactMerge::mergeContacts(db, keep, remove);
    REQUIRE(merged);
    const auto keptAfter = test::linksOf(db, keep);
    CHECK(keptAfter.at(QStringLiteral("attendance")) == expectedAttendance);
    CHECK(expectedAttendance <
          keptBefore.at(QStringLiteral("attendance")) + removedBefore.at(QStringLiteral("attendance")));
    CHECK(keptAfter.at(QStringLiteral("memberships")) == expectedMemberships);
    CHECK(keptAfter.at(QStringLiteral("follow_ups")) ==
          keptBefore.at(QStringLiteral("follow_ups")) + removedBefore.at(QStringLiteral("follow_ups")));
    CHECK(test::valueOf(db, QStringLiteral("SELECT COUNT(*) FROM attendance")).toInt() ==
          attendanceRows - test::valueOf(db, QStringLiteral("SELECT COUNT(*) FROM undo_batch_item WHERE "
                                                            "entity = 'attendance' AND action = 'delete'"))
                               .toInt());
    CHECK(referencesTo(db, QStringLiteral("contact"), remove) == 0);
    CHECK(test::valueOf(db, QStringLiteral("SELECT COUNT(*) FROM contact WHERE id = :id"),
                        {{QStringLiteral(":id"), remove}})
              .toInt() == 0);
    CHECK(
        test::valueOf(db, QStringLiteral("SELECT mobile FROM contact WHERE id = :id"), {{QStringLiteral(":id"), keep}})
            .toString() == QStringLiteral("06 11 22 33 44"));
    CHECK(merged.value().filled.contains(QStringLiteral("mobile")));
    if (db.engine() == Engine::Sqlite)
        CHECK(test::valueOf(db,
                            QStringLiteral("SELECT COUNT(*) FROM search_index WHERE kind = 'contact' AND ref_id = :id"),
                            {{QStringLiteral(":id"), remove}})
                  .toInt() == 0);

    auto open = ContactMerge::undoableMerges(db);
    REQUIRE(open);
    REQUIRE(open.value().size() == 1);
    CHECK(open.value().front().id == merged.value().batchId);

    REQUIRE(ContactMerge::undo(db, merged.value().batchId).ok());
    CHECK(withoutUndoTables(test::dumpAll(db)) == withoutUndoTables(before));
    CHECK(test::linksOf(db, remove) == removedBefore);
    CHECK(test::linksOf(db, keep) == keptBefore);
    if (db.engine() == Engine::Sqlite)
        CHECK(test::valueOf(db,
                            QStringLiteral("SELECT COUNT(*) FROM search_index WHERE kind = 'contact' AND ref_id = :id"),
                            {{QStringLiteral(":id"), remove}})
                  .toInt() == 1);
    // A batch undoes once.
    CHECK_FALSE(ContactMerge::undo(db, merged.value().batchId).ok());
    CHECK(ContactMerge::undoableMerges(db).value().empty());
}

TEST_CASE("Merging two organisations moves attendance, affiliations and partners; undo restores them", "[merge][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    const qint64 keep = test::valueOf(db, QStringLiteral("SELECT MIN(organisation_id) FROM affiliation")).toLongLong();
    const qint64 remove = test::valueOf(db, QStringLiteral("SELECT MAX(organisation_id) FROM attendance")).toLongLong();
    REQUIRE(keep != remove);
    const auto organisationLinks = [&](qint64 id) {
        QStringList counts;
        for (const char* table : {"attendance", "affiliation", "action_partner", "event_partner", "instance_member"})
            counts << test::valueOf(db,
                                    QStringLiteral("SELECT COUNT(*) FROM %1 WHERE organisation_id = :id")
                                        .arg(QLatin1String(table)),
                                    {{QStringLiteral(":id"), id}})
                          .toString();
        return counts;
    };
    const auto before = test::dumpAll(db);
    const QStringList keptBefore = organisationLinks(keep);
    const QStringList removedBefore = organisationLinks(remove);
    const int attendanceTotal = keptBefore.at(0).toInt() + removedBefore.at(0).toInt();

    auto merged = ContactMerge::mergeOrganisations(db, keep, remove);
    REQUIRE(merged);
    CHECK(organisationLinks(keep).at(0).toInt() == attendanceTotal); // attendance never collapses
    CHECK(organisationLinks(keep).at(1).toInt() ==
          keptBefore.at(1).toInt() + removedBefore.at(1).toInt() -
              test::valueOf(db, QStringLiteral("SELECT COUNT(*) FROM undo_batch_item WHERE entity = 'affiliation' "
                                               "AND action = 'delete'"))
                  .toInt());
    CHECK(referencesTo(db, QStringLiteral("organisation"), remove) == 0);

    REQUIRE(ContactMerge::undo(db, merged.value().batchId).ok());
    CHECK(withoutUndoTables(test::dumpAll(db)) == withoutUndoTables(before));
    CHECK(organisationLinks(remove) == removedBefore);
}

TEST_CASE("A merge refuses the same record twice and a missing record, changing nothing", "[merge][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    const qint64 a =
        test::addRow(db, QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Martin")}});
    CHECK_FALSE(ContactMerge::mergeContacts(db, a, a));
    CHECK_FALSE(ContactMerge::mergeContacts(db, a, a + 100));
    CHECK(test::valueOf(db, QStringLiteral("SELECT COUNT(*) FROM undo_batch")).toInt() == 0);
    CHECK(test::valueOf(db, QStringLiteral("SELECT COUNT(*) FROM contact")).toInt() == 1);
}
