// SPDX-License-Identifier: EUPL-1.2
#include "ui/plan/NewPlanDialog.h"

#include "ui/plan/FormBuddies.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace maillage::ui {

NewPlanDialog::NewPlanDialog(const std::vector<ActionPlan>& previousPlans, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newPlanDialog"));
    setWindowTitle(tr("New action plan"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    const int year = QDate::currentDate().year();
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_title->setPlaceholderText(tr("Feuille de route %1–%2").arg(year).arg(year + 4));
    form->addRow(tr("&Title:"), m_title);

    m_first = new QSpinBox(this);
    m_first->setObjectName(QStringLiteral("planFirstYear"));
    m_first->setRange(1990, 2200);
    m_first->setValue(year);
    m_last = new QSpinBox(this);
    m_last->setObjectName(QStringLiteral("planLastYear"));
    m_last->setRange(1990, 2200);
    m_last->setValue(year + 4);
    auto* years = new QHBoxLayout;
    years->addWidget(m_first);
    years->addWidget(new QLabel(tr("to"), this));
    years->addWidget(m_last);
    years->addStretch();
    form->addRow(tr("&Years:"), years);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("planPreset"));
    for (plan::Preset preset : {plan::Preset::Clsm, plan::Preset::Ptsm, plan::Preset::Blank})
        m_preset->addItem(plan::presetLabel(preset), int(preset));
    form->addRow(tr("&Axes:"), m_preset);

    m_carry = new QComboBox(this);
    m_carry->setObjectName(QStringLiteral("planCarryFrom"));
    m_carry->addItem(tr("Nothing, start afresh"), qint64(0));
    for (const ActionPlan& previous : previousPlans)
        m_carry->addItem(
            tr("Unfinished fiches of “%1” (%2–%3)").arg(previous.title).arg(previous.firstYear).arg(previous.lastYear),
            previous.id);
    form->addRow(tr("&Carry over:"), m_carry);

    setFormBuddies(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("planProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create the plan"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

plan::NewPlan NewPlanDialog::request() const
{
    plan::NewPlan request;
    request.title = m_title->text().trimmed().isEmpty() ? m_title->placeholderText() : m_title->text().trimmed();
    request.firstYear = m_first->value();
    request.lastYear = m_last->value();
    request.preset = plan::Preset(m_preset->currentData().toInt());
    request.carryFromPlanId = m_carry->currentData().toLongLong();
    return request;
}

void NewPlanDialog::accept()
{
    if (m_last->value() < m_first->value()) {
        m_problem->setText(tr("The last year must not be before the first year."));
        m_problem->show();
        m_last->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace maillage::ui
