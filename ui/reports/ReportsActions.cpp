// SPDX-License-Identifier: EUPL-1.2
// The report's preview, exports and printing.
#include "ui/reports/ReportsWidget.h"

#include "core/documents/report/ReportComposer.h"
#include "core/documents/report/ReportWriter.h"
#include "core/report/IndicatorCsv.h"
#include "core/storage/Database.h"
#include "ui/reports/ReportTextsEditor.h"
#include "ui/reports/ReportWorker.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>

namespace maillage::ui {

namespace {

// A wait cursor while the report is laid out for printing (the reading is done by a worker).
struct BusyCursor {
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

QString lastFolder()
{
    return QSettings().value(QStringLiteral("reports/folder"), QDir::homePath()).toString();
}

} // namespace

bool ReportsWidget::startJob(const QString& path, std::function<void()> afterLoad)
{
    if (!database())
        return false;
    if (m_job) {
        showMessage(tr("A report is already being prepared: wait for it or cancel it."), true);
        return false;
    }
    if (m_texts->isModified() && !m_texts->save())
        return false;
    const auto wanted = request();
    if (!wanted)
        return false;
    showMessage({}, false);
    m_afterLoad = std::move(afterLoad);
    m_job = std::make_unique<ReportJob>(ReportJob::urlOf(*database()), *wanted, path);
    connect(m_job.get(), &ReportJob::progressed, this, [this](int percent, const QString& step) {
        m_progress->setValue(percent);
        m_step->setText(step);
    });
    connect(m_job.get(), &ReportJob::finished, this, &ReportsWidget::jobFinished);
    m_progress->setValue(0);
    m_step->setText(path.isEmpty() ? tr("Reading the report…") : tr("Writing the report…"));
    m_progressRow->show();
    for (QPushButton* button : std::as_const(m_jobButtons))
        button->setEnabled(false);
    m_job->start();
    return true;
}

void ReportsWidget::jobFinished(bool ok, bool cancelled, const QString& message,
                                std::shared_ptr<const ReportContent> content)
{
    // The job is deleted after this slot returns (it emitted the signal).
    std::unique_ptr<ReportJob> job = std::move(m_job);
    const QString written = job ? job->path() : QString();
    if (job)
        job.release()->deleteLater();
    m_progressRow->hide();
    for (QPushButton* button : std::as_const(m_jobButtons))
        button->setEnabled(true);
    auto after = std::exchange(m_afterLoad, {});
    if (content) {
        m_content = std::move(content);
        m_previewStale = false;
        m_preview->updatePreview();
    }
    if (cancelled)
        showMessage(tr("Cancelled: nothing was written."), false);
    else if (!ok)
        showMessage(message, true);
    else if (!written.isEmpty())
        showMessage(tr("Report written to %1.").arg(QDir::toNativeSeparators(written)), false);
    if (!written.isEmpty())
        emit reportExported(ok, written);
    else
        emit previewUpdated();
    if (ok && after)
        after();
}

void ReportsWidget::cancelJob()
{
    if (m_job) {
        m_job->cancel();
        m_step->setText(tr("Cancelling…"));
    }
}

void ReportsWidget::updatePreview()
{
    if (m_job && !m_job->writes())
        m_job.reset(); // a newer preview replaces the one being read
    if (!startJob({})) {
        m_content.reset();
        m_preview->updatePreview();
        emit previewUpdated();
    }
}

bool ReportsWidget::exportReport(const QString& path)
{
    return startJob(path);
}

bool ReportsWidget::exportIndicators(const QString& path)
{
    const auto wanted = request();
    if (!database() || !wanted)
        return false;
    BusyCursor busy;
    if (const Status written = IndicatorCsv::write(*database(), wanted->period, wanted->councilIds, path);
        !written.ok()) {
        showMessage(written.error().message, true);
        return false;
    }
    showMessage(tr("Indicators written to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void ReportsWidget::askExport(const QString& extension)
{
    const auto wanted = request();
    if (!wanted)
        return;
    const QString name = ReportComposer::title(wanted->period).replace(u'/', u'-') + u'.' + extension;
    const QString filter = extension == QLatin1String("pdf") ? tr("PDF document (*.pdf)")
                                                             : tr("OpenDocument text (*.odt)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the report"), lastFolder() + u'/' + name, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + extension, Qt::CaseInsensitive))
        path += u'.' + extension;
    QSettings().setValue(QStringLiteral("reports/folder"), QFileInfo(path).absolutePath());
    exportReport(path);
}

void ReportsWidget::askIndicators()
{
    const auto wanted = request();
    if (!wanted)
        return;
    const QString name = tr("indicators-%1.csv").arg(wanted->period.from.year());
    QString path = QFileDialog::getSaveFileName(this, tr("Export the indicators"), lastFolder() + u'/' + name,
                                                tr("CSV for a spreadsheet (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QSettings().setValue(QStringLiteral("reports/folder"), QFileInfo(path).absolutePath());
    exportIndicators(path);
}

void ReportsWidget::print()
{
    if (m_previewStale || !m_content) {
        startJob({}, [this] { print(); });
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("reportPrintPreview"));
    preview.setWindowTitle(tr("Print the report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) {
        BusyCursor busy;
        ReportWriter::paint(*m_content, *target);
    });
    preview.exec();
}

} // namespace maillage::ui
