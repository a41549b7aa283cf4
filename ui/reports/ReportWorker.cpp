// SPDX-License-Identifier: EUPL-1.2
#include "ui/reports/ReportWorker.h"

#include "core/documents/report/ReportWriter.h"
#include "core/storage/Database.h"

#include <QThread>
#include <QUrl>

namespace maillage::ui {

QString ReportJob::urlOf(const Database& db)
{
    if (!db.filePath().isEmpty())
        return db.filePath();
    // The shown URL lacks the password on purpose; the open connection still has it.
    QUrl url(db.displayName());
    url.setPassword(db.connection().password());
    return url.toString();
}

ReportWorker::ReportWorker(QString url, ReportRequest request, QString path, std::shared_ptr<std::atomic<bool>> cancel)
    : m_url(std::move(url)), m_request(std::move(request)), m_path(std::move(path)), m_cancel(std::move(cancel))
{
}

void ReportWorker::run()
{
    ReportProgress progress;
    progress.cancel = m_cancel.get();
    progress.onStep = [this](int percent, const QString& step) { emit progressed(percent, step); };
    std::shared_ptr<const ReportContent> result;
    Status status = [&]() -> Status {
        OpenOptions options;
        options.createIfMissing = false;
        options.migrate = false; // the section's connection already brought the schema up to date
        auto db = Database::open(m_url, options);
        if (!db.ok())
            return db.error();
        auto content = loadReportContent(*db.value(), m_request, progress);
        if (!content.ok())
            return content.error();
        if (progress.cancelled())
            return ReportProgress::cancelledError();
        auto shared = std::make_shared<const ReportContent>(std::move(content.value()));
        if (!m_path.isEmpty())
            if (Status written = ReportWriter::write(*shared, m_path, progress); !written.ok())
                return written;
        result = std::move(shared);
        return {};
    }();
    const bool cancelled = m_cancel->load();
    emit finished(status.ok() && !cancelled, cancelled, status.ok() ? QString() : status.error().message,
                  cancelled ? nullptr : result);
}

ReportJob::ReportJob(const QString& url, const ReportRequest& request, const QString& path, QObject* parent)
    : QObject(parent), m_path(path), m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("reportWorker"));
    auto* worker = new ReportWorker(url, request, path, m_cancel);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::started, worker, &ReportWorker::run);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &ReportWorker::progressed, this, &ReportJob::progressed);
    connect(worker, &ReportWorker::finished, this, [this](bool ok, bool cancelled, const QString& message,
                                                          std::shared_ptr<const ReportContent> content) {
        m_thread->quit();
        emit finished(ok, cancelled, message, std::move(content));
    });
}

ReportJob::~ReportJob()
{
    cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_worker.data(); // never started: no deferred deletion will come
}

void ReportJob::start()
{
    m_thread->start(QThread::LowPriority);
}

void ReportJob::cancel()
{
    m_cancel->store(true);
}

} // namespace maillage::ui
