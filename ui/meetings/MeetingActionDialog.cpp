// SPDX-License-Identifier: EUPL-1.2
#include "ui/meetings/MeetingActionDialog.h"

#include "core/storage/MeetingListQueries.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace maillage::ui {

MeetingActionDialog::MeetingActionDialog(const QString& title, const QString& explanation, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("meetingActionDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_explanation = new QLabel(explanation, this);
    m_explanation->setObjectName(QStringLiteral("meetingActionExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setVisible(!explanation.isEmpty());
    layout->addWidget(m_explanation);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("meetingActionButtons"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

MeetingActionDialog* MeetingActionDialog::forNewMeeting(const std::vector<NamedRef>& instances, QWidget* parent)
{
    auto* dialog = new MeetingActionDialog(tr("New meeting"), tr("Which instance meets?"), parent);
    dialog->m_instance = new QComboBox(dialog);
    dialog->m_instance->setObjectName(QStringLiteral("meetingActionInstance"));
    for (const NamedRef& ref : instances)
        dialog->m_instance->addItem(ref.name, ref.id);
    dialog->m_form->addRow(tr("Instance:"), dialog->m_instance);
    dialog->updateOk();
    return dialog;
}

MeetingActionDialog* MeetingActionDialog::forDate(const QString& title, const QString& explanation,
                                                  const QDateTime& suggested, QWidget* parent)
{
    auto* dialog = new MeetingActionDialog(title, explanation, parent);
    dialog->m_when = new QDateTimeEdit(suggested, dialog);
    dialog->m_when->setObjectName(QStringLiteral("meetingActionDateTime"));
    dialog->m_when->setCalendarPopup(true);
    dialog->m_when->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    dialog->m_form->addRow(tr("Date and time:"), dialog->m_when);
    dialog->updateOk();
    return dialog;
}

MeetingActionDialog* MeetingActionDialog::forConfirmation(const QString& title, const QString& explanation,
                                                          const QString& okText, QWidget* parent)
{
    auto* dialog = new MeetingActionDialog(title, explanation, parent);
    dialog->m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    dialog->updateOk();
    return dialog;
}

MeetingActionDialog* MeetingActionDialog::forCancel(const QString& meetingName, QWidget* parent)
{
    auto* dialog = new MeetingActionDialog(
        tr("Cancel the meeting"),
        tr("%1 will be marked cancelled. It stays in the history with the reason.").arg(meetingName), parent);
    dialog->m_reason = new QPlainTextEdit(dialog);
    dialog->m_reason->setObjectName(QStringLiteral("meetingActionReason"));
    dialog->m_reason->setTabChangesFocus(true);
    dialog->m_reason->setFixedHeight(dialog->fontMetrics().height() * 4 + 12);
    dialog->m_form->addRow(tr("Reason:"), dialog->m_reason);
    connect(dialog->m_reason, &QPlainTextEdit::textChanged, dialog, &MeetingActionDialog::updateOk);
    dialog->updateOk();
    return dialog;
}

qint64 MeetingActionDialog::instanceId() const
{
    return m_instance ? m_instance->currentData().toLongLong() : 0;
}

void MeetingActionDialog::setInstanceId(qint64 id)
{
    if (m_instance)
        m_instance->setCurrentIndex(std::max(0, m_instance->findData(id)));
}

QDateTime MeetingActionDialog::dateTime() const
{
    return m_when ? m_when->dateTime() : QDateTime();
}

QString MeetingActionDialog::reason() const
{
    return m_reason ? m_reason->toPlainText().trimmed() : QString();
}

void MeetingActionDialog::updateOk()
{
    bool ok = true;
    if (m_instance)
        ok = m_instance->count() > 0;
    if (m_reason)
        ok = !reason().isEmpty(); // a cancellation without a reason leaves the history unexplained
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace maillage::ui
