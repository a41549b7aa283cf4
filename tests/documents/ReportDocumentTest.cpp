// SPDX-License-Identifier: EUPL-1.2
// The annual report of the demo council: its figures checked against SQL written here, in the PDF, the ODT
// and `stats`' JSON; an empty year, several councils, a period that ends before it starts.
#include "core/demo/DemoCouncil.h"
#include "core/documents/report/ReportContent.h"
#include "core/documents/report/ReportNumbers.h"
#include "core/documents/report/ReportWriter.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/ReportTextRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/documents/DocumentFixture.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace maillage;
using namespace maillage::test::documents;
namespace N = maillage::reportNumbers;

namespace {

// pdftotext gives the French number spaces (U+202F, U+00A0) as plain spaces.
QString plain(QString text)
{
    return text.replace(QChar(0x202f), u' ').replace(QChar(0x00a0), u' ');
}

qint64 scalar(Database& db, const QString& statement)
{
    SqlQuery query(db, statement);
    REQUIRE(query.exec(QStringLiteral("test")).ok());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

const QString k2025 = QStringLiteral(" starts_at >= '2025-01-01' AND starts_at < '2026-01-01' ");

// The figures of the demo council's 2025, counted straight from the tables.
struct Expected {
    qint64 held, cancelled, decisions, events, participants, trained, sheets, planned, calendar;
};

Expected expected2025(Database& db)
{
    Expected e{};
    e.held = scalar(db, QStringLiteral("SELECT COUNT(*) FROM meeting WHERE status = 'held' AND") + k2025);
    e.cancelled = scalar(db, QStringLiteral("SELECT COUNT(*) FROM meeting WHERE status = 'cancelled' AND") + k2025);
    e.decisions = scalar(db, QStringLiteral("SELECT COUNT(*) FROM decision d JOIN meeting m ON m.id = d.meeting_id "
                                            "WHERE m.status = 'held' AND m.starts_at >= '2025-01-01' AND "
                                            "m.starts_at < '2026-01-01'"));
    const QString events = QStringLiteral(" FROM event WHERE starts_on >= '2025-01-01' AND starts_on <= '2025-12-31'");
    e.events = scalar(db, QStringLiteral("SELECT COUNT(*)") + events);
    e.participants = scalar(db, QStringLiteral("SELECT COALESCE(SUM(participant_count), 0)") + events);
    e.trained = scalar(db, QStringLiteral("SELECT COALESCE(SUM(people_trained), 0)") + events +
                               QStringLiteral(" AND kind = 'pssm'"));
    e.sheets = scalar(db, QStringLiteral("SELECT COUNT(*) FROM action_sheet"));
    e.planned = scalar(db, QStringLiteral("SELECT COALESCE(SUM(planned_cents), 0) FROM budget_line WHERE year = 2025"));
    e.calendar = scalar(db, QStringLiteral("SELECT COUNT(*) FROM meeting WHERE") + k2025);
    return e;
}

QString pdfText(const QString& path)
{
    return plain(pdfPages(path).join(QStringLiteral("\f")));
}

bool hasFigure(const QString& text, const QString& label, const QString& value)
{
    return text.contains(QRegularExpression(QRegularExpression::escape(label) + QStringLiteral("\\s+") +
                                            QRegularExpression::escape(plain(value)) + QStringLiteral("\\s")));
}

} // namespace

TEST_CASE("The demo council's report shows the year's figures in the PDF and the ODT", "[documents][report][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    const Expected e = expected2025(db);
    REQUIRE(e.held > 0);

    auto content = loadReportContent(db, {ReportPeriod::year(2025), {}});
    REQUIRE(content.ok());
    const ReportFigures& f = content->figures;
    CHECK(f.meetingsHeld == e.held);
    CHECK(f.meetingsCancelled == e.cancelled);
    CHECK(f.decisions == e.decisions);
    CHECK(qint64(f.calendar.size()) == e.calendar);
    CHECK(qint64(f.actionSheets.size()) == e.sheets);
    qint64 planned = 0;
    for (const FunderFigures& b : f.budget)
        planned += b.plannedCents;
    CHECK(planned == e.planned);
    CHECK(qint64(f.eventList.size()) == e.events);

    // The JSON of `stats` carries the report's lists.
    const QJsonObject json = reportFiguresJson(f);
    CHECK(json[QStringLiteral("calendar")].toArray().size() == e.calendar);
    CHECK(json[QStringLiteral("actionPlan")][QStringLiteral("fiches")].toArray().size() == e.sheets);
    CHECK(json[QStringLiteral("eventList")].toArray().size() == e.events);
    CHECK(json[QStringLiteral("identities")].toArray().size() == 1);

    QTemporaryDir folder;
    const QString kept = qEnvironmentVariable("MAILLAGE_DOCUMENTS_OUT");
    const QString dir = kept.isEmpty() ? folder.path() : kept;
    const QString pdf = dir + QStringLiteral("/report-2025.pdf");
    REQUIRE(ReportWriter::write(content.value(), pdf).ok());
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() > 8);
    const QString text = plain(pages.join(u'\f'));
    CHECK(hasFigure(text, QStringLiteral("Meetings held"), N::integer(e.held)));
    CHECK(hasFigure(text, QStringLiteral("Decisions taken"), N::integer(e.decisions)));
    CHECK(hasFigure(text, QStringLiteral("Participants in events"), N::integer(e.participants)));
    CHECK(hasFigure(text, QStringLiteral("People trained in mental health first aid"), N::integer(e.trained)));
    CHECK(text.contains(plain(N::money(e.planned))));
    CHECK(pages.first().contains(QStringLiteral("Annual activity report 2025")));
    CHECK(pages.last().contains(QStringLiteral("page %1 / %1").arg(pages.size())));
    // No free text written yet: the report says what is missing.
    CHECK(text.contains(QStringLiteral("Text to be written: Message from the chairs")));

