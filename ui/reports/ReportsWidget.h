// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/report/ReportContent.h"
#include "ui/main/Section.h"

#include <memory>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace maillage::ui {

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
    /// Writes the report to path (.pdf or .odt) whole or not at all; false with a message on failure.
    bool exportReport(const QString& path);
    /// Writes the indicators CSV to path.
    bool exportIndicators(const QString& path);
    /// Reads the report again and redraws the preview.
    void updatePreview();

private:
    QWidget* buildChoices();
    void reloadCouncils();
    void loadYearSummaries();
    void scopeChanged();
    bool loadContent();
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
    std::optional<ReportContent> m_content;
    bool m_previewStale = true;
};

} // namespace maillage::ui
