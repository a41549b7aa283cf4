// SPDX-License-Identifier: EUPL-1.2
// Benchmarks at national scale (issue 8), never run as tests: `maillage_bench generate` builds the
// database, `maillage_bench run` measures and prints a Markdown table with, for each figure, its
// reference measured in the same run and the ratio. docs/benchmarks.md keeps the table.
#include "core/exchange/ArchiveReader.h"
#include "core/exchange/ArchiveWriter.h"
#include "core/models/ContactListModel.h"
#include "core/models/MeetingListModel.h"
#include "core/models/OrganisationListModel.h"
#include "core/documents/report/ReportWriter.h"
#include "core/report/ReportFigures.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SearchRepository.h"
#include "tests/bench/Measure.h"
#include "tests/bench/NationalGenerator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <random>

using namespace maillage;
using namespace maillage::bench;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void row(const QString& what, double value, const QString& unit, const QString& reference, double referenceValue)
{
    const QString ratio = referenceValue > 0 ? QString::number(value / referenceValue, 'f', 2) : QStringLiteral("–");
    out() << "| " << what << " | " << QString::number(value, 'f', 1) << ' ' << unit << " | " << reference << " | "
          << (referenceValue >= 0 ? QString::number(referenceValue, 'f', 1) + u' ' + unit : QStringLiteral("–"))
          << " | " << ratio << " |" << Qt::endl;
}

std::unique_ptr<Database> openOrDie(const QString& url)
{
    auto db = Database::open(url);
    if (!db.ok()) {
        out() << "cannot open " << url << ": " << db.error().fullText() << Qt::endl;
        std::exit(2);
    }
    return std::move(db.value());
}

int generate(const QString& url, const Scale& scale)
{
    auto db = openOrDie(url);
    QElapsedTimer timer;
    timer.start();
    auto counts = generateNational(*db, scale, [](int done, int total) {
        if (done % 10 == 0 || done == total)
            std::fprintf(stderr, "\r%d / %d councils", done, total);
    });
    std::fprintf(stderr, "\n");
    if (!counts.ok()) {
        out() << counts.error().fullText() << Qt::endl;
        return 2;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    out() << "generated " << counts->councils << " councils, " << counts->organisations << " organisations, "
          << counts->contacts << " contacts, " << counts->meetings << " meetings, " << counts->attendance
          << " attendance rows; " << counts->rows << " rows in " << seconds << " s (" << qint64(counts->rows / seconds)
          << " rows/s), peak " << peakMemoryMiB() << " MiB" << Qt::endl;
    return 0;
}

// Time for a process to show its first window and quit: Maillage on the database, or a bare window.
double processMs(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILLAGE_EXIT_WHEN_READY"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    return timed([&] {
        process.start(program, arguments);
        process.waitForFinished(120000);
    });
}

int bareWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 800);
    window.show();
    QTimer::singleShot(0, &window, [] {
        QCoreApplication::processEvents();
        QCoreApplication::quit();
    });
    return QApplication::exec();
}

template <typename Model>
double firstRowsMs(Database& db)
{
    Model model;
    return timed([&] {
        model.setDatabase(&db);
        (void)model.rowCount();
    });
}

