// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Situation.h"

#include <QRegularExpression>

namespace maillage {

using namespace validation;

QDate Situation::purgeDueOn() const
{
    const QDate last = lastContactOn.isValid() ? lastContactOn : openedOn;
    return last.isValid() ? last.addYears(2) : QDate();
}

QString Situation::makePseudonym(int year, int number)
{
    return QStringLiteral("SIT-%1-%2").arg(year).arg(number, 3, 10, QLatin1Char('0'));
}

QStringList Situation::validate() const
{
    QStringList problems;
    static const QRegularExpression pattern(QStringLiteral("^SIT-\\d{4}-\\d{3,}$"));
    if (councilId <= 0)
        problems << required(tr("Council"));
    if (pseudonym.isEmpty())
        problems << required(tr("Pseudonymous identifier"));
    else if (!pattern.match(pseudonym).hasMatch())
        problems << tr("The field “%1” must look like SIT-2026-014: no names in the register.")
                        .arg(tr("Pseudonymous identifier"));
    if (!openedOn.isValid())
        problems << required(tr("Opened on"));
    if (openedOn.isValid() && lastContactOn.isValid() && lastContactOn < openedOn)
        problems << notBefore(tr("Last contact"), tr("Opened on"));
    if (consentOn.isValid() && consentHow.trimmed().isEmpty())
        problems << required(tr("How consent was given"));
    return problems;
}

} // namespace maillage
