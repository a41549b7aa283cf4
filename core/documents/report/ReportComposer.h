// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/DocumentBuilder.h"
#include "core/documents/report/ReportChart.h"
#include "core/documents/report/ReportContent.h"

#include <QCoreApplication>
#include <QTextDocument>

#include <map>
#include <memory>

namespace maillage {

/// Writes the annual activity report into a QTextDocument: cover, contents, the nine chapters of the issue
/// (and a comparison of the councils when there are several). Charts are drawn objects (Vector, for PDF
/// and printing) or images (for ODT).
class ReportComposer
{
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)

public:
    enum class Charts { Vector, Image };
    /// Block property of chapter headings: the chapter's index in chapterTitles().
    static constexpr int kChapterProperty = QTextFormat::UserProperty + 71;

    /// chapterPages: the page of each chapter for the table of contents (empty on the first pass).
    ReportComposer(const ReportContent& content, Charts charts, const std::vector<int>& chapterPages = {});
    std::unique_ptr<QTextDocument> compose();

    /// The report's title: "Annual activity report 2025" or with the custom period.
    static QString title(const ReportPeriod& period);
    /// What the page header names: the council or "3 councils".
    static QString councilLine(const ReportContent& content);

    /// Beyond this many councils the report leaves the lists (instances, fiches, members, calendar) to each
    /// council's own report: 300 councils' lists are thousands of pages nobody reads, and take minutes to lay out.
    static constexpr size_t kDetailedCouncils = 12;

private:
    bool condensed() const { return m_f.identities.size() > kDetailedCouncils; }
    void condensedNote();
    QStringList chapterTitles() const;
    void cover();
    void contents();
    void chapter(int index);
    void wordsAndSummary();
    void comparison();
    void identity();
    void governance();
    void instanceDetails();
    void network();
    void networkMap(); // chapter 4's map (one council) or each council's network figures
    void actionPlan();
    void highlights();
    void situations();
    void review();
    void annexes();

    /// A table in the report's typography.
    void table(const std::vector<DocumentBuilder::Column>& columns, const std::vector<QStringList>& rows,
               const DocumentBuilder::TableOptions& options = {});
    void freeText(ReportSection section);
    void missing(const QString& what);
    void note(const QString& text);
    void chart(const ReportChart& chart);
    void pageBreakBefore();
    QString pillarLabel(const QString& code) const;
    QString sectorLabel(const QString& code) const;

    const ReportContent& m_content;
    const ReportFigures& m_f;
    Charts m_charts;
    std::vector<int> m_pages;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<DocumentBuilder> m_builder;
    int m_chapter = 0;
};

} // namespace maillage
