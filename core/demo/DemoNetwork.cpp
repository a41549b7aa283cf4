// SPDX-License-Identifier: EUPL-1.2
// The council itself, its territory, the partner sectors and the partner organisations.
#include "core/demo/DemoContext.h"
#include "core/demo/DemoPartners.h"

#include "core/domain/Contact.h"
#include "core/domain/Council.h"

namespace maillage::demo {

namespace {

struct CommuneSpec
{
    const char* name;
    const char* insee;
    const char* postcode;
    int population;
    int qpv;
};

// A fictional intercommunal territory of the Nord; codes look like INSEE codes but name no real commune.
const CommuneSpec communes[] = {
    {"Lysmont", "59961", "59910", 24830, 2},
    {"Berville", "59962", "59920", 9640, 1},
    {"Saint-Aubin-sur-Lys", "59963", "59930", 6310, 0},
    {"Hautecourt", "59964", "59940", 4125, 0},
    {"Marcq-en-Lys", "59965", "59950", 2740, 0},
};

struct SectorSpec
{
    const char* code;
    const char* label;
    const char* color;
};

// The default partner sectors of the design, in display order.
const SectorSpec sectors[] = {
    {"elus_collectivites", "Élus et collectivités", "#1f77b4"},
    {"psychiatrie_publique", "Psychiatrie publique", "#d62728"},
    {"autre_sanitaire", "Autre sanitaire", "#ff7f0e"},
    {"medico_social", "Médico-social", "#9467bd"},
    {"social", "Social", "#2ca02c"},
    {"logement_hebergement", "Logement et hébergement", "#8c564b"},
    {"education_jeunesse", "Éducation et jeunesse", "#e377c2"},
    {"police_justice_secours", "Police, justice et secours", "#7f7f7f"},
    {"usagers_gem", "Usagers et GEM", "#bcbd22"},
    {"aidants_unafam", "Aidants et UNAFAM", "#17becf"},
    {"culture_sport", "Culture et sport", "#aec7e8"},
    {"emploi_insertion", "Emploi et insertion", "#ffbb78"},
    {"etat_ars", "Services de l'État et ARS", "#98df8a"},
    {"citoyens", "Citoyens", "#ff9896"},
    {"autre", "Autre", "#888888"},
};

const QStringList& streets()
{
    static const QStringList list = {
        QStringLiteral("rue de la République"),
        QStringLiteral("avenue Jean-Jaurès"),
        QStringLiteral("place du Général-de-Gaulle"),
        QStringLiteral("rue des Tilleuls"),
        QStringLiteral("rue Victor-Hugo"),
        QStringLiteral("boulevard de la Lys"),
        QStringLiteral("rue Pasteur"),
        QStringLiteral("rue du Moulin"),
        QStringLiteral("allée des Peupliers"),
        QStringLiteral("rue de l'Église"),
        QStringLiteral("rue Jules-Ferry"),
        QStringLiteral("avenue de la Gare"),
        QStringLiteral("rue du Marais"),
        QStringLiteral("chemin des Prés"),
        QStringLiteral("rue Roger-Salengro"),
        QStringLiteral("rue de Lille"),
    };
    return list;
}

QString domainOf(const QString& key)
{
    QString slug = key;
    slug.replace(u'_', u'-');
    return slug + QStringLiteral(".example.org");
}

} // namespace

void buildNetwork(DemoContext& context)
{
    DemoDocument& doc = context.doc;
    int position = 0;
    for (const SectorSpec& sector : sectors)
        doc.add(QStringLiteral("sector"), context.councilCreatedOn,
                {{QStringLiteral("code"), QString::fromLatin1(sector.code)},
                 {QStringLiteral("label"), QString::fromUtf8(sector.label)},
                 {QStringLiteral("position"), ++position},
                 {QStringLiteral("color"), QString::fromLatin1(sector.color)}});

    const int daysBefore = int(context.councilCreatedOn.daysTo(context.first));
    for (const PartnerSpec& spec : partnerSpecs()) {
        Rng rng = context.rng.fork(stableHash(QString::fromLatin1(spec.key)));
        DemoOrganisation org;
        org.key = QString::fromLatin1(spec.key);
        org.sector = QString::fromLatin1(spec.sector);
        org.name = QString::fromUtf8(spec.name);
        org.roles = QString::fromUtf8(spec.roles);
        org.domain = domainOf(org.key);
        const CommuneSpec& commune = communes[spec.commune];
        org.commune = QString::fromUtf8(commune.name);
        // Most partners joined before the period; a few during its first year.
        org.since = rng.chance(8) ? context.first.addDays(rng.between(20, 330))
                                  : context.councilCreatedOn.addDays(rng.below(daysBefore - 60));
        int sectorPosition = 0;
        for (int i = 0; i < int(std::size(sectors)); ++i)
            if (org.sector == QLatin1String(sectors[i].code))
                sectorPosition = i + 1;
        Q_ASSERT(sectorPosition > 0);
        const bool closed = org.key == QLatin1String("epicerie");
        const QString notes =
            closed ? QStringLiteral("Structure fermée fin %1 ; activité reprise par le CCAS de Berville.")
                         .arg(context.year - 1)
                   : QString();
        org.id = doc.add(
            QStringLiteral("organisation"), org.since, closed ? QDate(context.year - 1, 12, 31) : org.since,
            {{QStringLiteral("name"), org.name},
             {QStringLiteral("acronym"), QString::fromUtf8(spec.acronym)},
             {QStringLiteral("sector_id"), sectorPosition},
             {QStringLiteral("org_type"), QString::fromUtf8(spec.type)},
             {QStringLiteral("address"), QStringLiteral("%1 %2").arg(rng.between(1, 120)).arg(rng.pick(streets()))},
             {QStringLiteral("postcode"), QString::fromLatin1(commune.postcode)},
             {QStringLiteral("commune"), org.commune},
             {QStringLiteral("phone"), phoneNumber(rng)},
             {QStringLiteral("email"), QStringLiteral("contact@") + org.domain},
             {QStringLiteral("website"), rng.chance(60) ? QStringLiteral("https://www.") + org.domain : QString()},
             {QStringLiteral("active"), !closed},
             {QStringLiteral("notes"), notes}});
        context.organisationByKey.emplace(org.key, context.organisations.size());
        context.organisations.push_back(org);
    }
}

void buildCouncil(DemoContext& context)
{
    DemoDocument& doc = context.doc;
    const QDate created = context.councilCreatedOn;
    const DemoPerson& mayor = context.person(QStringLiteral("maire"));
    const DemoPerson& director = context.person(QStringLiteral("directeur_epsm"));
    const DemoPerson& coordinator = context.person(QStringLiteral("coordination"));
    const QString chairs = QStringLiteral("%1, maire de Lysmont\n%2, %3 de l'EPSM Val-de-Lys")
                               .arg(mayor.titled(), director.titled(), director.jobTitle.toLower());
    const QString conventions =
        QStringLiteral("Convention constitutive signée le %1 entre la Ville de Lysmont, l'EPSM Val-de-Lys, "
                       "la Communauté de communes et l'ARS\n"
                       "Charte de confidentialité du RESAD (révisée le %2)\n"
                       "Convention de financement du poste de coordination %3–%4")
            .arg(created.toString(QStringLiteral("dd/MM/yyyy")),
                 QDate(context.year - 1, 2, 1).toString(QStringLiteral("dd/MM/yyyy")))
            .arg(context.year - 1)
            .arg(context.year + 1);
    context.councilId =
        doc.add(QStringLiteral("council"), created, context.first,
                {{QStringLiteral("name"), QStringLiteral("Conseil local de santé mentale du Val-de-Lys")},
                 {QStringLiteral("short_name"), QStringLiteral("CLSM Val-de-Lys")},
                 {QStringLiteral("kind"), codeOf(CouncilKind::Intercommunal)},
                 {QStringLiteral("created_on"), jsonDate(created)},
                 {QStringLiteral("chairs"), chairs},
                 {QStringLiteral("coordinator_name"), coordinator.fullName()},
                 {QStringLiteral("coordinator_fte_percent"), 80},
                 {QStringLiteral("coordinator_employer"), QStringLiteral("CCAS de Lysmont")},
                 {QStringLiteral("coordinator_funding"),
                  QStringLiteral("ARS Hauts-de-France (FIR) : 50 %\nVille de Lysmont : 35 %\n"
                                 "Communauté de communes du Val-de-Lys : 15 %")},
                 {QStringLiteral("conventions"), conventions},
                 {QStringLiteral("situations_enabled"), true},
                 {QStringLiteral("notes"),
                  QStringLiteral("Conseil intercommunal co-présidé par la maire de Lysmont et la direction de l'EPSM. "
                                 "Cellule de situations complexes : RESAD (réunion mensuelle, sauf en août).")}});

    for (const CommuneSpec& commune : communes)
        doc.add(QStringLiteral("commune"), created,
                {{QStringLiteral("council_id"), context.councilId},
                 {QStringLiteral("name"), QString::fromUtf8(commune.name)},
                 {QStringLiteral("insee_code"), QString::fromLatin1(commune.insee)},
                 {QStringLiteral("population"), commune.population},
                 {QStringLiteral("qpv_count"), commune.qpv},
                 {QStringLiteral("valid_from"), jsonDate(created)}});
    doc.add(QStringLiteral("psychiatric_sector"), created,
            {{QStringLiteral("council_id"), context.councilId},
             {QStringLiteral("name"), QStringLiteral("Secteur de psychiatrie adulte 59G27")},
             {QStringLiteral("population_kind"), codeOf(SectorPopulation::Adult)},
             {QStringLiteral("establishment"), QStringLiteral("EPSM Val-de-Lys")},
             {QStringLiteral("valid_from"), jsonDate(created)}});
    doc.add(QStringLiteral("psychiatric_sector"), created,
            {{QStringLiteral("council_id"), context.councilId},
             {QStringLiteral("name"), QStringLiteral("Intersecteur de psychiatrie infanto-juvénile 59I09")},
             {QStringLiteral("population_kind"), codeOf(SectorPopulation::Child)},
             {QStringLiteral("establishment"), QStringLiteral("EPSM Val-de-Lys")},
             {QStringLiteral("valid_from"), jsonDate(created)}});

    for (const DemoOrganisation& org : context.organisations)
        doc.add(QStringLiteral("council_partner"), org.since,
                {{QStringLiteral("council_id"), context.councilId},
                 {QStringLiteral("organisation_id"), org.id},
                 {QStringLiteral("since"), jsonDate(org.since)}});
}

} // namespace maillage::demo
