// SPDX-License-Identifier: EUPL-1.2
#include "ui/exchange/ContactImportDialog.h"

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

ContactImportDialog::ContactImportDialog(Database& db, const QString& path, const QString& prefix, QWidget* parent)
    : QDialog(parent), m_db(db), m_path(path)
{
    m_layout = new QVBoxLayout(this);
    auto* file = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(path)), this);
    file->setObjectName(prefix + QStringLiteral("File"));
    m_layout->addWidget(file);
    m_options = new QFormLayout;
    m_layout->addLayout(m_options);
    m_match = new QComboBox(this);
    m_match->setObjectName(prefix + QStringLiteral("MatchKey"));
    m_match->addItem(tr("Same e-mail (else same name and organisation)"), int(contacts::MatchKey::Email));
    m_match->addItem(tr("Same name and organisation"), int(contacts::MatchKey::Name));
    m_error = new QLabel(this);
    m_error->setObjectName(prefix + QStringLiteral("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_plan = new ImportPlanView(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(prefix + QStringLiteral("ImportButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (import())
            QDialog::accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_plan, &ImportPlanView::changed, this, [this] {
        QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
        ok->setText(importButtonText(m_plan->writeCount()));
        ok->setEnabled(m_fileError.isEmpty() && m_plan->writeCount() > 0);
    });
    connect(m_match, &QComboBox::currentIndexChanged, this, [this] { replan(); });
}

void ContactImportDialog::finishLayout(QWidget* body)
{
    m_options->addRow(tr("&Match existing contacts by:"), m_match);
    m_layout->addWidget(m_error);
    m_layout->addWidget(body, 1);
    m_layout->addWidget(m_buttons);
}

contacts::MatchKey ContactImportDialog::matchKey() const
{
    return contacts::MatchKey(m_match->currentData().toInt());
}

void ContactImportDialog::setMatchKey(contacts::MatchKey key)
{
    m_match->setCurrentIndex(qMax(0, m_match->findData(int(key))));
}

void ContactImportDialog::showFileError()
{
    m_error->setText(m_fileError.isEmpty() ? QString() : tr("Nothing can be imported: %1").arg(m_fileError));
    m_error->setVisible(!m_fileError.isEmpty());
    if (!m_fileError.isEmpty())
        m_plan->setPlan({});
}

void ContactImportDialog::showPlan(const contacts::ContactBatch& batch)
{
    if (!m_fileError.isEmpty()) {
        showFileError();
        return;
    }
    auto plan = contacts::planContactImport(m_db, batch, matchKey());
    if (!plan.ok()) {
        m_error->setText(plan.error().message);
        m_error->show();
        m_plan->setPlan({});
        return;
    }
    m_error->hide();
    m_plan->setPlan(plan.value());
}

bool ContactImportDialog::import()
{
    if (!m_fileError.isEmpty() || m_plan->writeCount() == 0)
        return false;
    const Status status = contacts::apply(m_db, m_plan->plan(), importKind(), QFileInfo(m_path).fileName(), &m_batchId);
    if (!status.ok()) {
        // Nothing was written: the transaction rolled back.
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(status.error().message));
        return false;
    }
    imported();
    return true;
}

} // namespace maillage::ui
