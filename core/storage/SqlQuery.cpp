// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/SqlQuery.h"

#include "core/storage/DamageNotice.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlError>

namespace maillage {

namespace sql {

QVariant fromDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant fromDateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
                              : QVariant(QMetaType::fromType<QString>());
}

QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QDateTime toDateTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

QString nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace sql

SqlQuery::SqlQuery(const Database& db, const QString& statement) : m_query(db.connection()), m_statement(statement)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(statement);
    if (!m_prepared) {
        m_prepareError = m_query.lastError().text();
        if (isDamage(m_query.lastError(), m_query.driver()))
            DamageNotice::instance().report(); // a damaged schema page fails statements as early as this
    }
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QString& value)
{
    // Empty strings stay empty strings: NOT NULL DEFAULT '' columns must not receive NULL.
    m_query.bindValue(placeholder, value.isNull() ? QStringLiteral("") : value);
    return *this;
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QDate& value)
{
    m_query.bindValue(placeholder, sql::fromDate(value));
    return *this;
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QDateTime& value)
{
    m_query.bindValue(placeholder, sql::fromDateTime(value));
    return *this;
}

SqlQuery& SqlQuery::bind(const QString& placeholder, bool value)
{
    m_query.bindValue(placeholder, value ? 1 : 0);
    return *this;
}

SqlQuery& SqlQuery::bind(const QString& placeholder, int value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::bind(const QString& placeholder, qint64 value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::bind(const QString& placeholder, double value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::bindId(const QString& placeholder, qint64 id)
{
    m_query.bindValue(placeholder, id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()));
    return *this;
}

SqlQuery& SqlQuery::bind(const QString& placeholder, std::optional<double> value)
{
    m_query.bindValue(placeholder, value ? QVariant(*value) : QVariant(QMetaType::fromType<double>()));
    return *this;
}

Status SqlQuery::exec(const QString& what)
{
    if (!m_prepared)
        return Error{Error::Kind::Internal,
                     QCoreApplication::translate("maillage::SqlQuery", "Could not %1: internal error.").arg(what),
                     m_prepareError + QStringLiteral("\n") + m_statement};
    if (m_query.exec())
        return {};
    const QSqlError error = m_query.lastError();
    const QString code = error.nativeErrorCode();
    const QString text = error.text();
    Error::Kind kind = Error::Kind::Io;
    QString message;
    // SQLite: 19 = SQLITE_CONSTRAINT (and extended codes ending in it); PostgreSQL: class 23.
    const bool constraint = code == QLatin1String("19") || code.startsWith(QLatin1String("23")) ||
                            text.contains(QLatin1String("constraint"), Qt::CaseInsensitive);
    if (constraint) {
        kind = Error::Kind::Constraint;
        if (text.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive) || code == QLatin1String("23503"))
            message = QCoreApplication::translate("maillage::SqlQuery",
                                                  "Could not %1: it refers to a record that does not exist, or other "
                                                  "records still refer to it.")
                          .arg(what);
        else if (text.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive) || code == QLatin1String("23505"))
            message = QCoreApplication::translate("maillage::SqlQuery", "Could not %1: the same record already exists.")
                          .arg(what);
        else
            message = QCoreApplication::translate("maillage::SqlQuery",
                                                  "Could not %1: a required value is missing or not allowed.")
                          .arg(what);
    } else if (const QString problem = storageProblem(error, m_query.driver()); !problem.isEmpty()) {
        if (isDamage(error, m_query.driver()))
            DamageNotice::instance().report();
        if (isTransient(error, m_query.driver()))
            kind = Error::Kind::Busy; // another writer got in the way: the whole unit can be tried again
        message = QCoreApplication::translate("maillage::SqlQuery", "Could not %1: %2. Nothing was changed.")
                      .arg(what, problem);
    } else {
        message = QCoreApplication::translate("maillage::SqlQuery", "Could not %1.").arg(what);
    }
    return Error{kind, message, text};
}

QDate SqlQuery::date(const QString& column) const
{
    return sql::toDate(m_query.value(column));
}

QDateTime SqlQuery::dateTime(const QString& column) const
{
    return sql::toDateTime(m_query.value(column));
}

std::optional<double> SqlQuery::optionalReal(const QString& column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

} // namespace maillage
