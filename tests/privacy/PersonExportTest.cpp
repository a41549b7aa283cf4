// SPDX-License-Identifier: EUPL-1.2
#include "core/privacy/PersonExport.h"
#include "core/demo/DemoCouncil.h"
#include "core/privacy/PersonErasure.h"
#include "core/privacy/ProcessingRegister.h"
#include "core/storage/SqlQuery.h"
#include "tests/privacy/PrivacyFixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace maillage;

namespace {

QString pdfText(const QString& path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return {};
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

/// Keeps a copy of a written document for a look when MAILLAGE_SCREENSHOT_DIR is set.
void keepCopy(const QString& path)
{
    if (qEnvironmentVariableIsSet("MAILLAGE_SCREENSHOT_DIR"))
        QFile::copy(path, QDir(qEnvironmentVariable("MAILLAGE_SCREENSHOT_DIR")).filePath(QFileInfo(path).fileName()));
}

} // namespace

TEST_CASE("A person's data export holds every row about them, in JSON and in a readable PDF", "[privacy][export][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    const qint64 person = test::valueOf(db, QStringLiteral("SELECT contact_id FROM attendance GROUP BY contact_id "
                                                           "ORDER BY COUNT(*) DESC, contact_id LIMIT 1"))
                              .toLongLong();
    const QVariantMap id{{QStringLiteral(":id"), person}};
    const QString lastName =
        test::valueOf(db, QStringLiteral("SELECT last_name FROM contact WHERE id = :id"), id).toString();
    const QString email = test::valueOf(db, QStringLiteral("SELECT email FROM contact WHERE id = :id"), id).toString();
    const int attendance = test::linksOf(db, person).at(QStringLiteral("attendance"));
    const int memberships = test::linksOf(db, person).at(QStringLiteral("memberships"));

    const QString jsonPath = QDir(fx.dir()).filePath(QStringLiteral("personne.json"));
    REQUIRE(PersonExport::write(db, person, jsonPath, QDate(2026, 6, 15)).ok());
    QFile file(jsonPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject personJson = data.value(QStringLiteral("person")).toObject();
    CHECK(personJson.value(QStringLiteral("contact")).toObject().value(QStringLiteral("last_name")).toString() ==
          lastName);
    CHECK(personJson.value(QStringLiteral("contact")).toObject().value(QStringLiteral("email")).toString() == email);
    CHECK(personJson.value(QStringLiteral("attendance")).toArray().size() == attendance);
    CHECK(personJson.value(QStringLiteral("memberships")).toArray().size() == memberships);
    const QJsonObject first = personJson.value(QStringLiteral("attendance")).toArray().first().toObject();
    CHECK_FALSE(first.value(QStringLiteral("meeting_date")).toString().isEmpty());
    CHECK_FALSE(first.value(QStringLiteral("instance")).toString().isEmpty());
    CHECK(data.value(QStringLiteral("exported_on")).toString() == QStringLiteral("2026-06-15"));

    const QString pdfPath = QDir(fx.dir()).filePath(QStringLiteral("personne.pdf"));
    REQUIRE(PersonExport::write(db, person, pdfPath, QDate(2026, 6, 15)).ok());
    keepCopy(pdfPath);
    const QString text = pdfText(pdfPath);
    if (!text.isEmpty()) {
        CHECK(text.contains(lastName));
        CHECK(text.contains(email));
        CHECK(text.contains(first.value(QStringLiteral("instance")).toString()));
    }
}

TEST_CASE("Mentions of a person in minutes are exported", "[privacy][export][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    const qint64 council =
        test::addRow(db, QStringLiteral("council"), {{QStringLiteral("name"), QStringLiteral("CLSM")}});
    const qint64 instance = test::addRow(db, QStringLiteral("instance"),
                                         {{QStringLiteral("council_id"), council},
                                          {QStringLiteral("kind"), QStringLiteral("copil")},
                                          {QStringLiteral("name"), QStringLiteral("Copil")}});
    const qint64 meeting = test::addRow(db, QStringLiteral("meeting"),
                                        {{QStringLiteral("instance_id"), instance},
                                         {QStringLiteral("starts_at"), QStringLiteral("2026-03-10T14:00:00")}});
    const qint64 person = test::addRow(db, QStringLiteral("contact"),
                                       {{QStringLiteral("first_name"), QStringLiteral("Élodie")},
                                        {QStringLiteral("last_name"), QStringLiteral("Martin")}});
    test::addRow(db, QStringLiteral("agenda_item"),
                 {{QStringLiteral("meeting_id"), meeting},
                  {QStringLiteral("title"), QStringLiteral("GEM")},
                  {QStringLiteral("minutes_html"), QStringLiteral("<p>ÉLODIE MARTIN présente le bilan du GEM.</p>")}});
    auto data = PersonExport::collect(db, person, QDate(2026, 6, 15));
    REQUIRE(data);
    const QJsonArray mentions =
        data.value().value(QStringLiteral("person")).toObject().value(QStringLiteral("mentions")).toArray();
    REQUIRE(mentions.size() == 1);
    CHECK(mentions.first()
              .toObject()
              .value(QStringLiteral("excerpt"))
              .toString()
              .contains(QStringLiteral("bilan du GEM")));
    CHECK_FALSE(PersonExport::collect(db, person + 10, QDate(2026, 6, 15)));
}

