// SPDX-License-Identifier: EUPL-1.2
#include "core/partners/DuplicateFinder.h"
#include "tests/privacy/PrivacyFixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>

#include <set>

using namespace maillage;

namespace {

std::set<std::pair<qint64, qint64>> pairsOf(const std::vector<DuplicatePair>& pairs)
{
    std::set<std::pair<qint64, qint64>> set;
    for (const DuplicatePair& pair : pairs)
        set.insert({pair.firstId, pair.secondId});
    return set;
}

const DuplicatePair* find(const std::vector<DuplicatePair>& pairs, qint64 a, qint64 b)
{
    for (const DuplicatePair& pair : pairs)
        if (pair.firstId == a && pair.secondId == b)
            return &pair;
    return nullptr;
}

} // namespace

TEST_CASE("Keys are normalised: accents, case, civility, phone prefixes", "[duplicates]")
{
    CHECK(DuplicateFinder::nameKey(QString(), QStringLiteral("Dr Élodie"), QStringLiteral("Martin")) ==
          DuplicateFinder::nameKey(QString(), QStringLiteral("elodie"), QStringLiteral("MARTIN")));
    CHECK(DuplicateFinder::nameKey(QStringLiteral("Mme"), QStringLiteral("Élodie"), QStringLiteral("Martin")) ==
          DuplicateFinder::nameKey(QString(), QStringLiteral("MARTIN"), QStringLiteral("Elodie")));
    CHECK(DuplicateFinder::nameKey(QStringLiteral("Dr"), QString(), QStringLiteral("Martin")).isEmpty());
    CHECK(DuplicateFinder::phoneKey(QStringLiteral("+33 6 12 34 56 78")) == QStringLiteral("0612345678"));
    CHECK(DuplicateFinder::phoneKey(QStringLiteral("06.12.34.56.78")) == QStringLiteral("0612345678"));
    CHECK(DuplicateFinder::phoneKey(QStringLiteral("0033 (0)6 12 34 56 78")) == QStringLiteral("0612345678"));
    CHECK(DuplicateFinder::phoneKey(QStringLiteral("15")).isEmpty());
    CHECK(DuplicateFinder::emailKey(QStringLiteral(" E.Martin@Ville.FR ")) == QStringLiteral("e.martin@ville.fr"));
}

TEST_CASE("Known contact pairs are found with their reasons, and only them", "[duplicates]")
{
    const std::vector<ContactKeys> rows{
        {1, QString(), QStringLiteral("Dr Élodie"), QStringLiteral("Martin"), {}, {}, {}},
        {2, QString(), QStringLiteral("elodie"), QStringLiteral("MARTIN"), {}, {}, {}},
        {3,
         QStringLiteral("M."),
         QStringLiteral("Paul"),
         QStringLiteral("Durand"),
         QStringLiteral("p.durand@cmp.fr"),
         {},
         {}},
        {4,
         QStringLiteral("M."),
         QStringLiteral("Pierre"),
         QStringLiteral("Durand"),
         QStringLiteral("P.Durand@CMP.fr"),
         {},
         {}},
        {5, QString(), QStringLiteral("Anne"), QStringLiteral("Roux"), {}, QStringLiteral("+33 6 12 34 56 78"), {}},
        {6, QString(), QStringLiteral("Annie"), QStringLiteral("Leroux"), {}, {}, QStringLiteral("06 12 34 56 78")},
        {7,
         QString(),
         QStringLiteral("Martin"),
         QStringLiteral("Élodie"),
         QStringLiteral("em@ville.fr"),
         QStringLiteral("04 78 00 00 01"),
         {}},
        {8, QString(), QStringLiteral("Marc"), QStringLiteral("Martin"), {}, {}, {}},
        {9, QString(), QStringLiteral("Luc"), QStringLiteral("Bernard"), {}, QStringLiteral("12"), {}},
        {10, QString(), QStringLiteral("Lucie"), QStringLiteral("Bernard"), {}, QStringLiteral("12"), {}},
    };
    const auto pairs = DuplicateFinder::contacts(rows);
    CHECK(pairsOf(pairs) == std::set<std::pair<qint64, qint64>>{{1, 2}, {1, 7}, {2, 7}, {3, 4}, {5, 6}});
    const DuplicatePair* durand = find(pairs, 3, 4);
    REQUIRE(durand);
    CHECK(durand->reasons == std::vector<DuplicateReason>{DuplicateReason::SameEmail});
    CHECK(durand->reasonTexts() == QStringList{QStringLiteral("same e-mail")});
    CHECK(find(pairs, 5, 6)->reasons == std::vector<DuplicateReason>{DuplicateReason::SamePhone});
    CHECK(find(pairs, 1, 2)->reasons == std::vector<DuplicateReason>{DuplicateReason::SameName});
    // Two reasons weigh more than one; the list is sorted by score.
    CHECK(find(pairs, 3, 4)->score > find(pairs, 1, 2)->score);
    for (size_t i = 1; i < pairs.size(); ++i)
        CHECK(pairs[i - 1].score >= pairs[i].score);
}

