// SPDX-License-Identifier: EUPL-1.2
#include "tests/cli/CliRunner.h"
#include "tests/support/Catch.h"

#include <QFile>
#include <QTemporaryDir>

using maillage::test::runMaillage;

TEST_CASE("Messages are in French under a French locale", "[cli][translations]")
{
    QTemporaryDir home;
    const QString notDb = home.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notDb);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, 'x'));
    }
    const auto run = runMaillage({QStringLiteral("check"), QStringLiteral("--db"), notDb}, home.path(), QStringLiteral("fr"));
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("n’est pas une base de données Maillage")));
}
