// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/VCardReader.h"

#include "core/exchange/VCardMapping.h"
#include "core/exchange/VCardProperty.h"

#include <QCoreApplication>

#include <cctype>

namespace maillage::contacts {

namespace {

using vcard::Property;

QString tr(const char* text)
{
    return QCoreApplication::translate("maillage::contacts", text);
}

struct PhysicalLine
{
    int number = 0;
    QByteArray bytes;
};

std::vector<PhysicalLine> splitLines(const QByteArray& bytes)
{
    std::vector<PhysicalLine> lines;
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    int number = 1;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArray line = bytes.mid(start, end - start);
        while (line.endsWith('\r')) // iOS 5 wrote CR CR LF
            line.chop(1);
        lines.push_back({number++, line});
        start = end + 1;
    }
    return lines;
}

bool isQuotedPrintable(const QByteArray& line)
{
    const qsizetype colon = line.indexOf(':');
    return colon > 0 && line.left(colon).toUpper().contains("QUOTED-PRINTABLE");
}

bool isBase64(const QByteArray& line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArray head = line.left(colon).toUpper();
    return head.contains("ENCODING=B") || head.contains(";BASE64");
}

// "TEL;" "item1.EMAIL:" "X-ABLabel:": the start of a property (base64 data never contains ';', ':' or '.').
bool looksLikePropertyStart(const QByteArray& line)
{
    qsizetype i = 0;
    while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '-'))
        ++i;
    return i > 0 && i < line.size() && (line[i] == ':' || line[i] == ';' || line[i] == '.');
}

bool hasControlBytes(const QByteArray& line)
{
    for (const char c : line) {
        const auto code = static_cast<unsigned char>(c);
        if ((code < 0x20 && c != '\t') || code == 0x7F)
            return true;
    }
    return false;
}

struct LogicalLine
{
    int number = 0;
    QByteArray bytes;
};

// Unfolds continuation lines (leading space or tab), 2.1 quoted-printable soft breaks ("=" at the end)
// and the unindented base64 lines of 2.1 (up to the blank line that ends them).
std::vector<LogicalLine> unfold(const std::vector<PhysicalLine>& lines)
{
    std::vector<LogicalLine> logical;
    for (size_t i = 0; i < lines.size(); ++i) {
        const PhysicalLine& line = lines[i];
        if (!logical.empty() && !line.bytes.isEmpty() && (line.bytes[0] == ' ' || line.bytes[0] == '\t')) {
            logical.back().bytes += line.bytes.mid(1);
            continue;
        }
        LogicalLine current{line.number, line.bytes};
        if (isQuotedPrintable(current.bytes)) {
            while (current.bytes.endsWith('=') && i + 1 < lines.size()) {
                current.bytes.chop(1);
                current.bytes += lines[++i].bytes;
            }
        } else if (isBase64(current.bytes)) {
            while (i + 1 < lines.size() && !lines[i + 1].bytes.isEmpty() && !looksLikePropertyStart(lines[i + 1].bytes))
                ++i; // the picture data is not kept
        }
        logical.push_back(std::move(current));
    }
    return logical;
}

} // namespace

ContactBatch readVCards(const QByteArray& bytes)
{
    ContactBatch batch;
    const std::vector<LogicalLine> lines = unfold(splitLines(bytes));
    std::vector<Property> card;
    int cardLine = 0;
    bool open = false;
    QString problem;
    auto reject = [&](int line, const QString& reason) {
        batch.rejected.push_back({line, reason});
        open = false;
        card.clear();
        problem.clear();
    };
    for (const LogicalLine& line : lines) {
        const QByteArray trimmed = line.bytes.trimmed();
        const QByteArray upper = trimmed.toUpper();
        if (upper == "BEGIN:VCARD") {
            if (open)
                reject(cardLine, tr("The card starting on line %1 has no END:VCARD before the card on line %2.")
                                     .arg(cardLine)
                                     .arg(line.number));
            open = true;
            cardLine = line.number;
            continue;
        }
        if (!open) // text between cards is ignored
            continue;
        if (upper == "END:VCARD") {
            if (!problem.isEmpty()) {
                reject(cardLine, problem);
                continue;
            }
            IncomingContact record = vcard::toContact(card, cardLine);
            if (const QString tooLong = vcard::tooLongField(card); !tooLong.isEmpty())
                reject(cardLine, tooLong);
            else
                batch.records.push_back(std::move(record));
            open = false;
            card.clear();
            continue;
        }
        if (trimmed.isEmpty() || !problem.isEmpty())
            continue;
        Property property;
        if (hasControlBytes(line.bytes) || !vcard::parseProperty(line.bytes, line.number, property)) {
            problem = tr("The card starting on line %1 has an unreadable line %2.").arg(cardLine).arg(line.number);
            continue;
        }
        if (!property.isBinary())
            card.push_back(std::move(property));
    }
    if (open)
        reject(cardLine, tr("The card starting on line %1 has no END:VCARD.").arg(cardLine));
    return batch;
}

Result<ContactBatch> readVCardFile(const QString& path)
{
    auto bytes = readContactFile(path);
    if (!bytes.ok())
        return bytes.error();
    return readVCards(bytes.value());
}

} // namespace maillage::contacts
