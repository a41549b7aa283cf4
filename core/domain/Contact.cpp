// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Contact.h"

namespace maillage {

using namespace validation;

QString Contact::displayName() const
{
    if (isErased())
        return tr("Erased person no. %1").arg(id);
    QStringList parts;
    for (const QString& part : {civility, firstName, lastName})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    return parts.join(u' ');
}

QStringList Contact::validate() const
{
    QStringList problems;
    if (lastName.trimmed().isEmpty())
        problems << required(tr("Last name"));
    if (!email.isEmpty() && !looksLikeEmail(email))
        problems << invalidEmail(tr("E-mail"));
    if (legalBasis == LegalBasis::Consent && !consentConfirmedOn.isValid())
        problems << tr("The field “%1” is required when the legal basis is consent.").arg(tr("Consent confirmed on"));
    const QDate today = QDate::currentDate();
    if (consentConfirmedOn.isValid() && consentConfirmedOn > today)
        problems << tr("The field “%1” must not be in the future.").arg(tr("Consent confirmed on"));
    if (charterSignedOn.isValid() && charterSignedOn > today)
        problems << tr("The field “%1” must not be in the future.").arg(tr("Charter signed on"));
    return problems;
}

QStringList Affiliation::validate() const
{
    QStringList problems;
    if (contactId <= 0)
        problems << required(tr("Contact"));
    if (organisationId <= 0)
        problems << required(tr("Organisation"));
    if (validFrom.isValid() && validTo.isValid() && validTo < validFrom)
        problems << notBefore(tr("Until"), tr("From"));
    return problems;
}

} // namespace maillage
