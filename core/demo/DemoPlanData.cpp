// SPDX-License-Identifier: EUPL-1.2
// The roadmap of the Val-de-Lys council: projects of the kind CLSMs and ARS texts describe.
#include "core/demo/DemoPlanData.h"

namespace maillage::demo {

const std::vector<AxisSpec>& axisSpecs()
{
    static const std::vector<AxisSpec> axes = {
        {"A1", "Promouvoir la santé mentale et lutter contre la stigmatisation",
         "Informer le grand public, les élus et les professionnels de l'accueil ; changer le regard sur les "
         "troubles psychiques."},
        {"A2", "Améliorer l'accès aux soins et la continuité des parcours",
         "Réduire les délais d'accès au CMP, articuler la ville et l'hôpital, repérer tôt la souffrance des jeunes."},
        {"A3", "Favoriser l'inclusion : logement, emploi, vie sociale",
         "Prévenir les ruptures de logement, développer l'habitat accompagné, soutenir l'emploi et la pair-aidance."},
        {"A4", "Accompagner les situations complexes et les situations de crise",
         "Cellule de situations complexes, protocole de crise, repérage de l'incurie dans le logement."},
    };
    return axes;
}

const std::vector<SheetSpec>& sheetSpecs()
{
    static const std::vector<SheetSpec> sheets = {
        {1, "FA 1.1", "Semaines d'information sur la santé mentale (SISM)",
         "Chaque mois d'octobre, les SISM offrent l'occasion de parler de santé mentale au grand public. Le CLSM "
         "coordonne le programme local avec les partenaires culturels, le GEM et l'UNAFAM.",
         "Informer le grand public et réduire la stigmatisation des personnes vivant avec un trouble psychique.",
         "Proposer au moins six manifestations dans trois communes\nAssocier les usagers à la conception du "
         "programme\nToucher un public qui ne vient pas spontanément",
         "ccas_lysmont",
         "epsm:co_porteur gem_ariane:operateur unafam:relais mediatheque:operateur cinema:operateur "
         "ars:financeur",
         "Tout public", 600, "in_progress", 3, "FIR/ARS:3000 Commune:2500 Valorisation:1500",
         "Participants aux manifestations des SISM|personnes|outcome|320|600|Feuilles d'émargement",
         "Programme validé par le COPIL@5;Bilan présenté en plénière@9"},
        {1, "FA 1.2", "Former les acteurs de première ligne aux Premiers secours en santé mentale",
         "Gardiens d'immeuble, agents d'accueil, animateurs et policiers municipaux sont souvent les premiers "
         "témoins d'une crise. La formation PSSM leur donne des repères pour agir.",
         "Développer une culture commune du repérage et de l'orientation sur le territoire.",
         "Former 120 secouristes en santé mentale en trois ans\nConstituer un réseau de secouristes formés\n"
         "Proposer le module Jeunes aux professionnels de la jeunesse",
         "ccas_lysmont",
         "pssm_hdf:operateur ars:financeur lyshabitat:relais mission_locale:relais pm_lysmont:partenaire",
         "Professionnels de première ligne, bénévoles, habitants", 120, "in_progress", 1,
         "FIR/ARS:6000 Commune:2000 CAF:1500",
         "Personnes formées aux PSSM|personnes|process|18|120|Attestations PSSM France",
         "Convention avec les formateurs accrédités@1;Premier bilan du réseau de secouristes@12"},
        {1, "FA 1.3", "Sensibiliser les élus et les agents d'accueil à la santé mentale",
         "Les élus sont sollicités par des habitants en difficulté et se sentent démunis face aux troubles du "
         "voisinage.",
         "Outiller les élus et les agents d'accueil des cinq communes.",
         "Une séance de sensibilisation par an pour les élus\nUn guide ressources du territoire", "mairie_lysmont",
         "psycom:operateur epsm:co_porteur ccvl:relais", "Élus, agents d'accueil", 80, "done", 2,
         "Commune:1200 Valorisation:800", "Élus et agents sensibilisés|personnes|process|0|80|Feuilles d'émargement",
         "Guide ressources diffusé@8;Séance des élus@10"},
        {1, "FA 1.4", "Ciné-débats santé mentale dans les communes rurales",
         "Les communes rurales du Val-de-Lys ont peu d'offre de prévention. Le cinéma itinérant permet d'aller "
         "vers les habitants.",
         "Aller vers les habitants des petites communes et faire connaître les ressources.",
         "Deux ciné-débats par an hors de Lysmont\nUn intervenant du soin et un pair-aidant à chaque séance", "cinema",
         "mediatheque_berville:operateur millenaire:relais gem_escale:partenaire epsm:partenaire "
         "ccvl:financeur",
         "Habitants des communes rurales", 250, "in_progress", 4, "Commune:900 Contrat de ville:1200",
         "Spectateurs des ciné-débats|personnes|outcome|0|250|Billetterie", "Choix des films avec le GEM@1"},
        {2, "FA 2.1", "Accueil sans rendez-vous au CMP adultes de Lysmont",
         "Le délai pour un premier rendez-vous au CMP dépasse souvent deux mois ; des personnes renoncent aux soins.",
         "Réduire le délai d'accès à un premier entretien infirmier au CMP.",
         "Ouvrir deux demi-journées d'accueil sans rendez-vous\nInformer les médecins généralistes du dispositif",
         "epsm", "cmp_lysmont:operateur cpts:co_porteur msp_aubin:relais ars:financeur",
         "Adultes du territoire, médecins traitants", 200, "in_progress", 2, "FIR/ARS:15000 Valorisation:4000",
         "Délai moyen avant premier entretien|jours|outcome|62|15|Dossier patient de l'EPSM",
         "Ouverture des permanences@3;Évaluation à six mois@9"},
        {2, "FA 2.2", "Coordination ville-hôpital avec la CPTS",
         "Les médecins généralistes suivent la majorité des personnes souffrant de dépression ou d'anxiété et "
         "demandent un accès plus simple à l'avis psychiatrique.",
         "Fluidifier les échanges entre médecine de ville et psychiatrie publique.",
         "Une ligne d'avis psychiatrique pour les médecins traitants\nDes staffs communs trimestriels", "cpts",
         "epsm:co_porteur dac:partenaire csm:relais", "Médecins généralistes, infirmiers libéraux", 60, "in_progress",
         9, "FIR/ARS:5000", "Avis psychiatriques rendus aux médecins traitants|avis|process|0|150|CPTS",
         "Ligne d'avis ouverte@4;Premier staff commun@6"},
        {2, "FA 2.3", "Repérage précoce de la souffrance psychique des jeunes (16–25 ans)",
         "La mission locale et le PAEJ constatent une hausse des situations de mal-être chez les jeunes, qui "
         "consultent peu.",
         "Amener plus tôt vers le soin les jeunes en souffrance psychique.",
         "Une permanence de psychologue à la mission locale\nFormer les conseillers au repérage\n"
         "Un parcours d'orientation vers le CMP-IJ et la MDA",
         "mda", "mission_locale:co_porteur paej:operateur cmpij:partenaire college_jaures:relais caf:financeur",
         "Jeunes de 16 à 25 ans", 150, "in_progress", 1, "FIR/ARS:8000 CAF:4000 Contrat de ville:3000",
         "Jeunes reçus en permanence|jeunes|process|0|150|Mission locale",
         "Recrutement du psychologue@2;Bilan annuel@12"},
        {2, "FA 2.4", "Prévention du suicide : recontact et réseau de sentinelles",
         "Le territoire présente un taux de passages aux urgences pour geste suicidaire supérieur à la moyenne "
         "régionale.",
         "Réduire la récidive suicidaire et mieux repérer les personnes à risque.",
         "Déployer le recontact après une tentative de suicide\nFormer des sentinelles dans les communes", "epsm",
         "ch_lysmont:co_porteur ars:financeur sdis:relais", "Personnes après un geste suicidaire", 90, "planned", 3,
         "FIR/ARS:12000", "Sentinelles formées|personnes|process|0|40|EPSM", "Formation des sentinelles@6"},
        {3, "FA 3.1", "Prévenir les expulsions locatives des personnes en souffrance psychique",
         "Les bailleurs signalent des impayés et des troubles de voisinage liés à des troubles psychiques non suivis.",
         "Maintenir dans leur logement les locataires en difficulté psychique.",
         "Un circuit de signalement précoce bailleurs – CCAS\nDes visites conjointes avec l'EMPP", "ccas_lysmont",
         "lyshabitat:co_porteur nordlogis:partenaire adil:operateur udaf:partenaire samsah:relais",
         "Locataires du parc social", 40, "in_progress", 1, "Commune:3000 Département:5000 Contrat de ville:2500",
         "Expulsions évitées|ménages|outcome|0|25|Bailleurs, CCAS", "Protocole de signalement signé@3"},
        {3, "FA 3.2", "Développer le logement accompagné",
         "Les personnes sortant d'hospitalisation longue manquent de solutions de logement avec accompagnement.",
         "Augmenter l'offre de logement accompagné pour les personnes vivant avec un trouble psychique.",
         "Ouvrir huit places en résidence accueil\nUne commission d'orientation partagée avec le SIAO", "ccvl",
         "residence_accueil:operateur siao:partenaire departement:financeur ars:financeur",
         "Personnes vivant avec un trouble psychique", 12, "in_progress", 6, "Département:20000 FIR/ARS:10000",
         "Places de logement accompagné ouvertes|places|outcome|15|23|SIAO", "Commission d'orientation installée@4"},
        {3, "FA 3.3", "Accès et maintien dans l'emploi : job coaching",
         "Le soutien individualisé à l'emploi a fait ses preuves pour les personnes handicapées psychiques.",
         "Favoriser l'accès et le maintien dans l'emploi en milieu ordinaire.",
         "Un job coach partagé entre l'ESAT et Cap emploi\nDix entreprises partenaires", "mission_locale",
         "esat:co_porteur cap_emploi:operateur france_travail:relais ea:partenaire",
         "Personnes en situation de handicap psychique", 25, "suspended", 4, "FIR/ARS:9000 Département:6000",
         "Personnes accompagnées vers l'emploi|personnes|process|0|25|ESAT", "Recherche de financement@6"},
        {3, "FA 3.4", "Soutenir les GEM et la pair-aidance",
         "Les deux GEM du territoire accueillent un nombre croissant d'adhérents et souhaitent développer la "
         "pair-aidance.",
         "Renforcer la place des usagers dans la vie locale et dans le CLSM.",
         "Un local plus grand pour le GEM de Berville\nFormer deux médiateurs de santé pairs", "gem_ariane",
         "pairs:co_porteur ars:financeur mairie_berville:financeur gem_escale:partenaire", "Usagers de la psychiatrie",
         70, "in_progress", 1, "FIR/ARS:4000 Commune:3000 Valorisation:2000",
         "Adhérents des GEM|adhérents|outcome|48|70|GEM", "Nouveau local du GEM@9"},
        {4, "FA 4.1", "Cellule de situations complexes (RESAD)",
         "Des situations d'incurie, de troubles du voisinage ou de rupture de soins mobilisent de nombreux acteurs "
         "sans coordination.",
         "Construire des réponses concertées aux situations individuelles complexes.",
         "Une réunion mensuelle avec charte de confidentialité\nUn référent pour chaque situation\n"
         "Le consentement recueilli et tracé",
         "ccas_lysmont", "epsm:co_porteur utpas:partenaire pm_lysmont:partenaire lyshabitat:partenaire udaf:partenaire",
         "Personnes en situation complexe", 20, "in_progress", 1, "Commune:2000 Valorisation:6000",
         "Situations examinées|situations|process|9|20|Registre du RESAD", "Charte révisée@1;Bilan annuel@12"},
        {4, "FA 4.2", "Protocole de gestion des situations de crise",
         "Les interventions pour soins sans consentement mobilisent police, pompiers, mairie et psychiatrie, "
         "avec des délais et des incompréhensions.",
         "Sécuriser les interventions de crise et les hospitalisations sans consentement.",
         "Un protocole signé par tous les acteurs\nUne fiche réflexe pour les élus", "epsm",
         "commissariat:partenaire gendarmerie_hautecourt:partenaire sdis:partenaire ch_lysmont:partenaire "
         "mairie_lysmont:co_porteur",
         "Élus, forces de l'ordre, secours, soignants", 50, "done", 2, "Valorisation:3000",
         "Signataires du protocole|structures|process|0|8|CLSM", "Protocole signé@7"},
        {4, "FA 4.3", "Incurie dans le logement : repérage et accompagnement",
         "Les situations d'incurie (syndrome de Diogène) sont signalées tard, souvent par le voisinage.",
         "Repérer plus tôt et accompagner les personnes en situation d'incurie.",
         "Une grille de repérage partagée\nUn circuit avec le service habitat et le SSIAD", "habitat_ville",
         "lyshabitat:partenaire ssiad:operateur cmp_lysmont:partenaire ccas_lysmont:co_porteur",
         "Personnes en situation d'incurie", 15, "planned", 2, "Commune:2500",
         "Situations d'incurie repérées|situations|process|0|15|Service habitat", "Grille de repérage@3"},
    };
    return sheets;
}

} // namespace maillage::demo