TEST_CASE("The review lists contacts without activity for N years; confirming takes them off", "[privacy][review][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    const qint64 council =
        test::addRow(db, QStringLiteral("council"), {{QStringLiteral("name"), QStringLiteral("CLSM")}});
    const qint64 instance = test::addRow(db, QStringLiteral("instance"),
                                         {{QStringLiteral("council_id"), council},
                                          {QStringLiteral("kind"), QStringLiteral("copil")},
                                          {QStringLiteral("name"), QStringLiteral("Copil")}});
    const auto meetingOn = [&](const QString& when) {
        return test::addRow(db, QStringLiteral("meeting"),
                            {{QStringLiteral("instance_id"), instance},
                             {QStringLiteral("starts_at"), when + QStringLiteral("T14:00:00")}});
    };
    const qint64 oldMeeting = meetingOn(QStringLiteral("2021-05-04"));
    const qint64 recentMeeting = meetingOn(QStringLiteral("2025-05-04"));
    const auto contact = [&](const QString& name) {
        const qint64 id = test::addRow(db, QStringLiteral("contact"), {{QStringLiteral("last_name"), name}});
        SqlQuery age(db, QStringLiteral("UPDATE contact SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = :id"));
        age.bind(QStringLiteral(":id"), id);
        REQUIRE(age.exec(QStringLiteral("test")).ok());
        return id;
    };
    const qint64 drifted = contact(QStringLiteral("Ancien"));
    const qint64 active = contact(QStringLiteral("Actif"));
    const qint64 member = contact(QStringLiteral("Membre"));
    const qint64 never = contact(QStringLiteral("Jamais"));
    test::addRow(db, QStringLiteral("attendance"),
                 {{QStringLiteral("meeting_id"), oldMeeting}, {QStringLiteral("contact_id"), drifted}});
    test::addRow(db, QStringLiteral("attendance"),
                 {{QStringLiteral("meeting_id"), recentMeeting}, {QStringLiteral("contact_id"), active}});
    test::addRow(db, QStringLiteral("instance_member"),
                 {{QStringLiteral("instance_id"), instance}, {QStringLiteral("contact_id"), member}});
    test::addRow(db, QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Nouveau")}});

    const QDate today(2026, 6, 15);
    CHECK(PrivacyReview::years(db) == 3);
    auto list = PrivacyReview::candidates(db, today);
    REQUIRE(list);
    std::vector<qint64> ids;
    for (const ReviewCandidate& candidate : list.value())
        ids.push_back(candidate.id);
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<qint64>{drifted, never});
    for (const ReviewCandidate& candidate : list.value())
        if (candidate.id == drifted)
            CHECK(candidate.lastActivity == QDate(2021, 5, 4));

    REQUIRE(PrivacyReview::setYears(db, 6).ok());
    CHECK(PrivacyReview::years(db) == 6);
    CHECK(PrivacyReview::candidates(db, today).value().size() == 1); // only "Jamais" (created 2020)
    CHECK_FALSE(PrivacyReview::setYears(db, 0).ok());
    REQUIRE(PrivacyReview::setYears(db, 3).ok());

    REQUIRE(PrivacyReview::confirm(db, {drifted}, QStringLiteral("consentement"), today).ok());
    CHECK(test::valueOf(db, QStringLiteral("SELECT consent_confirmed_on FROM contact WHERE id = :id"),
                        {{QStringLiteral(":id"), drifted}})
              .toString() == QStringLiteral("2026-06-15"));
    CHECK(PrivacyReview::candidates(db, today).value().size() == 1);
    REQUIRE(PersonErasure::erase(db, never, today));
    CHECK(PrivacyReview::candidates(db, today).value().empty());
}

TEST_CASE("The processing register entry names the council and prints as a PDF page", "[privacy][register][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    auto entry = ProcessingRegister::entry(db, QDate(2026, 6, 15));
    REQUIRE(entry);
    QStringList headings;
    for (const auto& [heading, text] : entry.value().fields) {
        headings << heading;
        CHECK_FALSE(text.isEmpty());
    }
    CHECK(headings.contains(QStringLiteral("Finalité")));
    CHECK(headings.contains(QStringLiteral("Base légale")));
    CHECK(headings.contains(QStringLiteral("Durée de conservation")));
    CHECK(headings.contains(QStringLiteral("Mesures de sécurité")));
    CHECK(headings.contains(QStringLiteral("Destinataires")));
    CHECK(headings.contains(QStringLiteral("Catégories de données")));
    const QString council =
        test::valueOf(db, QStringLiteral("SELECT name FROM council ORDER BY id LIMIT 1")).toString();
    CHECK(entry.value().fields.front().second.contains(council));

    const QString path = QDir(fx.dir()).filePath(QStringLiteral("registre.pdf"));
    REQUIRE(ProcessingRegister::writePdf(db, path, QDate(2026, 6, 15)).ok());
    keepCopy(path);
    const QString text = pdfText(path);
    if (!text.isEmpty()) {
        CHECK(text.contains(QStringLiteral("Finalité")));
        CHECK(text.contains(QStringLiteral("3 ans")));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        REQUIRE(info.waitForFinished(30000));
        CHECK(QString::fromUtf8(info.readAllStandardOutput())
                  .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    }
}
