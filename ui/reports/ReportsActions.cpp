// SPDX-License-Identifier: EUPL-1.2
// The report's preview, exports and printing.
#include "ui/reports/ReportsWidget.h"

#include "core/documents/report/ReportComposer.h"
#include "core/documents/report/ReportWriter.h"
#include "core/report/IndicatorCsv.h"
#include "core/storage/Database.h"
#include "ui/reports/ReportTextsEditor.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSettings>

namespace maillage::ui {

namespace {

// A wait cursor while the report is read and laid out (a few hundred milliseconds for one council).
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

bool ReportsWidget::loadContent()
{
    if (!database())
        return false;
    if (m_texts->isModified() && !m_texts->save())
        return false;
    const auto wanted = request();
    if (!wanted)
        return false;
    BusyCursor busy;
    auto content = loadReportContent(*database(), *wanted);
    if (!content.ok()) {
        showMessage(content.error().message, true);
        return false;
    }
    m_content = std::move(content.value());
    m_previewStale = false;
    showMessage({}, false);
    return true;
}

void ReportsWidget::updatePreview()
{
    if (!loadContent())
        m_content.reset();
    BusyCursor busy;
    m_preview->updatePreview();
}

bool ReportsWidget::exportReport(const QString& path)
{
    if ((m_previewStale || !m_content) && !loadContent())
        return false;
    BusyCursor busy;
    if (const Status written = ReportWriter::write(*m_content, path); !written.ok()) {
        showMessage(written.error().fullText(), true);
        return false;
    }
    showMessage(tr("Report written to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool ReportsWidget::exportIndicators(const QString& path)
{
    const auto wanted = request();
    if (!database() || !wanted)
        return false;
    BusyCursor busy;
    if (const Status written = IndicatorCsv::write(*database(), wanted->period, wanted->councilIds, path);
        !written.ok()) {
        showMessage(written.error().fullText(), true);
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
    if ((m_previewStale || !m_content) && !loadContent())
        return;
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
