// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace maillage {

class Database;

/// A prepared, forward-only statement with named placeholders and errors that speak French.
/// Forward-only matters for QPSQL, which otherwise loads the whole result at once.
class SqlQuery
{
public:
    SqlQuery(const Database& db, const QString& statement);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& bind(const QString& placeholder, const QString& value);
    SqlQuery& bind(const QString& placeholder, const QDate& value);
    SqlQuery& bind(const QString& placeholder, const QDateTime& value);
    SqlQuery& bind(const QString& placeholder, bool value);
    SqlQuery& bind(const QString& placeholder, int value);
    SqlQuery& bind(const QString& placeholder, qint64 value);
    SqlQuery& bind(const QString& placeholder, double value);
    /// An id of 0 is "none" and binds NULL.
    SqlQuery& bindId(const QString& placeholder, qint64 id);
    SqlQuery& bind(const QString& placeholder, std::optional<double> value);

    /// Runs the statement; what says in the user's words what was being done ("save the meeting").
    Status exec(const QString& what);
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& column) const { return m_query.value(column); }
    QString text(const QString& column) const { return m_query.value(column).toString(); }
    qint64 id(const QString& column) const { return m_query.value(column).toLongLong(); }
    int integer(const QString& column) const { return m_query.value(column).toInt(); }
    bool flag(const QString& column) const { return m_query.value(column).toInt() != 0; }
    QDate date(const QString& column) const;
    QDateTime dateTime(const QString& column) const;
    std::optional<double> optionalReal(const QString& column) const;
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery& raw() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_statement;
    bool m_prepared = false;
    QString m_prepareError;
};

namespace sql {
/// ISO-8601 date, or NULL for an invalid date.
QVariant fromDate(const QDate& date);
/// ISO-8601 local date-time to the minute ("2026-03-10T14:00:00"), or NULL.
QVariant fromDateTime(const QDateTime& dateTime);
QDate toDate(const QVariant& value);
QDateTime toDateTime(const QVariant& value);
/// The current time as stored in created_at / updated_at (UTC, ISO-8601 with milliseconds).
QString nowStamp();
} // namespace sql

} // namespace maillage
