// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/Backup.h"
#include "core/util/Result.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace maillage::ui {

/// Shown when a database file cannot be opened because it is damaged (or when the check after an
/// unclean shutdown finds problems): explains, and offers to restore the latest backup, to rescue
/// what is readable into a new file, or to set the file aside. Nothing happens to the damaged file
/// without a click on one of these.
class DamagedFileDialog : public QDialog
{
    Q_OBJECT
public:
    DamagedFileDialog(const QString& path, const QString& problem, QWidget* parent = nullptr);

    /// The file to open after the dialog did its work (restored or rescued), empty otherwise.
    QString fileToOpen() const { return m_fileToOpen; }
    /// The clock used to name the files set aside (tests fix it).
    void setNow(const QDateTime& now) { m_now = now; }
    /// A sentence on what was done, for the status bar.
    QString outcome() const { return m_outcome; }

    void restoreLatest();
    void rescueReadable();
    void setAsideOnly();

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTime(); }
    void fail(const Error& error);

    QString m_path;
    QString m_fileToOpen;
    QString m_outcome;
    QDateTime m_now;
    std::vector<BackupInfo> m_backups;
    QLabel* m_status = nullptr;
};

} // namespace maillage::ui