    // The contents give each chapter's page.
    const QRegularExpression entry(QStringLiteral("(\\d)\\. ([A-Z][a-z ]+?)\\s+(\\d+)\\n"));
    auto entries = entry.globalMatch(pages.at(1));
    int checked = 0;
    while (entries.hasNext()) {
        const auto match = entries.next();
        const int page = match.captured(3).toInt();
        REQUIRE(page <= pages.size());
        INFO(match.captured(0).toStdString());
        CHECK(pages.at(page - 1).contains(match.captured(1) + QStringLiteral(". ") + match.captured(2).trimmed()));
        ++checked;
    }
    CHECK(checked >= 8);

    const QString odt = dir + QStringLiteral("/report-2025.odt");
    REQUIRE(ReportWriter::write(content.value(), odt).ok());
    const QString xml = odtContent(odt);
    CHECK(xml.contains(QStringLiteral("Meetings held")));
    CHECK(xml.contains(N::money(e.planned)));
    CHECK(xml.contains(QStringLiteral(">") + N::integer(e.participants) + QStringLiteral("<")));
    CHECK(xml.contains(QStringLiteral("draw:image")));

    if (!QStandardPaths::findExecutable(QStringLiteral("libreoffice")).isEmpty()) {
        QProcess office;
        office.start(QStringLiteral("libreoffice"),
                     {QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                      QStringLiteral("--outdir"), folder.path() + QStringLiteral("/lo"), odt});
        REQUIRE(office.waitForFinished(180000));
        CHECK(office.exitCode() == 0);
        CHECK(QFileInfo::exists(folder.path() + QStringLiteral("/lo/report-2025.pdf")));
    }
}

