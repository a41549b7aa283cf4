// SPDX-License-Identifier: EUPL-1.2
#include "ui/safety/DataSafety.h"

#include "core/storage/DamageNotice.h"
#include "core/storage/Database.h"
#include "core/storage/FileProbe.h"
#include "core/storage/OpenMarker.h"
#include "core/storage/Rescue.h"
#include "ui/safety/DamagedFileDialog.h"
#include "ui/safety/RestoreBackupDialog.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>

namespace maillage::ui {

DataSafety::DataSafety(QWidget* window, QStatusBar* statusBar, std::function<void()> closeDatabase,
                       std::function<bool(const QString&)> openFile)
    : QObject(window), m_window(window), m_statusBar(statusBar), m_closeDatabase(std::move(closeDatabase)),
      m_openFile(std::move(openFile))
{
    m_restore = new QAction(tr("Restore a &backup…"), this);
    m_restore->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restore->setEnabled(false);
    connect(m_restore, &QAction::triggered, this, &DataSafety::restoreBackup);
    connect(this, &DataSafety::quickCheckFinished, this, &DataSafety::reportQuickCheck);
    connect(&DamageNotice::instance(), &DamageNotice::damageFound, this, &DataSafety::damageNoticed,
            Qt::QueuedConnection);
}

DataSafety::~DataSafety()
{
    if (m_checker) {
        m_checker->wait(); // a read-only check: it only has to end before its thread object goes
        delete m_checker;
    }
}

void DataSafety::databaseOpened(Database* db)
{
    m_marker.reset();
    m_path = db ? db->filePath() : QString();
    m_damageChecked = false;
    m_restore->setEnabled(!m_path.isEmpty());
    if (m_path.isEmpty())
        return;
    m_marker = std::make_unique<OpenMarker>(m_path);
    if (!m_marker->previousSessionUnclean())
        return;
    if (m_statusBar)
        m_statusBar->showMessage(tr("Maillage was not closed properly last time: checking the file…"), 5000);
    startQuickCheck(CheckReason::UncleanShutdown);
}

void DataSafety::damageNoticed()
{
    // Once per opened file: every list meeting the same damaged page would ask again.
    if (m_path.isEmpty() || m_damageChecked)
        return;
    m_damageChecked = true;
    if (m_statusBar)
        m_statusBar->showMessage(tr("Part of the file could not be read: checking it…"), 5000);
    startQuickCheck(CheckReason::DamageNoticed);
}

void DataSafety::startQuickCheck(CheckReason reason)
{
    if (m_checker)
        return;
    m_checkReason = reason;
    // Never on the GUI thread: a thread with its own read-only connection.
    const QString path = m_path;
    m_checker = QThread::create([this, path] {
        const QStringList problems = quickCheckFile(path);
        QMetaObject::invokeMethod(
            this, [this, path, problems] { emit quickCheckFinished(path, problems); }, Qt::QueuedConnection);
    });
    connect(m_checker, &QThread::finished, this, [this] {
        m_checker->deleteLater();
        m_checker = nullptr;
    });
    m_checker->start(QThread::LowPriority);
}

void DataSafety::databaseClosing()
{
    m_marker.reset();
    m_path.clear();
    m_restore->setEnabled(false);
}

void DataSafety::reportQuickCheck(const QString& path, const QStringList& problems)
{
    if (path != m_path)
        return; // the file was closed or changed while the check ran
    const bool afterCrash = m_checkReason == CheckReason::UncleanShutdown;
    if (problems.isEmpty()) {
        if (m_statusBar)
            m_statusBar->showMessage(afterCrash ? tr("The file was checked after the unclean shutdown: it is sound.")
                                                : tr("The file was checked: it is sound."),
                                     8000);
        return;
    }
    if (m_statusBar)
        m_statusBar->showMessage(afterCrash ? tr("The check after the unclean shutdown found problems in the file.")
                                            : tr("The check found problems in the file."));
    const QString shown = QDir::toNativeSeparators(path);
    showDamagedDialog(path, afterCrash ? tr("The database %1 has damaged parts (found by the check run after Maillage "
                                            "was not closed properly). Keep working in it only after restoring a "
                                            "backup or rescuing what is readable.")
                                             .arg(shown)
                                       : tr("The database %1 has damaged parts: some of its records can no longer be "
                                            "read. Keep working in it only after restoring a backup or rescuing what "
                                            "is readable.")
                                             .arg(shown));
}

bool DataSafety::offerRepair(const QString& path, const Error&)
{
    if (Database::isServerUrl(path))
        return false;
    const FileProbe probe = probeFile(path, 200);
    if (probe.state != FileState::Damaged)
        return false;
    showDamagedDialog(path, probeError(QDir::toNativeSeparators(path), probe, Database::latestSchemaVersion()).message);
    return true;
}

void DataSafety::showDamagedDialog(const QString& path, const QString& problem)
{
    auto* dialog = new DamagedFileDialog(path, problem, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        if (m_statusBar && !dialog->outcome().isEmpty())
            m_statusBar->showMessage(dialog->outcome(), 15000);
        if (!dialog->fileToOpen().isEmpty())
            m_openFile(dialog->fileToOpen());
    });
    // The dialog acts on the file: the window lets go of it first when it is the open one.
    if (path == m_path) {
        m_closeDatabase();
        databaseClosing();
    }
    dialog->open();
}

void DataSafety::restoreBackup()
{
    if (m_path.isEmpty())
        return;
    auto* dialog = new RestoreBackupDialog(m_path, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString chosen = dialog->selectedBackup();
        if (chosen.isEmpty())
            return;
        const QString path = m_path;
        m_closeDatabase();
        databaseClosing();
        auto aside = rescue::restoreBackup(chosen, path, QDateTime::currentDateTime());
        if (!aside.ok()) {
            QMessageBox::warning(m_window, tr("Restore a backup"), aside.error().message);
            m_openFile(path);
            return;
        }
        if (m_openFile(path) && m_statusBar)
            m_statusBar->showMessage(
                tr("Backup restored; the previous file is kept as %1.").arg(QDir::toNativeSeparators(aside.value())),
                15000);
    });
    dialog->open();
}

} // namespace maillage::ui
