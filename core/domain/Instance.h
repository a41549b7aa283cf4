// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/EnumText.h"
#include "core/domain/Record.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace maillage {

enum class InstanceKind { Plenary, SteeringCommittee, TechnicalCommittee, WorkingGroup, SituationsCell, Other };
MAILLAGE_ENUM_ENTRIES(
    InstanceKind,
    {InstanceKind::Plenary, "assemblee_pleniere", QT_TRANSLATE_NOOP("maillage::domain", "Plenary assembly")},
    {InstanceKind::SteeringCommittee, "comite_pilotage", QT_TRANSLATE_NOOP("maillage::domain", "Steering committee")},
    {InstanceKind::TechnicalCommittee, "comite_technique",
     QT_TRANSLATE_NOOP("maillage::domain", "Technical committee")},
    {InstanceKind::WorkingGroup, "groupe_travail", QT_TRANSLATE_NOOP("maillage::domain", "Working group")},
    {InstanceKind::SituationsCell, "cellule_situations",
     QT_TRANSLATE_NOOP("maillage::domain", "Complex situations cell")},
    {InstanceKind::Other, "autre", QT_TRANSLATE_NOOP("maillage::domain", "Other")})

struct InstanceMember;

/// A body of the council that meets: plénière, COPIL, groupe de travail, cellule…
struct Instance : Record
{
    qint64 councilId = 0;
    InstanceKind kind = InstanceKind::WorkingGroup;
    QString name; ///< the local name ("RESAD", "Groupe logement")
    QString theme;
    QString usualPlace;
    QString cadence; ///< recurrence rule text (core/calendar parses it)
    int quorum = 0;  ///< 0: no quorum
    qint64 referentContactId = 0;
    bool active = true;
    QString notes;

    std::vector<InstanceMember> members; ///< saved with the instance (InstanceRepository)

    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(Instance)
};

enum class MemberRole { Member, Chair };
MAILLAGE_ENUM_ENTRIES(MemberRole, {MemberRole::Member, "member", QT_TRANSLATE_NOOP("maillage::domain", "Member")},
                      {MemberRole::Chair, "chair", QT_TRANSLATE_NOOP("maillage::domain", "Chair")})
enum class Membership { Permanent, Invited };
MAILLAGE_ENUM_ENTRIES(Membership,
                      {Membership::Permanent, "permanent", QT_TRANSLATE_NOOP("maillage::domain", "Permanent")},
                      {Membership::Invited, "invited", QT_TRANSLATE_NOOP("maillage::domain", "Invited")})
enum class Seat { Titular, Substitute };
MAILLAGE_ENUM_ENTRIES(Seat, {Seat::Titular, "titulaire", QT_TRANSLATE_NOOP("maillage::domain", "Titular")},
                      {Seat::Substitute, "suppleant", QT_TRANSLATE_NOOP("maillage::domain", "Substitute")})

/// A seat in an instance, held by a person or by an organisation, over a period.
struct InstanceMember : Record
{
    qint64 instanceId = 0;
    qint64 contactId = 0;
    qint64 organisationId = 0;
    MemberRole role = MemberRole::Member;
    Membership membership = Membership::Permanent;
    Seat seat = Seat::Titular;
    QDate validFrom;
    QDate validTo;

    bool isCurrentOn(const QDate& day) const
    {
        return (!validFrom.isValid() || validFrom <= day) && (!validTo.isValid() || day <= validTo);
    }
    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(InstanceMember)
};

} // namespace maillage
