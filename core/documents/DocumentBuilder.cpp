// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/DocumentBuilder.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTextTable>

namespace maillage {

namespace {

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kAccent(0x1f, 0x3a, 0x5f);   // dark blue of titles and rules
const QColor kHeaderFill(0xe4, 0xe9, 0xf0); // table header rows
const QColor kRule(0x55, 0x55, 0x55);

QTextCharFormat charFormat(qreal points, bool bold = false, const QColor& color = kInk)
{
    QTextCharFormat format;
    format.setFont(DocumentStyle::font(points, bold), QTextCharFormat::FontPropertiesAll);
    format.setForeground(color);
    return format;
}

} // namespace

QFont DocumentStyle::font(qreal points, bool bold)
{
    QFont font(fontFamily());
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

DocumentBuilder::DocumentBuilder(QTextDocument& document)
    : m_document(document), m_cursor(&document)
{
    m_document.setDefaultFont(DocumentStyle::font(10));
    m_document.setDocumentMargin(0);
}

void DocumentBuilder::newBlock(const QTextBlockFormat& block, const QTextCharFormat& chars)
{
    // The document starts with one empty block: use it for the first paragraph.
    if (m_empty) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
        m_empty = false;
    } else {
        m_cursor.movePosition(QTextCursor::End);
        m_cursor.insertBlock(block, chars);
    }
}

void DocumentBuilder::letterhead(const QImage& logo, const QString& name, const QString& address)
{
    if (logo.isNull() && address.trimmed().isEmpty())
        return;
    newBlock(QTextBlockFormat(), charFormat(2));
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(0);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 35), QTextLength(QTextLength::PercentageLength, 65)});
    format.setBottomMargin(DocumentStyle::px(10));
    QTextTable* table = m_cursor.insertTable(1, 2, format);
    if (!logo.isNull()) {
        // At most 22 mm high and 55 mm wide, in the 1/96 inch pixels of the document.
        const qreal mmPx = 96.0 / 25.4;
        QSizeF size(logo.width(), logo.height());
        size.scale(55 * mmPx, 22 * mmPx, Qt::KeepAspectRatio);
        const QUrl url(QStringLiteral("maillage://logo"));
        m_document.addResource(QTextDocument::ImageResource, url, logo);
        QTextImageFormat image;
        image.setName(url.toString());
        image.setWidth(size.width());
        image.setHeight(size.height());
        table->cellAt(0, 0).firstCursorPosition().insertImage(image);
    }
    QTextCursor text = table->cellAt(0, 1).firstCursorPosition();
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    text.setBlockFormat(right);
    text.insertText(name, charFormat(11, true, kAccent));
    for (const QString& line : address.split(u'\n', Qt::SkipEmptyParts)) {
        text.insertBlock(right, charFormat(9));
        text.insertText(line.trimmed(), charFormat(9));
    }
    m_cursor.movePosition(QTextCursor::End);
    m_empty = true; // the block after the table takes the next paragraph
}

void DocumentBuilder::signature(const QString& title, const QString& name)
{
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignRight);
    block.setTopMargin(DocumentStyle::px(14));
    block.setBottomMargin(DocumentStyle::px(2));
    newBlock(block, charFormat(10));
    m_cursor.insertText(title.isEmpty() ? name : title, charFormat(10));
    if (title.isEmpty())
        return;
    block.setTopMargin(0);
    newBlock(block, charFormat(10, true));
    m_cursor.insertText(name, charFormat(10, true));
}

void DocumentBuilder::titleBlock(const QString& title, const QStringList& subtitles)
{
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setBottomMargin(DocumentStyle::px(4));
    newBlock(block, charFormat(18, true, kAccent));
    m_cursor.insertText(title, charFormat(18, true, kAccent));
    for (const QString& line : subtitles) {
        block.setBottomMargin(DocumentStyle::px(2));
        newBlock(block, charFormat(11, false));
        m_cursor.insertText(line, charFormat(11, false));
    }
    // A rule under the title block.
    QTextBlockFormat rule;
    rule.setTopMargin(DocumentStyle::px(6));
    rule.setBottomMargin(DocumentStyle::px(10));
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
    newBlock(rule, charFormat(4));
}

void DocumentBuilder::heading(const QString& text)
{
    QTextBlockFormat block;
    block.setTopMargin(DocumentStyle::px(12));
    block.setBottomMargin(DocumentStyle::px(4));
    block.setHeadingLevel(2);
    block.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    newBlock(block, charFormat(12.5, true, kAccent));
    m_cursor.insertText(text, charFormat(12.5, true, kAccent));
}

void DocumentBuilder::subheading(const QString& text)
{
    QTextBlockFormat block;
    block.setTopMargin(DocumentStyle::px(8));
    block.setBottomMargin(DocumentStyle::px(3));
    block.setHeadingLevel(3);
    newBlock(block, charFormat(10.5, true));
    m_cursor.insertText(text, charFormat(10.5, true));
}

