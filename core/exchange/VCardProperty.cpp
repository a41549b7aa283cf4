// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/VCardProperty.h"

#include "core/exchange/ContactRecords.h"

namespace maillage::contacts::vcard {

namespace {

// Splits on sep outside double quotes (parameter values may be quoted: TYPE="work,voice").
QList<QByteArray> splitOutsideQuotes(const QByteArray& text, char sep)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (c == sep && !quoted) {
            parts << current;
            current.clear();
            continue;
        }
        current += c;
    }
    parts << current;
    return parts;
}

QByteArray decodeQuotedPrintable(const QByteArray& raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '=') {
            out += raw[i];
            continue;
        }
        if (i + 2 < raw.size()) {
            bool ok = false;
            const int code = raw.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(code);
                i += 2;
                continue;
            }
        }
        // A lone '=' (soft break left at the end) is dropped.
    }
    return out;
}

// Quoted-printable can encode any byte: line breaks become "\n", other control characters (a contact field never
// holds one, and a vCard line may not) are dropped, tab kept.
QString withoutControls(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else if (c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F)) {
            out += c;
        }
    }
    return out;
}

} // namespace

QString Property::text() const
{
    const QByteArray bytes = encoding == "QUOTED-PRINTABLE" ? decodeQuotedPrintable(rawValue) : rawValue;
    if (charset == "ISO-8859-1" || charset == "WINDOWS-1252" || charset == "CP1252" || charset == "LATIN1")
        return withoutControls(decodeWindows1252(bytes));
    if (charset == "UTF-8")
        return withoutControls(QString::fromUtf8(bytes));
    // No charset (2.1 from old Outlook): UTF-8 when valid, else Windows-1252.
    return withoutControls(decodeText(bytes));
}

bool parseProperty(const QByteArray& logicalLine, int line, Property& property)
{
    // The first colon outside quotes ends the name and parameters.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < logicalLine.size(); ++i) {
        if (logicalLine[i] == '"')
            quoted = !quoted;
        else if (logicalLine[i] == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return false;
    property = Property{};
    property.line = line;
    property.rawValue = logicalLine.mid(colon + 1);
    const QList<QByteArray> head = splitOutsideQuotes(logicalLine.left(colon), ';');
    QByteArray name = head.first().trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
        name = name.mid(dot + 1);
    property.name = name;
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QByteArray parameter = head[i].trimmed();
        const qsizetype equals = parameter.indexOf('=');
        const QByteArray key = (equals < 0 ? QByteArray() : parameter.left(equals)).trimmed().toUpper();
        QByteArray value = (equals < 0 ? parameter : parameter.mid(equals + 1)).trimmed();
        if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        const QByteArray upper = value.toUpper();
        if (key == "CHARSET") {
            property.charset = upper;
        } else if (key == "ENCODING" || (key.isEmpty() && (upper == "QUOTED-PRINTABLE" || upper == "BASE64"))) {
            property.encoding = (upper == "B" || upper == "BASE64") ? QByteArray("BASE64") : upper;
        } else if (key == "PREF") {
            property.types.insert(QStringLiteral("pref"));
        } else if (key == "TYPE" || key.isEmpty()) { // 2.1 writes bare types: TEL;WORK;VOICE
            for (const QByteArray& type : value.split(','))
                property.types.insert(QString::fromLatin1(type.trimmed()).toLower());
        }
    }
    return true;
}

QString unescape(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            const QChar next = value[++i];
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += value[i];
        }
    }
    return out;
}

QStringList splitComponents(const QString& value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            current += value[i];
            current += value[++i];
        } else if (value[i] == separator) {
            parts << unescape(current);
            current.clear();
        } else {
            current += value[i];
        }
    }
    parts << unescape(current);
    return parts;
}

} // namespace maillage::contacts::vcard
