// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/settings/CouncilIdentity.h"
#include "core/util/Result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// Edit ▸ Preferences: the council's identity on documents, the documents' footer and PDF/A, backups,
/// language, follow-up reminders and how long inactive contacts are kept. The council's settings go to
/// the database (council_setting), the user's to QSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// db may be null (no database open): the council tabs are then disabled.
    SettingsDialog(Database* db, QWidget* parent = nullptr);

    /// Reads a logo file, refusing what is not a small PNG, JPEG or SVG image.
    Status setLogoFile(const QString& path);
    /// Saves everything; on failure nothing of the council's settings is changed.
    Status save();
    QTabWidget* tabs() const { return m_tabs; }

    void accept() override;

private:
    QWidget* councilTab();
    QWidget* documentsTab();
    QWidget* backupsTab();
    QWidget* languageTab();
    QWidget* followUpsTab();
    QWidget* contactsTab();
    void load();
    void showLogo();
    void chooseLogo();
    void chooseBackupFolder();

    Database* m_db = nullptr;
    qint64 m_councilId = 0;
    QByteArray m_logo;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_documentName = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_signatoryName = nullptr;
    QLineEdit* m_signatoryTitle = nullptr;
    QLabel* m_logoPreview = nullptr;
    QPlainTextEdit* m_footer = nullptr;
    QCheckBox* m_pdfA = nullptr;
    QCheckBox* m_automaticBackup = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QSpinBox* m_daily = nullptr;
    QSpinBox* m_weekly = nullptr;
    QSpinBox* m_monthly = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QSpinBox* m_reminderDays = nullptr;
    QSpinBox* m_inactiveYears = nullptr;
};

} // namespace maillage::ui
