// SPDX-License-Identifier: EUPL-1.2
// What the instances of the demo talk about, in the words of CLSM minutes.
#include "core/demo/DemoTopics.h"

#include <map>

namespace maillage::demo {

namespace {

const std::map<QString, std::vector<Topic>>& banks()
{
    static const std::map<QString, std::vector<Topic>> topics = {
        {QStringLiteral("pleniere"),
         {{"Rapport d'activité du CLSM", "ccas_lysmont", 40,
           "<p>La coordinatrice présente le rapport d'activité de l'année écoulée.</p><ul><li>Réunions des "
           "instances et des groupes de travail</li><li>Programme des SISM et formations PSSM</li><li>Situations "
           "examinées par le RESAD (données agrégées)</li></ul>",
           "Le rapport d'activité est adopté à l'unanimité.", "", ""},
          {"Présentation de la feuille de route", "epsm", 35,
           "<p>Présentation des quatre axes et des fiches actions. <b>Priorité</b> donnée à l'accès aux soins des "
           "jeunes et au maintien dans le logement.</p>",
           "La feuille de route est validée.", "Diffuser la feuille de route à l'ensemble des partenaires", "FA 1.3"},
          {"Témoignage du GEM Le Fil d'Ariane", "gem_ariane", 20,
           "<p>Les adhérents du GEM présentent leurs activités et leur participation aux SISM.</p>", "", "", ""},
          {"Intervention de l'ARS sur le projet territorial de santé mentale", "ars", 25,
           "<p>L'ARS rappelle les priorités du PTSM et les modalités de financement par le FIR.</p>", "",
           "Transmettre à l'ARS le bilan financier de l'année", ""}}},
        {QStringLiteral("copil"),
         {{"Suivi de la feuille de route", "ccas_lysmont", 40,
           "<p>Point d'avancement fiche par fiche.</p><ul><li>FA 1.2 : sessions PSSM complètes</li><li>FA 2.1 : "
           "permanences du CMP ouvertes</li><li>FA 3.3 : financement en attente</li></ul>",
           "Le COPIL valide l'état d'avancement présenté.", "", ""},
          {"Budget et financements", "ars", 30,
           "<p>Présentation du budget réalisé et prévisionnel. <b>Le FIR finance 50 %</b> du poste de "
           "coordination.</p>",
           "Le budget prévisionnel est approuvé.", "Déposer le dossier de demande de subvention FIR", "FA 1.2"},
          {"Programme des SISM", "ccas_lysmont", 20,
           "<p>Présentation du thème national et des propositions des partenaires.</p>",
           "Le programme des SISM est validé.", "Finaliser le programme et la communication des SISM", "FA 1.1"},
          {"Protocole de gestion des situations de crise", "epsm", 30,
           "<p>Relecture du protocole avec les forces de l'ordre et le SDIS.</p>",
           "Le protocole sera soumis à la signature des partenaires.", "Recueillir les signatures du protocole",
           "FA 4.2"},
          {"Bilan annuel du RESAD", "ccas_lysmont", 20,
           "<p>Données agrégées présentées ; les effectifs inférieurs à cinq ne sont pas détaillés.</p>", "", "", ""},
          {"Renouvellement de la convention de coordination", "mairie_lysmont", 20,
           "<p>La Ville et l'ARS confirment le financement du poste de coordination à 0,8 ETP.</p>",
           "Le renouvellement de la convention est approuvé.", "Préparer l'avenant à la convention", ""}}},
        {QStringLiteral("cotech"),
         {{"Point d'étape des fiches actions", "ccas_lysmont", 45,
           "<p>Chaque pilote présente l'avancement de sa fiche et les difficultés rencontrées.</p>", "",
           "Mettre à jour les indicateurs de suivi", "FA 2.1"},
          {"Préparation du COPIL", "ccas_lysmont", 25, "<p>Ordre du jour et documents du prochain COPIL.</p>", "",
           "Envoyer les documents du COPIL", ""},
          {"Sessions de formation PSSM", "pssm_hdf", 20,
           "<p>Calendrier des prochaines sessions ; <b>liste d'attente</b> de 14 personnes.</p>",
           "Deux sessions supplémentaires seront proposées.", "Réserver les salles pour les sessions PSSM", "FA 1.2"},
          {"Permanences du CMP sans rendez-vous", "cmp_lysmont", 25,
           "<p>Premiers chiffres de fréquentation : délai moyen ramené à trois semaines.</p>", "",
           "Informer les médecins traitants des permanences", "FA 2.1"},
          {"Guide ressources du territoire", "mairie_lysmont", 20,
           "<p>Relecture du guide ; ajouter les numéros d'urgence et le 3114.</p>",
           "Le guide sera imprimé à 500 "
           "exemplaires.",
           "Envoyer le guide à l'imprimeur", "FA 1.3"},
          {"Ciné-débats dans les communes", "cinema", 20, "<p>Choix des films et des intervenants.</p>", "",
           "Contacter les mairies pour les salles", "FA 1.4"}}},
        {QStringLiteral("gt_logement"),
         {{"Circuit de signalement bailleurs – CCAS", "lyshabitat", 40,
           "<p>Présentation de la fiche de signalement.</p><ul><li>Impayés avec troubles du comportement</li>"
           "<li>Troubles du voisinage répétés</li></ul>",
           "La fiche de signalement est adoptée.", "Diffuser la fiche de signalement aux gardiens", "FA 3.1"},
          {"Résidence accueil Les Peupliers : bilan d'occupation", "residence_accueil", 25,
           "<p>Huit résidents ; deux places vacantes ; liste d'attente SIAO.</p>", "",
           "Transmettre les candidatures au SIAO", "FA 3.2"},
          {"Visites conjointes avec l'EMPP", "empp", 30,
           "<p>Retour sur les visites à domicile conjointes ; <b>bonne adhésion</b> des locataires.</p>", "", "", ""},
          {"Prévention des expulsions : commission CCAPEX", "adil", 25,
           "<p>Articulation avec la CCAPEX et le fonds de solidarité logement.</p>", "",
           "Organiser une rencontre avec la CCAPEX", "FA 3.1"},
          {"Incurie et syndrome de Diogène", "habitat_ville", 30, "<p>Premiers éléments de la grille de repérage.</p>",
           "Un sous-groupe rédigera la grille de repérage.", "Rédiger la grille de repérage de l'incurie", "FA 4.3"},
          {"Habitat inclusif : projet de la CCVL", "ccvl", 25, "<p>Présentation du projet et du calendrier.</p>", "",
           "", ""}}},
        {QStringLiteral("gt_jeunesse"),
         {{"Permanence de psychologue à la mission locale", "mission_locale", 30,
           "<p>Fréquentation des permanences et profil des jeunes reçus.</p>", "",
           "Communiquer sur la permanence auprès des conseillers", "FA 2.3"},
          {"Harcèlement et santé mentale au collège", "college_jaures", 30,
           "<p>Retour d'expérience du collège ; lien avec le programme pHARe.</p>", "", "", ""},
          {"Parcours d'orientation vers le CMP-IJ", "cmpij", 30,
           "<p>Délais d'attente au CMP-IJ et critères d'orientation vers la MDA.</p>",
           "Un logigramme d'orientation commun sera rédigé.", "Rédiger le logigramme d'orientation", "FA 2.3"},
          {"PSSM module Jeunes pour les animateurs", "jeunesse_ville", 20,
           "<p>Recensement des animateurs intéressés.</p>", "", "Inscrire les animateurs à la session PSSM Jeunes",
           "FA 1.2"},
          {"Réseaux sociaux et mal-être des adolescents", "mda", 30,
           "<p>Présentation de la MDA : signaux d'alerte et ressources (3114, Fil Santé Jeunes).</p>", "", "", ""},
          {"Action de prévention dans les lycées", "lycee_michel", 25,
           "<p>Projet d'ateliers sur les compétences "
           "psychosociales.</p>",
           "", "Solliciter l'IREPS pour l'animation des ateliers", ""}}},
        {QStringLiteral("gt_soins"),
         {{"Ligne d'avis psychiatrique pour les médecins traitants", "cpts", 30,
           "<p>Fonctionnement de la ligne et premiers retours des médecins.</p>", "",
           "Évaluer la ligne d'avis après trois mois", "FA 2.2"},
          {"Délais d'accès au CMP", "cmp_lysmont", 30,
           "<p>Présentation des délais par CMP. <b>Berville</b> reste au-dessus de six semaines.</p>", "",
           "Étudier une permanence avancée à Berville", "FA 2.1"},
          {"Continuité des soins après une hospitalisation", "epsm", 30,
           "<p>Sorties d'hospitalisation : rendez-vous de suivi sous sept jours.</p>", "", "", ""},
          {"Recontact après une tentative de suicide", "ch_lysmont", 25,
           "<p>Présentation du dispositif de recontact et du lien avec les urgences.</p>",
           "Le groupe soutient le déploiement du dispositif de recontact.", "Identifier les sentinelles", "FA 2.4"},
          {"Addictions et troubles psychiques", "csapa", 25, "<p>Articulation CSAPA – CMP.</p>", "", "", ""},
          {"Rôle des pharmaciens dans le repérage", "pharmacie", 20, "<p>Retour d'expérience de la pharmacie.</p>", "",
           "Diffuser le guide ressources aux officines", "FA 1.3"}}},
        {QStringLiteral("resad"),
         {{"Suivi des situations en cours", "", 60,
           "<p>Point sur les situations suivies (pseudonymes). Actions engagées par les référents.</p>", "",
           "Organiser une visite à domicile conjointe CMP – bailleur", "FA 4.1"},
          {"Nouvelles situations présentées", "", 40,
           "<p>Présentation des nouvelles situations ; consentement recueilli ; désignation d'un référent.</p>",
           "Désignation d'un référent pour chaque nouvelle situation.", "", ""},
          {"Fonctionnement de la cellule", "ccas_lysmont", 15,
           "<p>Rappel de la charte de confidentialité et des règles de partage d'informations.</p>", "", "", ""}}},
    };
    return topics;
}

} // namespace

const std::vector<Topic>& topicsOf(const QString& instanceKey)
{
    return banks().at(instanceKey);
}

} // namespace maillage::demo
