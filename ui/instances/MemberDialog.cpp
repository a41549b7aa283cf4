// SPDX-License-Identifier: EUPL-1.2
#include "ui/instances/MemberDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>

namespace maillage::ui {

namespace {

template <typename E>
QComboBox* enumCombo(const QString& name, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    for (E value : allValues<E>())
        box->addItem(labelOf(value), int(value));
    return box;
}

} // namespace

MemberDialog::MemberDialog(const std::vector<Party>& parties, QWidget* parent) : QDialog(parent), m_parties(parties)
{
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(tr("Member of the instance"));
    m_party = new QComboBox(this);
    m_party->setObjectName(QStringLiteral("memberParty"));
    m_party->setEditable(true); // type to find a name among hundreds
    m_party->setInsertPolicy(QComboBox::NoInsert);
    for (int index = 0; index < int(parties.size()); ++index)
        m_party->addItem(parties[std::size_t(index)].label, index);
    m_role = enumCombo<MemberRole>(QStringLiteral("memberRole"), this);
    m_membership = enumCombo<Membership>(QStringLiteral("memberMembership"), this);
    m_seat = enumCombo<Seat>(QStringLiteral("memberSeat"), this);
    m_hasFrom = new QCheckBox(tr("From"), this);
    m_hasFrom->setObjectName(QStringLiteral("memberHasFrom"));
    m_from = new QDateEdit(QDate::currentDate(), this);
    m_from->setObjectName(QStringLiteral("memberFrom"));
    m_from->setCalendarPopup(true);
    m_hasTo = new QCheckBox(tr("Until"), this);
    m_hasTo->setObjectName(QStringLiteral("memberHasTo"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("memberTo"));
    m_to->setCalendarPopup(true);
    for (auto [box, edit] : {std::pair{m_hasFrom, m_from}, std::pair{m_hasTo, m_to}}) {
        edit->setEnabled(false);
        connect(box, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    auto* period = new QHBoxLayout;
    period->addWidget(m_hasFrom);
    period->addWidget(m_from);
    period->addSpacing(12);
    period->addWidget(m_hasTo);
    period->addWidget(m_to);
    period->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("memberButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!parties.empty());

    auto* form = new QFormLayout(this);
    form->addRow(tr("Person or organisation:"), m_party);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Membership:"), m_membership);
    form->addRow(tr("Seat:"), m_seat);
    form->addRow(tr("Period:"), period);
    form->addRow(buttons);
}

void MemberDialog::setMember(const InstanceMember& member)
{
    m_member = member;
    for (int index = 0; index < int(m_parties.size()); ++index) {
        const Party& party = m_parties[std::size_t(index)];
        if ((member.contactId && party.contactId == member.contactId)
            || (member.organisationId && party.organisationId == member.organisationId))
            m_party->setCurrentIndex(index);
    }
    m_role->setCurrentIndex(m_role->findData(int(member.role)));
    m_membership->setCurrentIndex(m_membership->findData(int(member.membership)));
    m_seat->setCurrentIndex(m_seat->findData(int(member.seat)));
    m_hasFrom->setChecked(member.validFrom.isValid());
    if (member.validFrom.isValid())
        m_from->setDate(member.validFrom);
    m_hasTo->setChecked(member.validTo.isValid());
    if (member.validTo.isValid())
        m_to->setDate(member.validTo);
}

InstanceMember MemberDialog::member() const
{
    InstanceMember member = m_member;
    const int index = m_party->currentData().toInt();
    if (index >= 0 && index < int(m_parties.size())) {
        member.contactId = m_parties[std::size_t(index)].contactId;
        member.organisationId = m_parties[std::size_t(index)].organisationId;
    }
    member.role = MemberRole(m_role->currentData().toInt());
    member.membership = Membership(m_membership->currentData().toInt());
    member.seat = Seat(m_seat->currentData().toInt());
    member.validFrom = m_hasFrom->isChecked() ? m_from->date() : QDate();
    member.validTo = m_hasTo->isChecked() ? m_to->date() : QDate();
    return member;
}

} // namespace maillage::ui