// The search benchmark alone, on either engine (`maillage_bench search --db URL`). The reference is one
// raw query on the same connection: FTS5 MATCH on SQLite, the stored tsvector with its GIN index on PostgreSQL.
int searchBench(const QString& url)
{
    auto db = openOrDie(url);
    const QStringList words{QStringLiteral("logement"),   QStringLiteral("martin"),       QStringLiteral("suicide"),
                            QStringLiteral("jeunes"),     QStringLiteral("parentalite"),  QStringLiteral("etienne"),
                            QStringLiteral("situations"), QStringLiteral("structure 12"), QStringLiteral("premiers"),
                            QStringLiteral("durand")};
    SearchRepository search(*db);
    Samples searchMs;
    for (int i = 0; i < 100; ++i)
        searchMs.add(timed([&] { (void)search.search(words.at(i % words.size()), 50); }));
    const QString raw =
        db->engine() == Engine::Sqlite
            ? QStringLiteral("SELECT kind, ref_id, title FROM search_index WHERE search_index MATCH '\"logement\"*' "
                             "ORDER BY bm25(search_index) LIMIT 50")
            : QStringLiteral("SELECT kind, ref_id, title FROM search_index WHERE document @@ to_tsquery('simple', "
                             "'logement:*') ORDER BY ts_rank(document, to_tsquery('simple', 'logement:*')) DESC "
                             "LIMIT 50");
    Samples rawMs;
    for (int i = 0; i < 10; ++i)
        rawMs.add(timed([&] {
            QSqlQuery query(db->connection());
            query.exec(raw);
            while (query.next()) {
            }
        }));
    const QString engine = db->engine() == Engine::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
    out() << "| Measure | Maillage | Reference | Reference value | Ratio |" << Qt::endl
          << "|---|---|---|---|---|" << Qt::endl;
    row(QStringLiteral("Search (%1), median of 100").arg(engine), searchMs.median(), QStringLiteral("ms"),
        QStringLiteral("one raw query, median of 10"), rawMs.median());
    row(QStringLiteral("Search (%1), p95 of 100").arg(engine), searchMs.p95(), QStringLiteral("ms"),
        QStringLiteral("one raw query, median of 10"), rawMs.median());
    return 0;
}