TEST_CASE("Organisations pair by folded name, SIRET and FINESS", "[duplicates]")
{
    const std::vector<OrganisationKeys> rows{
        {1, QStringLiteral("Centre médico-psychologique"), {}, {}, {}, {}},
        {2, QStringLiteral("CENTRE MEDICO PSYCHOLOGIQUE"), {}, {}, {}, {}},
        {3, QStringLiteral("Mairie de Lyon"), {}, {}, QStringLiteral("216 901 231 00011"), {}},
        {4, QStringLiteral("Ville de Lyon"), {}, {}, QStringLiteral("21690123100011"), {}},
        {5, QStringLiteral("CH Le Vinatier"), {}, {}, {}, QStringLiteral("690780101")},
        {6, QStringLiteral("Centre hospitalier Le Vinatier"), {}, {}, {}, QStringLiteral("69 078 0101")},
        {7, QStringLiteral("UNAFAM"), {}, {}, {}, {}},
    };
    const auto pairs = DuplicateFinder::organisations(rows);
    CHECK(pairsOf(pairs) == std::set<std::pair<qint64, qint64>>{{1, 2}, {3, 4}, {5, 6}});
    CHECK(find(pairs, 3, 4)->reasons == std::vector<DuplicateReason>{DuplicateReason::SameSiret});
    CHECK(find(pairs, 5, 6)->reasons == std::vector<DuplicateReason>{DuplicateReason::SameFiness});
}

TEST_CASE("800 contacts are compared by buckets, fast, and erased contacts are left out", "[duplicates][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    for (int i = 0; i < 800; ++i)
        test::addRow(db, QStringLiteral("contact"),
                     {{QStringLiteral("first_name"), QStringLiteral("Prénom%1").arg(i)},
                      {QStringLiteral("last_name"), QStringLiteral("Nom%1").arg(i)},
                      {QStringLiteral("email"), QStringLiteral("p%1@exemple.fr").arg(i)},
                      {QStringLiteral("phone"), QStringLiteral("01 23 45 %1").arg(1000 + i)}});
    const qint64 twin = test::addRow(db, QStringLiteral("contact"),
                                     {{QStringLiteral("first_name"), QStringLiteral("PRENOM17")},
                                      {QStringLiteral("last_name"), QStringLiteral("nom17")}});
    const qint64 erased = test::addRow(db, QStringLiteral("contact"),
                                       {{QStringLiteral("last_name"), QStringLiteral("Personne effacée")},
                                        {QStringLiteral("email"), QStringLiteral("p3@exemple.fr")},
                                        {QStringLiteral("erased_on"), QStringLiteral("2026-01-01")}});
    QElapsedTimer timer;
    timer.start();
    auto pairs = DuplicateFinder::contacts(db);
    REQUIRE(pairs);
    CHECK(timer.elapsed() < 2000);
    REQUIRE(pairs.value().size() == 1);
    CHECK(pairs.value().front().secondId == twin);
    for (const DuplicatePair& pair : pairs.value())
        CHECK(pair.secondId != erased);
}
