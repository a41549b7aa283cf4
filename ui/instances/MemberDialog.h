// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Instance.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace maillage::ui {

/// A person or an organisation that can hold a seat.
struct Party {
    QString label;
    qint64 contactId = 0;
    qint64 organisationId = 0;
};

/// Asks who holds a seat in an instance, how, and over which period.
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    MemberDialog(const std::vector<Party>& parties, QWidget* parent = nullptr);

    void setMember(const InstanceMember& member);
    /// The member as edited; id and instance are those given to setMember().
    InstanceMember member() const;

private:
    const std::vector<Party>& m_parties;
    InstanceMember m_member;
    QComboBox* m_party = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_membership = nullptr;
    QComboBox* m_seat = nullptr;
    QCheckBox* m_hasFrom = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_hasTo = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace maillage::ui
