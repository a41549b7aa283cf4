// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace maillage {

/// Translation context of the meeting documents, and the French formats they use whatever the interface
/// language: the documents go to French partners.
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentText)

public:
    /// "mardi 10 mars 2026"
    static QString longDate(const QDate& day);
    /// "10/03/2026"
    static QString shortDate(const QDate& day);
    /// "14 h 30"
    static QString time(const QTime& time);
    /// "mardi 10 mars 2026, de 14 h 00 à 16 h 00" (or "à 14 h 00" without an end)
    static QString when(const QDateTime& start, const QDateTime& end);
    /// "45 min", "1 h 30"
    static QString duration(int minutes);
    /// HTML-escaped text with line breaks kept.
    static QString escaped(const QString& text);
};

} // namespace maillage
