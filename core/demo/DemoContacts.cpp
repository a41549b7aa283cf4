// SPDX-License-Identifier: EUPL-1.2
// The people of the network: fictional names, functions, pillars, RGPD basis, and their affiliations
// (a few change organisation, a few leave during the period).
#include "core/demo/DemoContext.h"

#include "core/domain/Contact.h"

#include <set>

namespace maillage::demo {

namespace {

QString pillarOfSector(const QString& sector)
{
    if (sector == QLatin1String("elus_collectivites"))
        return codeOf(Pillar::Elected);
    if (sector == QLatin1String("psychiatrie_publique"))
        return codeOf(Pillar::Psychiatry);
    if (sector == QLatin1String("usagers_gem"))
        return codeOf(Pillar::User);
    if (sector == QLatin1String("aidants_unafam"))
        return codeOf(Pillar::Carer);
    if (sector == QLatin1String("citoyens"))
        return codeOf(Pillar::Citizen);
    return codeOf(Pillar::Professional);
}

// One more person for many partners, so the network has the size of a real one.
QString extraRole(const QString& sector)
{
    static const std::map<QString, QString> roles = {
        {QStringLiteral("elus_collectivites"), QStringLiteral("{Conseiller municipal|Conseillère municipale}")},
        {QStringLiteral("psychiatrie_publique"), QStringLiteral("{Infirmier|Infirmière} de secteur")},
        {QStringLiteral("autre_sanitaire"), QStringLiteral("{Infirmier|Infirmière}")},
        {QStringLiteral("medico_social"), QStringLiteral("{Éducateur spécialisé|Éducatrice spécialisée}")},
        {QStringLiteral("social"), QStringLiteral("{Travailleur social|Travailleuse sociale}")},
        {QStringLiteral("logement_hebergement"), QStringLiteral("{Médiateur social|Médiatrice sociale}")},
        {QStringLiteral("education_jeunesse"), QStringLiteral("{Professeur principal|Professeure principale}")},
        {QStringLiteral("police_justice_secours"), QStringLiteral("{Agent|Agente} de proximité")},
        {QStringLiteral("usagers_gem"), QStringLiteral("{Adhérent|Adhérente}")},
        {QStringLiteral("aidants_unafam"), QStringLiteral("Bénévole")},
        {QStringLiteral("culture_sport"), QStringLiteral("{Animateur|Animatrice}")},
        {QStringLiteral("emploi_insertion"), QStringLiteral("{Conseiller|Conseillère} en insertion")},
        {QStringLiteral("etat_ars"), QStringLiteral("{Chargé|Chargée} de mission")},
        {QStringLiteral("citoyens"), QStringLiteral("{Habitant engagé|Habitante engagée}")},
        {QStringLiteral("autre"), QStringLiteral("{Chargé|Chargée} de projets")},
    };
    return roles.at(sector);
}

// The partners whose people sit in the cellule (RESAD) and so sign its confidentiality charter.
bool signsCharter(const QString& orgKey)
{
    static const QStringList keys = {
        QStringLiteral("ccas_lysmont"), QStringLiteral("epsm"),       QStringLiteral("cmp_lysmont"),
        QStringLiteral("empp"),         QStringLiteral("utpas"),      QStringLiteral("lyshabitat"),
        QStringLiteral("nordlogis"),    QStringLiteral("pm_lysmont"), QStringLiteral("udaf"),
        QStringLiteral("samsah"),       QStringLiteral("chrs"),       QStringLiteral("commissariat"),
        QStringLiteral("dac")};
    return keys.contains(orgKey);
}

QString legalBasisOf(const DemoOrganisation& org)
{
    static const QStringList publicSectors = {
        QStringLiteral("elus_collectivites"), QStringLiteral("psychiatrie_publique"), QStringLiteral("etat_ars"),
        QStringLiteral("police_justice_secours"), QStringLiteral("education_jeunesse")};
    if (publicSectors.contains(org.sector) || org.key.startsWith(QLatin1String("ccas")) ||
        org.key == QLatin1String("utpas"))
        return codeOf(LegalBasis::PublicTask);
    if (org.sector == QLatin1String("usagers_gem") || org.sector == QLatin1String("aidants_unafam") ||
        org.sector == QLatin1String("citoyens"))
        return codeOf(LegalBasis::Consent);
    return codeOf(LegalBasis::LegitimateInterest);
}

PersonName uniqueName(Rng& rng, std::set<QString>& used)
{
    for (;;) {
        PersonName name;
        const bool female = rng.chance(62);
        name.civility = female ? QStringLiteral("Mme") : QStringLiteral("M.");
        name.firstName = rng.pick(female ? femaleFirstNames() : maleFirstNames());
        name.lastName = rng.pick(lastNames());
        name.lastName.replace(u'-', u' '); // "Da-Silva" in the word list keeps one word per entry
        if (used.insert(name.firstName + u' ' + name.lastName).second)
            return name;
    }
}

} // namespace

void buildContacts(DemoContext& context)
{
    std::set<QString> usedNames;
    Rng rng = context.rng.fork(stableHash(QStringLiteral("contacts")));
    for (const DemoOrganisation& org : context.organisations) {
        QStringList roles = org.roles.split(u';', Qt::SkipEmptyParts);
        if (rng.chance(65))
            roles << extraRole(org.sector);
        for (const QString& roleSpec : roles) {
            QString role = roleSpec;
            QString key;
            QString pillar = pillarOfSector(org.sector);
            if (const qsizetype star = role.indexOf(u'*'); star >= 0) {
                key = role.mid(star + 1);
                role.truncate(star);
            }
            if (const qsizetype at = role.indexOf(u'@'); at >= 0) {
                pillar = role.mid(at + 1);
                role.truncate(at);
            }
            DemoPerson person;
            person.name = uniqueName(rng, usedNames);
            person.jobTitle = genderise(role, person.name.civility == QLatin1String("Mme"));
            person.pillar = pillar;
            person.organisationId = org.id;
            const bool newcomer = key.isEmpty() && rng.chance(10);
            person.since = newcomer ? context.first.addDays(rng.between(15, 300))
                                    : std::min(org.since.addDays(rng.below(500)), context.first.addDays(-10));
            if (signsCharter(org.key))
                person.charterOn = std::max(person.since, QDate(context.year - 1, 2, 1)).addDays(rng.between(3, 60));
            person.id = qint64(context.people.size()) + 1;
            if (!key.isEmpty())
                context.personByKey.emplace(key, context.people.size());
            context.people.push_back(person);
        }
    }

    // A few people change organisation within their sector during the first year; a few leave.
    std::vector<std::size_t> movers;
    std::vector<std::size_t> leavers;
    std::set<std::size_t> keyPeople;
    for (const auto& [key, index] : context.personByKey)
        keyPeople.insert(index);
    for (std::size_t i = 5; i < context.people.size() && (movers.size() < 6 || leavers.size() < 3); i += 37) {
        if (keyPeople.count(i) || context.people[i].since >= context.first)
            continue;
        (movers.size() < 6 ? movers : leavers).push_back(i);
    }
    for (std::size_t index : movers) {
        DemoPerson& person = context.people[index];
        const DemoOrganisation& from = context.organisations.at(std::size_t(person.organisationId - 1));
        for (std::size_t step = 1; step < context.organisations.size(); ++step) {
            const DemoOrganisation& to =
                context.organisations[(std::size_t(person.organisationId - 1) + step) % context.organisations.size()];
            if (to.sector == from.sector && to.key != QLatin1String("epicerie")) {
                person.formerOrganisationId = from.id;
                person.organisationId = to.id;
                person.movedOn = QDate(context.year - 1, rng.between(3, 10), 1);
                break;
            }
        }
    }
    std::set<std::size_t> leaving(leavers.begin(), leavers.end());

    DemoDocument& doc = context.doc;
    for (DemoPerson& person : context.people) {
        const DemoOrganisation& org = context.organisations.at(std::size_t(person.organisationId - 1));
        const bool left = leaving.count(std::size_t(person.id - 1)) > 0;
        const QDate leftOn = QDate(context.year - 1, 6 + int(person.id % 5), 30);
        const QString legalBasis = legalBasisOf(org);
        QString notes;
        if (person.formerOrganisationId > 0)
            notes = QStringLiteral("A rejoint %1 le %2 (auparavant %3).")
                        .arg(org.name, person.movedOn.toString(QStringLiteral("dd/MM/yyyy")),
                             context.organisations.at(std::size_t(person.formerOrganisationId - 1)).name);
        else if (left)
            notes = QStringLiteral("A quitté ses fonctions le %1 ; successeur à identifier.")
                        .arg(leftOn.toString(QStringLiteral("dd/MM/yyyy")));
        const QDate updated = person.formerOrganisationId > 0 ? person.movedOn : left ? leftOn : person.since;
        const bool consent = legalBasis == codeOf(LegalBasis::Consent);
        const qint64 id = doc.add(
            QStringLiteral("contact"), person.since, std::max(updated, person.charterOn),
            {{QStringLiteral("civility"), person.name.civility},
             {QStringLiteral("first_name"), person.name.firstName},
             {QStringLiteral("last_name"), person.name.lastName},
             {QStringLiteral("job_title"), person.jobTitle},
             {QStringLiteral("pillar"), person.pillar},
             {QStringLiteral("email"), emailLocalPart(person.name.firstName, person.name.lastName) + u'@' + org.domain},
             {QStringLiteral("phone"), rng.chance(70) ? phoneNumber(rng) : QString()},
             {QStringLiteral("mobile"), rng.chance(35) ? phoneNumber(rng, true) : QString()},
             {QStringLiteral("legal_basis"), legalBasis},
             {QStringLiteral("consent_confirmed_on"),
              jsonDate(consent ? person.since.addDays(rng.between(0, 20)) : QDate())},
             {QStringLiteral("charter_signed_on"), jsonDate(person.charterOn)},
             {QStringLiteral("active"), !left},
             {QStringLiteral("notes"), notes}});
        Q_ASSERT(id == person.id);
        if (person.formerOrganisationId > 0) {
            doc.add(QStringLiteral("affiliation"), person.since, person.movedOn,
                    {{QStringLiteral("contact_id"), id},
                     {QStringLiteral("organisation_id"), person.formerOrganisationId},
                     {QStringLiteral("job_title"), person.jobTitle},
                     {QStringLiteral("valid_from"), jsonDate(person.since)},
                     {QStringLiteral("valid_to"), jsonDate(person.movedOn.addDays(-1))}});
        }
        const QDate from = person.formerOrganisationId > 0 ? person.movedOn : person.since;
        doc.add(QStringLiteral("affiliation"), from, left ? leftOn : from,
                {{QStringLiteral("contact_id"), id},
                 {QStringLiteral("organisation_id"), person.organisationId},
                 {QStringLiteral("job_title"), person.jobTitle},
                 {QStringLiteral("valid_from"), jsonDate(from)},
                 {QStringLiteral("valid_to"), jsonDate(left ? leftOn : QDate())}});
        if (left)
            person.leftOn = leftOn;
    }
}

} // namespace maillage::demo
