// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <map>

namespace maillage::demo {

/// The rows of an archive under construction. Each row starts from the column defaults of its table
/// (so every column of the schema is present) and gets the next id and timestamps derived from dates
/// of the data itself, never from the clock.
class DemoDocument
{
public:
    DemoDocument();

    /// Adds a row; values override the defaults (naming a column the table lacks is a programming error).
    /// created_at is createdOn at 09:00 UTC, updated_at updatedOn (not before createdOn) at 17:00 UTC.
    qint64 add(const QString& table, const QDate& createdOn, const QDate& updatedOn, const QJsonObject& values);
    qint64 add(const QString& table, const QDate& on, const QJsonObject& values) { return add(table, on, on, values); }

    /// The rows added so far to a table.
    const QJsonArray& rows(const QString& table) const;
    /// Every table of the schema, in the archive's "tables" shape.
    QJsonObject tables() const;
    /// The tables the archive carries, with their column defaults (for tests and the builder).
    static const std::map<QString, QJsonObject>& columnDefaults();

private:
    std::map<QString, QJsonArray> m_rows;
};

/// "YYYY-MM-DD", or null for an invalid date.
QJsonValue jsonDate(const QDate& date);
/// "YYYY-MM-DDTHH:MM:SS" (local wall-clock time of the meeting), or null.
QJsonValue jsonDateTime(const QDateTime& dateTime);
/// A reference to a row, or null when id is 0.
QJsonValue jsonRef(qint64 id);

} // namespace maillage::demo
