// SPDX-License-Identifier: EUPL-1.2
// The council's instances (plénière, COPIL, comité technique, three working groups, the RESAD cellule)
// and their members.
#include "core/demo/DemoContext.h"

#include "core/domain/Instance.h"

namespace maillage::demo {

namespace {

struct InstanceSpec {
    const char* key;
    InstanceKind kind;
    const char* name;
    const char* theme;
    const char* place;
    const char* cadence; ///< RFC 5545 recurrence rule
    int quorum;
    int sinceYearsBack;  ///< 0: started in the first month of the period
    const char* referent;
    // Seats: "org" first person of org, "org.2" its second, "@key" a named person; suffix "^" chair,
    // "~" suppléant, "?" invited. "#org" is a seat held by the organisation itself.
    const char* members;
};

const InstanceSpec instanceSpecs[] = {
    {"pleniere", InstanceKind::Plenary, "Assemblée plénière du CLSM", "Bilan annuel et orientations",
     "Salle des fêtes de Lysmont", "FREQ=YEARLY;BYMONTH=6", 0, 6, "@coordination",
     "@maire^ @directeur_epsm^ #mairie_berville #mairie_aubin #mairie_hautecourt #mairie_marcq #ccvl #departement "
     "#cmp_lysmont #cmpij #ch_lysmont #cpts #mda #samsah #esat #mdph #utpas #caf #udaf #lyshabitat #nordlogis "
     "#logisflandre #chrs #siao #college_jaures #lycee_michel #mission_locale #france_travail #pm_lysmont "
     "#commissariat #gendarmerie_hautecourt #sdis #gem_ariane #gem_escale #unafam #unafam_lys #mediatheque #ars "
     "#prefecture #cc_tilleuls #psycom"},
    {"copil", InstanceKind::SteeringCommittee, "Comité de pilotage", "Pilotage stratégique et feuille de route",
     "Mairie de Lysmont, salle du conseil", "FREQ=MONTHLY;INTERVAL=4", 7, 6, "@coordination",
     "@maire^ @directeur_epsm^ @adjoint_sante @pdt_cme @ars @dir_ccas @coordination ccvl departement @unafam "
     "@pdt_gem caf prefecture mairie_berville"},
    {"cotech", InstanceKind::TechnicalCommittee, "Comité technique", "Suivi opérationnel des fiches actions",
     "CCAS de Lysmont", "FREQ=MONTHLY;INTERVAL=3", 0, 6, "@coordination",
     "@coordination^ @chef_pole @ide_cmp utpas lyshabitat @referent_ml mda cpts gem_ariane.2 unafam_lys ireps "
     "cmp_lysmont.3~ utpas.2~ mairie_lysmont.4"},
    {"gt_logement", InstanceKind::WorkingGroup, "Groupe de travail Logement et santé mentale",
     "Maintien dans le logement, habitat accompagné", "Lys Habitat, agence du centre", "FREQ=WEEKLY;INTERVAL=7", 0, 3,
     "lyshabitat", "lyshabitat^ lyshabitat.2 nordlogis logisflandre chrs siao residence_accueil adil udaf samsah empp "
     "ccas_lysmont.3 habitat_ville aivs?"},
    {"gt_jeunesse", InstanceKind::WorkingGroup, "Groupe de travail Jeunesse", "Santé mentale des 11–25 ans",
     "Maison des adolescents", "FREQ=WEEKLY;INTERVAL=7", 0, 0, "mda",
     "mda^ paej @referent_ml college_jaures.2 lycee_michel.2 @pedopsy prevspe jeunesse_ville pjj caf cio "
     "college_curie.2~ mjc?"},
    {"gt_soins", InstanceKind::WorkingGroup, "Groupe de travail Accès aux soins", "Accès et continuité des soins",
     "Centre de santé municipal", "FREQ=WEEKLY;INTERVAL=7", 0, 2, "cpts",
     "cpts^ cpts.2 epsm.4 cmp_lysmont msp_aubin csm ch_lysmont dac pharmacie psylib csapa gem_escale cmp_berville~"},
    {"resad", InstanceKind::SituationsCell, "RESAD", "Cellule de situations complexes (réseau d'évaluation des "
     "situations d'adultes en difficulté)", "CCAS de Lysmont, salle 2", "FREQ=MONTHLY;BYDAY=2TU", 0, 6,
     "@coordination",
     "@coordination^ @chef_pole epsm.5 @ide_cmp empp utpas.2 lyshabitat nordlogis pm_lysmont udaf samsah chrs "
     "commissariat.2 dac"},
};

// The index in context.people of the n-th person (1-based) still in post at the end of the period.
std::size_t personOf(const DemoContext& context, const QString& orgKey, int n)
{
    const qint64 orgId = context.organisationId(orgKey);
    int seen = 0;
    for (std::size_t i = 0; i < context.people.size(); ++i)
        if (context.people[i].organisationId == orgId && !context.people[i].leftOn.isValid() && ++seen == n)
            return i;
    // Fewer people than asked: the first one will do.
    return n > 1 ? personOf(context, orgKey, 1) : 0;
}

} // namespace

void buildInstances(DemoContext& context)
{
    DemoDocument& doc = context.doc;
    for (const InstanceSpec& spec : instanceSpecs) {
        DemoInstance instance;
        instance.key = QString::fromLatin1(spec.key);
        instance.kind = codeOf(spec.kind);
        instance.name = QString::fromUtf8(spec.name);
        instance.place = QString::fromUtf8(spec.place);
        instance.since = spec.sinceYearsBack >= 6 ? context.councilCreatedOn
                         : spec.sinceYearsBack > 0 ? QDate(context.year - spec.sinceYearsBack, 9, 1)
                                                   : context.first.addDays(30);
        auto resolve = [&](QString token) {
            if (token.startsWith(u'@'))
                return context.personByKey.at(token.mid(1));
            const int n = token.contains(u'.') ? token.section(u'.', 1).toInt() : 1;
            return personOf(context, token.section(u'.', 0, 0), n);
        };
        const QString referent = QString::fromLatin1(spec.referent);
        const qint64 referentId = context.people.at(resolve(referent)).id;
        instance.id = doc.add(QStringLiteral("instance"), instance.since,
                              {{QStringLiteral("council_id"), context.councilId},
                               {QStringLiteral("kind"), instance.kind},
                               {QStringLiteral("name"), instance.name},
                               {QStringLiteral("theme"), QString::fromUtf8(spec.theme)},
                               {QStringLiteral("usual_place"), instance.place},
                               {QStringLiteral("cadence"), QString::fromLatin1(spec.cadence)},
                               {QStringLiteral("quorum"), spec.quorum},
                               {QStringLiteral("referent_contact_id"), referentId},
                               {QStringLiteral("notes"),
                                spec.kind == InstanceKind::SituationsCell
                                    ? QStringLiteral("Participation soumise à la signature de la charte de "
                                                     "confidentialité. Situations présentées sous pseudonyme.")
                                    : QString()}});
        instance.secretaryId = referentId;

        for (QString token : QString::fromLatin1(spec.members).split(u' ', Qt::SkipEmptyParts)) {
            QString role = codeOf(MemberRole::Member);
            QString seat = codeOf(Seat::Titular);
            QString membership = codeOf(Membership::Permanent);
            if (token.endsWith(u'^'))
                role = codeOf(MemberRole::Chair);
            if (token.endsWith(u'~'))
                seat = codeOf(Seat::Substitute);
            if (token.endsWith(u'?'))
                membership = codeOf(Membership::Invited);
            if (token.endsWith(u'^') || token.endsWith(u'~') || token.endsWith(u'?'))
                token.chop(1);
            QJsonObject values{{QStringLiteral("instance_id"), instance.id},
                               {QStringLiteral("role"), role},
                               {QStringLiteral("membership"), membership},
                               {QStringLiteral("seat"), seat}};
            DemoPerson* person = nullptr;
            if (token.startsWith(u'#')) {
                // An organisation's seat: its first person attends.
                const DemoOrganisation& org = context.organisation(token.mid(1));
                values.insert(QStringLiteral("organisation_id"), org.id);
                person = &context.people[personOf(context, org.key, 1)];
            } else {
                person = &context.people[resolve(token)];
                values.insert(QStringLiteral("contact_id"), person->id);
            }
            const QDate from = std::max(instance.since, person->since);
            values.insert(QStringLiteral("valid_from"), jsonDate(from));
            doc.add(QStringLiteral("instance_member"), from, values);
            if (role == codeOf(MemberRole::Chair))
                instance.chairs.push_back(person->id);
            if (std::find(instance.members.begin(), instance.members.end(), person->id) == instance.members.end())
                instance.members.push_back(person->id);
        }
        context.instances.push_back(instance);
    }

    // The cellule meets on a fixed rule: keep it as a series its meetings belong to.
    const DemoInstance& cell = context.instances.back();
    doc.add(QStringLiteral("meeting_series"), context.first.addDays(-20),
            {{QStringLiteral("instance_id"), cell.id},
             {QStringLiteral("rule"), QStringLiteral("FREQ=MONTHLY;BYDAY=2TU")},
             {QStringLiteral("starts_on"), jsonDate(context.first)},
             {QStringLiteral("ends_on"), jsonDate(context.last)},
             {QStringLiteral("occurrence_count"), 0}});
}

} // namespace maillage::demo
