// SPDX-License-Identifier: EUPL-1.2
#include "tests/cli/CliRunner.h"
#include "tests/support/Catch.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using maillage::test::runMaillage;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// "… 2 created, 1 updated, 0 skipped, 1 rejected …" → {2, 1, 0, 1}
std::vector<int> countsIn(const QString& text)
{
    static const QRegularExpression numbers(
        QStringLiteral("(\\d+) [a-z ]+, (\\d+) [a-z ]+, (\\d+) [a-z ]+, (\\d+) rejected"));
    const auto match = numbers.match(text);
    REQUIRE(match.hasMatch());
    return {match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt()};
}

} // namespace

TEST_CASE("import FILE.csv / FILE.vcf: counts, rejected lines, --dry-run writes nothing", "[cli][exchange][csv]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("d.sqlite"));
    const QString csv = home.filePath(QStringLiteral("contacts.csv"));
    writeFile(csv, "Nom;Pr\xE9nom;Organisme;Courriel\r\n"
                   "L\xE9vy;H\xE9l\xE8ne;Mairie;helene@ville.fr\r\n"
                   "Roux;L\xE9\x61;GEM;lea@gem.fr\r\n"
                   ";Personne;;\r\n");
    const QString exported = home.filePath(QStringLiteral("export.vcf"));

    const auto dry = runMaillage(
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--dry-run"), csv}, home.path());
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(countsIn(dry.out) == std::vector<int>{2, 0, 0, 1});
    CHECK(dry.err.contains(QStringLiteral("line 4")));
    auto empty = runMaillage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), exported},
                             home.path());
    REQUIRE(empty.exitCode == 0);
    CHECK_FALSE(bytesOf(exported).contains("BEGIN:VCARD")); // the dry run created nobody

    const auto real = runMaillage({QStringLiteral("import"), QStringLiteral("--db"), db, csv}, home.path());
    REQUIRE(real.exitCode == 0);
    CHECK(countsIn(real.out) == std::vector<int>{2, 0, 0, 1});
    const auto again = runMaillage(
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--match"), QStringLiteral("name"), csv},
        home.path());
    REQUIRE(again.exitCode == 0);
    CHECK(countsIn(again.out) == std::vector<int>{0, 0, 2, 1});

    REQUIRE(runMaillage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                         QStringLiteral("vcf"), QStringLiteral("-o"), exported},
                        home.path())
                .exitCode == 0);
    const QByteArray vcf = bytesOf(exported);
    CHECK(vcf.count("BEGIN:VCARD") == 2);
    CHECK(vcf.contains("N:Lévy;Hélène;;;"));
    CHECK(vcf.contains("ORG:Mairie"));

    const QString csvOut = home.filePath(QStringLiteral("out.txt"));
    REQUIRE(runMaillage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("-o"), csvOut},
                        home.path())
                .exitCode == 0);
    CHECK(bytesOf(csvOut).startsWith("\xEF\xBB\xBF"
                                     "Civilité;Prénom;Nom"));
    const QString csvComma = home.filePath(QStringLiteral("comma.csv"));
    REQUIRE(runMaillage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--separator"),
                         QStringLiteral("comma"), QStringLiteral("-o"), csvComma},
                        home.path())
                .exitCode == 0);
    CHECK(bytesOf(csvComma).startsWith("\xEF\xBB\xBF"
                                       "Civilité,Prénom,Nom"));
    const QString v3 = home.filePath(QStringLiteral("v3.vcf"));
    REQUIRE(runMaillage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--vcard-version"),
                         QStringLiteral("3.0"), QStringLiteral("-o"), v3},
                        home.path())
                .exitCode == 0);
    CHECK(bytesOf(v3).count("VERSION:3.0\r\n") == 2);
    CHECK(runMaillage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--vcard-version"),
                       QStringLiteral("2.1"), QStringLiteral("-o"), v3},
                      home.path())
              .exitCode == 1);

    // Our vCard export into a second database: the same two people.
    const QString other = home.filePath(QStringLiteral("e.sqlite"));
    const auto vcards = runMaillage({QStringLiteral("import"), QStringLiteral("--db"), other, exported}, home.path());
    INFO(vcards.err.toStdString());
    REQUIRE(vcards.exitCode == 0);
    CHECK(countsIn(vcards.out) == std::vector<int>{2, 0, 0, 0});
}

TEST_CASE("contacts import exit codes", "[cli][exchange][vcard]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("d.sqlite"));
    const QString vcf = home.filePath(QStringLiteral("broken.vcf"));
    writeFile(vcf, "BEGIN:VCARD\r\nN:Sansfin;Sam;;;\r\nBEGIN:VCARD\r\nN:Bon;Bob;;;\r\nEND:VCARD\r\n");
    const auto broken = runMaillage({QStringLiteral("import"), QStringLiteral("--db"), db, vcf}, home.path());
    CHECK(broken.exitCode == 0); // the good card is imported, the broken one reported
    CHECK(countsIn(broken.out) == std::vector<int>{1, 0, 0, 1});
    CHECK(broken.err.contains(QStringLiteral("line 1")));

    CHECK(runMaillage({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--match"),
                       QStringLiteral("phone"), vcf},
                      home.path())
              .exitCode == 1);
    CHECK(runMaillage({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"),
                       QStringLiteral("m.json"), vcf},
                      home.path())
              .exitCode == 1);
    CHECK(runMaillage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                       QStringLiteral("xls"), QStringLiteral("-o"), home.filePath(QStringLiteral("x.xls"))},
                      home.path())
              .exitCode == 1);
    const auto missing =
        runMaillage({QStringLiteral("import"), QStringLiteral("--db"), db, home.filePath(QStringLiteral("absent.csv"))},
                    home.path());
    CHECK(missing.exitCode == 2);

    // A CSV whose headers say nothing: exit 2 until a mapping says which column is which.
    const QString odd = home.filePath(QStringLiteral("odd.csv"));
    writeFile(odd, "Qui,Contact\nMartin,anne@x.fr\n");
    const auto unguessed = runMaillage({QStringLiteral("import"), QStringLiteral("--db"), db, odd}, home.path());
    CHECK(unguessed.exitCode == 2);
    CHECK(unguessed.err.contains(QStringLiteral("mapping")));
    const QString mapping = home.filePath(QStringLiteral("mapping.json"));
    writeFile(mapping, R"({"Qui": "lastName", "Contact": "email"})");
    const auto mapped = runMaillage(
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"), mapping, odd}, home.path());
    INFO(mapped.err.toStdString());
    REQUIRE(mapped.exitCode == 0);
    CHECK(countsIn(mapped.out) == std::vector<int>{1, 0, 0, 0});
}
