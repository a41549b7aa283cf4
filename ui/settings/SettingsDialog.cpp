// SPDX-License-Identifier: EUPL-1.2
#include "ui/settings/SettingsDialog.h"

#include "core/privacy/PersonErasure.h"
#include "core/settings/UserPreferences.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/CouncilSettingsRepository.h"
#include "core/storage/Transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace maillage::ui {

SettingsDialog::SettingsDialog(Database* db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    if (m_db)
        if (auto council = CouncilRepository(*m_db).first(); council.ok())
            m_councilId = council->id;

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(councilTab(), tr("&Council"));
    m_tabs->addTab(documentsTab(), tr("&Documents"));
    m_tabs->addTab(backupsTab(), tr("&Backups"));
    m_tabs->addTab(languageTab(), tr("&Language"));
    m_tabs->addTab(followUpsTab(), tr("&Follow-ups"));
    m_tabs->addTab(contactsTab(), tr("C&ontacts"));
    // The council's tabs need a council to write to.
    for (int tab : {0, 1, 5})
        m_tabs->setTabEnabled(tab, m_councilId != 0);
    if (m_councilId == 0)
        m_tabs->setCurrentIndex(2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    load();
    resize(620, 520);
}

void SettingsDialog::load()
{
    if (m_councilId != 0) {
        auto identity = CouncilIdentity::load(*m_db, m_councilId);
        if (identity.ok()) {
            m_documentName->setText(identity->documentName);
            m_address->setPlainText(identity->address);
            m_signatoryName->setText(identity->signatoryName);
            m_signatoryTitle->setText(identity->signatoryTitle);
            m_logo = identity->logo;
            m_footer->setPlainText(identity->footerText);
            m_pdfA->setChecked(identity->pdfA);
        }
        auto council = CouncilRepository(*m_db).get(m_councilId);
        if (council.ok())
            m_documentName->setPlaceholderText(council->name);
        // The same setting as the RGPD review (Tools ▸ Personal data), which lists the contacts it finds.
        int years = PrivacyReview::years(*m_db);
        // Earlier builds kept this preference under a key of its own, which the review never read: taken
        // over here, and saved under the review's key with OK.
        const QString legacyKey = QStringLiteral("privacy/inactive_years");
        if (years == PrivacyReview::kDefaultYears)
            if (auto legacy = CouncilSettingsRepository(*m_db).integer(m_councilId, legacyKey, 0);
                legacy.ok() && legacy.value() > 0)
                years = legacy.value();
        m_inactiveYears->setValue(years);
    }
    showLogo();
    m_automaticBackup->setChecked(preferences::automaticBackup());
    m_backupFolder->setText(preferences::backupFolder());
    const RetentionPolicy retention = preferences::retention();
    m_daily->setValue(retention.daily);
    m_weekly->setValue(retention.weekly);
    m_monthly->setValue(retention.monthly);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences::language())));
    m_reminderDays->setValue(preferences::reminderDays());
}

Status SettingsDialog::setLogoFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, tr("Could not read %1.").arg(path), file.errorString()};
    // Read one byte more than allowed, so that a huge file is refused without loading it whole.
    const QByteArray bytes = file.read(CouncilIdentity::kMaxLogoBytes + 1);
    if (Status valid = CouncilIdentity::validateLogo(bytes); !valid.ok())
        return valid;
    m_logo = bytes;
    showLogo();
    return {};
}

Status SettingsDialog::save()
{
    if (m_councilId != 0) {
        CouncilIdentity identity;
        identity.documentName = m_documentName->text();
        identity.address = m_address->toPlainText();
        identity.signatoryName = m_signatoryName->text();
        identity.signatoryTitle = m_signatoryTitle->text();
        identity.logo = m_logo;
        identity.footerText = m_footer->toPlainText();
        identity.pdfA = m_pdfA->isChecked();
        if (Status valid = CouncilIdentity::validateLogo(m_logo); !valid.ok())
            return valid;
        Transaction transaction(*m_db); // identity and retention together, or neither
        if (!transaction.ok())
            return transaction.error();
        if (Status saved = CouncilSettingsRepository(*m_db).save(m_councilId, identity.values()); !saved.ok())
            return saved;
        if (Status saved = PrivacyReview::setYears(*m_db, m_inactiveYears->value()); !saved.ok())
            return saved;
        if (Status committed = transaction.commit(); !committed.ok())
            return committed;
    }
    preferences::setAutomaticBackup(m_automaticBackup->isChecked());
    preferences::setBackupFolder(m_backupFolder->text());
    preferences::setRetention({m_daily->value(), m_weekly->value(), m_monthly->value()});
    preferences::setLanguage(m_language->currentData().toString());
    preferences::setReminderDays(m_reminderDays->value());
    return {};
}

void SettingsDialog::accept()
{
    if (Status saved = save(); !saved.ok()) {
        QMessageBox box(QMessageBox::Warning, windowTitle(), saved.error().message, QMessageBox::Ok, this);
        box.setDetailedText(saved.error().detail);
        box.exec();
        return;
    }
    QDialog::accept();
}

} // namespace maillage::ui
