// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QStatusBar;
class QThread;
class QWidget;

namespace maillage {
class Database;
class OpenMarker;
} // namespace maillage

namespace maillage::ui {

/// The main window's data-safety duties: the open marker; the quick_check (in the background) after an
/// unclean shutdown or when a statement meets a damaged page; the damaged-file dialog; File ▸ Restore a backup….
class DataSafety : public QObject
{
    Q_OBJECT
public:
    /// closeDatabase closes the window's database; openFile opens a file in the window.
    DataSafety(QWidget* window, QStatusBar* statusBar, std::function<void()> closeDatabase,
               std::function<bool(const QString&)> openFile);
    ~DataSafety() override;

    QAction* restoreAction() const { return m_restore; }
    /// After a database was opened: marks it open and checks it in the background after an unclean shutdown.
    void databaseOpened(Database* db);
    /// Before the database is closed.
    void databaseClosing();
    /// When opening path failed: shows the damaged-file dialog if the file is damaged. Returns whether it did.
    bool offerRepair(const QString& path, const Error& error);
    /// Shows the damaged-file dialog for path (the check found problems).
    void showDamagedDialog(const QString& path, const QString& problem);

signals:
    /// A background quick_check ended; problems is empty when the file is sound.
    void quickCheckFinished(const QString& path, const QStringList& problems);

private:
    enum class CheckReason { UncleanShutdown, DamageNoticed };
    void damageNoticed();
    void startQuickCheck(CheckReason reason);
    void restoreBackup();
    void reportQuickCheck(const QString& path, const QStringList& problems);

    QWidget* m_window;
    QPointer<QStatusBar> m_statusBar;
    std::function<void()> m_closeDatabase;
    std::function<bool(const QString&)> m_openFile;
    QAction* m_restore = nullptr;
    QString m_path;
    std::unique_ptr<OpenMarker> m_marker;
    QThread* m_checker = nullptr;
    CheckReason m_checkReason = CheckReason::UncleanShutdown;
    bool m_damageChecked = false;
};

} // namespace maillage::ui
