// SPDX-License-Identifier: EUPL-1.2
// Indicator breakdowns: the stored JSON read and written back the same, sums, summaries and mismatches.
#include "core/plan/Breakdown.h"
#include "core/plan/PlanFigures.h"
#include "tests/support/Catch.h"

using namespace maillage;
using plan::Breakdown;

TEST_CASE("A breakdown reads and writes the JSON reports read", "[core][plan]")
{
    const QString stored = QStringLiteral("{\"age\":{\"18-25\":4,\"60+\":2},\"sex\":{\"F\":12,\"M\":9}}");
    auto parts = Breakdown::parse(stored);
    REQUIRE(parts.ok());
    REQUIRE(parts->size() == 2);
    CHECK(parts->at(0).dimension == QStringLiteral("age"));
    CHECK(parts->at(0).sum() == Approx(6));
    CHECK(parts->at(1).sum() == Approx(21));
    CHECK(parts->at(1).valueOf(QStringLiteral("F")) == Approx(12));
    CHECK_FALSE(parts->at(1).valueOf(QStringLiteral("X")).has_value());
    CHECK(Breakdown::toJson(parts.value()) == stored);

    // Dimensions without values are left out; nothing left gives the empty text stored today.
    std::vector<plan::BreakdownPart> some = {{QStringLiteral("pillar"), {}},
                                             {QStringLiteral("sex"), {{QStringLiteral("F"), 3.5}}}};
    CHECK(Breakdown::toJson(some) == QStringLiteral("{\"sex\":{\"F\":3.5}}"));
    CHECK(Breakdown::toJson({{QStringLiteral("sex"), {}}}).isEmpty());
    CHECK(Breakdown::parse(QString()).value().empty());
}

TEST_CASE("An unreadable breakdown is refused with a message naming what is wrong", "[core][plan]")
{
    auto broken = Breakdown::parse(QStringLiteral("{not json"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.contains(QStringLiteral("not readable")));
    auto flat = Breakdown::parse(QStringLiteral("{\"sex\": 12}"));
    REQUIRE_FALSE(flat.ok());
    CHECK(flat.error().message.contains(QStringLiteral("“sex”")));
    auto word = Breakdown::parse(QStringLiteral("{\"sex\": {\"F\": \"douze\"}}"));
    REQUIRE_FALSE(word.ok());
    CHECK(word.error().message.contains(QStringLiteral("douze")));
    CHECK(word.error().message.contains(QStringLiteral("“F”")));
}

TEST_CASE("Breakdown summaries use the dimensions' labels and sums are checked against the total", "[core][plan]")
{
    std::vector<Sector> sectors(2);
    sectors[0].code = QStringLiteral("sante");
    sectors[0].label = QStringLiteral("Santé");
    sectors[1].code = QStringLiteral("social");
    sectors[1].label = QStringLiteral("Social");
    const auto dimensions = Breakdown::dimensions(sectors);
    QStringList keys;
    for (const plan::BreakdownDimension& d : dimensions)
        keys << d.key;
    CHECK(keys == QStringList({"pillar", "sector", "sex", "age"}));
    const plan::BreakdownDimension sector = Breakdown::dimension(dimensions, QStringLiteral("sector"));
    CHECK(sector.categories == QStringList({"sante", "social"}));
    CHECK(sector.labelOf(QStringLiteral("social")) == QStringLiteral("Social"));
    CHECK(Breakdown::dimension(dimensions, QStringLiteral("commune")).label == QStringLiteral("commune"));

    // Categories in the dimension's order (F before M), whatever the JSON's.
    const QString json = QStringLiteral("{\"sector\":{\"social\":2,\"sante\":5},\"sex\":{\"M\":9,\"F\":12}}");
    CHECK(Breakdown::summary(json, dimensions) == QStringLiteral("Sector: Santé 5, Social 2 · Sex: Women 12, Men 9"));
    CHECK(Breakdown::summary(QStringLiteral("{oops"), dimensions) == QStringLiteral("{oops"));

    const auto parts = Breakdown::parse(json).value();
    const QStringList off = Breakdown::mismatches(parts, 21, dimensions);
    REQUIRE(off.size() == 1); // sex adds up to 21, sectors to 7
    CHECK(off[0].contains(QStringLiteral("sector")));
    CHECK(off[0].contains(QStringLiteral("7")));
    CHECK(Breakdown::mismatches(parts, 7, dimensions).size() == 1);
    CHECK(Breakdown::mismatches(parts, 30, dimensions).size() == 2);
}

TEST_CASE("Numbers are read in the locale or with a dot, and refused otherwise", "[core][plan]")
{
    const QLocale french(QLocale::French, QLocale::France);
    CHECK(plan::parseNumber(QStringLiteral("12,5"), french) == Approx(12.5));
    CHECK(plan::parseNumber(QStringLiteral("12.5"), french) == Approx(12.5));
    CHECK(plan::parseNumber(QStringLiteral("1 234"), french) == Approx(1234));
    CHECK(plan::parseNumber(QStringLiteral("-3"), french) == Approx(-3));
    CHECK_FALSE(plan::parseNumber(QStringLiteral("douze"), french).has_value());
    CHECK_FALSE(plan::parseNumber(QString(), french).has_value());
    CHECK(plan::formatNumber(12.5, french) == QStringLiteral("12,5"));
}
