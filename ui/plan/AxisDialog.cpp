// SPDX-License-Identifier: EUPL-1.2
#include "ui/plan/AxisDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace maillage::ui {

AxisDialog::AxisDialog(const Axis& axis, QWidget* parent) : QDialog(parent), m_axis(axis)
{
    setObjectName(QStringLiteral("axisDialog"));
    setWindowTitle(axis.isNew() ? tr("New axis") : tr("Axis"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_code = new QLineEdit(axis.code, this);
    m_code->setObjectName(QStringLiteral("axisCode"));
    m_code->setMaximumWidth(120);
    form->addRow(tr("&Code:"), m_code);
    m_title = new QLineEdit(axis.title, this);
    m_title->setObjectName(QStringLiteral("axisTitle"));
    form->addRow(tr("&Title:"), m_title);
    m_description = new QPlainTextEdit(axis.description, this);
    m_description->setObjectName(QStringLiteral("axisDescription"));
    m_description->setTabChangesFocus(true);
    form->addRow(tr("&Description:"), m_description);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AxisDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 300);
}

Axis AxisDialog::axis() const
{
    Axis axis = m_axis;
    axis.code = m_code->text().trimmed();
    axis.title = m_title->text().trimmed();
    axis.description = m_description->toPlainText().trimmed();
    return axis;
}

void AxisDialog::accept()
{
    if (const QStringList problems = axis().validate(); !problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char('\n')));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace maillage::ui
