// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ArchiveFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace maillage::archive {

namespace {

// JSON numbers are doubles: beyond 2^53 integers lose precision, so refuse them.
constexpr double kMaxExactInteger = 9007199254740992.0;

bool isInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && std::fabs(number) <= kMaxExactInteger;
}

bool isDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

bool isDateTime(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?$"));
    return pattern.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

bool isTimestamp(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})?$"));
    return pattern.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

} // namespace

QJsonValue toJson(const QVariant& value, ColumnType type)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Cents:
        return QJsonValue(value.toLongLong());
    case ColumnType::Real:
        return QJsonValue(value.toDouble());
    case ColumnType::Bool:
        return QJsonValue(value.toLongLong() != 0);
    case ColumnType::Text:
    case ColumnType::Date:
    case ColumnType::DateTime:
    case ColumnType::Timestamp:
        return QJsonValue(value.toString());
    }
    return QJsonValue::Null;
}

QString typeProblem(const QJsonValue& value, ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return isInteger(value) ? QString()
                                : QCoreApplication::translate("maillage::archive", "expected a whole number");
    case ColumnType::Cents:
        return isInteger(value)
                   ? QString()
                   : QCoreApplication::translate("maillage::archive", "expected an amount in cents (a whole number)");
    case ColumnType::Real:
        return value.isDouble() ? QString() : QCoreApplication::translate("maillage::archive", "expected a number");
    case ColumnType::Bool:
        return value.isBool() ? QString() : QCoreApplication::translate("maillage::archive", "expected true or false");
    case ColumnType::Text:
        return value.isString() ? QString() : QCoreApplication::translate("maillage::archive", "expected a text");
    case ColumnType::Date:
        return value.isString() && isDate(value.toString())
                   ? QString()
                   : QCoreApplication::translate("maillage::archive", "expected a date written YYYY-MM-DD");
    case ColumnType::DateTime:
        return value.isString() && isDateTime(value.toString())
                   ? QString()
                   : QCoreApplication::translate("maillage::archive",
                                                 "expected a date and time written YYYY-MM-DDTHH:MM:SS");
    case ColumnType::Timestamp:
        return value.isString() && isTimestamp(value.toString())
                   ? QString()
                   : QCoreApplication::translate("maillage::archive",
                                                 "expected a time stamp written YYYY-MM-DDTHH:MM:SS.mmmZ");
    }
    return {};
}

QVariant toStored(const QJsonValue& value, ColumnType type)
{
    if (value.isNull() || value.isUndefined()) {
        switch (type) {
        case ColumnType::Integer:
        case ColumnType::Cents:
        case ColumnType::Bool:
            return QVariant(QMetaType::fromType<qint64>());
        case ColumnType::Real:
            return QVariant(QMetaType::fromType<double>());
        default:
            return QVariant(QMetaType::fromType<QString>());
        }
    }
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Cents:
        return QVariant(value.toInteger());
    case ColumnType::Real:
        return QVariant(value.toDouble());
    case ColumnType::Bool:
        return QVariant(qint64(value.toBool() ? 1 : 0));
    case ColumnType::Text:
    case ColumnType::Date:
    case ColumnType::DateTime:
    case ColumnType::Timestamp:
        return QVariant(value.toString());
    }
    return {};
}

} // namespace maillage::archive
