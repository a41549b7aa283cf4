// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace maillage::ical {

/// Writes content lines: CRLF endings, lines folded at 75 octets without splitting a UTF-8
/// character, TEXT values escaped.
class ICalWriter
{
public:
    void begin(const char* component);
    void end(const char* component);
    /// A value written as is (dates, codes, URIs). nameAndParams is "DTSTART;TZID=Europe/Paris".
    void raw(const QString& nameAndParams, const QString& value);
    /// A TEXT value, escaped; nothing is written when it is empty.
    void text(const QString& nameAndParams, const QString& value);
    /// DTSTART;TZID=Europe/Paris:20260615T140000 from a Paris wall-clock time.
    void parisTime(const char* name, const QDateTime& wallClock);
    void date(const char* name, const QDate& day);
    void utcStamp(const char* name, const QDateTime& moment);

    /// The standard VTIMEZONE of Europe/Paris (EU rules since 1996).
    void parisTimeZone();

    const QByteArray& data() const { return m_data; }

    /// One logical line folded into physical lines of at most 75 octets, each ending with CRLF.
    static QByteArray fold(const QByteArray& line);
    /// Quotes a parameter value when it holds : ; or , (RFC 5545 §3.2).
    static QString paramValue(const QString& value);

private:
    QByteArray m_data;
};

} // namespace maillage::ical
