// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Catch2 with printers for Qt types, so failed checks show readable values.
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& value)
    {
        return "[" + value.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};
template <>
struct StringMaker<QDate> {
    static std::string convert(const QDate& value) { return value.toString(Qt::ISODate).toStdString(); }
};
template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& value) { return '"' + value.left(200).toStdString() + '"'; }
};
} // namespace Catch
