// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace maillage {

/// "<db>.open", written while a database file is open and removed at a clean close. Found at the
/// next opening with the process that wrote it gone, it tells that Maillage stopped uncleanly
/// (crash, power cut, killed): a quick_check is then worth running, in the background.
class OpenMarker
{
public:
    explicit OpenMarker(const QString& databaseFile);
    ~OpenMarker();
    OpenMarker(const OpenMarker&) = delete;
    OpenMarker& operator=(const OpenMarker&) = delete;

    /// Whether the previous session on this file ended without closing it.
    bool previousSessionUnclean() const { return m_unclean; }
    /// Whether this process wrote the marker (false when another running Maillage holds the file).
    bool owned() const { return m_owned; }
    static QString markerPath(const QString& databaseFile);

private:
    QString m_path;
    bool m_unclean = false;
    bool m_owned = false;
};

/// PRAGMA quick_check through a read-only connection of its own (safe from any thread).
/// Returns the problems found; empty when the file is sound.
QStringList quickCheckFile(const QString& databaseFile);

} // namespace maillage
