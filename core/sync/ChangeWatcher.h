// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace maillage {

class Database;

namespace sync {

/// Notices that another user or process changed the database, by looking every few seconds at the
/// change journal (the database writes it itself). On SQLite, PRAGMA data_version tells this
/// connection's own commits apart exactly; on PostgreSQL the journal's user name does when it is
/// this connection's own (a personal name, or a role no other session uses) — otherwise its own
/// changes count too. Never reads while this connection is in a transaction.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 4000;

    explicit ChangeWatcher(Database& db, QObject* parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    /// Takes what is stored now as seen, then looks at every interval.
    void start();
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }
    /// Looks now; emits changedElsewhere and returns true when someone else wrote since the last look.
    bool poll();

signals:
    /// Tables written elsewhere (sorted); empty when unknown (the journal was paused): assume all.
    void changedElsewhere(const QStringList& tables);

private:
    void takeBaseline();

    Database& m_db;
    QTimer m_timer;
    qint64 m_lastId = 0;
    qint64 m_dataVersion = -1;
};

} // namespace sync
} // namespace maillage
