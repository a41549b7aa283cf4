// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/Backup.h"

#include <QDialog>

class QTreeWidget;

namespace maillage::ui {

/// File ▸ Restore a backup…: the verified backups of the open file, newest first, with their date
/// and what they hold. The caller restores the chosen one (after closing the database).
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreBackupDialog(const QString& databasePath, QWidget* parent = nullptr);

    /// The chosen backup, or empty.
    QString selectedBackup() const;
    int backupCount() const { return int(m_backups.size()); }

private:
    std::vector<BackupInfo> m_backups;
    QTreeWidget* m_list = nullptr;
};

} // namespace maillage::ui
