// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace maillage {

/// What every stored row carries: identity, timestamps and the version used for optimistic locking.
/// id 0 means "not saved yet".
struct Record
{
    qint64 id = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    bool isNew() const { return id == 0; }
};

namespace validation {
/// "The field «Name» is required."
inline QString required(const QString& field)
{
    return QCoreApplication::translate("maillage::validation", "The field “%1” is required.").arg(field);
}
/// "The field «Ends» must not be before «Starts»."
inline QString notBefore(const QString& later, const QString& earlier)
{
    return QCoreApplication::translate("maillage::validation", "The field “%1” must not be before “%2”.")
        .arg(later, earlier);
}
inline QString notNegative(const QString& field)
{
    return QCoreApplication::translate("maillage::validation", "The field “%1” must not be negative.").arg(field);
}
inline QString invalidEmail(const QString& field)
{
    return QCoreApplication::translate("maillage::validation", "The field “%1” is not a valid e-mail address.")
        .arg(field);
}
bool looksLikeEmail(const QString& text);
} // namespace validation

} // namespace maillage
