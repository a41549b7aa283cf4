// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringList>

namespace maillage::ui {

/// The databases opened lately, newest first, kept in QSettings ("recentDatabases").
class RecentFiles
{
public:
    static constexpr int MaxCount = 8;

    static QStringList list();
    /// Puts url first, removing an older mention and keeping at most MaxCount.
    static void add(const QString& url);
    static void remove(const QString& url);
    /// Whether url can still be opened: a server URL always, a file when it exists.
    static bool isAvailable(const QString& url);
};

} // namespace maillage::ui