TEST_CASE("Written free texts replace the notes of what is missing", "[documents][report][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    const qint64 council = CouncilRepository(db).first()->id;
    ReportTextRepository repository(db);
    std::vector<ReportText> texts{{{}, council, 2025, ReportSection::Presidents, QStringLiteral("Un an de travail.")},
                                  {{}, council, 2025, ReportSection::Perspectives, QStringLiteral("Ouvrir un GEM.")}};
    REQUIRE(repository.save(texts).ok());
    CHECK(texts[0].id > 0);
    CHECK(texts[0].version == 1);

    // Updates check the version: a stale copy is refused and nothing of the batch is written.
    std::vector<ReportText> stale = texts;
    texts[0].body = QStringLiteral("Une année de travail en commun.");
    REQUIRE(repository.save(texts).ok());
    CHECK(texts[0].version == 2);
    stale[1].body = QStringLiteral("changed");
    stale[0].body = QStringLiteral("lost");
    const Status conflict = repository.save(stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind == Error::Kind::Conflict);
    auto stored = repository.list(council, 2025);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    CHECK(stored->at(0).body == QStringLiteral("Une année de travail en commun."));
    CHECK(stored->at(1).body == QStringLiteral("Ouvrir un GEM."));

    QTemporaryDir folder;
    const QString pdf = folder.path() + QStringLiteral("/texts.pdf");
    REQUIRE(ReportWriter::write(db, {ReportPeriod::year(2025), {council}}, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Une année de travail en commun.")));
    CHECK(text.contains(QStringLiteral("Ouvrir un GEM.")));
    CHECK_FALSE(text.contains(QStringLiteral("Text to be written: Message from the chairs")));
    CHECK(text.contains(QStringLiteral("Text to be written: Summary")));
}

TEST_CASE("A year without activity gives a report that says so", "[documents][report][db]")
{
    test::TestDatabase fx;
    REQUIRE(demo::generateDemoCouncil(fx.db(), QDate(2026, 6, 15)).ok());
    QTemporaryDir folder;
    const QString pdf = folder.path() + QStringLiteral("/empty.pdf");
    REQUIRE(ReportWriter::write(fx.db(), {ReportPeriod::year(2011), {}}, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("No activity was recorded during this period")));
    CHECK(text.contains(QStringLiteral("No meeting took place during the period.")));
    CHECK(hasFigure(text, QStringLiteral("Meetings held"), QStringLiteral("0")));
    const QString odt = folder.path() + QStringLiteral("/empty.odt");
    REQUIRE(ReportWriter::write(fx.db(), {ReportPeriod::year(2011), {}}, odt).ok());
    CHECK(odtContent(odt).contains(QStringLiteral("No activity was recorded during this period")));
}

TEST_CASE("A report over several councils compares them and adds them up", "[documents][report][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    Council other;
    other.name = QStringLiteral("CLSM du Val de Brume");
    REQUIRE(CouncilRepository(db).create(other).ok());
    const qint64 demoId = CouncilRepository(db).first()->id;

    auto content = loadReportContent(db, {ReportPeriod::year(2025), {demoId, other.id}});
    REQUIRE(content.ok());
    REQUIRE(content->perCouncil.size() == 2);
    CHECK(content->figures.meetingsHeld ==
          content->perCouncil[0].meetingsHeld + content->perCouncil[1].meetingsHeld);
    // Several councils: no map, one line of network figures per council; the new council has no network.
    CHECK_FALSE(content->network.map);
    REQUIRE(content->network.councils.size() == 2);
    CHECK(content->network.councils[0].organisations > 10);
    CHECK(content->network.councils[0].links > content->network.councils[0].organisations);
    CHECK_FALSE(content->network.councils[0].hub.isEmpty());
    CHECK(content->network.councils[1].organisations == 0);
    CHECK(content->network.councils[1].links == 0);
    // One council: its map, with the same organisations as its line, laid out without overlap.
    auto single = loadReportContent(db, {ReportPeriod::year(2025), {demoId}});
    REQUIRE(single.ok());
    REQUIRE(single->network.map);
    CHECK(int(single->network.map->graph.nodes.size()) == content->network.councils[0].organisations);
    CHECK(single->network.map->layout.positions.size() == single->network.map->graph.nodes.size());
    CHECK_FALSE(single->network.map->layout.hasOverlap());
    QTemporaryDir folder;
    const QString pdf = folder.path() + QStringLiteral("/several.pdf");
    REQUIRE(ReportWriter::write(content.value(), pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Comparison of the councils")));
    CHECK(text.contains(QStringLiteral("CLSM du Val de Brume")));
    CHECK(hasFigure(text, QStringLiteral("Total"), N::integer(content->figures.meetingsHeld)));
    CHECK(text.contains(QStringLiteral("Each council's network")));
    CHECK_FALSE(text.contains(QStringLiteral("Network map")));
}

TEST_CASE("A report whose period ends before it starts is refused", "[documents][report][db]")
{
    test::TestDatabase fx;
    REQUIRE(demo::generateDemoCouncil(fx.db(), QDate(2026, 6, 15)).ok());
    auto content = loadReportContent(fx.db(), {{QDate(2025, 6, 1), QDate(2025, 5, 31)}, {}});
    REQUIRE_FALSE(content.ok());
    CHECK(content.error().kind == Error::Kind::Invalid);
    CHECK(content.error().message.contains(QStringLiteral("31/05/2025")));
    auto unknown = loadReportContent(fx.db(), {ReportPeriod::year(2025), {999}});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == Error::Kind::NotFound);
}
