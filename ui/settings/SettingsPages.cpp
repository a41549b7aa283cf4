// SPDX-License-Identifier: EUPL-1.2
// The tabs of the settings dialog, one function each.
#include "ui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace maillage::ui {

namespace {

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QSpinBox* spin(const QString& name, int low, int high, const QString& suffix, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(low, high);
    box->setSuffix(suffix);
    return box;
}

/// A form kept at the top of its tab: the rows keep their natural height, the space left goes below.
QFormLayout* topForm(QWidget* page)
{
    auto* outer = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    return form;
}

} // namespace

QWidget* SettingsDialog::councilTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("councilTab"));
    QFormLayout* form = topForm(page);
    m_documentName = new QLineEdit(page);
    m_documentName->setObjectName(QStringLiteral("documentName"));
    m_address = new QPlainTextEdit(page);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 5);
    m_signatoryName = new QLineEdit(page);
    m_signatoryName->setObjectName(QStringLiteral("signatoryName"));
    m_signatoryTitle = new QLineEdit(page);
    m_signatoryTitle->setObjectName(QStringLiteral("signatoryTitle"));
    m_signatoryTitle->setPlaceholderText(tr("e.g. The coordinator of the council"));

    m_logoPreview = new QLabel(page);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedSize(180, 80);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    auto* choose = new QPushButton(tr("C&hoose…"), page);
    choose->setObjectName(QStringLiteral("chooseLogo"));
    auto* remove = new QPushButton(tr("&Remove"), page);
    remove->setObjectName(QStringLiteral("removeLogo"));
    connect(choose, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(remove, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    auto* logoButtons = new QVBoxLayout;
    logoButtons->addWidget(choose);
    logoButtons->addWidget(remove);
    logoButtons->addStretch();
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview, 0, Qt::AlignTop);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch();

    form->addRow(note(tr("How the council appears at the top of its convocations, minutes and records of "
                         "decisions."),
                      page));
    form->addRow(tr("&Name on documents:"), m_documentName);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(tr("&Signatory:"), m_signatoryName);
    form->addRow(tr("Signatory's &title:"), m_signatoryTitle);
    m_logoPreview->setAccessibleName(tr("Logo preview"));
    return page;
}

QWidget* SettingsDialog::documentsTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("documentsTab"));
    QFormLayout* form = topForm(page);
    m_footer = new QPlainTextEdit(page);
    m_footer->setObjectName(QStringLiteral("footer"));
    m_footer->setTabChangesFocus(true);
    m_footer->setFixedHeight(m_footer->fontMetrics().lineSpacing() * 4);
    m_pdfA = new QCheckBox(tr("Write minutes and reports as &PDF/A (for the archives)"), page);
    m_pdfA->setObjectName(QStringLiteral("pdfA"));
    form->addRow(tr("&Footer of every page:"), m_footer);
    form->addRow(m_pdfA);
    form->addRow(note(tr("PDF/A is the format municipal and departmental archives ask for. ODT stays the "
                         "format to edit in LibreOffice."),
                      page));
    return page;
}

QWidget* SettingsDialog::backupsTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("backupsTab"));
    QFormLayout* form = topForm(page);
    m_automaticBackup = new QCheckBox(tr("&Write a verified backup once a day"), page);
    m_automaticBackup->setObjectName(QStringLiteral("automaticBackup"));
    m_backupFolder = new QLineEdit(page);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setPlaceholderText(tr("The “sauvegardes” folder beside the database"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("browseBackupFolder"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseBackupFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    m_daily = spin(QStringLiteral("dailyBackups"), 1, 366, QString(), page);
    m_weekly = spin(QStringLiteral("weeklyBackups"), 0, 520, QString(), page);
    m_monthly = spin(QStringLiteral("monthlyBackups"), 0, 240, QString(), page);
    form->addRow(m_automaticBackup);
    auto* folderLabel = new QLabel(tr("Backup &folder:"), page);
    folderLabel->setBuddy(m_backupFolder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Keep the last &days:"), m_daily);
    form->addRow(tr("Keep the last &weeks:"), m_weekly);
    form->addRow(tr("Keep the last &months:"), m_monthly);
    form->addRow(note(tr("Only the newest backup of each day, week and month is kept within these limits. "
                         "A folder on another disk or a USB key protects against a broken computer."),
                      page));
    return page;
}

QWidget* SettingsDialog::languageTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("languageTab"));
    QFormLayout* form = topForm(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageNote = note(tr("The window changes language as soon as you press OK, keeping the open database; "
                             "documents written afterwards use the new language too."),
                          page);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    form->addRow(tr("&Language of the interface and documents:"), m_language);
    form->addRow(m_languageNote);
    return page;
}

QWidget* SettingsDialog::followUpsTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("followUpsTab"));
    QFormLayout* form = topForm(page);
    m_reminderDays = spin(QStringLiteral("reminderDays"), 0, 365, tr(" days"), page);
    form->addRow(tr("Announce follow-ups falling due &within:"), m_reminderDays);
    form->addRow(note(tr("The dashboard lists the follow-ups falling due within this horizon; the follow-ups section "
                         "shows them with Show: Due within…. Overdue follow-ups are always shown."),
                      page));
    return page;
}

QWidget* SettingsDialog::contactsTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("contactsTab"));
    QFormLayout* form = topForm(page);
    m_inactiveYears = spin(QStringLiteral("inactiveYears"), 1, 30, tr(" years"), page);
    form->addRow(tr("Keep &inactive contacts for:"), m_inactiveYears);
    form->addRow(note(tr("The GDPR asks to keep personal data no longer than needed: contacts with no "
                         "attendance, membership or follow-up for this long are listed for review in "
                         "Tools ▸ Personal data (RGPD)."),
                      page));
    return page;
}

void SettingsDialog::showLogo()
{
    CouncilIdentity identity;
    identity.logo = m_logo;
    const QImage image = identity.logoImage(360);
    if (image.isNull()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
        return;
    }
    m_logoPreview->setPixmap(QPixmap::fromImage(image).scaled(m_logoPreview->size() - QSize(8, 8),
                                                              Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void SettingsDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the council's logo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    if (Status chosen = setLogoFile(path); !chosen.ok())
        QMessageBox::warning(this, tr("Logo"), chosen.error().message);
}

void SettingsDialog::chooseBackupFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Backup folder"), m_backupFolder->text().isEmpty() ? QDir::homePath() : m_backupFolder->text());
    if (!folder.isEmpty())
        m_backupFolder->setText(QDir::toNativeSeparators(folder));
}

} // namespace maillage::ui
