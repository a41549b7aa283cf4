// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ICalContent.h"

namespace maillage::ical {

namespace {

// Splits "NAME;P1=a,b;P2=\"x;y\":value" — parameter values may be quoted and hold ; : ,
Result<Property> splitContentLine(const QString& text, int line)
{
    Property property;
    property.line = line;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto nameEnd = [&]() {
        const qsizetype start = i;
        while (i < n && text[i] != u';' && text[i] != u':')
            ++i;
        return text.mid(start, i - start).trimmed().toUpper();
    };
    property.name = nameEnd();
    while (i < n && text[i] == u';') {
        ++i;
        const qsizetype start = i;
        while (i < n && text[i] != u'=' && text[i] != u';' && text[i] != u':')
            ++i;
        const QString paramName = text.mid(start, i - start).trimmed().toUpper();
        QString paramValue;
        if (i < n && text[i] == u'=') {
            ++i;
            while (i < n && text[i] != u';' && text[i] != u':') {
                if (text[i] == u'"') {
                    const qsizetype close = text.indexOf(u'"', i + 1);
                    if (close < 0)
                        return lineError(line, ICalendar::tr("a quoted parameter value is not closed."));
                    paramValue += text.mid(i + 1, close - i - 1);
                    i = close + 1;
                } else {
                    paramValue += text[i++];
                }
            }
        }
        property.params.emplace_back(paramName, paramValue);
    }
    if (i >= n || text[i] != u':' || property.name.isEmpty())
        return lineError(line, ICalendar::tr("this line is not of the form NAME:value."));
    property.value = text.mid(i + 1);
    return property;
}

} // namespace

Error lineError(int line, const QString& message)
{
    return Error{Error::Kind::Invalid, ICalendar::tr("Line %1: %2").arg(line).arg(message),
                 {}};
}

QString Property::param(const QString& paramName) const
{
    for (const auto& [key, value] : params)
        if (key == paramName)
            return value;
    return {};
}

QString Property::text() const
{
    return unescapeText(value);
}

Result<std::vector<Property>> readContentLines(const QByteArray& data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    // Unfold on bytes first: a fold may split a multi-byte UTF-8 character.
    std::vector<std::pair<int, QByteArray>> logical;
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArray physical = bytes.mid(pos, end - pos);
        if (physical.endsWith('\r'))
            physical.chop(1);
        pos = end + 1;
        ++lineNumber;
        if (!physical.isEmpty() && (physical[0] == ' ' || physical[0] == '\t') && !logical.empty()) {
            logical.back().second += physical.mid(1);
            continue;
        }
        if (physical.trimmed().isEmpty())
            continue; // blank lines are not allowed but harmless
        logical.emplace_back(lineNumber, physical);
    }
    std::vector<Property> lines;
    lines.reserve(logical.size());
    for (const auto& [number, raw] : logical) {
        auto property = splitContentLine(QString::fromUtf8(raw), number);
        if (!property.ok())
            return property.error();
        lines.push_back(std::move(property.value()));
    }
    return lines;
}

QString escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\': out += QLatin1String("\\\\"); break;
        case u';': out += QLatin1String("\\;"); break;
        case u',': out += QLatin1String("\\,"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': break;
        default: out += c;
        }
    }
    return out;
}

QString unescapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const QChar next = text[++i];
        out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
    }
    return out;
}

} // namespace maillage::ical
