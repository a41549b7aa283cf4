// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/report/ReportContent.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// Reads (and, given a path, writes) the annual report in a thread of its own, with its own connection to the
/// database: QSqlDatabase connections belong to the thread that opened them. Everything it says comes back as
/// queued signals.
class ReportWorker : public QObject
{
    Q_OBJECT

public:
    /// url: ReportJob::urlOf() the section's database; path empty: read the content only (for the preview).
    ReportWorker(QString url, ReportRequest request, QString path, std::shared_ptr<std::atomic<bool>> cancel);

    void run();

signals:
    void progressed(int percent, const QString& step);
    /// ok: the content is read (and the file written); otherwise message says why, or cancelled is true.
    void finished(bool ok, bool cancelled, const QString& message, std::shared_ptr<const ReportContent> content);

private:
    QString m_url;
    ReportRequest m_request;
    QString m_path;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

/// One report job: the thread, its worker and the cancel flag. Deleting it cancels the job and waits for the
/// thread (a few milliseconds: the builder checks the flag between its steps).
class ReportJob : public QObject
{
    Q_OBJECT

public:
    /// The URL that opens a second connection to db (password included: never show it).
    static QString urlOf(const Database& db);

    ReportJob(const QString& url, const ReportRequest& request, const QString& path, QObject* parent = nullptr);
    ~ReportJob() override;

    void start();
    void cancel();
    bool writes() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }

signals:
    void progressed(int percent, const QString& step);
    void finished(bool ok, bool cancelled, const QString& message, std::shared_ptr<const ReportContent> content);

private:
    QString m_path;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QThread* m_thread = nullptr;
    QPointer<ReportWorker> m_worker;
};

} // namespace maillage::ui
