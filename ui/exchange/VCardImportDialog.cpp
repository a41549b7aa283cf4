// SPDX-License-Identifier: EUPL-1.2
#include "ui/exchange/VCardImportDialog.h"

#include "core/exchange/VCardReader.h"
#include "ui/exchange/ImportPlanView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace maillage::ui {

VCardImportDialog::VCardImportDialog(Database& db, const QString& path, QWidget* parent)
    : QDialog(parent), m_db(db), m_path(path)
{
    setObjectName(QStringLiteral("vcardImportDialog"));
    setWindowTitle(tr("Import contacts from vCard"));
    auto* layout = new QVBoxLayout(this);
    auto* file = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(path)), this);
    file->setObjectName(QStringLiteral("vcardFile"));
    layout->addWidget(file);
    auto* options = new QFormLayout;
    m_match = new QComboBox(this);
    m_match->setObjectName(QStringLiteral("vcardMatchKey"));
    m_match->addItem(tr("Same e-mail (else same name and organisation)"), int(contacts::MatchKey::Email));
    m_match->addItem(tr("Same name and organisation"), int(contacts::MatchKey::Name));
    options->addRow(tr("&Match existing contacts by:"), m_match);
    layout->addLayout(options);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("vcardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_plan = new ImportPlanView(this);
    layout->addWidget(m_plan, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("vcardImportButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (import())
            QDialog::accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_plan, &ImportPlanView::changed, this, [this] {
        QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
        ok->setText(tr("&Import %n card(s)", nullptr, m_plan->writeCount()));
        ok->setEnabled(m_fileError.isEmpty() && m_plan->writeCount() > 0);
    });
    layout->addWidget(m_buttons);

    auto batch = contacts::readVCardFile(path);
    if (batch.ok())
        m_batch = batch.value();
    else
        m_fileError = batch.error().message;
    replan();
    connect(m_match, &QComboBox::currentIndexChanged, this, &VCardImportDialog::replan);
    resize(900, 600);
}

void VCardImportDialog::replan()
{
    if (m_fileError.isEmpty()) {
        auto plan = contacts::planContactImport(m_db, m_batch, contacts::MatchKey(m_match->currentData().toInt()));
        if (!plan.ok())
            m_fileError = plan.error().message;
        else if (m_batch.records.empty() && m_batch.rejected.empty())
            m_fileError = tr("The file holds no vCard.");
        else
            m_plan->setPlan(plan.value());
    }
    m_error->setText(m_fileError.isEmpty() ? QString() : tr("Nothing can be imported: %1").arg(m_fileError));
    m_error->setVisible(!m_fileError.isEmpty());
    if (!m_fileError.isEmpty())
        m_plan->setPlan({});
}

void VCardImportDialog::setMatchKey(contacts::MatchKey key)
{
    m_match->setCurrentIndex(qMax(0, m_match->findData(int(key))));
}

bool VCardImportDialog::import()
{
    if (!m_fileError.isEmpty() || m_plan->writeCount() == 0)
        return false;
    const Status status =
        contacts::apply(m_db, m_plan->plan(), contacts::vcardImportKind(), QFileInfo(m_path).fileName(), &m_batchId);
    if (!status.ok()) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(status.error().message));
        return false;
    }
    return true;
}

} // namespace maillage::ui
