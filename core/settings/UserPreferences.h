// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/Backup.h"

#include <QString>

namespace maillage::preferences {

/// The user's own preferences, kept in QSettings on this computer (the council's live in the database).

/// "fr", "en", or empty for the system's language. Read by app/Translator at start.
QString language();
void setLanguage(const QString& code);

/// Whether a verified backup is written once a day after opening a database file.
bool automaticBackup();
void setAutomaticBackup(bool on);
/// Where automatic backups go; empty: the "sauvegardes" folder beside the database.
QString backupFolder();
void setBackupFolder(const QString& folder);
/// How many daily, weekly and monthly backups to keep (7, 8 and 12 unless changed).
RetentionPolicy retention();
void setRetention(const RetentionPolicy& policy);

/// How many days ahead the follow-ups falling due are announced (14 unless changed).
int reminderDays();
void setReminderDays(int days);

} // namespace maillage::preferences
