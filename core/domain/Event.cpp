// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Event.h"

namespace maillage {

using namespace validation;

QStringList Event::validate() const
{
    QStringList problems;
    if (councilId <= 0)
        problems << required(tr("Council"));
    if (title.trimmed().isEmpty())
        problems << required(tr("Event title"));
    if (!startsOn.isValid())
        problems << required(tr("Start"));
    if (startsOn.isValid() && endsOn.isValid() && endsOn < startsOn)
        problems << notBefore(tr("End"), tr("Start"));
    if (participantCount < 0)
        problems << notNegative(tr("Participants"));
    if (peopleTrained < 0)
        problems << notNegative(tr("People trained"));
    if (kind == EventKind::PssmTraining && trainingModule.trimmed().isEmpty())
        problems << required(tr("Training module"));
    return problems;
}

QString Event::sismNationalTheme(int year)
{
    // French titles on purpose: they are the official names of the campaigns.
    switch (year) {
    case 2020:
        return QStringLiteral("Santé mentale et discriminations");
    case 2021:
        return QStringLiteral("Pour ma santé mentale, respectons mes droits");
    case 2022:
        return QStringLiteral("Pour ma santé mentale, agissons pour notre environnement");
    case 2023:
        return QStringLiteral("À tous les âges de la vie, ma santé mentale est un droit");
    case 2024:
        return QStringLiteral("En mouvement pour notre santé mentale");
    case 2025:
        return QStringLiteral("Pour notre santé mentale, réparons le lien social");
    default:
        return {};
    }
}

} // namespace maillage
