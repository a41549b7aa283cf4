// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <map>

namespace maillage {

class Database;

/// The council's own settings (table council_setting): text values under keys such as
/// "identity/name" or "documents/footer". Settings that belong to the user stay in QSettings.
class CouncilSettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(CouncilSettingsRepository)

public:
    using Values = std::map<QString, QString>;

    explicit CouncilSettingsRepository(Database& db) : m_db(db) {}

    /// Every setting of the council.
    Result<Values> all(qint64 councilId) const;
    /// One setting; fallback when it was never saved.
    Result<QString> text(qint64 councilId, const QString& key, const QString& fallback = {}) const;
    /// A whole number; fallback when missing or not a number.
    Result<int> integer(qint64 councilId, const QString& key, int fallback) const;
    /// "1"/"true" or "0"/"false"; fallback when missing.
    Result<bool> flag(qint64 councilId, const QString& key, bool fallback) const;

    Status setText(qint64 councilId, const QString& key, const QString& value);
    Status setInteger(qint64 councilId, const QString& key, int value);
    Status setFlag(qint64 councilId, const QString& key, bool value);
    /// Saves several settings in one transaction: all of them or none.
    Status save(qint64 councilId, const Values& values);
    /// Forgets a setting (its fallback applies again).
    Status remove(qint64 councilId, const QString& key);

private:
    Status write(qint64 councilId, const QString& key, const QString& value, const QString& now);

    Database& m_db;
};

} // namespace maillage