void DocumentBuilder::paragraph(const QString& text, bool bold)
{
    QTextBlockFormat block;
    block.setBottomMargin(DocumentStyle::px(4));
    block.setAlignment(Qt::AlignLeft);
    newBlock(block, charFormat(10, bold));
    m_cursor.insertText(text, charFormat(10, bold));
}

void DocumentBuilder::field(const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return;
    QTextBlockFormat block;
    block.setBottomMargin(DocumentStyle::px(2));
    newBlock(block, charFormat(10));
    m_cursor.insertText(label + QStringLiteral("\u00a0: "), charFormat(10, true));
    m_cursor.insertText(value, charFormat(10));
}

void DocumentBuilder::richText(const QString& html)
{
    if (html.trimmed().isEmpty())
        return;
    QTextBlockFormat block;
    block.setBottomMargin(DocumentStyle::px(4));
    newBlock(block, charFormat(10));
    // The minutes come from a rich text editor: keep their structure, not their fonts.
    QTextDocument fragment;
    fragment.setDefaultFont(DocumentStyle::font(10));
    fragment.setHtml(html);
    QTextCursor all(&fragment);
    all.select(QTextCursor::Document);
    QTextCharFormat family;
    family.setFontFamilies({DocumentStyle::fontFamily()});
    all.mergeCharFormat(family);
    m_cursor.insertFragment(QTextDocumentFragment(&fragment));
}

void DocumentBuilder::bullets(const QStringList& items)
{
    if (items.isEmpty())
        return;
    QTextBlockFormat block;
    block.setBottomMargin(DocumentStyle::px(2));
    newBlock(block, charFormat(10));
    QTextListFormat list;
    list.setStyle(QTextListFormat::ListDisc);
    list.setIndent(1);
    m_cursor.createList(list);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            m_cursor.insertBlock(m_cursor.blockFormat(), charFormat(10)); // stays in the list
        // "Organisation : names": the part before the colon in bold.
        const qsizetype colon = items.at(i).indexOf(QStringLiteral("\u00a0: "));
        if (colon > 0) {
            m_cursor.insertText(items.at(i).left(colon), charFormat(10, true));
            m_cursor.insertText(items.at(i).mid(colon), charFormat(10));
        } else {
            m_cursor.insertText(items.at(i), charFormat(10));
        }
    }
    // Leave the list: the next block is a plain paragraph.
    QTextBlockFormat after;
    after.setTopMargin(DocumentStyle::px(2));
    m_cursor.insertBlock(after, charFormat(4));
    m_cursor.setBlockFormat(after);
    if (QTextList* current = m_cursor.currentList())
        current->remove(m_cursor.block());
}

void DocumentBuilder::table(const std::vector<Column>& columns, const std::vector<QStringList>& rows,
                            const TableOptions& options)
{
    QTextBlockFormat before;
    before.setBottomMargin(0);
    newBlock(before, charFormat(2));

    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setBorder(1); // thinner borders vanish from the layout
    format.setBorderBrush(kRule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(DocumentStyle::px(3));
    format.setHeaderRowCount(1);
    format.setBottomMargin(DocumentStyle::px(6));
    QList<QTextLength> widths;
    for (const Column& column : columns)
        widths << QTextLength(QTextLength::PercentageLength, column.percent);
    format.setColumnWidthConstraints(widths);

    const int columnCount = int(columns.size());
    QTextTable* table = m_cursor.insertTable(int(rows.size()) + 1, columnCount, format);
    const QTextCharFormat headerChars = charFormat(options.fontSize, true);
    const QTextCharFormat cellChars = charFormat(options.fontSize);
    for (int c = 0; c < columnCount; ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBackground(kHeaderFill);
        cell.setFormat(cellFormat);
        QTextCursor text = cell.firstCursorPosition();
        text.insertText(columns[size_t(c)].title, headerChars);
    }
    // Tall rows (room to sign) get their height from a tall line in their empty cells.
    QTextBlockFormat rowBlock;
    if (options.minRowHeight > 0)
        rowBlock.setLineHeight(DocumentStyle::px(options.minRowHeight), QTextBlockFormat::MinimumHeight);
    for (int r = 0; r < int(rows.size()); ++r)
        for (int c = 0; c < columnCount; ++c) {
            QTextCursor text = table->cellAt(r + 1, c).firstCursorPosition();
            // Only the empty cells (the room to sign) are tall: a wrapped name or function then keeps its
            // usual line spacing instead of making every one of its lines as tall as the row.
            if (options.minRowHeight > 0 && rows[size_t(r)].value(c).isEmpty())
                text.setBlockFormat(rowBlock);
            text.insertText(rows[size_t(r)].value(c), cellChars);
        }
    m_cursor.movePosition(QTextCursor::End);
}

void DocumentBuilder::spacing(qreal points)
{
    QTextBlockFormat block;
    block.setTopMargin(DocumentStyle::px(points));
    newBlock(block, charFormat(2));
}

} // namespace maillage

namespace maillage {

void DocumentBuilder::keepRoomAfter(qreal millimetres)
{
    QTextBlockFormat format;
    format.setProperty(kRoomProperty, millimetres);
    m_cursor.mergeBlockFormat(format);
}

} // namespace maillage
