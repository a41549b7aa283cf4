// SPDX-License-Identifier: EUPL-1.2
// The frame of the report: cover, contents, chapter headings, free texts and charts.
#include "core/documents/report/ReportComposer.h"

#include "core/documents/DocumentText.h"
#include "core/documents/report/ReportNumbers.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>
#include <QUrl>

#include <functional>

namespace maillage {

namespace {

const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kMissing(0xb3, 0x4a, 0x00);
const QColor kMuted(0x55, 0x55, 0x55);

QTextCharFormat chars(qreal points, bool bold = false, const QColor& colour = QColor(0x1a, 0x1a, 0x1a))
{
    QTextCharFormat format;
    format.setFont(DocumentStyle::font(points, bold), QTextCharFormat::FontPropertiesAll);
    format.setForeground(colour);
    return format;
}

} // namespace

ReportComposer::ReportComposer(const ReportContent& content, Charts charts, const std::vector<int>& chapterPages)
    : m_content(content), m_f(content.figures), m_charts(charts), m_pages(chapterPages)
{
}

QString ReportComposer::title(const ReportPeriod& period)
{
    if (period.from == QDate(period.from.year(), 1, 1) && period.to == QDate(period.from.year(), 12, 31))
        return tr("Annual activity report %1").arg(period.from.year());
    return tr("Activity report from %1 to %2")
        .arg(DocumentText::shortDate(period.from), DocumentText::shortDate(period.to));
}

QString ReportComposer::councilLine(const ReportContent& content)
{
    if (content.figures.identities.size() == 1)
        return content.figures.identities.front().name;
    return tr("%n councils", nullptr, int(content.figures.identities.size()));
}

QStringList ReportComposer::chapterTitles() const
{
    QStringList titles{tr("Message from the chairs and summary")};
    if (m_content.severalCouncils())
        titles << tr("Comparison of the councils");
    titles << tr("Identity card") << tr("Governance and functioning") << tr("Partner network") << tr("Action plan")
           << tr("Flagship actions") << tr("Situations cell") << tr("Review and outlook") << tr("Appendices");
    return titles;
}

std::unique_ptr<QTextDocument> ReportComposer::compose()
{
    m_document = std::make_unique<QTextDocument>();
    m_builder = std::make_unique<DocumentBuilder>(*m_document);
    m_chapter = 0;
    cover();
    contents();
    wordsAndSummary();
    if (m_content.severalCouncils())
        comparison();
    identity();
    governance();
    network();
    actionPlan();
    highlights();
    situations();
    review();
    annexes();
    // Qt lays out a table whose bottom border spills onto the next page with its header repeated there, over
    // what follows, and may then lose the blocks after it: report tables do not repeat their header.
    std::function<void(QTextFrame*)> plain = [&](QTextFrame* frame) {
        for (QTextFrame* child : frame->childFrames()) {
            if (auto* table = qobject_cast<QTextTable*>(child)) {
                QTextTableFormat format = table->format();
                format.setHeaderRowCount(0);
                table->setFormat(format);
            }
            plain(child);
        }
    };
    plain(m_document->rootFrame());
    // The layout is created only now (by the handler's registration), so that it lays the document out once
    // instead of after every table cell.
    if (m_charts == Charts::Vector)
        ReportChartObject::install(*m_document);
    m_builder.reset();
    return std::move(m_document);
}

void ReportComposer::cover()
{
    m_builder->spacing(150);
    QTextCursor cursor(m_document.get());
    auto line = [&](const QString& text, const QTextCharFormat& format, qreal after) {
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        block.setBottomMargin(DocumentStyle::px(after));
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock(block, format);
        cursor.insertText(text, format);
    };
    line(title(m_f.period), chars(24, true, kAccent), 18);
    if (m_f.identities.size() <= 3) {
        for (const CouncilProfile& council : m_f.identities)
            line(council.name, chars(15, true), 6);
    } else {
        line(councilLine(m_content), chars(15, true), 6);
    }
    if (m_f.identities.empty())
        line(tr("No council is recorded in this database."), chars(12, false, kMissing), 6);
    line(tr("Local mental health council"), chars(12, false, kMuted), 4);
    line(tr("Period from %1 to %2")
             .arg(DocumentText::longDate(m_f.period.from), DocumentText::longDate(m_f.period.to)),
         chars(11, false, kMuted), 120);
    line(tr("Prepared with Maillage on %1").arg(DocumentText::longDate(m_content.generatedOn)),
         chars(9, false, kMuted), 0);
}

void ReportComposer::contents()
{
    m_builder->heading(tr("Contents"));
    pageBreakBefore();
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellPadding(DocumentStyle::px(3));
    format.setCellSpacing(0);
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 88), QTextLength(QTextLength::PercentageLength, 12)});
    const QStringList titles = chapterTitles();
    QTextTable* table = cursor.insertTable(int(titles.size()), 2, format);
    for (int i = 0; i < int(titles.size()); ++i) {
        QTextCursor name = table->cellAt(i, 0).firstCursorPosition();
        name.insertText(QStringLiteral("%1. %2").arg(i + 1).arg(titles.at(i)), chars(11));
        QTextCursor page = table->cellAt(i, 1).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        page.setBlockFormat(right);
        // The first pass leaves a number as wide as the second's, so pages do not move.
        page.insertText(size_t(i) < m_pages.size() ? QString::number(m_pages[size_t(i)]) : QStringLiteral("00"),
                        chars(11));
    }
    m_builder->spacing(6);
}