int run(const QString& url, const QString& maillageExe, const QString& self, int repeat)
{
    const QString file = QFileInfo(url).absoluteFilePath();
    out() << "| Measure | Maillage | Reference | Reference value | Ratio |" << Qt::endl
          << "|---|---|---|---|---|" << Qt::endl;

    // Start to a usable main window, against a bare Qt window, best of `repeat`.
    if (!maillageExe.isEmpty()) {
        Samples app, bare;
        for (int i = 0; i < repeat; ++i) {
            app.add(processMs(maillageExe, {QStringLiteral("--db"), file}));
            bare.add(processMs(self, {QStringLiteral("bare-window")}));
        }
        row(QStringLiteral("Start to main window (median)"), app.median(), QStringLiteral("ms"),
            QStringLiteral("bare Qt window"), bare.median());
    }

    double openMs = 0;
    std::unique_ptr<Database> db;
    openMs = timed([&] { db = openOrDie(url); });
    row(QStringLiteral("Open the database"), openMs, QStringLiteral("ms"), QStringLiteral("sqlite3: SELECT 1"),
        sqlite3StatementMs(file, QStringLiteral("SELECT 1")));

    const double meetings = firstRowsMs<MeetingListModel>(*db);
    row(QStringLiteral("Meetings list, first rows"), meetings, QStringLiteral("ms"),
        QStringLiteral("sqlite3: first 200 meetings by date"),
        sqlite3StatementMs(file, QStringLiteral("SELECT m.*, i.name FROM meeting m JOIN instance i ON i.id = "
                                                "m.instance_id ORDER BY m.starts_at DESC LIMIT 200")));
    const double contacts = firstRowsMs<ContactListModel>(*db);
    row(QStringLiteral("Contacts list, first rows"), contacts, QStringLiteral("ms"),
        QStringLiteral("sqlite3: first 200 contacts by name"),
        sqlite3StatementMs(file, QStringLiteral("SELECT * FROM contact ORDER BY last_name, first_name LIMIT 200")));
    const double organisations = firstRowsMs<OrganisationListModel>(*db);
    row(QStringLiteral("Organisations list, first rows"), organisations, QStringLiteral("ms"),
        QStringLiteral("sqlite3: first 200 organisations by name"),
        sqlite3StatementMs(file, QStringLiteral("SELECT * FROM organisation ORDER BY name LIMIT 200")));

    // Full-text search: 100 queries drawn from the generator's vocabulary.
    const QStringList words{QStringLiteral("logement"),   QStringLiteral("martin"),     QStringLiteral("suicide"),
                            QStringLiteral("jeunes"),     QStringLiteral("parentalite"), QStringLiteral("etienne"),
                            QStringLiteral("situations"), QStringLiteral("structure 12"), QStringLiteral("premiers"),
                            QStringLiteral("durand")};
    SearchRepository search(*db);
    Samples searchMs;
    for (int i = 0; i < 100; ++i) {
        const QString& word = words.at(i % words.size());
        searchMs.add(timed([&] { (void)search.search(word, 50); }));
    }
    const double sqliteSearch =
        sqlite3StatementMs(file, QStringLiteral("SELECT kind, ref_id, title FROM search_index WHERE search_index "
                                                "MATCH '\"logement\"*' ORDER BY bm25(search_index) LIMIT 50"));
    row(QStringLiteral("Search, median of 100"), searchMs.median(), QStringLiteral("ms"),
        QStringLiteral("sqlite3: one FTS5 query"), sqliteSearch);
    row(QStringLiteral("Search, p95 of 100"), searchMs.p95(), QStringLiteral("ms"),
        QStringLiteral("sqlite3: one FTS5 query"), sqliteSearch);

    // Opening a meeting with its agenda, attendance, decisions and follow-ups.
    MeetingRepository meetingsRepo(*db);
    QSqlQuery maxId(db->connection());
    maxId.exec(QStringLiteral("SELECT MAX(id) FROM meeting"));
    maxId.next();
    const qint64 lastMeeting = maxId.value(0).toLongLong();
    std::mt19937 random(7);
    Samples meetingMs;
    for (int i = 0; i < 100 && lastMeeting > 0; ++i) {
        const qint64 id = 1 + qint64(random() % quint64(lastMeeting));
        meetingMs.add(timed([&] { (void)meetingsRepo.get(id); }));
    }
    row(QStringLiteral("Open a meeting, median of 100"), meetingMs.median(), QStringLiteral("ms"),
        QStringLiteral("sqlite3: the meeting and its children"),
        sqlite3StatementMs(file, QStringLiteral("SELECT * FROM meeting WHERE id = 1000; SELECT * FROM agenda_item "
                                                "WHERE meeting_id = 1000; SELECT * FROM attendance WHERE meeting_id = "
                                                "1000; SELECT * FROM follow_up WHERE meeting_id = 1000")));

    // The year's figures for one council and for all.
    QSqlQuery lastYear(db->connection());
    lastYear.exec(QStringLiteral("SELECT MAX(substr(starts_at, 1, 4)) FROM meeting"));
    lastYear.next();
    const int year = lastYear.value(0).toInt();
    const ReportPeriod period = ReportPeriod::year(year);
    const double one = timed([&] { (void)computeReportFigures(*db, period, {1}); });
    const QString yearFilter = QStringLiteral("substr(m.starts_at, 1, 4) = '%1'").arg(year);
    row(QStringLiteral("Report figures, one council"), one, QStringLiteral("ms"),
        QStringLiteral("sqlite3: attendance by status for the council"),
        sqlite3StatementMs(file, QStringLiteral("SELECT a.status, COUNT(*) FROM attendance a JOIN meeting m ON m.id = "
                                                "a.meeting_id JOIN instance i ON i.id = m.instance_id WHERE "
                                                "i.council_id = 1 AND %1 GROUP BY a.status")
                                     .arg(yearFilter)));
    const double all = timed([&] { (void)computeReportFigures(*db, period, {}); });
    row(QStringLiteral("Report figures, all councils"), all, QStringLiteral("ms"),
        QStringLiteral("sqlite3: attendance by status, all councils"),
        sqlite3StatementMs(file, QStringLiteral("SELECT a.status, COUNT(*) FROM attendance a JOIN meeting m ON m.id = "
                                                "a.meeting_id WHERE %1 GROUP BY a.status")
                                     .arg(yearFilter)));
    out() << Qt::endl << "Peak memory of the measuring process: " << QString::number(peakMemoryMiB(), 'f', 0)
          << " MiB" << Qt::endl;
    return 0;
}

