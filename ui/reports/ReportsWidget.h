// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/report/ReportContent.h"
#include "ui/main/Section.h"

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPrintPreviewWidget;
class QProgressBar;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace maillage::ui {

class ReportJob;
class ReportTextsEditor;

/// The annual activity report: choose the period and the councils, write the free texts, see the report
/// page by page, export it (PDF, ODT), print it, and export the indicators of the national survey (CSV).
/// A year-by-year summary of the activity sits beside the preview.
class ReportsWidget : public Section
{
    Q_OBJECT

public:
    explicit ReportsWidget(QWidget* parent = nullptr);
    ~ReportsWidget() override;

    void refresh() override;

protected:
    bool isCostly() const override { return true; }

public:

    /// The period and councils chosen; nullopt (with a message shown) when the period is wrong.
    std::optional<ReportRequest> request();
    /// Sets the period to a calendar year.
    void setYear(int year);
    /// Starts writing the report to path (.pdf or .odt) in a worker thread, whole or not at all: false with a
    /// message when it cannot start; reportExported tells the end.
    bool exportReport(const QString& path);
    /// Stops the report being read or written, if any.
    void cancelJob();
    bool isBusy() const { return m_job != nullptr; }
    /// Writes the indicators CSV to path.
    bool exportIndicators(const QString& path);
    /// Reads the report again (in a worker thread) and redraws the preview; previewUpdated tells the end.
    void updatePreview();

signals:
    void previewUpdated();
    /// ok: the file is written; otherwise the message is shown (or the job was cancelled).
    void reportExported(bool ok, const QString& path);

private:
    QWidget* buildChoices();
    void reloadCouncils();
    void loadYearSummaries();
    void scopeChanged();
    bool startJob(const QString& path, std::function<void()> afterLoad = {});
    void jobFinished(bool ok, bool cancelled, const QString& message, std::shared_ptr<const ReportContent> content);
    QWidget* buildProgress();
    void showMessage(const QString& text, bool problem);
    void askExport(const QString& extension);
    void askIndicators();
    void print();

    QSpinBox* m_year = nullptr;
    QCheckBox* m_custom = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QListWidget* m_councils = nullptr;
    QLabel* m_message = nullptr;
    ReportTextsEditor* m_texts = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QTableWidget* m_table = nullptr;
    std::shared_ptr<const ReportContent> m_content;
    QWidget* m_progressRow = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_step = nullptr;
    QList<QPushButton*> m_jobButtons; ///< disabled while a job runs
    std::unique_ptr<ReportJob> m_job;
    std::function<void()> m_afterLoad; ///< what waits for the content (printing)
    bool m_previewStale = true;
};

} // namespace maillage::ui
