// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFont>
#include <QImage>
#include <QStringList>
#include <QTextCursor>
#include <QTextFormat>

#include <vector>

class QTextDocument;

namespace maillage {

/// Typography of the meeting documents. Lengths are given in points; QTextDocument wants them in pixels of
/// 1/96 inch, which its layout scales to the device (300 dpi for PDF, the printer's for printing).
struct DocumentStyle {
    static qreal px(qreal points) { return points * 96.0 / 72.0; }
    static QString fontFamily() { return QStringLiteral("DejaVu Sans"); }
    static QFont font(qreal points, bool bold = false);
};

/// Writes a document through a QTextCursor: a title block, headings, paragraphs and bordered tables
/// whose header row repeats on every page.
class DocumentBuilder
{
public:
    struct Column {
        QString title;
        int percent = 0; ///< of the text width
    };
    struct TableOptions {
        qreal minRowHeight = 0; ///< points; tall rows leave room for a signature
        qreal fontSize = 9;
    };

    explicit DocumentBuilder(QTextDocument& document);

    /// The council's letterhead: logo on the left, name and address on the right. Nothing when there is
    /// neither a logo nor an address.
    void letterhead(const QImage& logo, const QString& name, const QString& address);
    /// The title of the signatory over their name, on the right, with room to sign.
    void signature(const QString& title, const QString& name);
    /// The document's title, centred, with a line under it per subtitle.
    void titleBlock(const QString& title, const QStringList& subtitles);
    void heading(const QString& text);
    void subheading(const QString& text);
    void paragraph(const QString& text, bool bold = false);
    /// "Label : value" with the label in bold; nothing when value is empty.
    void field(const QString& label, const QString& value);
    /// Rich text (the minutes of an agenda item), in the body font.
    void richText(const QString& html);
    /// A bulleted list.
    void bullets(const QStringList& items);
    void table(const std::vector<Column>& columns, const std::vector<QStringList>& rows, const TableOptions& options);
    void table(const std::vector<Column>& columns, const std::vector<QStringList>& rows)
    {
        table(columns, rows, TableOptions{});
    }
    void spacing(qreal points);
    /// The last paragraph starts a new page unless `millimetres` of page are left under it.
    void keepRoomAfter(qreal millimetres);
    /// Block property read by PageLayout: the room (mm) a block wants under it on its page.
    static constexpr int kRoomProperty = QTextFormat::UserProperty + 1;

private:
    void newBlock(const QTextBlockFormat& block, const QTextCharFormat& chars);

    QTextDocument& m_document;
    QTextCursor m_cursor;
    bool m_empty = true;
};

} // namespace maillage
