// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/CsvFormat.h"

#include <algorithm>

#include <QCoreApplication>

namespace maillage::contacts {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("maillage::contacts", text);
}

QChar detectSeparator(const QString& text)
{
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {u';', u',', u'\t'};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i] ? 1 : 0;
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

} // namespace

Result<CsvTable> parseCsv(const QByteArray& bytes)
{
    return parseCsv(bytes, CsvReadOptions{});
}

Result<CsvTable> parseCsv(const QByteArray& bytes, const CsvReadOptions& options)
{
    CsvTable table;
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    QString text;
    if (options.utf8) {
        table.utf8 = *options.utf8;
        text = table.utf8 ? QString::fromUtf8(body) : decodeWindows1252(body);
    } else {
        text = decodeText(body, &table.utf8);
    }
    table.separator = options.separator ? *options.separator : detectSeparator(text);
    std::vector<CsvTable::Row> rows;
    CsvTable::Row row;
    QString field;
    bool quoted = false, fieldWasQuoted = false, tooLong = false;
    int line = 1, quoteLine = 0;
    row.line = 1;
    auto endField = [&] {
        row.fields << (fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.first().isEmpty();
        if (tooLong)
            table.rejected.push_back(
                {row.line, tr("Line %1 has a field longer than %2 characters.").arg(row.line).arg(kMaxFieldChars)});
        else if (!blank)
            rows.push_back(std::move(row));
        row = {};
        row.line = line;
        tooLong = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                if (field.size() < kMaxFieldChars)
                    field += c;
                else
                    tooLong = true; // keep reading to find the end, but not the content
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = fieldWasQuoted = true;
            quoteLine = line;
            field.clear();
        } else if (c == table.separator) {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            ++line;
            endRow();
        } else if (field.size() < kMaxFieldChars) {
            field += c;
        } else {
            tooLong = true;
        }
    }
    if (quoted)
        return Error{Error::Kind::Invalid, tr("The quote opened on line %1 is never closed.").arg(quoteLine), {}};
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    if (rows.empty())
        return Error{Error::Kind::Invalid, tr("The file has no header line."), {}};
    table.header = rows.front().fields;
    // A byte-order mark met anywhere but at the very start (a file pasted after a space, two files
    // joined) is an invisible character, not part of a column name (found by fuzz_csv).
    for (QString& name : table.header)
        name = name.remove(QChar(0xFEFF)).trimmed();
    if (std::all_of(table.header.cbegin(), table.header.cend(), [](const QString& name) { return name.isEmpty(); }))
        return Error{Error::Kind::Invalid, tr("The file has no header line."), {}};
    table.rows.assign(std::make_move_iterator(rows.begin() + 1), std::make_move_iterator(rows.end()));
    return table;
}

QByteArray writeCsvLine(const QStringList& fields, QChar separator)
{
    QStringList out;
    for (const QString& field : fields) {
        // Spaces at either end are quoted too: the reader trims unquoted fields (found by fuzz_csv).
        const bool edgeSpace = !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
        if (edgeSpace || field.contains(separator) || field.contains(u'"') || field.contains(u'\n') ||
            field.contains(u'\r'))
            out << u'"' + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
        else
            out << field;
    }
    return (out.join(separator) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace maillage::contacts
