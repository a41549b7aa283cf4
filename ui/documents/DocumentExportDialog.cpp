// SPDX-License-Identifier: EUPL-1.2
#include "ui/documents/DocumentExportDialog.h"

#include "core/documents/DocumentWriter.h"
#include "core/documents/MeetingDossier.h"
#include "core/exchange/MeetingEmail.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace maillage::ui {

DocumentExportDialog::DocumentExportDialog(Database& db, qint64 meetingId, QWidget* parent)
    : QDialog(parent), m_db(db), m_meetingId(meetingId)
{
    setObjectName(QStringLiteral("documentExportDialog"));
    setWindowTitle(tr("Meeting documents"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("documentKind"));
    for (DocumentKind kind : allValues<DocumentKind>())
        m_kind->addItem(labelOf(kind), QVariant::fromValue(int(kind)));
    m_kind->setCurrentIndex(m_kind->findData(int(DocumentKind::Minutes)));
    m_participants = new QCheckBox(tr("List the participants"), this);
    m_participants->setObjectName(QStringLiteral("includeParticipants"));
    m_participants->setChecked(true);
    m_confidential = new QCheckBox(tr("Include the confidential agenda items"), this);
    m_confidential->setObjectName(QStringLiteral("includeConfidential"));
    m_followUps = new QCheckBox(tr("Include the follow-ups"), this);
    m_followUps->setObjectName(QStringLiteral("includeFollowUps"));
    m_followUps->setChecked(true);
    m_footer = new QLineEdit(this);
    m_footer->setObjectName(QStringLiteral("footerText"));
    m_footer->setPlaceholderText(tr("Address, contact… printed at the foot of every page"));
    m_guestRows = new QSpinBox(this);
    m_guestRows->setObjectName(QStringLiteral("guestRows"));
    m_guestRows->setRange(0, 40);
    m_guestRows->setValue(DocumentOptions{}.guestRows);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("documentStatus"));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Document:"), m_kind);
    form->addRow(QString(), m_participants);
    form->addRow(QString(), m_confidential);
    form->addRow(QString(), m_followUps);
    form->addRow(tr("&Footer:"), m_footer);
    form->addRow(tr("Blank rows for &guests:"), m_guestRows);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("documentButtons"));
    QPushButton* pdf = buttons->addButton(tr("PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("savePdf"));
    QPushButton* odt = buttons->addButton(tr("ODT…"), QDialogButtonBox::ActionRole);
    odt->setObjectName(QStringLiteral("saveOdt"));
    QPushButton* printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("print"));
    m_email = buttons->addButton(tr("Prepare the &e-mail…"), QDialogButtonBox::ActionRole);
    m_email->setObjectName(QStringLiteral("prepareEmail"));
    m_email->setToolTip(tr("Writes an e-mail with the PDF and the calendar invitation attached and opens it in "
                           "your mail program, to review and send"));
    connect(m_email, &QPushButton::clicked, this, [this] {
        if (auto prepared = prepareEmail(); !prepared.ok())
            showError(prepared.error().message);
    });
    const auto emailFits = [this] { m_email->setEnabled(kind() != DocumentKind::SignInSheet); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, emailFits);
    emailFits();
    connect(pdf, &QPushButton::clicked, this, [this] { save(QStringLiteral("pdf")); });
    connect(odt, &QPushButton::clicked, this, [this] { save(QStringLiteral("odt")); });
    connect(printButton, &QPushButton::clicked, this, &DocumentExportDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

DocumentKind DocumentExportDialog::kind() const
{
    return DocumentKind(m_kind->currentData().toInt());
}

DocumentOptions DocumentExportDialog::options() const
{
    DocumentOptions options;
    options.includeParticipants = m_participants->isChecked();
    options.includeConfidential = m_confidential->isChecked();
    options.includeFollowUps = m_followUps->isChecked();
    options.footerText = m_footer->text().trimmed();
    options.guestRows = m_guestRows->value();
    return options;
}

void DocumentExportDialog::save(const QString& extension)
{
    const QString filter =
        extension == QLatin1String("pdf") ? tr("PDF document (*.pdf)") : tr("OpenDocument text (*.odt)");
    // Named in the interface language ("Compte rendu.pdf"), not by the internal code.
    const QString suggested = QDir::home().filePath(labelOf(kind()) + u'.' + extension);
    QString path = QFileDialog::getSaveFileName(this, tr("Save the document"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + extension, Qt::CaseInsensitive))
        path += u'.' + extension;
    const Status written = DocumentWriter::write(m_db, m_meetingId, kind(), options(), path);
    if (!written.ok())
        return showError(written.error().message);
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

QString DocumentExportDialog::draftsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/e-mails");
}

Result<QString> DocumentExportDialog::prepareEmail()
{
    auto eml = MeetingEmail::prepare(m_db, m_meetingId, kind(), draftsFolder(), options());
    if (!eml.ok())
        return eml;
    m_status->setText(tr("E-mail prepared in %1: check it in your mail program, then send it.")
                          .arg(QDir::toNativeSeparators(QFileInfo(eml.value()).absolutePath())));
    if (m_openDrafts && !QDesktopServices::openUrl(QUrl::fromLocalFile(eml.value())))
        return Error{Error::Kind::Io,
                     tr("No mail program opened the e-mail. It is in %1.").arg(QDir::toNativeSeparators(eml.value())),
                     {}};
    return eml;
}

void DocumentExportDialog::print()
{
    auto dossier = loadMeetingDossier(m_db, m_meetingId);
    if (!dossier.ok())
        return showError(dossier.error().message);
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true); // the page layout draws its own margins, header and footer
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("documentPrintPreview"));
    const DocumentKind chosen = kind();
    const DocumentOptions chosenOptions = options();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        target->setFullPage(true);
        DocumentWriter::paint(chosen, dossier.value(), chosenOptions, *target);
    });
    preview.exec();
}

void DocumentExportDialog::showError(const QString& message)
{
    m_status->setText(message);
}

} // namespace maillage::ui
