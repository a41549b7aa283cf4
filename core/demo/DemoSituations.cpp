// SPDX-License-Identifier: EUPL-1.2
// The cellule's register: a dozen pseudonymous situations reviewed at RESAD meetings. No names, by design.
#include "core/demo/DemoContext.h"

#include "core/domain/Situation.h"

namespace maillage::demo {

namespace {

const char* const referrals[] = {"Bailleur social",    "CCAS",    "Police municipale",
                                 "CMP adultes",        "Famille", "Médecin traitant",
                                 "Mairie (voisinage)", "SAMSAH"};
const char* const categories[] = {"Troubles du voisinage", "Incurie dans le logement", "Rupture de soins",
                                  "Impayés de loyer",      "Isolement social",         "Conduites addictives",
                                  "Mise en danger de soi", "Conflit familial"};
const char* const outcomes[] = {
    "Reprise du suivi au CMP après une visite à domicile conjointe.",
    "Mesure de protection mise en place ; maintien dans le logement.",
    "Orientation vers la résidence accueil Les Peupliers.",
    "Plan d'apurement de la dette signé ; accompagnement SAMSAH.",
    "Situation stabilisée ; suivi par le médecin traitant.",
};

} // namespace

void buildSituations(DemoContext& context)
{
    DemoDocument& doc = context.doc;
    Rng rng = context.rng.fork(stableHash(QStringLiteral("situations")));
    std::vector<DemoMeeting> held;
    for (const DemoMeeting& meeting : context.cellMeetings)
        if (meeting.held)
            held.push_back(meeting);
    if (held.empty())
        return;
    std::map<int, int> numberInYear;
    const int count = 12;
    for (int s = 0; s < count; ++s) {
        // Openings spread over the held meetings, two thirds of them in the first year.
        const std::size_t at =
            std::min(held.size() - 1, std::size_t(s) * std::min<std::size_t>(held.size(), 16) / count);
        const DemoMeeting& opening = held[at];
        const int year = opening.day.year();
        const QString pseudonym = Situation::makePseudonym(year, ++numberInYear[year]);
        std::vector<const DemoMeeting*> reviews{&opening};
        const int more = rng.between(1, 4);
        for (std::size_t next = at + 1; next < held.size() && int(reviews.size()) <= more; next += 1 + rng.below(2))
            reviews.push_back(&held[next]);
        const QDate lastReview = reviews.back()->day;
        const QDate lastContact = context.notAfterToday(lastReview.addDays(rng.between(0, 14)));
        const bool closed = lastReview.addDays(75) < context.today && rng.chance(70);
        QStringList picked;
        for (int index : rng.sample(int(std::size(categories)), rng.between(1, 3)))
            picked << QString::fromUtf8(categories[index]);
        const bool written = rng.chance(60);
        const qint64 id = doc.add(
            QStringLiteral("situation"), opening.day, closed ? lastReview : lastContact,
            {{QStringLiteral("council_id"), context.councilId},
             {QStringLiteral("pseudonym"), pseudonym},
             {QStringLiteral("referral_sector"), QString::fromUtf8(referrals[rng.below(int(std::size(referrals)))])},
             {QStringLiteral("opened_on"), jsonDate(opening.day)},
             {QStringLiteral("last_contact_on"), jsonDate(lastContact)},
             {QStringLiteral("categories"), picked.join(u'\n')},
             {QStringLiteral("outcome"),
              closed ? QString::fromUtf8(outcomes[rng.below(int(std::size(outcomes)))]) : QString()},
             {QStringLiteral("consent_on"), jsonDate(opening.day.addDays(-rng.between(2, 12)))},
             {QStringLiteral("consent_how"), written ? QStringLiteral("Écrit, formulaire signé")
                                                     : QStringLiteral("Oral, recueilli par le référent et tracé")},
             {QStringLiteral("consent_scope"),
              QStringLiteral("Partage d'informations entre les membres du RESAD signataires de la charte")},
             {QStringLiteral("closed_on"), jsonDate(closed ? lastReview : QDate())}});
        for (const DemoMeeting* review : reviews)
            doc.add(QStringLiteral("situation_review"), review->day,
                    {{QStringLiteral("situation_id"), id},
                     {QStringLiteral("meeting_id"), review->id},
                     {QStringLiteral("reviewed_on"), jsonDate(review->day)}});
    }
}

} // namespace maillage::demo
