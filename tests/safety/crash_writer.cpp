// SPDX-License-Identifier: EUPL-1.2
// A writer process for the safety harnesses: does realistic units of work against a SQLite file
// through the real repositories and logs each unit once its commit was acknowledged (the log is
// fsync'd line by line). The tests kill it, run two of them at once, or limit its file size.
//
//   crash_writer setup <db>                     council, instance and the partner edited by "units"
//   crash_writer units <db> <log> [count]       meeting+30 follow-ups, partner edit, CSV import, repeated
//   crash_writer contend <db> <log> <seconds>   counter increments + inserted rows, as fast as possible
//   crash_writer fault <db> fsize|vanish|readonly  units until the fault, then rollback and reuse checks
#include "core/domain/Council.h"
#include "core/domain/Instance.h"
#include "core/domain/Organisation.h"
#include "core/exchange/ContactImportPlan.h"
#include "core/exchange/CsvFormat.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace maillage;

namespace {

// One line per acknowledged unit, on disk before the next unit starts.
class AckLog
{
public:
    explicit AckLog(const QString& path)
        : m_fd(::open(path.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_APPEND, 0600))
    {
    }
    ~AckLog()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool ok() const { return m_fd >= 0; }
    bool write(const QString& line)
    {
        const QByteArray bytes = line.toUtf8() + '\n';
        return ::write(m_fd, bytes.constData(), size_t(bytes.size())) == bytes.size() && ::fsync(m_fd) == 0;
    }

private:
    int m_fd;
};

int fail(const QString& what, const Status& status)
{
    std::fprintf(stderr, "crash_writer: %s: %s\n", qPrintable(what), qPrintable(status.error().fullText()));
    return 2;
}

int setup(const QString& path)
{
    auto db = Database::open(path);
    if (!db.ok())
        return fail(QStringLiteral("open"), db.error());
    Council council;
    council.name = QStringLiteral("CLSM du banc d’essai");
    if (Status s = CouncilRepository(*db.value()).create(council); !s.ok())
        return fail(QStringLiteral("council"), s);
    Instance instance;
    instance.councilId = council.id;
    instance.name = QStringLiteral("Groupe de travail logement");
    if (Status s = InstanceRepository(*db.value()).create(instance); !s.ok())
        return fail(QStringLiteral("instance"), s);
    Organisation partner;
    partner.name = QStringLiteral("Partenaire témoin");
    partner.notes = QStringLiteral("0");
    if (Status s = OrganisationRepository(*db.value()).create(partner); !s.ok())
        return fail(QStringLiteral("partner"), s);
    std::printf("ready %lld %lld %lld\n", council.id, instance.id, partner.id);
    return 0;
}

Status saveMeeting(Database& db, qint64 instanceId, const QString& token, qint64& id)
{
    Meeting meeting;
    meeting.instanceId = instanceId;
    meeting.title = QStringLiteral("Réunion %1").arg(token);
    meeting.startsAt = QDateTime(QDate(2026, 3, 10), QTime(14, 0));
    meeting.endsAt = meeting.startsAt.addSecs(7200);
    AgendaItem item;
    item.title = QStringLiteral("Point logement");
    item.minutesHtml = QStringLiteral("<p>Compte rendu %1 : %2</p>").arg(token, QString(400, u'x'));
    meeting.agenda.push_back(item);
    for (int i = 0; i < 30; ++i) {
        FollowUp followUp;
        followUp.text = QStringLiteral("Suite %1 n°%2").arg(token).arg(i + 1);
        followUp.dueOn = QDate(2026, 4, 1).addDays(i);
        meeting.followUps.push_back(followUp);
    }
    Status status = MeetingRepository(db).create(meeting);
    id = meeting.id;
    return status;
}

// The value about to be written is logged first: a kill between the commit and its acknowledgement
// leaves a value the checker knows was attempted (and each killed writer may leave one).
Status editPartner(Database& db, qint64 partnerId, int& value, AckLog& log)
{
    OrganisationRepository partners(db);
    auto partner = partners.get(partnerId);
    if (!partner.ok())
        return partner.error();
    Organisation changed = partner.value();
    value = changed.notes.toInt() + 1;
    log.write(QStringLiteral("partner-attempt %1").arg(value));
    changed.notes = QString::number(value);
    changed.commune = QStringLiteral("Commune %1").arg(value);
    return partners.update(changed);
}

Status importCsv(Database& db, const QString& token)
{
    QByteArray csv = "Nom;Prénom;Structure;Courriel\n";
    for (const char* letter : {"a", "b", "c"})
        csv += QStringLiteral("Import%1%2;Claire;Structure %1;%2.%1@example.org\n")
                   .arg(token, QLatin1String(letter))
                   .toUtf8();
    auto table = contacts::parseCsv(csv);
    if (!table.ok())
        return table.error();
    const contacts::ContactBatch batch =
        contacts::csvToContacts(table.value(), contacts::guessCsvMapping(table->header));
    auto plan = contacts::planContactImport(db, batch, contacts::MatchKey::Email);
    if (!plan.ok())
        return plan.error();
    return contacts::apply(db, plan.value());
}

int units(const QString& path, const QString& logPath, int count)
{
    auto opened = Database::open(path, {.createIfMissing = false, .migrate = true});
    if (!opened.ok())
        return fail(QStringLiteral("open"), opened.error());
    Database& db = *opened.value();
    AckLog log(logPath);
    if (!log.ok())
        return fail(QStringLiteral("log"), Error{Error::Kind::Io, logPath, {}});
    auto instances = InstanceRepository(db).list();
    auto partners = OrganisationRepository(db).list();
    if (!instances.ok() || instances->empty() || !partners.ok() || partners->empty())
        return fail(QStringLiteral("fixture"), Error{Error::Kind::NotFound, QStringLiteral("run setup first"), {}});
    const qint64 instanceId = instances->front().id;
    qint64 partnerId = 0;
    for (const Organisation& o : partners.value())
        if (o.name == QStringLiteral("Partenaire témoin"))
            partnerId = o.id;
    const QString run = QString::number(::getpid());
    std::printf("writing\n"); // the crash harness times its kill from here, whatever the machine's load
    std::fflush(stdout);
    for (int k = 0; count <= 0 || k < count; ++k) {
        const QString token = run + u'x' + QString::number(k);
        switch (k % 3) {
        case 0: {
            qint64 id = 0;
            if (Status s = saveMeeting(db, instanceId, token, id); !s.ok())
                return fail(QStringLiteral("meeting"), s);
            log.write(QStringLiteral("meeting %1 %2").arg(id).arg(token));
            break;
        }
        case 1: {
            int value = 0;
            if (Status s = editPartner(db, partnerId, value, log); !s.ok())
                return fail(QStringLiteral("partner"), s);
            log.write(QStringLiteral("partner %1").arg(value));
            break;
        }
        default:
            if (Status s = importCsv(db, token); !s.ok())
                return fail(QStringLiteral("import"), s);
            log.write(QStringLiteral("import %1").arg(token));
        }
    }
    return 0;
}

// Two of these run at once: each transaction increments a shared counter and inserts one row of its own.
int contend(const QString& path, const QString& logPath, int seconds)
{
    auto opened = Database::open(path, {.createIfMissing = false, .migrate = false});
    if (!opened.ok())
        return fail(QStringLiteral("open"), opened.error());
    Database& db = *opened.value();
    AckLog log(logPath);
    const QString walPath = path + QStringLiteral("-wal");
    const QString tag = QString::number(::getpid());
    std::vector<qint64> waitsUs;
    qint64 maxWal = 0;
    int increments = 0, busy = 0, snapshot = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000LL) {
        QElapsedTimer wait;
        wait.start();
        Transaction tx(db);
        waitsUs.push_back(wait.nsecsElapsed() / 1000);
        if (!tx.ok()) {
            ++busy;
            snapshot += tx.error().detail.contains(QLatin1String("snapshot"), Qt::CaseInsensitive);
            continue;
        }
        SqlQuery bump(db, QStringLiteral("UPDATE council_setting SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
                                         "WHERE key = 'counter'"));
        SqlQuery row(db, QStringLiteral("INSERT INTO council_setting (council_id, key, value, created_at, updated_at) "
                                        "SELECT id, :key, 'x', :now, :now FROM council ORDER BY id LIMIT 1"));
        row.bind(QStringLiteral(":key"), QStringLiteral("row-%1-%2").arg(tag).arg(increments));
        row.bind(QStringLiteral(":now"), sql::nowStamp());
        Status s = bump.exec(QStringLiteral("increment"));
        if (s.ok())
            s = row.exec(QStringLiteral("insert"));
        if (s.ok())
            s = tx.commit();
        if (!s.ok()) {
            snapshot += s.error().detail.contains(QLatin1String("snapshot"), Qt::CaseInsensitive);
            return fail(QStringLiteral("contend"), s);
        }
        ++increments;
        log.write(QStringLiteral("row-%1-%2").arg(tag).arg(increments - 1));
        maxWal = std::max(maxWal, QFileInfo(walPath).size());
    }
    std::sort(waitsUs.begin(), waitsUs.end());
    const qint64 p99 = waitsUs.empty() ? 0 : waitsUs[size_t(double(waitsUs.size() - 1) * 0.99)];
    std::printf("done increments=%d busy=%d busy_snapshot=%d p99_wait_us=%lld max_wait_us=%lld max_wal_bytes=%lld\n",
                increments, busy, snapshot, p99, waitsUs.empty() ? 0 : waitsUs.back(), maxWal);
    return busy == 0 ? 0 : 3;
}

