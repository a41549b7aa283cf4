// SPDX-License-Identifier: EUPL-1.2
#include "core/sync/ChangeWatcher.h"

#include "core/storage/ChangeWatchQueries.h"
#include "core/storage/Database.h"

#include <algorithm>

namespace maillage::sync {

ChangeWatcher::ChangeWatcher(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)poll(); });
}

void ChangeWatcher::takeBaseline()
{
    if (auto latest = changewatch::latestJournalId(m_db); latest.ok())
        m_lastId = latest.value();
    if (auto version = changewatch::dataVersion(m_db); version.ok())
        m_dataVersion = version.value();
}

void ChangeWatcher::start()
{
    takeBaseline();
    m_timer.start();
}

bool ChangeWatcher::poll()
{
    if (m_db.inTransaction())
        return false; // a read inside our own unit would see our uncommitted rows
    auto latest = changewatch::latestJournalId(m_db);
    auto version = changewatch::dataVersion(m_db);
    if (!latest.ok() || !version.ok())
        return false; // busy or gone: the next tick asks again
    const qint64 previousId = m_lastId;
    m_lastId = std::max(m_lastId, latest.value());
    if (m_db.engine() == Engine::Sqlite) {
        if (version.value() == m_dataVersion)
            return false; // only this connection wrote (or nobody did)
        m_dataVersion = version.value();
        auto tables = changewatch::tablesChangedAfter(m_db, previousId);
        emit changedElsewhere(tables.ok() ? tables.value() : QStringList());
        return true;
    }
    if (latest.value() <= previousId)
        return false;
    // Asked now rather than once: sessions come and go, and a shared role makes the name ambiguous.
    auto own = changewatch::ownJournalName(m_db);
    auto tables = changewatch::tablesChangedAfter(m_db, previousId, own.ok() ? own.value() : QString());
    if (!tables.ok() || tables->isEmpty())
        return false; // our own changes
    emit changedElsewhere(tables.value());
    return true;
}

} // namespace maillage::sync
