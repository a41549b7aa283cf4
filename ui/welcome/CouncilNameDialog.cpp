// SPDX-License-Identifier: EUPL-1.2
#include "ui/welcome/CouncilNameDialog.h"

#include "ui_CouncilNameDialog.h"

#include <QPushButton>

namespace maillage::ui {

CouncilNameDialog::CouncilNameDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::CouncilNameDialog>())
{
    m_ui->setupUi(this);
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Create the council"));
    ok->setEnabled(false);
    connect(m_ui->councilNameEdit, &QLineEdit::textChanged, this,
            [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CouncilNameDialog::~CouncilNameDialog() = default;

QString CouncilNameDialog::councilName() const
{
    return m_ui->councilNameEdit->text().simplified();
}

} // namespace maillage::ui