qint64 count(Database& db, const QString& statement)
{
    SqlQuery query(db, statement);
    return query.exec(QStringLiteral("count")).ok() && query.next() ? query.value(0).toLongLong() : -1;
}

// Runs units until the fault bites, then proves the failed unit left nothing and the connection
// still reads (and writes again once the fault is gone, for the file size limit).
int fault(const QString& path, const QString& kind)
{
    if (kind == QLatin1String("readonly") && ::geteuid() == 0) {
        // root writes through any permission: become nobody to meet a read-only file
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            return fail(QStringLiteral("setuid"), Error{Error::Kind::Io, QStringLiteral("cannot drop privileges"), {}});
    }
    auto opened = Database::open(path, {.createIfMissing = false, .migrate = false});
    if (!opened.ok()) {
        std::printf("OPEN-REFUSED %s\n", qPrintable(opened.error().message));
        return 0;
    }
    Database& db = *opened.value();
    auto instances = InstanceRepository(db).list();
    if (!instances.ok() || instances->empty())
        return fail(QStringLiteral("fixture"), Error{Error::Kind::NotFound, QStringLiteral("run setup first"), {}});
    const qint64 instanceId = instances->front().id;
    const QString meetings = QStringLiteral("SELECT count(*) FROM meeting");
    const QString followUps = QStringLiteral("SELECT count(*) FROM follow_up");
    if (kind == QLatin1String("fsize")) {
        std::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead of killing the process
        const qint64 size = std::max(QFileInfo(path).size(), QFileInfo(path + QStringLiteral("-wal")).size());
        struct rlimit limit = {rlim_t(size + 40000), RLIM_INFINITY};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    } else if (kind == QLatin1String("vanish")) {
        const QDir folder = QFileInfo(path).absoluteDir();
        QDir(folder).removeRecursively();
    }
    Status failed;
    qint64 beforeMeetings = 0, beforeFollowUps = 0;
    int done = 0;
    for (; done < 400 && failed.ok(); ++done) {
        beforeMeetings = count(db, meetings);
        beforeFollowUps = count(db, followUps);
        qint64 id = 0;
        failed = saveMeeting(db, instanceId, QStringLiteral("fault-%1").arg(done), id);
    }
    if (failed.ok()) {
        std::printf("NO-FAULT after %d units\n", done);
        return 4;
    }
    std::printf("FAULT after %d units: %s\n", done - 1, qPrintable(failed.error().message));
    std::printf("DETAIL %s\n", qPrintable(failed.error().detail));
    const bool rolledBack = count(db, meetings) == beforeMeetings && count(db, followUps) == beforeFollowUps;
    std::printf("ROLLBACK %s\n", rolledBack ? "ok" : "FAILED");
    std::printf("READABLE %s\n", count(db, meetings) >= 0 ? "ok" : "FAILED");
    if (kind == QLatin1String("fsize")) {
        struct rlimit limit = {RLIM_INFINITY, RLIM_INFINITY};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        qint64 id = 0;
        const Status again = saveMeeting(db, instanceId, QStringLiteral("after-fault"), id);
        std::printf("WRITABLE %s\n", again.ok() ? "ok" : qPrintable(again.error().fullText()));
    }
    return rolledBack ? 0 : 5;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("setup"))
        return setup(args[2]);
    if (args.size() >= 4 && args[1] == QLatin1String("units"))
        return units(args[2], args[3], args.size() > 4 ? args[4].toInt() : 0);
    if (args.size() >= 5 && args[1] == QLatin1String("contend"))
        return contend(args[2], args[3], args[4].toInt());
    if (args.size() >= 4 && args[1] == QLatin1String("fault"))
        return fault(args[2], args[3]);
    std::fprintf(stderr, "usage: crash_writer setup DB | units DB LOG [COUNT] | contend DB LOG SECONDS"
                         " | fault DB fsize|vanish|readonly\n");
    return 1;
}
