// SPDX-License-Identifier: EUPL-1.2
#include "ui/safety/RestoreBackupDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace maillage::ui {

namespace {

qint64 rowsOf(const BackupInfo& info, const QString& table)
{
    for (const auto& [name, rows] : info.rowCounts)
        if (name == table)
            return rows;
    return 0;
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_backups(backup::list(backup::defaultFolder(databasePath)))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore a backup"));
    resize(640, 360);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose the backup to restore. The current file %1 is kept beside it under a new "
                                "name, so the restore can be undone by hand.")
                                 .arg(QFileInfo(databasePath).fileName()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken on"), tr("Meetings"), tr("Contacts"), tr("Organisations"), tr("Records")});
    for (const BackupInfo& info : m_backups) {
        qint64 total = 0;
        for (const auto& [name, rows] : info.rowCounts)
            total += rows;
        auto* item = new QTreeWidgetItem(m_list, {QLocale().toString(info.takenAt, QLocale::ShortFormat),
                                                  QString::number(rowsOf(info, QStringLiteral("meeting"))),
                                                  QString::number(rowsOf(info, QStringLiteral("contact"))),
                                                  QString::number(rowsOf(info, QStringLiteral("organisation"))),
                                                  QString::number(total)});
        item->setData(0, Qt::UserRole, info.path);
        item->setToolTip(0, QDir::toNativeSeparators(info.path));
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    layout->addWidget(m_list);
    if (m_backups.empty())
        layout->addWidget(new QLabel(tr("No backup of this file was found in %1.")
                                         .arg(QDir::toNativeSeparators(backup::defaultFolder(databasePath))),
                                     this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(!m_backups.empty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    layout->addWidget(buttons);
}

QString RestoreBackupDialog::selectedBackup() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace maillage::ui
