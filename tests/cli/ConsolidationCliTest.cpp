// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace maillage;
using maillage::test::runMaillage;

namespace {

void demoCouncil(const QString& path, const QString& name)
{
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    REQUIRE(demo::generateDemoCouncil(*opened.value(), QDate(2026, 6, 15)).ok());
    SqlQuery rename(*opened.value(), QStringLiteral("UPDATE council SET name = :name"));
    rename.bind(QStringLiteral(":name"), name);
    REQUIRE(rename.exec(QStringLiteral("rename")).ok());
}

qint64 scalar(const QString& url, const QString& statement)
{
    auto opened = Database::open(url);
    REQUIRE(opened.ok());
    SqlQuery query(*opened.value(), statement);
    REQUIRE(query.exec(QStringLiteral("count")).ok());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

int numberAfter(const QString& text, const QString& label)
{
    const QRegularExpression pattern(QRegularExpression::escape(label) + QStringLiteral("\\s*(\\d+)"));
    const auto match = pattern.match(text);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

} // namespace

TEST_CASE("import --consolidate: a dry run writes nothing, then two councils share their partners",
          "[cli][exchange][consolidation]")
{
    QTemporaryDir home;
    const QString a = home.filePath(QStringLiteral("lys.sqlite"));
    const QString b = home.filePath(QStringLiteral("rives.sqlite"));
    demoCouncil(a, QStringLiteral("CLSM du Val-de-Lys"));
    demoCouncil(b, QStringLiteral("CLSM des Deux-Rives"));
    const qint64 partners = scalar(a, QStringLiteral("SELECT count(*) FROM organisation"));
    const qint64 people = scalar(a, QStringLiteral("SELECT count(*) FROM contact"));
    QString target = home.filePath(QStringLiteral("region.sqlite"));
    if (test::TestDatabase::usingPostgres()) {
        target = qEnvironmentVariable("MAILLAGE_TEST_PG_URL");
        test::resetPostgres(target);
    }

    const auto dry = runMaillage({QStringLiteral("import"), QStringLiteral("--db"), target,
                                  QStringLiteral("--consolidate"), QStringLiteral("--dry-run"), a, b},
                                 home.path());
    INFO(dry.out.toStdString() << dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Dry run: nothing was written")));
    CHECK(dry.out.contains(QStringLiteral("CLSM du Val-de-Lys")));
    CHECK(dry.out.contains(QStringLiteral("CLSM des Deux-Rives")));
    CHECK(dry.out.count(QStringLiteral("would create")) == 2);
    CHECK(dry.out.contains(QStringLiteral("organisation %1").arg(partners)));
    const QString second = dry.out.mid(dry.out.indexOf(QStringLiteral("CLSM des Deux-Rives")));
    CHECK(numberAfter(second, QStringLiteral("organisations matched with the database:")) == partners);
    CHECK(second.contains(QStringLiteral("name and commune %1").arg(partners)));
    CHECK(second.contains(QStringLiteral("by name and commune")));
    if (!test::TestDatabase::usingPostgres())
        CHECK_FALSE(QFile::exists(target)); // not even created
    else
        CHECK(scalar(target, QStringLiteral("SELECT count(*) FROM council")) == 0);

    const auto real = runMaillage(
        {QStringLiteral("import"), QStringLiteral("--db"), target, QStringLiteral("--consolidate"), a, b}, home.path());
    INFO(real.out.toStdString() << real.err.toStdString());
    REQUIRE(real.exitCode == 0);
    CHECK(real.out.contains(QStringLiteral("2 source")));
    CHECK(scalar(target, QStringLiteral("SELECT count(*) FROM council")) == 2);
    CHECK(scalar(target, QStringLiteral("SELECT count(*) FROM organisation")) == partners);
    CHECK(scalar(target, QStringLiteral("SELECT count(*) FROM contact")) == 2 * people);

    const auto missing = runMaillage(
        {QStringLiteral("import"), QStringLiteral("--db"), target, QStringLiteral("--consolidate")}, home.path());
    CHECK(missing.exitCode == 1);
}
