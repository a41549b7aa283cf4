// SPDX-License-Identifier: EUPL-1.2
#include "ui/privacy/EraseConfirmDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace maillage {

EraseConfirmDialog::EraseConfirmDialog(const QStringList& names, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("eraseConfirmDialog"));
    setWindowTitle(tr("Erase for good"));
    m_expected = names.size() == 1 ? names.first().simplified() : QString::number(names.size());

    auto* explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("eraseExplanation"));
    explanation->setWordWrap(true);
    const QString who = names.size() == 1 ? QStringLiteral("<b>%1</b>").arg(names.first().toHtmlEscaped())
                                          : tr("<b>%n people</b>", nullptr, int(names.size()));
    explanation->setText(
        tr("<p>%1 will be replaced by “Erased person no. …”. Their name, e-mail, phones, address, job title and notes "
           "are deleted, they leave the recipient lists, and their name is removed from minutes, decisions and "
           "follow-ups.</p><p>Attendance counts and statistics stay as they are.</p>"
           "<p><b>This cannot be undone</b>, and no copy is kept (older backups still hold them until they are "
           "thinned out).</p>")
            .arg(who));
    auto* prompt = new QLabel(names.size() == 1 ? tr("To confirm, type the name: %1").arg(m_expected)
                                                : tr("To confirm, type the number of people: %1").arg(m_expected),
                              this);
    prompt->setWordWrap(true);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("eraseTyped"));
    m_typed->setAccessibleName(tr("Confirmation"));
    prompt->setBuddy(m_typed);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase = buttons->addButton(tr("Erase for good"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseConfirmButton"));
    m_erase->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(prompt);
    layout->addWidget(m_typed);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());

    connect(m_typed, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_erase->setEnabled(text.simplified().compare(m_expected, Qt::CaseInsensitive) == 0);
    });
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace maillage
