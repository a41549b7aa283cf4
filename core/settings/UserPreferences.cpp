// SPDX-License-Identifier: EUPL-1.2
#include "core/settings/UserPreferences.h"

#include <QSettings>

#include <algorithm>

namespace maillage::preferences {

namespace {

int bounded(const QString& key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = QSettings().value(key, fallback).toInt(&ok);
    return ok ? std::clamp(value, low, high) : fallback;
}

} // namespace

QString language()
{
    const QString code = QSettings().value(QStringLiteral("language")).toString();
    return code == QLatin1String("fr") || code == QLatin1String("en") ? code : QString();
}

void setLanguage(const QString& code)
{
    if (code.isEmpty())
        QSettings().remove(QStringLiteral("language"));
    else
        QSettings().setValue(QStringLiteral("language"), code);
}

bool automaticBackup()
{
    return QSettings().value(QStringLiteral("backup/automatic"), true).toBool();
}

void setAutomaticBackup(bool on)
{
    QSettings().setValue(QStringLiteral("backup/automatic"), on);
}

QString backupFolder()
{
    return QSettings().value(QStringLiteral("backup/folder")).toString();
}

void setBackupFolder(const QString& folder)
{
    if (folder.trimmed().isEmpty())
        QSettings().remove(QStringLiteral("backup/folder"));
    else
        QSettings().setValue(QStringLiteral("backup/folder"), folder.trimmed());
}

RetentionPolicy retention()
{
    const RetentionPolicy defaults;
    RetentionPolicy policy;
    policy.daily = bounded(QStringLiteral("backup/daily"), defaults.daily, 1, 366);
    policy.weekly = bounded(QStringLiteral("backup/weekly"), defaults.weekly, 0, 520);
    policy.monthly = bounded(QStringLiteral("backup/monthly"), defaults.monthly, 0, 240);
    return policy;
}

void setRetention(const RetentionPolicy& policy)
{
    QSettings settings;
    settings.setValue(QStringLiteral("backup/daily"), policy.daily);
    settings.setValue(QStringLiteral("backup/weekly"), policy.weekly);
    settings.setValue(QStringLiteral("backup/monthly"), policy.monthly);
}

int reminderDays()
{
    return bounded(QStringLiteral("followups/reminder_days"), 14, 0, 365);
}

void setReminderDays(int days)
{
    QSettings().setValue(QStringLiteral("followups/reminder_days"), days);
}

} // namespace maillage::preferences
