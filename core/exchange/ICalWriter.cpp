// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ICalWriter.h"

#include "core/exchange/ICalContent.h"

namespace maillage::ical {

QByteArray ICalWriter::fold(const QByteArray& line)
{
    constexpr qsizetype kMax = 75;
    QByteArray out;
    qsizetype pos = 0;
    bool first = true;
    while (pos < line.size()) {
        const qsizetype room = first ? kMax : kMax - 1; // continuation lines start with a space
        qsizetype cut = std::min(line.size(), pos + room);
        // Never cut inside a UTF-8 sequence: back up over continuation bytes (10xxxxxx).
        while (cut < line.size() && cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        if (!first)
            out += ' ';
        out += line.mid(pos, cut - pos);
        out += "\r\n";
        pos = cut;
        first = false;
    }
    if (line.isEmpty())
        out += "\r\n";
    return out;
}

QString ICalWriter::paramValue(const QString& value)
{
    QString clean = value;
    clean.remove(u'"');
    if (clean.contains(u':') || clean.contains(u';') || clean.contains(u','))
        return u'"' + clean + u'"';
    return clean;
}

void ICalWriter::begin(const char* component)
{
    raw(QStringLiteral("BEGIN"), QString::fromLatin1(component));
}

void ICalWriter::end(const char* component)
{
    raw(QStringLiteral("END"), QString::fromLatin1(component));
}

void ICalWriter::raw(const QString& nameAndParams, const QString& value)
{
    m_data += fold((nameAndParams + u':' + value).toUtf8());
}

void ICalWriter::text(const QString& nameAndParams, const QString& value)
{
    if (!value.isEmpty())
        raw(nameAndParams, escapeText(value));
}

void ICalWriter::parisTime(const char* name, const QDateTime& wallClock)
{
    raw(QString::fromLatin1(name) + QStringLiteral(";TZID=Europe/Paris"),
        wallClock.toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
}

void ICalWriter::date(const char* name, const QDate& day)
{
    raw(QString::fromLatin1(name) + QStringLiteral(";VALUE=DATE"), day.toString(QStringLiteral("yyyyMMdd")));
}

void ICalWriter::utcStamp(const char* name, const QDateTime& moment)
{
    raw(QString::fromLatin1(name), moment.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

void ICalWriter::parisTimeZone()
{
    begin("VTIMEZONE");
    raw(QStringLiteral("TZID"), QStringLiteral("Europe/Paris"));
    raw(QStringLiteral("X-LIC-LOCATION"), QStringLiteral("Europe/Paris"));
    begin("DAYLIGHT");
    raw(QStringLiteral("TZOFFSETFROM"), QStringLiteral("+0100"));
    raw(QStringLiteral("TZOFFSETTO"), QStringLiteral("+0200"));
    raw(QStringLiteral("TZNAME"), QStringLiteral("CEST"));
    raw(QStringLiteral("DTSTART"), QStringLiteral("19810329T020000"));
    raw(QStringLiteral("RRULE"), QStringLiteral("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
    end("DAYLIGHT");
    begin("STANDARD");
    raw(QStringLiteral("TZOFFSETFROM"), QStringLiteral("+0200"));
    raw(QStringLiteral("TZOFFSETTO"), QStringLiteral("+0100"));
    raw(QStringLiteral("TZNAME"), QStringLiteral("CET"));
    raw(QStringLiteral("DTSTART"), QStringLiteral("19961027T030000"));
    raw(QStringLiteral("RRULE"), QStringLiteral("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
    end("STANDARD");
    end("VTIMEZONE");
}

} // namespace maillage::ical
