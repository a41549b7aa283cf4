// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/CouncilSettingsRepository.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace maillage {

Result<CouncilSettingsRepository::Values> CouncilSettingsRepository::all(qint64 councilId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT key, value FROM council_setting WHERE council_id = :council"));
    query.bind(QStringLiteral(":council"), councilId);
    if (Status status = query.exec(tr("read the council's settings")); !status.ok())
        return status.error();
    Values values;
    while (query.next())
        values[query.text(QStringLiteral("key"))] = query.text(QStringLiteral("value"));
    return values;
}

Result<QString> CouncilSettingsRepository::text(qint64 councilId, const QString& key, const QString& fallback) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT value FROM council_setting WHERE council_id = :council AND key = :key"));
    query.bind(QStringLiteral(":council"), councilId).bind(QStringLiteral(":key"), key);
    if (Status status = query.exec(tr("read the council's settings")); !status.ok())
        return status.error();
    if (!query.next())
        return fallback;
    return query.text(QStringLiteral("value"));
}

Result<int> CouncilSettingsRepository::integer(qint64 councilId, const QString& key, int fallback) const
{
    auto value = text(councilId, key);
    if (!value.ok())
        return value.error();
    bool ok = false;
    const int number = value->trimmed().toInt(&ok);
    return ok ? number : fallback;
}

Result<bool> CouncilSettingsRepository::flag(qint64 councilId, const QString& key, bool fallback) const
{
    auto value = text(councilId, key);
    if (!value.ok())
        return value.error();
    const QString v = value->trimmed().toLower();
    if (v == QLatin1String("1") || v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("0") || v == QLatin1String("false"))
        return false;
    return fallback;
}

Status CouncilSettingsRepository::setText(qint64 councilId, const QString& key, const QString& value)
{
    return save(councilId, {{key, value}});
}

Status CouncilSettingsRepository::setInteger(qint64 councilId, const QString& key, int value)
{
    return save(councilId, {{key, QString::number(value)}});
}

Status CouncilSettingsRepository::setFlag(qint64 councilId, const QString& key, bool value)
{
    return save(councilId, {{key, value ? QStringLiteral("1") : QStringLiteral("0")}});
}

Status CouncilSettingsRepository::save(qint64 councilId, const Values& values)
{
    const QString now = sql::nowStamp();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    for (const auto& [key, value] : values)
        if (Status status = write(councilId, key, value, now); !status.ok())
            return status;
    return tx.commit();
}

Status CouncilSettingsRepository::write(qint64 councilId, const QString& key, const QString& value,
                                        const QString& now)
{
    if (key.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("A setting needs a name."), {}};
    // ON CONFLICT … DO UPDATE reads the same on SQLite 3.24+ and PostgreSQL 9.5+.
    SqlQuery upsert(m_db, QStringLiteral("INSERT INTO council_setting (council_id, key, value, created_at, updated_at, "
                                         "version) VALUES (:council, :key, :value, :now, :now, 1) "
                                         "ON CONFLICT (council_id, key) DO UPDATE SET value = excluded.value, "
                                         "updated_at = excluded.updated_at, version = council_setting.version + 1"));
    upsert.bind(QStringLiteral(":council"), councilId)
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":value"), value)
        .bind(QStringLiteral(":now"), now);
    return upsert.exec(tr("save the council's settings"));
}

Status CouncilSettingsRepository::remove(qint64 councilId, const QString& key)
{
    SqlQuery erase(m_db, QStringLiteral("DELETE FROM council_setting WHERE council_id = :council AND key = :key"));
    erase.bind(QStringLiteral(":council"), councilId).bind(QStringLiteral(":key"), key);
    return erase.exec(tr("save the council's settings"));
}

} // namespace maillage
