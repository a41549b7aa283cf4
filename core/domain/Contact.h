// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/EnumText.h"
#include "core/domain/Record.h"

#include <QDate>
#include <QStringList>

namespace maillage {

/// The four pillars of a CLSM, plus professionals and citizens.
enum class Pillar { Elected, Psychiatry, User, Carer, Professional, Citizen };
MAILLAGE_ENUM_ENTRIES(Pillar, {Pillar::Elected, "elu", QT_TRANSLATE_NOOP("maillage::domain", "Elected official")},
                      {Pillar::Psychiatry, "psychiatrie", QT_TRANSLATE_NOOP("maillage::domain", "Psychiatry")},
                      {Pillar::User, "usager", QT_TRANSLATE_NOOP("maillage::domain", "User")},
                      {Pillar::Carer, "aidant", QT_TRANSLATE_NOOP("maillage::domain", "Carer")},
                      {Pillar::Professional, "professionnel", QT_TRANSLATE_NOOP("maillage::domain", "Professional")},
                      {Pillar::Citizen, "citoyen", QT_TRANSLATE_NOOP("maillage::domain", "Citizen")})

/// RGPD legal basis for keeping a person's data.
enum class LegalBasis { LegitimateInterest, Consent, PublicTask, LegalObligation };
MAILLAGE_ENUM_ENTRIES(
    LegalBasis,
    {LegalBasis::LegitimateInterest, "interet_legitime", QT_TRANSLATE_NOOP("maillage::domain", "Legitimate interest")},
    {LegalBasis::Consent, "consentement", QT_TRANSLATE_NOOP("maillage::domain", "Consent")},
    {LegalBasis::PublicTask, "mission_publique", QT_TRANSLATE_NOOP("maillage::domain", "Public task")},
    {LegalBasis::LegalObligation, "obligation_legale", QT_TRANSLATE_NOOP("maillage::domain", "Legal obligation")})

/// A person of the network.
struct Contact : Record
{
    QString civility; ///< "Mme", "M.", "Dr"… free text
    QString firstName;
    QString lastName;
    QString jobTitle;
    Pillar pillar = Pillar::Professional;
    QString email;
    QString phone;
    QString mobile;
    QString address;
    LegalBasis legalBasis = LegalBasis::LegitimateInterest;
    QDate consentConfirmedOn;
    QDate charterSignedOn; ///< confidentiality charter (cellule de situations)
    bool active = true;
    QString notes;
    QDate erasedOn; ///< RGPD erasure: identity replaced, the record kept for counts and read-only

    bool isErased() const { return erasedOn.isValid(); }
    /// "Dr Anne Martin", or "Erased person no. 12" once erased
    QString displayName() const;
    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(Contact)
};

/// A contact's link to an organisation over a period; the open one (no end) is the current one.
struct Affiliation : Record
{
    qint64 contactId = 0;
    qint64 organisationId = 0;
    QString jobTitle;
    QDate validFrom;
    QDate validTo;

    bool isCurrentOn(const QDate& day) const
    {
        return (!validFrom.isValid() || validFrom <= day) && (!validTo.isValid() || day <= validTo);
    }
    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(Affiliation)
};

} // namespace maillage
