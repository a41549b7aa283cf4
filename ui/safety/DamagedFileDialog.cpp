// SPDX-License-Identifier: EUPL-1.2
#include "ui/safety/DamagedFileDialog.h"

#include "core/storage/Rescue.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace maillage::ui {

DamagedFileDialog::DamagedFileDialog(const QString& path, const QString& problem, QWidget* parent)
    : QDialog(parent), m_path(path), m_backups(backup::list(backup::defaultFolder(path)))
{
    setObjectName(QStringLiteral("damagedFileDialog"));
    setWindowTitle(tr("Damaged database"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("damagedExplanation"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setText(
        problem + QStringLiteral("\n\n") +
        tr("The file itself is not changed. You can restore the latest backup, or copy what can still be read "
           "into a new file. Either way the damaged file is kept under a new name, so nothing is lost."));
    layout->addWidget(explanation);

    auto* restore = new QPushButton(this);
    restore->setObjectName(QStringLiteral("restoreLatestButton"));
    if (m_backups.empty()) {
        restore->setText(tr("Restore the latest backup (none found)"));
        restore->setEnabled(false);
    } else {
        restore->setText(
            tr("Restore the backup of %1").arg(QLocale().toString(m_backups.front().takenAt, QLocale::LongFormat)));
    }
    auto* rescueButton = new QPushButton(tr("Rescue what is readable into a new file"), this);
    rescueButton->setObjectName(QStringLiteral("rescueButton"));
    auto* aside = new QPushButton(tr("Only set the damaged file aside"), this);
    aside->setObjectName(QStringLiteral("setAsideButton"));
    for (QPushButton* button : {restore, rescueButton, aside})
        layout->addWidget(button);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("damagedStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restore, &QPushButton::clicked, this, &DamagedFileDialog::restoreLatest);
    connect(rescueButton, &QPushButton::clicked, this, &DamagedFileDialog::rescueReadable);
    connect(aside, &QPushButton::clicked, this, &DamagedFileDialog::setAsideOnly);
}

void DamagedFileDialog::fail(const Error& error)
{
    m_status->setText(error.message);
    m_status->setToolTip(error.detail);
}

void DamagedFileDialog::restoreLatest()
{
    if (m_backups.empty())
        return;
    auto aside = rescue::setAside(m_path, rescue::damagedName(m_path, now()));
    if (!aside.ok())
        return fail(aside.error());
    auto restored = rescue::restoreBackup(m_backups.front().path, m_path, now());
    if (!restored.ok())
        return fail(restored.error());
    m_fileToOpen = m_path;
    m_outcome =
        tr("The backup was restored; the damaged file is kept as %1.").arg(QDir::toNativeSeparators(aside.value()));
    accept();
}

void DamagedFileDialog::rescueReadable()
{
    const QFileInfo info(m_path);
    const QString target =
        info.absoluteDir().filePath(info.completeBaseName() + tr("-rescued-") +
                                    now().toString(QStringLiteral("yyyy-MM-dd-HHmmss")) + QStringLiteral(".sqlite"));
    auto rescued = rescue::rescueInto(m_path, target);
    if (!rescued.ok())
        return fail(rescued.error());
    m_fileToOpen = rescued->target;
    QString text = tr("%n record(s) rescued into %1.", nullptr, int(rescued->rowsCopied - rescued->rowsDropped))
                       .arg(QDir::toNativeSeparators(rescued->target));
    if (!rescued->partialTables.isEmpty() || !rescued->lostTables.isEmpty() || rescued->rowsDropped > 0)
        text += u' ' + tr("Some records could not be read; check the rescued file against your last backup.");
    m_outcome = text + u' ' + tr("The damaged file was left as it was.");
    accept();
}

void DamagedFileDialog::setAsideOnly()
{
    auto aside = rescue::setAside(m_path, rescue::damagedName(m_path, now()));
    if (!aside.ok())
        return fail(aside.error());
    m_outcome = tr("The damaged file is kept as %1.").arg(QDir::toNativeSeparators(aside.value()));
    accept();
}

} // namespace maillage::ui
