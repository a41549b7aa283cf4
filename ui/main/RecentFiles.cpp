// SPDX-License-Identifier: EUPL-1.2
#include "ui/main/RecentFiles.h"

#include "core/storage/Database.h"

#include <QFileInfo>
#include <QSettings>

namespace maillage::ui {

namespace {
const QString key = QStringLiteral("recentDatabases");
}

QStringList RecentFiles::list()
{
    return QSettings().value(key).toStringList();
}

void RecentFiles::add(const QString& url)
{
    QStringList urls = list();
    urls.removeAll(url);
    urls.prepend(url);
    while (urls.size() > MaxCount)
        urls.removeLast();
    QSettings().setValue(key, urls);
}

void RecentFiles::remove(const QString& url)
{
    QStringList urls = list();
    urls.removeAll(url);
    QSettings().setValue(key, urls);
}

bool RecentFiles::isAvailable(const QString& url)
{
    return Database::isServerUrl(url) || QFileInfo::exists(url);
}

} // namespace maillage::ui