// The annual report (issue 6): figures, network, layout and the PDF written, for council 1 or for every
// council. One scope per process, so that the peak memory is the report's own. Reference: the target,
// and sqlite3's attendance count over the same scope.
int reportBench(const QString& url, const QString& scope, const QString& pdf)
{
    auto db = openOrDie(url);
    const QString file = QFileInfo(url).absoluteFilePath();
    QSqlQuery lastYear(db->connection());
    lastYear.exec(QStringLiteral("SELECT MAX(substr(starts_at, 1, 4)) FROM meeting"));
    lastYear.next();
    const int year = lastYear.value(0).toInt();
    ReportRequest request;
    request.period = ReportPeriod::year(year);
    const bool one = scope != QLatin1String("all");
    if (one)
        request.councilIds = {1};
    double loadMs = 0, writeMs = 0;
    // CPU time too: on a shared machine the wall time mostly measures the wait for a core.
    const auto cpuMs = [] { return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC; };
    const double cpuStart = cpuMs();
    Result<ReportContent> content = Error{Error::Kind::Invalid, {}, {}};
    loadMs = timed([&] { content = loadReportContent(*db, request); });
    const double cpuLoad = cpuMs() - cpuStart;
    if (!content.ok()) {
        out() << content.error().fullText() << Qt::endl;
        return 2;
    }
    Status written;
    writeMs = timed([&] { written = ReportWriter::write(content.value(), pdf); });
    const double cpuTotal = cpuMs() - cpuStart;
    if (!written.ok()) {
        out() << written.error().fullText() << Qt::endl;
        return 2;
    }
    const QString what = one ? QStringLiteral("one council") : QStringLiteral("all councils");
    const double target = one ? 1000 : 15000;
    const QString yearFilter = QStringLiteral("substr(m.starts_at, 1, 4) = '%1'").arg(year);
    const double sqlite = sqlite3StatementMs(
        file, QStringLiteral("SELECT a.status, COUNT(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
                             "JOIN instance i ON i.id = m.instance_id WHERE %1%2 GROUP BY a.status")
                  .arg(yearFilter, one ? QStringLiteral(" AND i.council_id = 1") : QString()));
    out() << "| Measure | Maillage | Reference | Reference value | Ratio |" << Qt::endl
          << "|---|---|---|---|---|" << Qt::endl;
    row(QStringLiteral("Report %1 %2: content read").arg(year).arg(what), loadMs, QStringLiteral("ms"),
        QStringLiteral("sqlite3: attendance by status, same scope"), sqlite);
    row(QStringLiteral("Report %1 %2: PDF laid out and written").arg(year).arg(what), writeMs, QStringLiteral("ms"),
        QStringLiteral("–"), -1);
    row(QStringLiteral("Report %1 %2: total").arg(year).arg(what), loadMs + writeMs, QStringLiteral("ms"),
        QStringLiteral("issue 6 target"), target);
    row(QStringLiteral("Report %1 %2: CPU time (content %3 ms)").arg(year).arg(what).arg(qint64(cpuLoad)), cpuTotal,
        QStringLiteral("ms"), QStringLiteral("issue 6 target"), target);
    out() << Qt::endl << "PDF: " << QFileInfo(pdf).size() / 1024 << " KiB; peak memory of the process: "
          << QString::number(peakMemoryMiB(), 'f', 0) << " MiB" << Qt::endl;
    return 0;
}