void ReportComposer::chapter(int index)
{
    m_builder->heading(QStringLiteral("%1. %2").arg(index + 1).arg(chapterTitles().value(index)));
    pageBreakBefore();
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat format;
    format.setProperty(kChapterProperty, index);
    cursor.mergeBlockFormat(format);
    QTextCharFormat big = chars(15, true, kAccent);
    cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(big);
}

void ReportComposer::pageBreakBefore()
{
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.mergeBlockFormat(format);
}

void ReportComposer::table(const std::vector<DocumentBuilder::Column>& columns, const std::vector<QStringList>& rows,
                           const DocumentBuilder::TableOptions& options)
{
    m_builder->table(columns, rows, options);
}

void ReportComposer::freeText(ReportSection section)
{
    int unwritten = 0;
    for (const CouncilProfile& council : m_f.identities) {
        const QString body = m_content.text(council.id, section);
        if (body.isEmpty() && condensed()) { // 300 "to be written" lines would fill pages: counted instead
            ++unwritten;
            continue;
        }
        if (m_content.severalCouncils())
            m_builder->subheading(council.name);
        if (body.isEmpty()) {
            missing(labelOf(section));
            continue;
        }
        for (const QString& paragraph : body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            m_builder->paragraph(paragraph.trimmed());
    }
    if (unwritten > 0)
        missing(tr("%1 — not written by %n council(s)", nullptr, unwritten).arg(labelOf(section)));
}

void ReportComposer::missing(const QString& what)
{
    m_builder->paragraph(tr("Text to be written: %1").arg(what));
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    QTextCharFormat format = chars(10, true, kMissing);
    format.setFontItalic(true);
    cursor.mergeCharFormat(format);
}

void ReportComposer::note(const QString& text)
{
    m_builder->paragraph(text);
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    QTextCharFormat format = chars(10, false, kMuted);
    format.setFontItalic(true);
    cursor.mergeCharFormat(format);
}

void ReportComposer::chart(const ReportChart& chart)
{
    if (chart.isEmpty())
        return;
    m_builder->spacing(4);
    m_builder->keepRoomAfter(60);
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setBottomMargin(DocumentStyle::px(8));
    cursor.insertBlock(centred);
    if (m_charts == Charts::Vector) {
        QTextCharFormat object;
        object.setObjectType(ReportChartObject::kObjectType);
        object.setProperty(ReportChartObject::kChartProperty, QVariant::fromValue(chart));
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    } else {
        const QString name = QStringLiteral("chart-%1.png").arg(m_document->blockCount());
        m_document->addResource(QTextDocument::ImageResource, QUrl(name), chart.image(170));
        QTextImageFormat image;
        image.setName(name);
        image.setWidth(DocumentStyle::px(170 / 25.4 * 72));
        image.setHeight(DocumentStyle::px(170 / 25.4 * 72) * chart.aspect());
        cursor.insertImage(image);
    }
}

QString ReportComposer::pillarLabel(const QString& code) const
{
    if (code.isEmpty())
        return tr("Without pillar");
    return labelOf(fromCode(code, Pillar::Professional));
}

QString ReportComposer::sectorLabel(const QString& code) const
{
    for (const SectorFigures& sector : m_f.sectors)
        if (sector.code == code)
            return sector.label;
    return tr("Without sector");
}

} // namespace maillage