// Archive export and import throughput against sqlite3's .import of the attendance rows.
int archiveBench(const QString& url)
{
    auto db = openOrDie(url);
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("archive.json"));
    const double exportMs = timed([&] { (void)archive::writeArchiveFile(*db, json); });
    QSqlQuery count(db->connection());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM attendance"));
    count.next();
    const qint64 attendance = count.value(0).toLongLong();
    qint64 rows = 0;
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    double importMs = 0;
    {
        auto target = openOrDie(copy);
        importMs = timed([&] {
            auto report = archive::importArchiveFile(*target, json);
            if (report.ok())
                rows = report->rows;
            else
                out() << report.error().fullText() << Qt::endl;
        });
    }
    // Reference: the same attendance rows as CSV, loaded by sqlite3 .import into a plain table.
    const QString csv = dir.filePath(QStringLiteral("attendance.csv"));
    QProcess dump;
    dump.setStandardOutputFile(csv);
    dump.start(QStringLiteral("sqlite3"), {QStringLiteral("-csv"), QFileInfo(url).absoluteFilePath(),
                                           QStringLiteral("SELECT * FROM attendance")});
    dump.waitForFinished(600000);
    const QString scratch = dir.filePath(QStringLiteral("scratch.sqlite"));
    const double referenceMs = timed([&] {
        QProcess load;
        load.start(QStringLiteral("sqlite3"), {scratch});
        load.write(QStringLiteral("CREATE TABLE attendance (id, meeting_id, contact_id, organisation_id, guest_name, "
                                  "is_guest, status, represented_by_contact_id, proxy_to_contact_id, created_at, "
                                  "updated_at, version);\n.mode csv\n.import %1 attendance\n.quit\n")
                       .arg(csv)
                       .toUtf8());
        load.closeWriteChannel();
        load.waitForFinished(600000);
    });
    out() << "| Measure | Maillage | Reference | Reference value | Ratio |" << Qt::endl
          << "|---|---|---|---|---|" << Qt::endl;
    out() << "| Archive export | " << qint64(double(rows) / (exportMs / 1000.0)) << " rows/s | | | |" << Qt::endl;
    const double importRate = double(rows) / (importMs / 1000.0);
    const double referenceRate = double(attendance) / (referenceMs / 1000.0);
    out() << "| Archive import | " << qint64(importRate) << " rows/s | sqlite3 .import (attendance CSV) | "
          << qint64(referenceRate) << " rows/s | " << QString::number(importRate / referenceRate, 'f', 2) << " |"
          << Qt::endl;
    out() << Qt::endl << "Archive: " << QFileInfo(json).size() / (1024 * 1024) << " MiB, " << rows
          << " rows; peak memory " << QString::number(peakMemoryMiB(), 'f', 0) << " MiB" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && QByteArray(argv[1]) == "bare-window")
        return bareWindow(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the list models and report text need a GUI application
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Maillage benchmarks: generate | run | archive | search | report"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("generate, run, archive, search or report"));
    parser.addOption({QStringLiteral("scope"), QStringLiteral("Report: one (council 1) or all."), QStringLiteral("scope"),
                      QStringLiteral("one")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Report: the PDF to write."), QStringLiteral("file"),
                      QStringLiteral("/tmp/maillage-bench-report.pdf")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file or URL."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("councils"), QStringLiteral("Councils to generate (300)."), QStringLiteral("n"),
                      QStringLiteral("300")});
    parser.addOption({QStringLiteral("years"), QStringLiteral("Years to generate (10)."), QStringLiteral("n"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("maillage"), QStringLiteral("The maillage executable, for the start time."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Repetitions of the start measure (5)."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const QString url = parser.value(QStringLiteral("db"));
    if (url.isEmpty()) {
        out() << parser.helpText();
        return 1;
    }
    if (mode == QLatin1String("generate")) {
        Scale scale;
        scale.councils = parser.value(QStringLiteral("councils")).toInt();
        scale.years = parser.value(QStringLiteral("years")).toInt();
        return generate(url, scale);
    }
    if (mode == QLatin1String("run"))
        return run(url, parser.value(QStringLiteral("maillage")), QCoreApplication::applicationFilePath(),
                   parser.value(QStringLiteral("repeat")).toInt());
    if (mode == QLatin1String("archive"))
        return archiveBench(url);
    if (mode == QLatin1String("search"))
        return searchBench(url);
    if (mode == QLatin1String("report"))
        return reportBench(url, parser.value(QStringLiteral("scope")), parser.value(QStringLiteral("out")));
    out() << parser.helpText();
    return 1;
}
