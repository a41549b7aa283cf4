<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActionPlan</name>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Intitulé du plan</translation>
    </message>
    <message>
        <source>The field “%1” must be a year.</source>
        <translation>Le champ « %1 » doit être une année.</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Première année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
</context>
<context>
    <name>ActionPlanComputed</name>
    <message>
        <source>compute the indicator “%1”</source>
        <translation>calculer l’indicateur « %1 »</translation>
    </message>
    <message>
        <source>The indicator “%1” is entered by hand.</source>
        <translation>L’indicateur « %1 » est saisi à la main.</translation>
    </message>
    <message>
        <source>Choose the instance whose meetings the indicator “%1” counts.</source>
        <translation>Choisissez l’instance dont l’indicateur « %1 » compte les réunions.</translation>
    </message>
</context>
<context>
    <name>ActionPlanRepository</name>
    <message>
        <source>save the action plan</source>
        <translation>sauvegarder le plan d’action</translation>
    </message>
    <message>
        <source>read the action plan</source>
        <translation>lire le plan d’action</translation>
    </message>
    <message>
        <source>This action plan does not exist (any more).</source>
        <translation>Ce plan d’action n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>delete the action plan</source>
        <translation>supprimer le plan d’action</translation>
    </message>
    <message>
        <source>list the action plans</source>
        <translation>lister les plans d’action</translation>
    </message>
    <message>
        <source>save the axis</source>
        <translation>sauvegarder l’axe</translation>
    </message>
    <message>
        <source>read the axis</source>
        <translation>lire l’axe</translation>
    </message>
    <message>
        <source>This axis does not exist (any more).</source>
        <translation>Cet axe n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>delete the axis</source>
        <translation>supprimer l’axe</translation>
    </message>
    <message>
        <source>list the axes</source>
        <translation>lister les axes</translation>
    </message>
    <message>
        <source>save the action sheet</source>
        <translation>sauvegarder la fiche action</translation>
    </message>
    <message>
        <source>read the action sheet</source>
        <translation>lire la fiche action</translation>
    </message>
    <message>
        <source>This action sheet does not exist (any more).</source>
        <translation>Cette fiche action n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>delete the action sheet</source>
        <translation>supprimer la fiche action</translation>
    </message>
    <message>
        <source>list the action sheets</source>
        <translation>lister les fiches actions</translation>
    </message>
    <message>
        <source>count the action sheets</source>
        <translation>compter les fiches actions</translation>
    </message>
    <message>
        <source>The year %1 is outside the plan (%2–%3).</source>
        <translation>L’année %1 est hors de la période du plan (%2–%3).</translation>
    </message>
    <message>
        <source>lock the year</source>
        <translation>verrouiller l’année</translation>
    </message>
    <message>
        <source>unlock the year</source>
        <translation>déverrouiller l’année</translation>
    </message>
    <message>
        <source>read the locked years</source>
        <translation>lire les années verrouillées</translation>
    </message>
    <message>
        <source>The period %1 of the indicator “%2” is outside the plan (%3–%4).</source>
        <translation>La période %1 de l’indicateur « %2 » est hors de la période du plan (%3–%4).</translation>
    </message>
    <message>
        <source>The year %1 is locked: its indicator values no longer change. Unlock the year first.</source>
        <translation>L’année %1 est verrouillée : ses valeurs d’indicateurs ne changent plus. Déverrouillez d’abord l’année.</translation>
    </message>
    <message>
        <source>link the meeting</source>
        <translation>lier la réunion</translation>
    </message>
    <message>
        <source>unlink the meeting</source>
        <translation>délier la réunion</translation>
    </message>
    <message>
        <source>read the links of the action sheet</source>
        <translation>lire les liens de la fiche action</translation>
    </message>
    <message>
        <source>Fiche action « %1 » (deleted)</source>
        <translation>Fiche action « %1 » (supprimée)</translation>
    </message>
    <message>
        <source>Fiche action %1 « %2 » (deleted)</source>
        <translation>Fiche action %1 « %2 » (supprimée)</translation>
    </message>
</context>
<context>
    <name>ActionSheet</name>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Action sheet title</source>
        <translation>Intitulé de la fiche action</translation>
    </message>
    <message>
        <source>Expected number of people</source>
        <translation>Nombre de personnes attendu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>Affiliation</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Date de début</translation>
    </message>
</context>
<context>
    <name>AgendaItem</name>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>AgendaTemplate</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>An attendee must be a contact or a named guest.</source>
        <translation>Un participant doit être un contact ou un invité nommément désigné.</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représenté par</translation>
    </message>
    <message>
        <source>Proxy given to</source>
        <translation>Pouvoir donné à</translation>
    </message>
</context>
<context>
    <name>Axis</name>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Axis title</source>
        <translation>Intitulé de l’axe</translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
    </message>
    <message>
        <source>18 to 25</source>
        <translation>18 à 25 ans</translation>
    </message>
    <message>
        <source>26 to 59</source>
        <translation>26 à 59 ans</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 ans et plus</translation>
    </message>
    <message>
        <source>The breakdown is not readable: %1</source>
        <translation>La ventilation est illisible : %1</translation>
    </message>
    <message>
        <source>The breakdown by “%1” is not a list of categories.</source>
        <translation>La ventilation par « %1 » n’est pas une liste de catégories.</translation>
    </message>
    <message>
        <source>The breakdown by “%1” holds “%2” for “%3”, which is not a number.</source>
        <translation>La ventilation par « %1 » contient « %2 » pour « %3 », qui n’est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The breakdown by %1 adds up to %2, not the value %3.</source>
        <translation>La ventilation par %1 totalise %2, et non la valeur %3.</translation>
    </message>
</context>
<context>
    <name>BudgetLine</name>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>The field “%1” must be a year.</source>
        <translation>Le champ « %1 » doit être une année.</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>Exercice budgétaire</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>say where to write the archive with -o FILE.json.</source>
        <translation>indiquez où écrire l’archive avec -o FICHIER.json.</translation>
    </message>
    <message>
        <source>This database uses an older schema (%1). Open it once with this version of Maillage (it is updated after a backup), then export it.</source>
        <translation>Cette base de données utilise un schéma plus ancien (%1). Ouvrez-la une fois avec cette version de Maillage (elle est mise à jour après une sauvegarde), puis exportez-la.</translation>
    </message>
    <message>
        <source>Archive written to %1.</source>
        <translation>Archive écrite dans %1.</translation>
    </message>
    <message>
        <source>Replace everything the database holds (otherwise the database must be empty).</source>
        <translation>Remplacer tout le contenu de la base de données (sinon, la base doit être vide).</translation>
    </message>
    <message>
        <source>give exactly one archive file to import.</source>
        <translation>indiquez exactement un fichier d’archive à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported into %1.</source>
        <translation>
            <numerusform>%n ligne importée dans %1.</numerusform>
            <numerusform>%n lignes importées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Maillage writes %2)</source>
        <translation>Version du schéma : %1 (cette version de Maillage écrit la version %2)</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité : %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Références : %1</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Lignes par table :</translation>
    </message>
    <message>
        <source>Fill an empty database with a fictional demonstration council.</source>
        <translation>Remplir une base de données vide avec un conseil de démonstration fictif.</translation>
    </message>
    <message>
        <source>Check a database: schema version, integrity, references, row counts.</source>
        <translation>Vérifier une base de données : version du schéma, intégrité, références, nombre de lignes.</translation>
    </message>
    <message>
        <source>Try “maillage %1 --help”.</source>
        <translation>Essayez « maillage %1 --help ».</translation>
    </message>
    <message>
        <source>Commands (run without a command to open the window):</source>
        <translation>Commandes (lancé sans commande, Maillage ouvre sa fenêtre) :</translation>
    </message>
    <message>
        <source>Each command has its own --help. Exit codes: 0 ok, 1 usage error, 2 data error.</source>
        <translation>Chaque commande a sa propre aide (--help). Codes de sortie : 0 succès, 1 erreur d’utilisation, 2 erreur de données.</translation>
    </message>
    <message>
        <source>Database: a SQLite file path or postgresql://user@host/database (default: %1).</source>
        <translation>Base de données : chemin d’un fichier SQLite ou postgresql://utilisateur@serveur/base (par défaut : %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Last year of the demonstration (default: the current year). The council covers it and the year before.</source>
        <translation>Dernière année de la démonstration (par défaut : l’année en cours). Le conseil couvre cette année et la précédente.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ANNÉE</translation>
    </message>
    <message>
        <source>“%1” is not a year.</source>
        <translation>« %1 » n’est pas une année.</translation>
    </message>
    <message>
        <source>The demonstration council was written to %1.</source>
        <translation>Le conseil de démonstration a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Maillage — coordination of local mental health councils.</source>
        <translation>Maillage — coordination des conseils locaux de santé mentale.</translation>
    </message>
    <message>
        <source>Backup file to write (default: a dated file in the “sauvegardes” folder beside the database, where older backups are then thinned to 7 daily, 8 weekly and 12 monthly).</source>
        <translation>Fichier de sauvegarde à écrire (par défaut : un fichier daté dans le dossier « sauvegardes » à côté de la base, où les anciennes sauvegardes sont ensuite éclaircies pour garder 7 quotidiennes, 8 hebdomadaires et 12 mensuelles).</translation>
    </message>
    <message>
        <source>Verified backup written to %1.</source>
        <translation>Sauvegarde vérifiée écrite dans %1.</translation>
    </message>
    <message>
        <source>Write a verified backup copy of a database file.</source>
        <translation>Écrire une copie de sauvegarde vérifiée d’une base de données.</translation>
    </message>
    <message>
        <source>The instance that receives the meetings of a calendar (.ics).</source>
        <translation>L’instance qui reçoit les réunions d’un calendrier (.ics).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>There is no instance named “%1”.</source>
        <translation>Aucune instance ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>instances: %1</source>
        <translation>instances : %1</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD.</source>
        <translation>--%1 attend une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>json (archive) or ics (calendar); by default from the extension of FILE.</source>
        <translation>json (archive) ou ics (calendrier) ; par défaut d’après l’extension du FICHIER.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>ics: only the meetings of this instance; import: the instance that receives the meetings.</source>
        <translation>ics : uniquement les réunions de cette instance ; import : l’instance qui reçoit les réunions.</translation>
    </message>
    <message>
        <source>ics: first day of the meetings to export.</source>
        <translation>ics : premier jour des réunions à exporter.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>ics: last day of the meetings to export.</source>
        <translation>ics : dernier jour des réunions à exporter.</translation>
    </message>
    <message>
        <source>Calendar written to %1.</source>
        <translation>Calendrier écrit dans %1.</translation>
    </message>
    <message>
        <source>say which instance receives the meetings with --instance NAME.</source>
        <translation>indiquez quelle instance reçoit les réunions avec --instance NOM.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>attention : %1</translation>
    </message>
    <message>
        <source>warning (line %1): %2</source>
        <translation>attention (ligne %1) : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) imported into %1.</source>
        <translation>
            <numerusform>%n réunion importée dans %1.</numerusform>
            <numerusform>%n réunions importées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print every figure of the activity report of a period, as JSON.</source>
        <translation>Afficher tous les chiffres du rapport d’activité d’une période, en JSON.</translation>
    </message>
    <message>
        <source>Calendar year of the figures (default: the current year).</source>
        <translation>Année civile des chiffres (par défaut : l’année en cours).</translation>
    </message>
    <message>
        <source>First day of a custom period (YYYY-MM-DD).</source>
        <translation>Premier jour d’une période personnalisée (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Last day of a custom period (YYYY-MM-DD).</source>
        <translation>Dernier jour d’une période personnalisée (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Only this council (its number); repeat for several.</source>
        <translation>Seulement ce conseil (son numéro) ; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>give both --from and --to as YYYY-MM-DD.</source>
        <translation>indiquez --from et --to au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“%1” is not a council number.</source>
        <translation>« %1 » n’est pas un numéro de conseil.</translation>
    </message>
    <message>
        <source>Write the minutes of a meeting (PDF or ODT).</source>
        <translation>Écrire le compte rendu d’une réunion (PDF ou ODT).</translation>
    </message>
    <message>
        <source>Write the convocation of a meeting (PDF or ODT).</source>
        <translation>Écrire la convocation d’une réunion (PDF ou ODT).</translation>
    </message>
    <message>
        <source>Write the sign-in sheet of a meeting (PDF or ODT).</source>
        <translation>Écrire la feuille d’émargement d’une réunion (PDF ou ODT).</translation>
    </message>
    <message>
        <source>Write the record of decisions of a meeting (PDF or ODT).</source>
        <translation>Écrire le relevé de décisions d’une réunion (PDF ou ODT).</translation>
    </message>
    <message>
        <source>say which meeting with --meeting ID (a number).</source>
        <translation>indiquez la réunion avec --meeting ID (un nombre).</translation>
    </message>
    <message>
        <source>say where to write the document with -o FILE.pdf or -o FILE.odt.</source>
        <translation>indiquez où écrire le document avec -o FICHIER.pdf ou -o FICHIER.odt.</translation>
    </message>
    <message>
        <source>There is no meeting %1 in %2.</source>
        <translation>Il n’y a pas de réunion %1 dans %2.</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>Document « %1 » écrit dans %2.</translation>
    </message>
    <message>
        <source>Id of the meeting. Required.</source>
        <translation>Numéro de la réunion. Obligatoire.</translation>
    </message>
    <message>
        <source>File to write: .pdf or .odt. Required.</source>
        <translation>Fichier à écrire : .pdf ou .odt. Obligatoire.</translation>
    </message>
    <message>
        <source>Leave the list of participants out.</source>
        <translation>Ne pas mettre la liste des participants.</translation>
    </message>
    <message>
        <source>Include the confidential agenda items.</source>
        <translation>Inclure les points confidentiels de l’ordre du jour.</translation>
    </message>
    <message>
        <source>Text at the foot of every page.</source>
        <translation>Texte en pied de chaque page.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>File to write: an archive (.json), a calendar (.ics) or contacts (.vcf, .csv). Required.</source>
        <translation>Fichier à écrire : une archive (.json), un calendrier (.ics) ou des contacts (.vcf, .csv). Obligatoire.</translation>
    </message>
    <message>
        <source>the format must be json, ics, vcf or csv.</source>
        <translation>le format doit être json, ics, vcf ou csv.</translation>
    </message>
    <message>
        <source>Maillage archive (JSON) to load, calendar (.ics) whose events become meetings, or contacts (.vcf, .csv) to add or update.</source>
        <translation>Archive Maillage (JSON) à charger, calendrier (.ics) dont les événements deviennent des réunions, ou contacts (.vcf, .csv) à ajouter ou mettre à jour.</translation>
    </message>
    <message>
        <source>FILE.json|FILE.ics|FILE.vcf|FILE.csv</source>
        <translation>FICHIER.json|FICHIER.ics|FICHIER.vcf|FICHIER.csv</translation>
    </message>
    <message>
        <source>Write the whole database to a Maillage archive (JSON), meetings to a calendar (.ics) or contacts to .vcf/.csv.</source>
        <translation>Écrire toute la base dans une archive Maillage (JSON), les réunions dans un calendrier (.ics) ou les contacts en .vcf/.csv.</translation>
    </message>
    <message>
        <source>Load a Maillage archive (JSON) into an empty database, a calendar (.ics) into an instance, or contacts (.vcf, .csv).</source>
        <translation>Charger une archive Maillage (JSON) dans une base vide, un calendrier (.ics) dans une instance, ou des contacts (.vcf, .csv).</translation>
    </message>
    <message>
        <source>Contacts (.vcf, .csv): how an incoming person finds an existing contact: email (default) or name (last name, first name and organisation).</source>
        <translation>Contacts (.vcf, .csv) : comment une personne importée retrouve un contact existant : email (par défaut) ou name (nom, prénom et organisme).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>CSV: a JSON file {"column header": "field"} instead of guessing from the headers.</source>
        <translation>CSV : un fichier JSON {"en-tête de colonne": "champ"} au lieu de deviner d’après les en-têtes.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FICHIER.json</translation>
    </message>
    <message>
        <source>Contacts: show what would be created or updated, write nothing.</source>
        <translation>Contacts : montrer ce qui serait créé ou mis à jour, sans rien écrire.</translation>
    </message>
    <message>
        <source>--match takes email or name.</source>
        <translation>--match prend email ou name.</translation>
    </message>
    <message>
        <source>--mapping is for CSV files only.</source>
        <translation>--mapping ne sert qu’aux fichiers CSV.</translation>
    </message>
    <message>
        <source>rejected (line %1): %2</source>
        <translation>rejeté (ligne %1) : %2</translation>
    </message>
    <message>
        <source>warning (line %1): %2 looks like the existing contact %3.</source>
        <translation>attention (ligne %1) : %2 ressemble au contact existant %3.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1 to create, %2 to update, %3 to skip, %4 rejected; %5 new organisation(s).</source>
        <translation>Simulation, rien n’a été écrit : %1 à créer, %2 à mettre à jour, %3 à ignorer, %4 rejeté(s) ; %5 nouvel(s) organisme(s).</translation>
    </message>
    <message>
        <source>Contacts imported: %1 created, %2 updated, %3 skipped, %4 rejected; %5 new organisation(s).</source>
        <translation>Contacts importés : %1 créé(s), %2 mis à jour, %3 ignoré(s), %4 rejeté(s) ; %5 nouvel(s) organisme(s).</translation>
    </message>
    <message>
        <source>Contacts written to %1.</source>
        <translation>Contacts écrits dans %1.</translation>
    </message>
    <message>
        <source>vcf: 4.0 (default) or 3.0 for older address books.</source>
        <translation>vcf : 4.0 (par défaut) ou 3.0 pour les carnets d’adresses plus anciens.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>csv: semicolon (default, French Excel) or comma.</source>
        <translation>csv : semicolon (point-virgule, par défaut, pour Excel en français) ou comma (virgule).</translation>
    </message>
    <message>
        <source>SEPARATOR</source>
        <translation>SÉPARATEUR</translation>
    </message>
    <message>
        <source>--vcard-version takes 4.0 or 3.0.</source>
        <translation>--vcard-version prend 4.0 ou 3.0.</translation>
    </message>
    <message>
        <source>--separator takes semicolon or comma.</source>
        <translation>--separator prend semicolon ou comma.</translation>
    </message>
    <message>
        <source>Write the annual activity report of one council or several (PDF or ODT).</source>
        <translation>Écrire le rapport d’activité annuel d’un conseil ou de plusieurs (PDF ou ODT).</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2).</source>
        <translation>la période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Calendar year of the report (default: the current year).</source>
        <translation>Année civile du rapport (par défaut : l’année en cours).</translation>
    </message>
    <message>
        <source>Every council of the database, compared (the default).</source>
        <translation>Tous les conseils de la base, comparés (par défaut).</translation>
    </message>
    <message>
        <source>say where to write the report with -o FILE.pdf or -o FILE.odt.</source>
        <translation>indiquez où écrire le rapport avec -o FICHIER.pdf ou -o FICHIER.odt.</translation>
    </message>
    <message>
        <source>give either --council or --all, not both.</source>
        <translation>indiquez --council ou --all, pas les deux.</translation>
    </message>
    <message>
        <source>Activity report written to %1.</source>
        <translation>Rapport d’activité écrit dans %1.</translation>
    </message>
    <message>
        <source>Print the figures as JSON (the default).</source>
        <translation>Afficher les chiffres en JSON (par défaut).</translation>
    </message>
    <message>
        <source>Write the indicators of the national survey to a CSV file, one row per council.</source>
        <translation>Écrire les indicateurs de l’état des lieux national dans un fichier CSV, une ligne par conseil.</translation>
    </message>
    <message>
        <source>Indicators written to %1.</source>
        <translation>Indicateurs écrits dans %1.</translation>
    </message>
    <message>
        <source>Write one action sheet or the whole action plan as a booklet with its timeline (PDF or ODT).</source>
        <translation>Écrire une fiche action ou tout le plan d’action en livret avec son calendrier (PDF ou ODT).</translation>
    </message>
    <message>
        <source>Id of the action plan (default: the most recent one).</source>
        <translation>Identifiant du plan d’action (par défaut : le plus récent).</translation>
    </message>
    <message>
        <source>Code of one action sheet to write alone (default: the whole plan as a booklet).</source>
        <translation>Code d’une fiche action à écrire seule (par défaut : tout le plan en livret).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>say which plan with --plan ID (a number).</source>
        <translation>indiquez le plan avec --plan ID (un nombre).</translation>
    </message>
    <message>
        <source>Action plan written to %1.</source>
        <translation>Plan d’action écrit dans %1.</translation>
    </message>
    <message>
        <source>Action sheet %1 written to %2.</source>
        <translation>Fiche action %1 écrite dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>would create %n row(s):</source>
        <translation>
            <numerusform>créerait %n ligne :</numerusform>
            <numerusform>créerait %n lignes :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>created %n row(s):</source>
        <translation>
            <numerusform>%n ligne créée :</numerusform>
            <numerusform>%n lignes créées :</numerusform>
        </translation>
    </message>
    <message>
        <source>organisations matched with the database: %1</source>
        <translation>organismes reconnus dans la base : %1</translation>
    </message>
    <message>
        <source>“%1” (%2) → #%3 “%4”, by %5</source>
        <translation>« %1 » (%2) → n° %3 « %4 », par %5</translation>
    </message>
    <message>
        <source>partner sectors matched by code: %1</source>
        <translation>secteurs de partenaires reconnus par leur code : %1</translation>
    </message>
    <message>
        <source>situation pseudonyms already in use, renumbered: %1</source>
        <translation>pseudonymes de situations déjà pris, renumérotés : %1</translation>
    </message>
    <message>
        <source>journal and undo rows of the source left out: %1</source>
        <translation>lignes du journal et d’annulation de la source laissées de côté : %1</translation>
    </message>
    <message>
        <source>Add the councils of one or more archives (JSON) or Maillage databases (.sqlite) to this database, with new ids, matching shared organisations (SIRET, FINESS, or name and commune). With --dry-run, print what would be created and matched, and write nothing.</source>
        <translation>Ajouter à cette base les conseils d’une ou plusieurs archives (JSON) ou bases Maillage (.sqlite), avec de nouveaux numéros, en reconnaissant les organismes partagés (SIRET, FINESS, ou nom et commune). Avec --dry-run, afficher ce qui serait créé et reconnu, sans rien écrire.</translation>
    </message>
    <message>
        <source>give the archives or databases to consolidate.</source>
        <translation>indiquez les archives ou les bases à consolider.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written to %1.</source>
        <translation>Simulation : rien n’a été écrit dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) consolidated into %1.</source>
        <translation>
            <numerusform>%n source consolidée dans %1.</numerusform>
            <numerusform>%n sources consolidées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commune</name>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>The field “%1” must have 5 characters.</source>
        <translation>Le champ « %1 » doit comporter 5 caractères.</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Priority neighbourhoods (QPV)</source>
        <translation>Quartiers prioritaires (QPV)</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Date de début</translation>
    </message>
</context>
<context>
    <name>ComputedValues</name>
    <message>
        <source>from %1 to today</source>
        <translation>du %1 à aujourd’hui</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>(deleted instance)</source>
        <translation>(instance supprimée)</translation>
    </message>
    <message>
        <source>meetings of the instance “%1” held %2</source>
        <translation>réunions de l’instance « %1 » tenues %2</translation>
    </message>
    <message>
        <source>organisations present at the meetings linked to the fiche or partners of its events, %1</source>
        <translation>structures présentes aux réunions liées à la fiche ou partenaires de ses événements, %1</translation>
    </message>
    <message>
        <source>organisations present at the meetings of “%1” or partners of the fiche’s events, %2</source>
        <translation>structures présentes aux réunions de « %1 » ou partenaires des événements de la fiche, %2</translation>
    </message>
    <message>
        <source>events of the council %1</source>
        <translation>événements du conseil %1</translation>
    </message>
    <message>
        <source>events linked to the fiche %1</source>
        <translation>événements liés à la fiche %1</translation>
    </message>
    <message>
        <source>participants in the events of the council %1</source>
        <translation>participants aux événements du conseil %1</translation>
    </message>
    <message>
        <source>participants in the events linked to the fiche %1</source>
        <translation>participants aux événements liés à la fiche %1</translation>
    </message>
    <message>
        <source>people trained at the council’s PSSM sessions %1</source>
        <translation>personnes formées aux sessions PSSM du conseil %1</translation>
    </message>
    <message>
        <source>people trained at the PSSM sessions linked to the fiche %1</source>
        <translation>personnes formées aux sessions PSSM liées à la fiche %1</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>saisi à la main</translation>
    </message>
    <message>
        <source>The period “%1” of the indicator “%2” is not a year, half-year (2025-S1) or quarter (2025-T3).</source>
        <translation>La période « %1 » de l’indicateur « %2 » n’est ni une année, ni un semestre (2025-S1), ni un trimestre (2025-T3).</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>The field “%1” is required when the legal basis is consent.</source>
        <translation>Le champ « %1 » est obligatoire lorsque la base légale est le consentement.</translation>
    </message>
    <message>
        <source>Consent confirmed on</source>
        <translation>Consentement confirmé le</translation>
    </message>
    <message>
        <source>The field “%1” must not be in the future.</source>
        <translation>Le champ « %1 » ne doit pas être une date future.</translation>
    </message>
    <message>
        <source>Charter signed on</source>
        <translation>Charte signée le</translation>
    </message>
    <message>
        <source>Erased person no. %1</source>
        <translation>Personne effacée n° %1</translation>
    </message>
</context>
<context>
    <name>ContactMerge</name>
    <message>
        <source>Contact no. %1 merged into contact no. %2</source>
        <translation>Contact n°%1 fusionné dans le contact n°%2</translation>
    </message>
    <message>
        <source>Organisation no. %1 merged into organisation no. %2</source>
        <translation>Organisation n°%1 fusionnée dans l’organisation n°%2</translation>
    </message>
    <message>
        <source>Meetings attended or expected</source>
        <translation>Réunions (présences et convocations)</translation>
    </message>
    <message>
        <source>Attendance on behalf of</source>
        <translation>Présences au titre de l’organisation</translation>
    </message>
    <message>
        <source>Represented someone</source>
        <translation>A représenté quelqu’un</translation>
    </message>
    <message>
        <source>Proxies received</source>
        <translation>Pouvoirs reçus</translation>
    </message>
    <message>
        <source>Instance memberships</source>
        <translation>Appartenances aux instances</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Follow-ups in charge</source>
        <translation>Actions de suivi en charge</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents reçus</translation>
    </message>
    <message>
        <source>Referent of instances</source>
        <translation>Référent d’instances</translation>
    </message>
    <message>
        <source>Secretary of meetings</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <source>Fiches led</source>
        <translation>Fiches actions pilotées</translation>
    </message>
    <message>
        <source>Fiche partnerships</source>
        <translation>Partenariats de fiches actions</translation>
    </message>
    <message>
        <source>Event partnerships</source>
        <translation>Partenariats d’événements</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Conseils</translation>
    </message>
</context>
<context>
    <name>Council</name>
    <message>
        <source>Council name</source>
        <translation>Nom du conseil</translation>
    </message>
    <message>
        <source>The field “%1” must be between 0 and 100.</source>
        <translation>Le champ « %1 » doit être compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>Coordinator time (% FTE)</source>
        <translation>Temps de coordination (% ETP)</translation>
    </message>
</context>
<context>
    <name>CouncilIdentity</name>
    <message>
        <source>The logo is too big (%1 KB): choose an image of at most %2 KB.</source>
        <translation>Le logo est trop lourd (%1 Ko) : choisissez une image de %2 Ko au plus.</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>Le logo doit être une image PNG, JPEG ou SVG.</translation>
    </message>
    <message>
        <source>The logo could not be read as an image.</source>
        <translation>Le logo n’a pas pu être lu comme une image.</translation>
    </message>
</context>
<context>
    <name>CouncilNameDialog</name>
    <message>
        <source>New council</source>
        <translation>Nouveau conseil</translation>
    </message>
    <message>
        <source>What is the name of your council?</source>
        <translation>Quel est le nom de votre conseil ?</translation>
    </message>
    <message>
        <source>e.g. CLSM de Roubaix</source>
        <translation>ex. : CLSM de Roubaix</translation>
    </message>
    <message>
        <source>You can change it later, and add the territory, the chairs and the partners.</source>
        <translation>Vous pourrez le modifier plus tard, puis ajouter le territoire, la présidence et les partenaires.</translation>
    </message>
</context>
<context>
    <name>CouncilSettingsRepository</name>
    <message>
        <source>read the council's settings</source>
        <translation>lire les réglages du conseil</translation>
    </message>
    <message>
        <source>A setting needs a name.</source>
        <translation>Un réglage doit avoir un nom.</translation>
    </message>
    <message>
        <source>save the council's settings</source>
        <translation>enregistrer les réglages du conseil</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>The agenda will be sent later.</source>
        <translation>L’ordre du jour sera envoyé ultérieurement.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Invited participants</source>
        <translation>Participants convoqués</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Reply slip</source>
        <translation>Coupon-réponse</translation>
    </message>
    <message>
        <source>Meeting of %1 on %2</source>
        <translation>Réunion « %1 » du %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Structure :</translation>
    </message>
    <message>
        <source>will attend</source>
        <translation>sera présent(e)</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé(e)</translation>
    </message>
    <message>
        <source>represented by</source>
        <translation>représenté(e) par</translation>
    </message>
    <message>
        <source>Date and signature:</source>
        <translation>Date et signature :</translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation>Convocation</translation>
    </message>
    <message>
        <source>Dear Madam, dear Sir,</source>
        <translation>Madame, Monsieur,</translation>
    </message>
    <message>
        <source>You are invited to the meeting of %1 on %2.</source>
        <translation>Vous êtes invité(e) à la réunion « %1 » le %2.</translation>
    </message>
    <message>
        <source>The coordinator, %1</source>
        <translation>La coordination, %1</translation>
    </message>
    <message>
        <source>Record of decisions</source>
        <translation>Relevé de décisions</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Other decisions</source>
        <translation>Autres décisions</translation>
    </message>
    <message>
        <source>No decision was recorded.</source>
        <translation>Aucune décision n’a été prise.</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Représentés</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>(proxy given to %1)</source>
        <translation>(pouvoir donné à %1)</translation>
    </message>
    <message>
        <source>(represented by %1)</source>
        <translation>(représenté(e) par %1)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>the members of %1</source>
        <translation>les membres de %1</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Agenda and minutes</source>
        <translation>Ordre du jour et échanges</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité(e)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) convened to the meeting</source>
        <translation>
            <numerusform>la personne convoquée à la réunion</numerusform>
            <numerusform>les %n personnes convoquées à la réunion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>Could not write the document %1.</source>
        <translation>Impossible d’écrire le document %1.</translation>
    </message>
    <message>
        <source>Name the document with a .pdf or .odt extension: %1.</source>
        <translation>Nommez le document avec l’extension .pdf ou .odt : %1.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same SIRET</source>
        <translation>même SIRET</translation>
    </message>
    <message>
        <source>same FINESS</source>
        <translation>même FINESS</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Event title</source>
        <translation>Intitulé de l’événement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <source>Training module</source>
        <translation>Module de formation</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>save the event</source>
        <translation>sauvegarder l’événement</translation>
    </message>
    <message>
        <source>read the event</source>
        <translation>lire l’événement</translation>
    </message>
    <message>
        <source>This event does not exist (any more).</source>
        <translation>Cet événement n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>delete the event</source>
        <translation>supprimer l’événement</translation>
    </message>
    <message>
        <source>list the events</source>
        <translation>lister les événements</translation>
    </message>
    <message>
        <source>count the events</source>
        <translation>compter les événements</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Follow-up action</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>list the follow-ups</source>
        <translation>lister les actions de suivi</translation>
    </message>
    <message>
        <source>count the follow-ups</source>
        <translation>compter les actions de suivi</translation>
    </message>
    <message>
        <source>list the owners of follow-ups</source>
        <translation>lister les responsables des actions de suivi</translation>
    </message>
    <message>
        <source>save the follow-up</source>
        <translation>enregistrer l’action de suivi</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided at the meeting “%1” of %2.</source>
        <translation>Décidé lors de la réunion « %1 » du %2.</translation>
    </message>
    <message>
        <source>Cannot write the calendar file %1.</source>
        <translation>Impossible d’écrire le fichier de calendrier %1.</translation>
    </message>
    <message>
        <source>Cannot read the calendar file %1.</source>
        <translation>Impossible de lire le fichier de calendrier %1.</translation>
    </message>
    <message>
        <source>The file %1 is too big to be a calendar.</source>
        <translation>Le fichier %1 est trop volumineux pour être un calendrier.</translation>
    </message>
    <message>
        <source>The meeting “%1” of %2 (line %3) could not be created: %4</source>
        <translation>La réunion « %1 » du %2 (ligne %3) n’a pas pu être créée : %4</translation>
    </message>
    <message>
        <source>a quoted parameter value is not closed.</source>
        <translation>une valeur de paramètre entre guillemets n’est pas refermée.</translation>
    </message>
    <message>
        <source>this line is not of the form NAME:value.</source>
        <translation>cette ligne n’est pas de la forme NOM:valeur.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>every weekday of a month is not supported.</source>
        <translation>chaque jour de semaine d’un mois n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>the event has no start (DTSTART).</source>
        <translation>l’événement n’a pas de début (DTSTART).</translation>
    </message>
    <message>
        <source>The event has no title.</source>
        <translation>L’événement n’a pas de titre.</translation>
    </message>
    <message>
        <source>All-day event: it starts at midnight, set the time of the meeting.</source>
        <translation>Événement sur la journée : il commence à minuit, indiquez l’heure de la réunion.</translation>
    </message>
    <message>
        <source>“%1” is not a valid duration.</source>
        <translation>« %1 » n’est pas une durée valide.</translation>
    </message>
    <message>
        <source>The end is before the start: the end is left out.</source>
        <translation>La fin précède le début : la fin est ignorée.</translation>
    </message>
    <message>
        <source>The recurrence “%1” cannot be expanded (%2): only the first occurrence is imported.</source>
        <translation>La récurrence « %1 » ne peut pas être développée (%2) : seule la première occurrence est importée.</translation>
    </message>
    <message>
        <source>The recurrence has no end: it is expanded up to %1.</source>
        <translation>La récurrence n’a pas de fin : elle est développée jusqu’au %1.</translation>
    </message>
    <message>
        <source>Extra dates (RDATE) are not imported.</source>
        <translation>Les dates supplémentaires (RDATE) ne sont pas importées.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n occurrence(s) are imported.</source>
        <translation>
            <numerusform>Seule la première occurrence est importée.</numerusform>
            <numerusform>Seules les %n premières occurrences sont importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recurring event: %n meeting(s) (%1).</source>
        <translation>
            <numerusform>Événement récurrent : %n réunion (%1).</numerusform>
            <numerusform>Événement récurrent : %n réunions (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some times have no time zone: they are taken as Paris time.</source>
        <translation>Certaines heures n’ont pas de fuseau horaire : elles sont lues comme heures de Paris.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) other than events (tasks, journal entries…) are ignored.</source>
        <translation>
            <numerusform>%n élément autre qu’un événement (tâche, note de journal…) est ignoré.</numerusform>
            <numerusform>%n éléments autres que des événements (tâches, notes de journal…) sont ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no event.</source>
        <translation>Le fichier ne contient aucun événement.</translation>
    </message>
    <message>
        <source>only one VCALENDAR is expected here.</source>
        <translation>un seul VCALENDAR est attendu ici.</translation>
    </message>
    <message>
        <source>END:%1 closes nothing.</source>
        <translation>END:%1 ne ferme rien.</translation>
    </message>
    <message>
        <source>END:%1 found where END:%2 was expected.</source>
        <translation>END:%1 trouvé là où END:%2 était attendu.</translation>
    </message>
    <message>
        <source>%1 is outside of BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation>%1 est en dehors de BEGIN:VCALENDAR … END:VCALENDAR.</translation>
    </message>
    <message>
        <source>BEGIN:%1 is never closed by END:%1.</source>
        <translation>BEGIN:%1 n’est jamais fermé par END:%1.</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: BEGIN:VCALENDAR is missing.</source>
        <translation>Ce n’est pas un fichier iCalendar : BEGIN:VCALENDAR est absent.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date or date-time for %2 (expected YYYYMMDD or YYYYMMDDTHHMMSS).</source>
        <translation>« %1 » n’est pas une date ou une date-heure valide pour %2 (attendu : AAAAMMJJ ou AAAAMMJJTHHMMSS).</translation>
    </message>
    <message>
        <source>the time zone “%1” is unknown and the file does not define it.</source>
        <translation>le fuseau horaire « %1 » est inconnu et le fichier ne le définit pas.</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>The period “%1” is not a year (2025), a half-year (2025-S1) or a quarter (2025-T3).</source>
        <translation>La période « %1 » n’est ni une année (2025), ni un semestre (2025-S1), ni un trimestre (2025-T3).</translation>
    </message>
    <message>
        <source>The breakdown of the period “%1” is not readable.</source>
        <translation>La ventilation de la période « %1 » est illisible.</translation>
    </message>
    <message>
        <source>Choose the instance whose meetings the indicator “%1” counts.</source>
        <translation>Choisissez l’instance dont l’indicateur « %1 » compte les réunions.</translation>
    </message>
</context>
<context>
    <name>IndicatorCsv</name>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Priority neighbourhoods (QPV)</source>
        <translation>Quartiers prioritaires (QPV)</translation>
    </message>
    <message>
        <source>Psychiatric sectors</source>
        <translation>Secteurs de psychiatrie</translation>
    </message>
    <message>
        <source>Instances that met</source>
        <translation>Instances réunies</translation>
    </message>
    <message>
        <source>Plenary assemblies held</source>
        <translation>Assemblées plénières tenues</translation>
    </message>
    <message>
        <source>Steering committees held</source>
        <translation>Comités de pilotage tenus</translation>
    </message>
    <message>
        <source>Other meetings held</source>
        <translation>Autres réunions tenues</translation>
    </message>
    <message>
        <source>Meetings cancelled</source>
        <translation>Réunions annulées</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Taux de présence (%)</translation>
    </message>
    <message>
        <source>Pillar %1: contacts</source>
        <translation>Pilier %1 : contacts</translation>
    </message>
    <message>
        <source>Pillar %1: attendance rate (%)</source>
        <translation>Pilier %1 : taux de présence (%)</translation>
    </message>
    <message>
        <source>Active partner organisations</source>
        <translation>Organisations partenaires actives</translation>
    </message>
    <message>
        <source>New partner organisations</source>
        <translation>Nouvelles organisations partenaires</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partenaires : %1</translation>
    </message>
    <message>
        <source>Action sheets</source>
        <translation>Fiches actions</translation>
    </message>
    <message>
        <source>Action sheets done</source>
        <translation>Fiches actions réalisées</translation>
    </message>
    <message>
        <source>Action sheets in progress</source>
        <translation>Fiches actions en cours</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>SISM events</source>
        <translation>Événements SISM</translation>
    </message>
    <message>
        <source>SISM participants</source>
        <translation>Participants SISM</translation>
    </message>
    <message>
        <source>PSSM trainings</source>
        <translation>Formations PSSM</translation>
    </message>
    <message>
        <source>People trained (PSSM)</source>
        <translation>Personnes formées (PSSM)</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Autres événements</translation>
    </message>
    <message>
        <source>Participants in other events</source>
        <translation>Participants aux autres événements</translation>
    </message>
    <message>
        <source>Situations examined</source>
        <translation>Situations examinées</translation>
    </message>
    <message>
        <source>Coordinator (FTE %)</source>
        <translation>Coordination (% ETP)</translation>
    </message>
    <message>
        <source>Coordinator's employer</source>
        <translation>Employeur de la coordination</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Financeurs</translation>
    </message>
    <message>
        <source>There is no council number %1.</source>
        <translation>Il n’y a pas de conseil numéro %1.</translation>
    </message>
    <message>
        <source>Could not write the indicators to %1.</source>
        <translation>Impossible d’écrire les indicateurs dans %1.</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Nom de l’instance</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
</context>
<context>
    <name>InstanceEditorDialog</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Local &amp;name:</source>
        <translation>&amp;Nom local :</translation>
    </message>
    <message>
        <source>RESAD, Groupe logement…</source>
        <translation>RESAD, Groupe logement…</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Chairs:</source>
        <translation>Présidence :</translation>
    </message>
    <message>
        <source>&amp;Référent:</source>
        <translation>&amp;Référent :</translation>
    </message>
    <message>
        <source>Usual &amp;place:</source>
        <translation>&amp;Lieu habituel :</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>A&amp;ctive (untick to archive)</source>
        <translation>A&amp;ctive (décocher pour l’archiver)</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>InstanceMember</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>A member must be a contact or an organisation.</source>
        <translation>Un membre doit être un contact ou une organisation.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Date de début</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Minutes validated on</source>
        <translation>Compte rendu validé le</translation>
    </message>
    <message>
        <source>Minutes distributed on</source>
        <translation>Compte rendu diffusé le</translation>
    </message>
</context>
<context>
    <name>MeetingEmail</name>
    <message>
        <source>Convocation: %1 on %2</source>
        <translation>Convocation : %1 du %2</translation>
    </message>
    <message>
        <source>You are invited to the meeting of %1 on %2. Please find attached the convocation with the agenda, and the invitation for your calendar.

Thank you for letting us know whether you will attend, or who will represent you.</source>
        <translation>Vous êtes convié(e) à la réunion de %1 le %2. Vous trouverez ci-joint la convocation avec l’ordre du jour, ainsi que l’invitation pour votre agenda.

Merci de nous faire savoir si vous serez présent(e) ou qui vous représentera.</translation>
    </message>
    <message>
        <source>Record of decisions: %1 of %2</source>
        <translation>Relevé de décisions : %1 du %2</translation>
    </message>
    <message>
        <source>Please find attached the record of decisions of the meeting of %1 on %2.</source>
        <translation>Vous trouverez ci-joint le relevé de décisions de la réunion de %1 du %2.</translation>
    </message>
    <message>
        <source>Minutes: %1 of %2</source>
        <translation>Compte rendu : %1 du %2</translation>
    </message>
    <message>
        <source>Please find attached the minutes of the meeting of %1 on %2.</source>
        <translation>Vous trouverez ci-joint le compte rendu de la réunion de %1 du %2.</translation>
    </message>
    <message>
        <source>Dear Madam, dear Sir,</source>
        <translation>Madame, Monsieur,</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Bien cordialement,</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
</context>
<context>
    <name>MeetingPreparation</name>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation>Questions diverses</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Approval of the previous minutes</source>
        <translation>Approbation du compte rendu précédent</translation>
    </message>
    <message>
        <source>Review of follow-up actions</source>
        <translation>Suivi des actions</translation>
    </message>
    <message>
        <source>This agenda item is not on the meeting's agenda (any more).</source>
        <translation>Ce point n’est pas (ou plus) à l’ordre du jour de la réunion.</translation>
    </message>
    <message>
        <source>There is no planned meeting of this instance after this one: plan the next meeting first.</source>
        <translation>Aucune réunion de cette instance n’est prévue après celle-ci : planifiez d’abord la prochaine réunion.</translation>
    </message>
    <message>
        <source>Give the day the minutes were validated.</source>
        <translation>Indiquez le jour de validation du compte rendu.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>save the meeting</source>
        <translation>sauvegarder la réunion</translation>
    </message>
    <message>
        <source>read the meeting</source>
        <translation>lire la réunion</translation>
    </message>
    <message>
        <source>This meeting does not exist (any more).</source>
        <translation>Cette réunion n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>delete the meeting</source>
        <translation>supprimer la réunion</translation>
    </message>
    <message>
        <source>list the meetings</source>
        <translation>lister les réunions</translation>
    </message>
    <message>
        <source>count the meetings</source>
        <translation>compter les réunions</translation>
    </message>
    <message>
        <source>Only a planned meeting can be cancelled.</source>
        <translation>Seule une réunion prévue peut être annulée.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulée : %1</translation>
    </message>
    <message>
        <source>cancel the meeting</source>
        <translation>décommander la réunion</translation>
    </message>
    <message>
        <source>Only a planned meeting can be postponed.</source>
        <translation>Seule une réunion prévue peut être reportée.</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nouvelle date</translation>
    </message>
    <message>
        <source>Postponed from %1.</source>
        <translation>Report de la réunion prévue le %1.</translation>
    </message>
    <message>
        <source>postpone the meeting</source>
        <translation>reporter la réunion</translation>
    </message>
    <message>
        <source>list the follow-up actions</source>
        <translation>lister les actions de suivi</translation>
    </message>
    <message>
        <source>find the previous meeting</source>
        <translation>trouver la réunion précédente</translation>
    </message>
    <message>
        <source>This instance has no earlier meeting.</source>
        <translation>Cette instance n’a pas de réunion antérieure.</translation>
    </message>
</context>
<context>
    <name>MeetingSeries</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Première date</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <source>Number of meetings</source>
        <translation>Nombre de réunions</translation>
    </message>
</context>
<context>
    <name>MeetingSeriesRepository</name>
    <message>
        <source>save the meeting series</source>
        <translation>sauvegarder la série de réunions</translation>
    </message>
    <message>
        <source>read the meeting series</source>
        <translation>lire la série de réunions</translation>
    </message>
    <message>
        <source>This meeting series does not exist (any more).</source>
        <translation>Cette série de réunions n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>delete the meeting series</source>
        <translation>supprimer la série de réunions</translation>
    </message>
    <message>
        <source>list the meeting series</source>
        <translation>lister les séries de réunions</translation>
    </message>
</context>
<context>
    <name>MergeSql</name>
    <message>
        <source>record the merge so that it can be undone</source>
        <translation>enregistrer la fusion pour pouvoir l’annuler</translation>
    </message>
    <message>
        <source>drop a duplicate link</source>
        <translation>supprimer un lien en double</translation>
    </message>
    <message>
        <source>move a link to the kept record</source>
        <translation>reporter un lien sur la fiche conservée</translation>
    </message>
    <message>
        <source>complete the kept record</source>
        <translation>compléter la fiche conservée</translation>
    </message>
    <message>
        <source>Only contacts and organisations can be merged.</source>
        <translation>Seuls les contacts et les organisations peuvent être fusionnés.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Une fiche ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>One of the two records no longer exists.</source>
        <translation>L’une des deux fiches n’existe plus.</translation>
    </message>
    <message>
        <source>delete the merged record</source>
        <translation>supprimer la fiche fusionnée</translation>
    </message>
    <message>
        <source>The merge names an unknown table.</source>
        <translation>La fusion désigne une table inconnue.</translation>
    </message>
    <message>
        <source>The kept record was deleted since the merge.</source>
        <translation>La fiche conservée a été supprimée depuis la fusion.</translation>
    </message>
    <message>
        <source>The merge names an unknown column.</source>
        <translation>La fusion désigne une colonne inconnue.</translation>
    </message>
    <message>
        <source>move a link back</source>
        <translation>rétablir un lien</translation>
    </message>
    <message>
        <source>read the merge to undo</source>
        <translation>lire la fusion à annuler</translation>
    </message>
    <message>
        <source>This merge can no longer be undone.</source>
        <translation>Cette fusion ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>Cette fusion a déjà été annulée.</translation>
    </message>
    <message>
        <source>mark the merge as undone</source>
        <translation>marquer la fusion comme annulée</translation>
    </message>
    <message>
        <source>count the links of the record</source>
        <translation>compter les liens de la fiche</translation>
    </message>
    <message>
        <source>list the merges</source>
        <translation>lister les fusions</translation>
    </message>
</context>
<context>
    <name>Milestone</name>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
</context>
<context>
    <name>NetworkExport</name>
    <message>
        <source>Could not write the file %1.</source>
        <translation>Impossible d’écrire le fichier %1.</translation>
    </message>
</context>
<context>
    <name>NetworkGraph</name>
    <message numerus="yes">
        <source>%n shared instance(s)</source>
        <translation>
            <numerusform>%n instance partagée</numerusform>
            <numerusform>%n instances partagées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared action sheet(s)</source>
        <translation>
            <numerusform>%n fiche action partagée</numerusform>
            <numerusform>%n fiches actions partagées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) attended together</source>
        <translation>
            <numerusform>%n réunion en commun</numerusform>
            <numerusform>%n réunions en commun</numerusform>
        </translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Sans secteur</translation>
    </message>
    <message>
        <source>No link between partners in this period.</source>
        <translation>Aucun lien entre partenaires sur cette période.</translation>
    </message>
    <message>
        <source>Share of attendance by sector</source>
        <translation>Part de la présence par secteur</translation>
    </message>
    <message>
        <source>Disc size: meetings attended. Line width: link weight.</source>
        <translation>Taille du disque : réunions suivies. Épaisseur du trait : poids du lien.</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>The field “%1” must be a French postcode of 5 characters.</source>
        <translation>Le champ « %1 » doit être un code postal français à 5 chiffres.</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>The field “%1” must hold 14 digits.</source>
        <translation>Le champ « %1 » doit comporter 14 chiffres.</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>The field “%1” must hold 9 characters (digits, 2A or 2B).</source>
        <translation>Le champ « %1 » doit comporter 9 caractères (chiffres, 2A ou 2B).</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
</context>
<context>
    <name>ParticipationReport</name>
    <message>
        <source>No organisation</source>
        <translation>Sans organisme</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Sans secteur</translation>
    </message>
</context>
<context>
    <name>PersonErasure</name>
    <message>
        <source>Erased person no. %1</source>
        <translation>Personne effacée n°%1</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Personal data held about %1</source>
        <translation>Données personnelles détenues sur %1</translation>
    </message>
    <message>
        <source>Exported on %1</source>
        <translation>Exporté le %1</translation>
    </message>
    <message>
        <source>Identity and details</source>
        <translation>Identité et coordonnées</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Consent confirmed on</source>
        <translation>Consentement confirmé le</translation>
    </message>
    <message>
        <source>Confidentiality charter signed on</source>
        <translation>Charte de confidentialité signée le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Recorded since</source>
        <translation>Enregistré depuis le</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Meetings attended or expected</source>
        <translation>Réunions (présences et convocations)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Au titre de</translation>
    </message>
    <message>
        <source>Representations and proxies</source>
        <translation>Représentations et pouvoirs</translation>
    </message>
    <message>
        <source>Follow-ups in their charge</source>
        <translation>Actions de suivi à sa charge</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Documents sent to them</source>
        <translation>Documents qui lui ont été adressés</translation>
    </message>
    <message>
        <source>Referent of</source>
        <translation>Référent de</translation>
    </message>
    <message>
        <source>Secretary of the meetings</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <source>Mentions in minutes, decisions and follow-ups</source>
        <translation>Mentions dans les comptes rendus, décisions et actions de suivi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Could not write the file %1.</source>
        <translation>Impossible d’écrire le fichier %1.</translation>
    </message>
    <message>
        <source>Personal data — %1</source>
        <translation>Données personnelles — %1</translation>
    </message>
    <message>
        <source>Confidential: personal data (RGPD, article 15)</source>
        <translation>Confidentiel : données personnelles (RGPD, article 15)</translation>
    </message>
</context>
<context>
    <name>PlanCreation</name>
    <message>
        <source>Carried over from “%1” (fiche %2)</source>
        <translation>Reprise de « %1 » (fiche %2)</translation>
    </message>
    <message>
        <source>Carried over to “%1”</source>
        <translation>Reprise dans « %1 »</translation>
    </message>
</context>
<context>
    <name>PlanDocumentWriter</name>
    <message>
        <source>Could not write the document %1.</source>
        <translation>Impossible d’écrire le document %1.</translation>
    </message>
    <message>
        <source>The plan “%1” has no action sheet %2.</source>
        <translation>Le plan « %1 » n’a pas de fiche action %2.</translation>
    </message>
    <message>
        <source>Name the document with a .pdf or .odt extension: %1.</source>
        <translation>Nommez le document avec l’extension .pdf ou .odt : %1.</translation>
    </message>
</context>
<context>
    <name>PlanDossierLoader</name>
    <message>
        <source>The council has no action plan yet.</source>
        <translation>Le conseil n’a pas encore de plan d’action.</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>Action sheet %1 — %2</source>
        <translation>Fiche action %1 — %2</translation>
    </message>
    <message>
        <source>Axis %1 — %2</source>
        <translation>Axe %1 — %2</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Target public</source>
        <translation>Public cible</translation>
    </message>
    <message>
        <source>Expected number of people</source>
        <translation>Nombre de personnes attendu</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>General objective</source>
        <translation>Objectif général</translation>
    </message>
    <message>
        <source>Specific objectives:</source>
        <translation>Objectifs spécifiques :</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>No partner recorded.</source>
        <translation>Aucun partenaire enregistré.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Calendar and milestones</source>
        <translation>Calendrier et jalons</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint le</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>No budget line.</source>
        <translation>Aucune ligne de budget.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translation>Aucun indicateur.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique du statut</translation>
    </message>
    <message>
        <source>No change recorded.</source>
        <translation>Aucun changement enregistré.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Action sheet %1</source>
        <translation>Fiche action %1</translation>
    </message>
    <message>
        <source>Action plan %1–%2</source>
        <translation>Plan d’action %1–%2</translation>
    </message>
    <message>
        <source>Edition of %1</source>
        <translation>Édition du %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Timeline of the action sheets</source>
        <translation>Calendrier des fiches actions</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>No action sheet in this axis yet.</source>
        <translation>Pas encore de fiche action dans cet axe.</translation>
    </message>
    <message>
        <source>Action sheet</source>
        <translation>Fiche action</translation>
    </message>
    <message>
        <source>Not described yet.</source>
        <translation>Pas encore décrits.</translation>
    </message>
    <message>
        <source>No date set yet.</source>
        <translation>Pas encore de date fixée.</translation>
    </message>
    <message>
        <source>Computed by Maillage from</source>
        <translation>Calculé par Maillage à partir de</translation>
    </message>
    <message>
        <source>Against target</source>
        <translation>Par rapport à la cible</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n action sheet(s)</source>
        <translation>
            <numerusform>%1 · %n fiche action</numerusform>
            <numerusform>%1 · %n fiches actions</numerusform>
        </translation>
    </message>
    <message>
        <source>ACTION PLAN</source>
        <translation>PLAN D’ACTION</translation>
    </message>
    <message>
        <source>Action plan %1</source>
        <translation>Plan d’action %1</translation>
    </message>
</context>
<context>
    <name>PrivacyReview</name>
    <message>
        <source>The review period must be between 1 and 30 years.</source>
        <translation>La période de revue doit être comprise entre 1 et 30 ans.</translation>
    </message>
</context>
<context>
    <name>PrivacySql</name>
    <message>
        <source>look for the person in the texts</source>
        <translation>rechercher la personne dans les textes</translation>
    </message>
    <message>
        <source>remove the person from the texts</source>
        <translation>retirer la personne des textes</translation>
    </message>
    <message>
        <source>look for the person in the undo history</source>
        <translation>rechercher la personne dans l’historique d’annulation</translation>
    </message>
    <message>
        <source>forget the undo history of the person</source>
        <translation>oublier l’historique d’annulation de la personne</translation>
    </message>
    <message>
        <source>read the person</source>
        <translation>lire la personne</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n’existe plus.</translation>
    </message>
    <message>
        <source>erase the person</source>
        <translation>effacer la personne</translation>
    </message>
    <message>
        <source>remove the person from the recipients</source>
        <translation>retirer la personne des destinataires</translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation>reconstruire l’index de recherche</translation>
    </message>
    <message>
        <source>write the changes into the database file</source>
        <translation>écrire les modifications dans le fichier de la base</translation>
    </message>
    <message>
        <source>read the data of the person</source>
        <translation>lire les données de la personne</translation>
    </message>
    <message>
        <source>list the contacts to review</source>
        <translation>lister les contacts à revoir</translation>
    </message>
    <message>
        <source>record the confirmation</source>
        <translation>enregistrer la confirmation</translation>
    </message>
    <message>
        <source>read the council</source>
        <translation>lire le conseil</translation>
    </message>
    <message>
        <source>count the directory</source>
        <translation>compter l’annuaire</translation>
    </message>
    <message>
        <source>read a setting</source>
        <translation>lire un réglage</translation>
    </message>
    <message>
        <source>save a setting</source>
        <translation>enregistrer un réglage</translation>
    </message>
</context>
<context>
    <name>PsychiatricSector</name>
    <message>
        <source>Psychiatric sector</source>
        <translation>Secteur de psychiatrie</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Date de début</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <source>The year in figures</source>
        <translation>L’année en chiffres</translation>
    </message>
    <message>
        <source>No activity was recorded during this period: no meeting was held and no event took place.</source>
        <translation>Aucune activité n’a été enregistrée sur cette période : aucune réunion ne s’est tenue et aucun événement n’a eu lieu.</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Réunions tenues</translation>
    </message>
    <message>
        <source>Meetings cancelled</source>
        <translation>Réunions annulées</translation>
    </message>
    <message>
        <source>Decisions taken</source>
        <translation>Décisions prises</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Active partner organisations</source>
        <translation>Organisations partenaires actives</translation>
    </message>
    <message>
        <source>New partner organisations</source>
        <translation>Nouvelles organisations partenaires</translation>
    </message>
    <message>
        <source>Action sheets</source>
        <translation>Fiches actions</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Participants in events</source>
        <translation>Participants aux événements</translation>
    </message>
    <message>
        <source>People trained in mental health first aid</source>
        <translation>Personnes formées aux premiers secours en santé mentale</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Each council's main figures for the period, and their totals.</source>
        <translation>Les principaux chiffres de chaque conseil sur la période, et leurs totaux.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <source>A partner working with several councils is counted once per council.</source>
        <translation>Un partenaire qui travaille avec plusieurs conseils est compté une fois par conseil.</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s): %1</source>
        <translation>
            <numerusform>%n commune : %1</numerusform>
            <numerusform>%n communes : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Priority neighbourhoods (QPV)</source>
        <translation>Quartiers prioritaires (QPV)</translation>
    </message>
    <message>
        <source>Psychiatric sectors</source>
        <translation>Secteurs de psychiatrie</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>%1 full-time equivalent</source>
        <translation>%1 équivalent temps plein</translation>
    </message>
    <message>
        <source>employed by %1</source>
        <translation>employé par %1</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Funders of the coordination</source>
        <translation>Financeurs de la coordination</translation>
    </message>
    <message>
        <source>No council is recorded in this database.</source>
        <translation>Aucun conseil n’est enregistré dans cette base.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held, %1 cancelled, %2 decision(s) taken; attendance rate %3.</source>
        <translation>
            <numerusform>%n réunion tenue, %1 annulée(s), %2 décision(s) prise(s) ; taux de présence %3.</numerusform>
            <numerusform>%n réunions tenues, %1 annulée(s), %2 décision(s) prise(s) ; taux de présence %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting took place during the period.</source>
        <translation>Aucune réunion n’a eu lieu sur la période.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Meetings held per month, by instance</source>
        <translation>Réunions tenues par mois, par instance</translation>
    </message>
    <message>
        <source>Attendance by sector</source>
        <translation>Présence par secteur</translation>
    </message>
    <message>
        <source>Attendance at meetings held, by sector</source>
        <translation>Présence aux réunions tenues, par secteur</translation>
    </message>
    <message>
        <source>Nobody was expected at a meeting held during the period.</source>
        <translation>Personne n’était attendu à une réunion tenue sur la période.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Participation of the four pillars</source>
        <translation>Participation des quatre piliers</translation>
    </message>
    <message>
        <source>Elected officials, psychiatry, users and carers: the four pillars of a local mental health council.</source>
        <translation>Élus, psychiatrie, usagers et aidants : les quatre piliers d’un conseil local de santé mentale.</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Pillars present</source>
        <translation>Piliers présents</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation>Secteur : %1</translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation>Pilier : %1</translation>
    </message>
    <message>
        <source>Active contacts</source>
        <translation>Contacts actifs</translation>
    </message>
    <message>
        <source>Organisations seen for the first time</source>
        <translation>Organisations venues pour la première fois</translation>
    </message>
    <message>
        <source>Partners not seen for twelve months</source>
        <translation>Partenaires non vus depuis douze mois</translation>
    </message>
    <message>
        <source>Organisations by sector</source>
        <translation>Organisations par secteur</translation>
    </message>
    <message>
        <source>No partner organisation is recorded.</source>
        <translation>Aucune organisation partenaire n’est enregistrée.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>People by pillar</source>
        <translation>Personnes par pilier</translation>
    </message>
    <message>
        <source>No action plan is recorded for these councils.</source>
        <translation>Aucun plan d’action n’est enregistré pour ces conseils.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Action sheet</source>
        <translation>Fiche action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Indicators: how many of the sheet's indicators reached their target. Every indicator, target and achieved, is in the appendices.</source>
        <translation>Indicateurs : nombre d’indicateurs de la fiche qui ont atteint leur cible. Chaque indicateur, cible et réalisé, figure en annexe.</translation>
    </message>
    <message>
        <source>Action sheets by status</source>
        <translation>Fiches actions par statut</translation>
    </message>
    <message>
        <source>Budget by funder</source>
        <translation>Budget par financeur</translation>
    </message>
    <message>
        <source>No budget line is recorded for the period.</source>
        <translation>Aucune ligne budgétaire n’est enregistrée pour la période.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>No event of the mental health information weeks during the period.</source>
        <translation>Aucun événement des Semaines d’information sur la santé mentale sur la période.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), %1 participant(s), %2 partner contribution(s).</source>
        <translation>
            <numerusform>%n événement, %1 participant(s), %2 participation(s) de partenaires.</numerusform>
            <numerusform>%n événements, %1 participants, %2 participations de partenaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>No mental health first aid training during the period.</source>
        <translation>Aucune formation aux premiers secours en santé mentale sur la période.</translation>
    </message>
    <message numerus="yes">
        <source>%n training session(s), %1 people trained.</source>
        <translation>
            <numerusform>%n session de formation, %1 personne(s) formée(s).</numerusform>
            <numerusform>%n sessions de formation, %1 personnes formées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Autres événements</translation>
    </message>
    <message>
        <source>No other event during the period.</source>
        <translation>Aucun autre événement sur la période.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The cell examines complex situations with the people's consent. Only totals are shown, and counts under five are hidden to protect the people concerned.</source>
        <translation>La cellule examine des situations complexes avec le consentement des personnes. Seuls des totaux sont présentés, et les effectifs inférieurs à cinq sont masqués pour protéger les personnes concernées.</translation>
    </message>
    <message>
        <source>No situation was examined during the period.</source>
        <translation>Aucune situation n’a été examinée sur la période.</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Examined during the period</source>
        <translation>Examinées sur la période</translation>
    </message>
    <message>
        <source>Opened during the period</source>
        <translation>Ouvertes sur la période</translation>
    </message>
    <message>
        <source>Closed during the period</source>
        <translation>Clôturées sur la période</translation>
    </message>
    <message>
        <source>Members of the instances</source>
        <translation>Membres des instances</translation>
    </message>
    <message>
        <source>No member is recorded.</source>
        <translation>Aucun membre n’est enregistré.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Calendar of the meetings</source>
        <translation>Calendrier des réunions</translation>
    </message>
    <message>
        <source>No meeting during the period.</source>
        <translation>Aucune réunion sur la période.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>No indicator is recorded.</source>
        <translation>Aucun indicateur n’est enregistré.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Annual activity report %1</source>
        <translation>Rapport d’activité %1</translation>
    </message>
    <message>
        <source>Activity report from %1 to %2</source>
        <translation>Rapport d’activité du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n councils</source>
        <translation>
            <numerusform>%n conseil</numerusform>
            <numerusform>%n conseils</numerusform>
        </translation>
    </message>
    <message>
        <source>Message from the chairs and summary</source>
        <translation>Le mot des présidents et synthèse</translation>
    </message>
    <message>
        <source>Comparison of the councils</source>
        <translation>Comparaison des conseils</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Carte d’identité</translation>
    </message>
    <message>
        <source>Governance and functioning</source>
        <translation>Gouvernance et fonctionnement</translation>
    </message>
    <message>
        <source>Partner network</source>
        <translation>Réseau partenarial</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Flagship actions</source>
        <translation>Actions phares</translation>
    </message>
    <message>
        <source>Situations cell</source>
        <translation>Cellule de situations</translation>
    </message>
    <message>
        <source>Review and outlook</source>
        <translation>Bilan et perspectives</translation>
    </message>
    <message>
        <source>Appendices</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>Local mental health council</source>
        <translation>Conseil local de santé mentale</translation>
    </message>
    <message>
        <source>Period from %1 to %2</source>
        <translation>Période du %1 au %2</translation>
    </message>
    <message>
        <source>Prepared with Maillage on %1</source>
        <translation>Établi avec Maillage le %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Text to be written: %1</source>
        <translation>Texte à rédiger : %1</translation>
    </message>
    <message>
        <source>Without pillar</source>
        <translation>Sans pilier</translation>
    </message>
    <message>
        <source>Without sector</source>
        <translation>Sans secteur</translation>
    </message>
    <message>
        <source>Each council's network</source>
        <translation>Le réseau de chaque conseil</translation>
    </message>
    <message>
        <source>Linked organisations</source>
        <translation>Organismes reliés</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densité</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Best connected partner</source>
        <translation>Partenaire le plus relié</translation>
    </message>
    <message>
        <source>Density: the share of the possible links between the council's organisations that exist. The map of each council's network is in its own report.</source>
        <translation>Densité : part des liens possibles entre les organismes du conseil qui existent réellement. La carte du réseau de chaque conseil figure dans son propre rapport.</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
    <message>
        <source>No link between partners was recorded during the period, so there is no map to draw.</source>
        <translation>Aucun lien entre partenaires n’a été enregistré pendant la période : il n’y a pas de carte à dessiner.</translation>
    </message>
    <message>
        <source>Best connected partners</source>
        <translation>Partenaires les plus reliés</translation>
    </message>
    <message>
        <source>Partners linked</source>
        <translation>Partenaires reliés</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Réunions suivies</translation>
    </message>
    <message>
        <source>The partner network from %1 to %2</source>
        <translation>Le réseau partenarial du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) between %1 organisations. Two organisations are linked when they sit in the same instance, lead or partner the same action sheet, or attended the same meeting; the line thickens with the number of such ties. Disc size: meetings attended; colour: sector (number of organisations in brackets). The %2 most present organisations are named.</source>
        <translation>
            <numerusform>%n lien entre %1 organismes. Deux organismes sont reliés lorsqu’ils siègent dans la même instance, portent ou accompagnent la même fiche action, ou ont assisté à la même réunion ; le trait s’épaissit avec le nombre de ces liens. Taille des disques : réunions suivies ; couleur : secteur (nombre d’organismes entre parenthèses). Les %2 organismes les plus présents sont nommés.</numerusform>
            <numerusform>%n liens entre %1 organismes. Deux organismes sont reliés lorsqu’ils siègent dans la même instance, portent ou accompagnent la même fiche action, ou ont assisté à la même réunion ; le trait s’épaissit avec le nombre de ces liens. Taille des disques : réunions suivies ; couleur : secteur (nombre d’organismes entre parenthèses). Les %2 organismes les plus présents sont nommés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action sheet(s) in the councils' plans.</source>
        <translation>
            <numerusform>%n fiche action dans les plans des conseils.</numerusform>
            <numerusform>%n fiches actions dans les plans des conseils.</numerusform>
        </translation>
    </message>
    <message>
        <source>With more than %1 councils, the lists by instance, by action sheet, of members and of meetings are left to each council's own report; the comparison table gives each council's figures.</source>
        <translation>Au-delà de %1 conseils, les listes par instance, par fiche action, des membres et des réunions figurent dans le rapport propre à chaque conseil ; le tableau comparatif donne les chiffres de chaque conseil.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — not written by %n council(s)</source>
        <translation>
            <numerusform>%1 — non rédigé par %n conseil</numerusform>
            <numerusform>%1 — non rédigé par %n conseils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>La préparation du rapport a été annulée.</translation>
    </message>
</context>
<context>
    <name>ReportTextRepository</name>
    <message>
        <source>read the texts of the report</source>
        <translation>lire les textes du rapport</translation>
    </message>
    <message>
        <source>save the text “%1” of the report</source>
        <translation>enregistrer le texte « %1 » du rapport</translation>
    </message>
    <message>
        <source>A text of the report needs a council and a year.</source>
        <translation>Un texte du rapport doit avoir un conseil et une année.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Could not write the report %1.</source>
        <translation>Impossible d’écrire le rapport %1.</translation>
    </message>
    <message>
        <source>Local mental health council — activity report</source>
        <translation>Conseil local de santé mentale — rapport d’activité</translation>
    </message>
    <message>
        <source>Name the report with a .pdf or .odt extension: %1.</source>
        <translation>Nommez le rapport avec l’extension .pdf ou .odt : %1.</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Numbering the contents</source>
        <translation>Numérotation du sommaire</translation>
    </message>
    <message>
        <source>Writing the pages</source>
        <translation>Écriture des pages</translation>
    </message>
    <message>
        <source>Writing the document</source>
        <translation>Écriture du document</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Rapport écrit</translation>
    </message>
</context>
<context>
    <name>SearchRepository</name>
    <message>
        <source>search</source>
        <translation>rechercher</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>Sector code</source>
        <translation>Code du secteur</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>The field “%1” must be a colour like #1f77b4.</source>
        <translation>Le champ « %1 » doit être une couleur au format #1f77b4.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
</context>
<context>
    <name>SeriesPlanner</name>
    <message>
        <source>weekend</source>
        <translation>week-end</translation>
    </message>
    <message>
        <source>These settings give no new meeting date (the instance may already meet on each of them): nothing was created.</source>
        <translation>Ces réglages ne donnent aucune nouvelle date de réunion (l’instance se réunit peut-être déjà à chacune d’elles) : rien n’a été créé.</translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Pseudonymous identifier</source>
        <translation>Identifiant pseudonyme</translation>
    </message>
    <message>
        <source>The field “%1” must look like SIT-2026-014: no names in the register.</source>
        <translation>Le champ « %1 » doit être de la forme SIT-2026-014 : aucun nom dans le registre.</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Modalité de recueil du consentement</translation>
    </message>
</context>
<context>
    <name>SituationPurge</name>
    <message numerus="yes">
        <source>last contact before %1 (kept %n year(s))</source>
        <translation>
            <numerusform>dernier contact avant le %1 (conservation %n an)</numerusform>
            <numerusform>dernier contact avant le %1 (conservation %n ans)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SituationRepository</name>
    <message>
        <source>save the situation</source>
        <translation>sauvegarder la situation</translation>
    </message>
    <message>
        <source>delete the situation</source>
        <translation>supprimer la situation</translation>
    </message>
    <message>
        <source>list the situations</source>
        <translation>lister les situations</translation>
    </message>
    <message>
        <source>read the situation</source>
        <translation>lire la situation</translation>
    </message>
    <message>
        <source>This situation does not exist (any more).</source>
        <translation>Cette situation n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The field “%1” must be a year.</source>
        <translation>Le champ « %1 » doit être une année.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>number the situation</source>
        <translation>numéroter la situation</translation>
    </message>
    <message>
        <source>This council does not exist (any more).</source>
        <translation>Ce conseil n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>find the situations to purge</source>
        <translation>rechercher les situations à purger</translation>
    </message>
    <message>
        <source>read the retention period of the situations</source>
        <translation>lire la durée de conservation des situations</translation>
    </message>
    <message>
        <source>Keep situations between 1 and 10 years after the last contact.</source>
        <translation>Conservez les situations entre 1 et 10 ans après le dernier contact.</translation>
    </message>
    <message>
        <source>save the retention period of the situations</source>
        <translation>enregistrer la durée de conservation des situations</translation>
    </message>
    <message>
        <source>purge the old situations</source>
        <translation>supprimer les situations anciennes</translation>
    </message>
    <message>
        <source>read the purge log</source>
        <translation>lire le journal des purges</translation>
    </message>
</context>
<context>
    <name>SituationStatistics</name>
    <message>
        <source>Not stated</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Neighbourhood disturbances</source>
        <translation>Troubles du voisinage</translation>
    </message>
    <message>
        <source>Hoarding or unhealthy housing</source>
        <translation>Incurie dans le logement</translation>
    </message>
    <message>
        <source>Break in care</source>
        <translation>Rupture de soins</translation>
    </message>
    <message>
        <source>Rent arrears</source>
        <translation>Impayés de loyer</translation>
    </message>
    <message>
        <source>Social isolation</source>
        <translation>Isolement social</translation>
    </message>
    <message>
        <source>Addictive behaviour</source>
        <translation>Conduites addictives</translation>
    </message>
    <message>
        <source>Danger to self</source>
        <translation>Mise en danger de soi</translation>
    </message>
    <message>
        <source>Family conflict</source>
        <translation>Conflit familial</translation>
    </message>
    <message>
        <source>Danger to others</source>
        <translation>Mise en danger d’autrui</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Axis %1 — %2</source>
        <translation>Axe %1 — %2</translation>
    </message>
    <message>
        <source>Milestone reached</source>
        <translation>Jalon atteint</translation>
    </message>
    <message>
        <source>Milestone to come</source>
        <translation>Jalon à venir</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
</context>
<context>
    <name>maillage::ActionPlanRepository</name>
    <message>
        <source>save the action sheet</source>
        <translation>sauvegarder la fiche action</translation>
    </message>
    <message>
        <source>read the action sheet</source>
        <translation>lire la fiche action</translation>
    </message>
</context>
<context>
    <name>maillage::ActivityListQueries</name>
    <message>
        <source>list the axes of the action plan</source>
        <translation>lister les axes du plan d’action</translation>
    </message>
    <message>
        <source>list the action sheets</source>
        <translation>lister les fiches actions</translation>
    </message>
    <message>
        <source>list the events</source>
        <translation>lister les événements</translation>
    </message>
    <message>
        <source>list the years of the events</source>
        <translation>lister les années des événements</translation>
    </message>
    <message>
        <source>count the meetings by year</source>
        <translation>compter les réunions par année</translation>
    </message>
    <message>
        <source>compute the attendance by year</source>
        <translation>calculer les présences par année</translation>
    </message>
    <message>
        <source>count the events by year</source>
        <translation>compter les événements par année</translation>
    </message>
</context>
<context>
    <name>maillage::AgendaModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Mark an item confidential</source>
        <translation>Marquer un point confidentiel</translation>
    </message>
    <message>
        <source>Rename an item</source>
        <translation>Renommer un point</translation>
    </message>
    <message>
        <source>Change a presenter</source>
        <translation>Changer un intervenant</translation>
    </message>
    <message>
        <source>Change a duration</source>
        <translation>Changer une durée</translation>
    </message>
    <message>
        <source>Move an item</source>
        <translation>Déplacer un point</translation>
    </message>
</context>
<context>
    <name>maillage::AgendaTemplateRepository</name>
    <message>
        <source>save the agenda template</source>
        <translation>sauvegarder le modèle d’ordre du jour</translation>
    </message>
    <message>
        <source>read the agenda template</source>
        <translation>lire le modèle d’ordre du jour</translation>
    </message>
    <message>
        <source>This agenda template does not exist (any more).</source>
        <translation>Ce modèle d’ordre du jour n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>delete the agenda template</source>
        <translation>supprimer le modèle d’ordre du jour</translation>
    </message>
    <message>
        <source>read the agenda templates</source>
        <translation>lire les modèles d’ordre du jour</translation>
    </message>
    <message>
        <source>freeze the validated minutes</source>
        <translation>figer le compte rendu validé</translation>
    </message>
    <message>
        <source>Minutes validated on</source>
        <translation>Compte rendu validé le</translation>
    </message>
    <message>
        <source>read the minutes versions</source>
        <translation>lire les versions du compte rendu</translation>
    </message>
</context>
<context>
    <name>maillage::AgendaWidget</name>
    <message>
        <source>Add an item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Monter le point</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Descendre le point</translation>
    </message>
    <message>
        <source>Copy the previous meeting</source>
        <translation>Copier la réunion précédente</translation>
    </message>
    <message>
        <source>Take the agenda of the instance's previous meeting</source>
        <translation>Reprendre l’ordre du jour de la réunion précédente de l’instance</translation>
    </message>
    <message>
        <source>Apply a template…</source>
        <translation>Appliquer un modèle…</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Move to next meeting</source>
        <translation>Reporter au prochain</translation>
    </message>
    <message>
        <source>Move the selected item to the instance's next planned meeting</source>
        <translation>Reporter le point choisi à la prochaine réunion prévue de l’instance</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>Remove an item</source>
        <translation>Retirer un point</translation>
    </message>
    <message>
        <source>Copy the previous agenda</source>
        <translation>Copier l’ordre du jour précédent</translation>
    </message>
    <message>
        <source>Apply a template</source>
        <translation>Appliquer un modèle</translation>
    </message>
    <message>
        <source>This instance has no agenda template yet: prepare an agenda, then save it as a template.</source>
        <translation>Cette instance n’a pas encore de modèle d’ordre du jour : préparez un ordre du jour, puis enregistrez-le comme modèle.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Apply the template %1</source>
        <translation>Appliquer le modèle %1</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <source>Total: %1 of %2 planned</source>
        <translation>Total : %1 sur %2 prévues</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
</context>
<context>
    <name>maillage::AttendanceWidget</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Represented by / proxy to</source>
        <translation>Représenté par / pouvoir à</translation>
    </message>
    <message>
        <source>Guest's name and role</source>
        <translation>Nom et qualité de l’invité</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the guest</source>
        <translation>Ajouter l’invité</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne :</translation>
    </message>
    <message>
        <source>Guest:</source>
        <translation>Invité :</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (invité)</translation>
    </message>
    <message>
        <source>Change an attendance</source>
        <translation>Changer une présence</translation>
    </message>
    <message>
        <source>Change who stands in</source>
        <translation>Changer le représentant</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translation>Ajouter un invité</translation>
    </message>
    <message>
        <source>Remove a participant</source>
        <translation>Retirer un participant</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n présent</numerusform>
            <numerusform>%n présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%n excusé</numerusform>
            <numerusform>%n excusés</numerusform>
        </translation>
    </message>
    <message>
        <source>Quorum: %1 / %2 reached</source>
        <translation>Quorum : %1 / %2 atteint</translation>
    </message>
    <message>
        <source>Quorum: %1 / %2 not reached</source>
        <translation>Quorum : %1 / %2 non atteint</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Personne à ajouter</translation>
    </message>
    <message>
        <source>Guest's name</source>
        <translation>Nom de l’invité</translation>
    </message>
</context>
<context>
    <name>maillage::Consolidation</name>
    <message>
        <source>read the target database</source>
        <translation>lire la base de données cible</translation>
    </message>
    <message>
        <source>reserve the new ids of %1</source>
        <translation>réserver les nouveaux numéros de %1</translation>
    </message>
</context>
<context>
    <name>maillage::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>maillage::ContactRepository</name>
    <message>
        <source>add the affiliation</source>
        <translation>créer le rattachement</translation>
    </message>
    <message>
        <source>read the affiliation</source>
        <translation>lire le rattachement</translation>
    </message>
    <message>
        <source>This affiliation does not exist (any more).</source>
        <translation>Ce rattachement n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>save the affiliation</source>
        <translation>sauvegarder le rattachement</translation>
    </message>
    <message>
        <source>delete the affiliation</source>
        <translation>supprimer le rattachement</translation>
    </message>
    <message>
        <source>read the contact's affiliations</source>
        <translation>lire les rattachements du contact</translation>
    </message>
    <message>
        <source>create the contact %1</source>
        <translation>créer le contact %1</translation>
    </message>
    <message>
        <source>read the contact</source>
        <translation>lire le contact</translation>
    </message>
    <message>
        <source>This contact does not exist (any more).</source>
        <translation>Ce contact n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>save the contact %1</source>
        <translation>sauvegarder le contact %1</translation>
    </message>
    <message>
        <source>delete the contact</source>
        <translation>supprimer le contact</translation>
    </message>
    <message>
        <source>list the contacts</source>
        <translation>lister les contacts</translation>
    </message>
    <message>
        <source>count the contacts</source>
        <translation>compter les contacts</translation>
    </message>
    <message>
        <source>This person was erased (RGPD): the record can no longer be edited.</source>
        <translation>Cette personne a été effacée (RGPD) : la fiche ne peut plus être modifiée.</translation>
    </message>
</context>
<context>
    <name>maillage::CouncilRepository</name>
    <message>
        <source>create the council</source>
        <translation>créer le conseil</translation>
    </message>
    <message>
        <source>save the council</source>
        <translation>sauvegarder le conseil</translation>
    </message>
    <message>
        <source>remove a commune</source>
        <translation>retirer une commune</translation>
    </message>
    <message>
        <source>remove a psychiatric sector</source>
        <translation>retirer un secteur de psychiatrie</translation>
    </message>
    <message>
        <source>read the council</source>
        <translation>lire le conseil</translation>
    </message>
    <message>
        <source>This council does not exist (any more).</source>
        <translation>Ce conseil n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>list the councils</source>
        <translation>lister les conseils</translation>
    </message>
    <message>
        <source>count the councils</source>
        <translation>compter les conseils</translation>
    </message>
    <message>
        <source>This database holds no council yet.</source>
        <translation>Cette base de données ne contient encore aucun conseil.</translation>
    </message>
    <message>
        <source>delete the council</source>
        <translation>supprimer le conseil</translation>
    </message>
    <message>
        <source>read the communes</source>
        <translation>lire les communes</translation>
    </message>
    <message>
        <source>read the psychiatric sectors</source>
        <translation>lire les secteurs de psychiatrie</translation>
    </message>
    <message>
        <source>save the commune %1</source>
        <translation>sauvegarder la commune %1</translation>
    </message>
    <message>
        <source>save the psychiatric sector %1</source>
        <translation>sauvegarder le secteur de psychiatrie %1</translation>
    </message>
</context>
<context>
    <name>maillage::DashboardQueries</name>
    <message>
        <source>count the records</source>
        <translation>compter les enregistrements</translation>
    </message>
    <message>
        <source>list the next meetings</source>
        <translation>lister les prochaines réunions</translation>
    </message>
    <message>
        <source>list the overdue follow-ups</source>
        <translation>lister les actions de suivi en retard</translation>
    </message>
    <message>
        <source>count the partners by sector</source>
        <translation>compter les partenaires par secteur</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Sans secteur</translation>
    </message>
    <message>
        <source>count the action sheets</source>
        <translation>compter les fiches actions</translation>
    </message>
</context>
<context>
    <name>maillage::Database</name>
    <message>
        <source>No database was given.</source>
        <translation>Aucune base de données n’a été indiquée.</translation>
    </message>
    <message>
        <source>The server address is not valid. Expected postgresql://user@host/database.</source>
        <translation>L’adresse du serveur n’est pas valide. Format attendu : postgresql://utilisateur@serveur/base.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server %1. Check that it is running and that the address, user and password are right.</source>
        <translation>Impossible de se connecter au serveur PostgreSQL %1. Vérifiez qu’il est démarré et que l’adresse, l’utilisateur et le mot de passe sont corrects.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Le fichier de base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation>Impossible de créer le fichier de base de données %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: check its permissions.</source>
        <translation>Le fichier %1 ne peut pas être lu : vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>The file %1 is not a Maillage database (it is damaged, truncated or of another kind). It was left untouched.</source>
        <translation>Le fichier %1 n’est pas une base de données Maillage (il est endommagé, tronqué ou d’un autre type). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>Impossible d’ouvrir le fichier de base de données %1.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Maillage (schema %1; this version knows up to %2). Install the newer Maillage to open it; it was left untouched.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Maillage (schéma %1 ; cette version connaît jusqu’au schéma %2). Installez la version plus récente de Maillage pour l’ouvrir ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database needs an update but no backup could be written first; nothing was changed.</source>
        <translation>La base de données doit être mise à jour, mais aucune sauvegarde préalable n’a pu être écrite ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file %1 is not a Maillage database (it is damaged or of another kind). It was left untouched.</source>
        <translation>Le fichier %1 n’est pas une base de données Maillage (il est endommagé ou d’un autre type). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not a Maillage database. It was left untouched.</source>
        <translation>Le fichier %1 est une base de données d’un autre programme, pas une base de données Maillage. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot configure the database file %1 (is it read-only?).</source>
        <translation>Impossible de configurer le fichier de base de données %1 (est-il en lecture seule ?).</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the server database.</source>
        <translation>Impossible de lire la version du schéma de la base de données du serveur.</translation>
    </message>
    <message>
        <source>The server database %1 already holds tables of another program; Maillage will not write into it.</source>
        <translation>La base de données du serveur %1 contient déjà des tables d’un autre programme ; Maillage n’y écrira pas.</translation>
    </message>
    <message>
        <source>The database could not be updated to schema %1; it was left as it was.</source>
        <translation>La base de données n’a pas pu être mise à jour vers le schéma %1 ; elle a été laissée en l’état.</translation>
    </message>
    <message>
        <source>A server database is backed up with the server's own tools or with an archive export.</source>
        <translation>Une base de données sur serveur se sauvegarde avec les outils du serveur ou par un export en archive.</translation>
    </message>
    <message>
        <source>The backup file %1 already exists.</source>
        <translation>Le fichier de sauvegarde %1 existe déjà.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Impossible d’écrire la sauvegarde %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: part of it cannot be read. It was left untouched; you can restore a backup or rescue what is still readable into a new file.</source>
        <translation>La base de données %1 est endommagée : une partie ne peut plus être lue. Elle n’a pas été modifiée ; vous pouvez restaurer une sauvegarde ou récupérer ce qui est encore lisible dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program that is writing to it. Close that program and try again; the file was left untouched.</source>
        <translation>La base de données %1 est verrouillée par un autre programme qui y écrit. Fermez ce programme et réessayez ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Maillage (schema %2; this version knows up to %3). Install the newer Maillage to open it; it was left untouched.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Maillage (schéma %2 ; cette version connaît jusqu’au schéma %3). Installez la version plus récente de Maillage pour l’ouvrir ; elle n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>maillage::DatabaseCheck</name>
    <message>
        <source>%1 %2: %3 refers to %4 %5, which does not exist</source>
        <translation>%1 %2 : %3 renvoie à %4 %5, qui n’existe pas</translation>
    </message>
    <message>
        <source>check the database file</source>
        <translation>vérifier le fichier de base de données</translation>
    </message>
    <message>
        <source>check the references between records</source>
        <translation>vérifier les références entre enregistrements</translation>
    </message>
    <message>
        <source>%1 %2 refers to a record of %3 that does not exist</source>
        <translation>%1 %2 renvoie à un enregistrement de %3 qui n’existe pas</translation>
    </message>
</context>
<context>
    <name>maillage::DuplicateQueries</name>
    <message>
        <source>look for duplicates</source>
        <translation>rechercher les doublons</translation>
    </message>
</context>
<context>
    <name>maillage::DuplicatesDialog</name>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Consent confirmed on</source>
        <translation>Consentement confirmé le</translation>
    </message>
    <message>
        <source>Charter signed on</source>
        <translation>Charte signée le</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>&amp;Look among:</source>
        <translation>&amp;Chercher parmi :</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Première fiche</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Seconde fiche</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation>Les deux fiches côte à côte</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conserver :</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Moves every attendance, membership and link to the kept record, then deletes the other</source>
        <translation>Reporte chaque présence, appartenance et lien sur la fiche conservée, puis supprime l’autre</translation>
    </message>
    <message>
        <source>&amp;Undo the merge</source>
        <translation>&amp;Annuler la fusion</translation>
    </message>
    <message>
        <source>Undoes the last merge (Ctrl+Z): the removed record and its links come back</source>
        <translation>Annule la dernière fusion (Ctrl+Z) : la fiche supprimée et ses liens reviennent</translation>
    </message>
    <message>
        <source>No likely duplicate.</source>
        <translation>Aucun doublon probable.</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s).</source>
        <translation>
            <numerusform>%n doublon probable.</numerusform>
            <numerusform>%n doublons probables.</numerusform>
        </translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>n°%1</translation>
    </message>
    <message numerus="yes">
        <source>Merged into %1: %n link(s) moved. “Undo the merge” brings the other record back.</source>
        <translation>
            <numerusform>Fusionné dans %1 : %n lien reporté. « Annuler la fusion » rétablit l’autre fiche.</numerusform>
            <numerusform>Fusionné dans %1 : %n liens reportés. « Annuler la fusion » rétablit l’autre fiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge undone: %1.</source>
        <translation>Fusion annulée : %1.</translation>
    </message>
</context>
<context>
    <name>maillage::EmlDraft</name>
    <message>
        <source>Could not write the e-mail %1.</source>
        <translation>Impossible d’écrire l’e-mail %1.</translation>
    </message>
</context>
<context>
    <name>maillage::EraseConfirmDialog</name>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n people&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n personne&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n personnes&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 will be replaced by “Erased person no. …”. Their name, e-mail, phones, address, job title and notes are deleted, they leave the recipient lists, and their name is removed from minutes, decisions and follow-ups.&lt;/p&gt;&lt;p&gt;Attendance counts and statistics stay as they are.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone&lt;/b&gt;, and no copy is kept (older backups still hold them until they are thinned out).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 sera remplacé par « Personne effacée n°… ». Le nom, le courriel, les téléphones, l’adresse, la fonction et les notes sont supprimés, la personne sort des listes de destinataires et son nom est retiré des comptes rendus, décisions et actions de suivi.&lt;/p&gt;&lt;p&gt;Les présences et les statistiques restent inchangées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cette opération est irréversible&lt;/b&gt; et aucune copie n’est conservée (les sauvegardes plus anciennes la contiennent encore jusqu’à leur rotation).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>To confirm, type the name: %1</source>
        <translation>Pour confirmer, saisissez le nom : %1</translation>
    </message>
    <message>
        <source>To confirm, type the number of people: %1</source>
        <translation>Pour confirmer, saisissez le nombre de personnes : %1</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>maillage::FollowUpsWidget</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Fiche action</source>
        <translation>Fiche action</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove an action</source>
        <translation>Retirer une action</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Edit an action</source>
        <translation>Modifier une action</translation>
    </message>
</context>
<context>
    <name>maillage::IcsImportDialog</name>
    <message>
        <source>Import meetings from a calendar</source>
        <translation>Importer des réunions depuis un calendrier</translation>
    </message>
    <message>
        <source>Choose an .ics file exported by a calendar (Outlook, Thunderbird, Google…)</source>
        <translation>Choisissez un fichier .ics exporté par un agenda (Outlook, Thunderbird, Google…)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Create the meetings in:</source>
        <translation>Créer les réunions dans :</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Calendar to import</source>
        <translation>Calendrier à importer</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Fichiers iCalendar (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé : %1</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>journée</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) will be created.</source>
        <translation>
            <numerusform>%n réunion sera créée.</numerusform>
            <numerusform>%n réunions seront créées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) imported.</source>
        <translation>
            <numerusform>%n réunion importée.</numerusform>
            <numerusform>%n réunions importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::InstanceRepository</name>
    <message>
        <source>create the instance %1</source>
        <translation>créer l’instance %1</translation>
    </message>
    <message>
        <source>save the instance %1</source>
        <translation>sauvegarder l’instance %1</translation>
    </message>
    <message>
        <source>remove a member of the instance</source>
        <translation>retirer un membre de l’instance</translation>
    </message>
    <message>
        <source>read the instance</source>
        <translation>lire l’instance</translation>
    </message>
    <message>
        <source>This instance does not exist (any more).</source>
        <translation>Cette instance n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>delete the instance</source>
        <translation>supprimer l’instance</translation>
    </message>
    <message>
        <source>list the instances</source>
        <translation>lister les instances</translation>
    </message>
    <message>
        <source>count the instances</source>
        <translation>compter les instances</translation>
    </message>
    <message>
        <source>read the members of the instance</source>
        <translation>lire les membres de l’instance</translation>
    </message>
    <message>
        <source>save a member of the instance</source>
        <translation>sauvegarder un membre de l’instance</translation>
    </message>
</context>
<context>
    <name>maillage::MeetingCopy</name>
    <message>
        <source>Choose the date of the copy.</source>
        <translation>Choisissez la date de la copie.</translation>
    </message>
</context>
<context>
    <name>maillage::MeetingEditorDialog</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Minutes and decisions</source>
        <translation>&amp;Compte rendu et décisions</translation>
    </message>
    <message>
        <source>&amp;Follow-up actions</source>
        <translation>&amp;Actions de suivi</translation>
    </message>
    <message>
        <source>&amp;Validation and distribution</source>
        <translation>&amp;Validation et diffusion</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Réunion : %1</translation>
    </message>
    <message>
        <source>New meeting: %1</source>
        <translation>Nouvelle réunion : %1</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Enregistré à %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Minutes validated and saved.</source>
        <translation>Compte rendu validé et enregistré.</translation>
    </message>
    <message>
        <source>Move to next meeting</source>
        <translation>Reporter au prochain</translation>
    </message>
    <message>
        <source>The item was moved to the next meeting.</source>
        <translation>Le point a été reporté à la prochaine réunion.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this meeting?</source>
        <translation>Enregistrer les modifications de cette réunion ?</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Ouvrir la réunion</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>&amp;Documents and printing…</source>
        <translation>&amp;Documents et impression…</translation>
    </message>
    <message>
        <source>Convocation, sign-in sheet, minutes or record of decisions (Ctrl+P)</source>
        <translation>Convocation, feuille d’émargement, compte rendu ou relevé de décisions (Ctrl+P)</translation>
    </message>
    <message>
        <source>Not saved: the meeting was changed meanwhile. Your changes are still here.</source>
        <translation>Non enregistré : la réunion a été modifiée entre-temps. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Their version is shown; yours was not saved.</source>
        <translation>Leur version est affichée ; la vôtre n’a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>maillage::MeetingHeaderWidget</name>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation>Convocation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien visio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Edit the place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>Edit the video link</source>
        <translation>Modifier le lien visio</translation>
    </message>
    <message>
        <source>Change the start</source>
        <translation>Changer le début</translation>
    </message>
    <message>
        <source>Change the end</source>
        <translation>Changer la fin</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Changer l’état</translation>
    </message>
    <message>
        <source>Change the convocation date</source>
        <translation>Changer la date de convocation</translation>
    </message>
    <message>
        <source>Change the secretary</source>
        <translation>Changer de secrétaire de séance</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Sent %n day(s) before the meeting (5 expected)</source>
        <translation>
            <numerusform>⚠ Envoyée %n jour avant la réunion (5 attendus)</numerusform>
            <numerusform>⚠ Envoyée %n jours avant la réunion (5 attendus)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::MeetingListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>maillage::MeetingListQueries</name>
    <message>
        <source>list the meetings</source>
        <translation>lister les réunions</translation>
    </message>
    <message>
        <source>count the meetings</source>
        <translation>compter les réunions</translation>
    </message>
    <message>
        <source>list the years of the meetings</source>
        <translation>lister les années des réunions</translation>
    </message>
    <message>
        <source>list the instances</source>
        <translation>lister les instances</translation>
    </message>
</context>
<context>
    <name>maillage::MeetingRepository</name>
    <message>
        <source>save the meeting</source>
        <translation>sauvegarder la réunion</translation>
    </message>
    <message>
        <source>read the meeting</source>
        <translation>lire la réunion</translation>
    </message>
</context>
<context>
    <name>maillage::MinutesEditorWidget</name>
    <message>
        <source>What was said and agreed on this item…</source>
        <translation>Ce qui a été dit et convenu sur ce point…</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Decisions on this item</source>
        <translation>Décisions sur ce point</translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation>Modifier une décision</translation>
    </message>
    <message>
        <source>Write the minutes</source>
        <translation>Rédiger le compte rendu</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>Retirer une décision</translation>
    </message>
</context>
<context>
    <name>maillage::MinutesStatusWidget</name>
    <message>
        <source>Validate the minutes</source>
        <translation>Valider le compte rendu</translation>
    </message>
    <message>
        <source>Mark as distributed</source>
        <translation>Marquer comme diffusé</translation>
    </message>
    <message>
        <source>Saves the meeting and freezes this version of the minutes</source>
        <translation>Enregistre la réunion et fige cette version du compte rendu</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add everyone expected</source>
        <translation>Ajouter tous les convoqués</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Liste de diffusion</translation>
    </message>
    <message>
        <source>Change the kind of minutes</source>
        <translation>Changer le type de compte rendu</translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Ajouter un destinataire</translation>
    </message>
    <message>
        <source>Remove a recipient</source>
        <translation>Retirer un destinataire</translation>
    </message>
    <message>
        <source>Mark the minutes distributed</source>
        <translation>Marquer le compte rendu diffusé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Validated on %1</source>
        <translation>Validé le %1</translation>
    </message>
    <message>
        <source>Validated on %1, distributed on %2</source>
        <translation>Validé le %1, diffusé le %2</translation>
    </message>
    <message>
        <source>Kind of minutes</source>
        <translation>Type de compte rendu</translation>
    </message>
    <message>
        <source>Recipient to add</source>
        <translation>Destinataire à ajouter</translation>
    </message>
</context>
<context>
    <name>maillage::NetworkQueries</name>
    <message>
        <source>read the partner network</source>
        <translation>lire le réseau des partenaires</translation>
    </message>
</context>
<context>
    <name>maillage::OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>maillage::OrganisationRepository</name>
    <message>
        <source>create the organisation %1</source>
        <translation>créer l’organisation %1</translation>
    </message>
    <message>
        <source>read the organisation</source>
        <translation>lire l’organisation</translation>
    </message>
    <message>
        <source>This organisation does not exist (any more).</source>
        <translation>Cette organisation n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>save the organisation %1</source>
        <translation>sauvegarder l’organisation %1</translation>
    </message>
    <message>
        <source>delete the organisation</source>
        <translation>supprimer l’organisation</translation>
    </message>
    <message>
        <source>list the organisations</source>
        <translation>lister les organisations</translation>
    </message>
    <message>
        <source>count the organisations</source>
        <translation>compter les organisations</translation>
    </message>
    <message>
        <source>add the organisation to the council's partners</source>
        <translation>faire de l’organisation un partenaire du conseil</translation>
    </message>
    <message>
        <source>remove the organisation from the council's partners</source>
        <translation>retirer l’organisation des partenaires du conseil</translation>
    </message>
    <message>
        <source>read the organisation's councils</source>
        <translation>lire les conseils de l’organisation</translation>
    </message>
</context>
<context>
    <name>maillage::ParticipationQueries</name>
    <message>
        <source>read the participation figures</source>
        <translation>lire les chiffres de participation</translation>
    </message>
</context>
<context>
    <name>maillage::PartnerListQueries</name>
    <message>
        <source>list the organisations</source>
        <translation>lister les organisations</translation>
    </message>
    <message>
        <source>list the contacts</source>
        <translation>lister les contacts</translation>
    </message>
    <message>
        <source>list the communes</source>
        <translation>lister les communes</translation>
    </message>
    <message>
        <source>read the affiliations</source>
        <translation>lire les rattachements</translation>
    </message>
    <message>
        <source>read the memberships</source>
        <translation>lire les participations aux instances</translation>
    </message>
    <message>
        <source>count the contacts</source>
        <translation>compter les contacts</translation>
    </message>
    <message>
        <source>count the organisations</source>
        <translation>compter les organismes</translation>
    </message>
</context>
<context>
    <name>maillage::PrivacyDialog</name>
    <message>
        <source>Personal data (RGPD)</source>
        <translation>Données personnelles (RGPD)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revue</translation>
    </message>
    <message>
        <source>One &amp;person</source>
        <translation>Une &amp;personne</translation>
    </message>
    <message>
        <source>Processing re&amp;gister</source>
        <translation>Re&amp;gistre des traitements</translation>
    </message>
    <message>
        <source>Contacts with no attendance, membership or follow-up for the chosen period. Confirm that keeping them is still justified, or erase them.</source>
        <translation>Contacts sans présence, appartenance ni action de suivi pendant la période choisie. Confirmez que leur conservation reste justifiée, ou effacez-les.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>No activity for &amp;at least:</source>
        <translation>Sans activité depuis &amp;au moins :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>Dernière confirmation</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Contacts à revoir</translation>
    </message>
    <message>
        <source>&amp;Confirm the selection</source>
        <translation>&amp;Confirmer la sélection</translation>
    </message>
    <message>
        <source>Records today as the date the legal basis was last confirmed</source>
        <translation>Enregistre la date du jour comme dernière confirmation de la base légale</translation>
    </message>
    <message>
        <source>&amp;Erase the selection…</source>
        <translation>&amp;Effacer la sélection…</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>Base &amp;légale :</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>Data held about the person</source>
        <translation>Données détenues sur la personne</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <source>Processing register entry</source>
        <translation>Fiche du registre des traitements</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>&amp;Review (%1)</source>
        <translation>&amp;Revue (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) confirmed today.</source>
        <translation>
            <numerusform>%n contact confirmé aujourd’hui.</numerusform>
            <numerusform>%n contacts confirmés aujourd’hui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased. Their attendance still counts in the statistics.</source>
        <translation>
            <numerusform>%n personne effacée. Ses présences comptent toujours dans les statistiques.</numerusform>
            <numerusform>%n personnes effacées. Leurs présences comptent toujours dans les statistiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Maillage holds about this person:</source>
        <translation>Maillage détient sur cette personne :</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance membership(s)</source>
        <translation>
            <numerusform>%n appartenance à une instance</numerusform>
            <numerusform>%n appartenances à des instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) attended or expected</source>
        <translation>
            <numerusform>%n réunion (présence ou convocation)</numerusform>
            <numerusform>%n réunions (présences ou convocations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) in their charge</source>
        <translation>
            <numerusform>%n action de suivi à sa charge</numerusform>
            <numerusform>%n actions de suivi à sa charge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document mailing(s)</source>
        <translation>
            <numerusform>%n envoi de documents</numerusform>
            <numerusform>%n envois de documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in minutes, decisions and follow-ups</source>
        <translation>
            <numerusform>%n mention dans les comptes rendus, décisions et actions de suivi</numerusform>
            <numerusform>%n mentions dans les comptes rendus, décisions et actions de suivi</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the data of this person</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
    <message>
        <source>Data exported to %1.</source>
        <translation>Données exportées dans %1.</translation>
    </message>
    <message>
        <source>Save the processing register</source>
        <translation>Enregistrer le registre des traitements</translation>
    </message>
    <message>
        <source>Register saved to %1.</source>
        <translation>Registre enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>maillage::PrivacyPdf</name>
    <message>
        <source>Could not write the document %1.</source>
        <translation>Impossible d’écrire le document %1.</translation>
    </message>
</context>
<context>
    <name>maillage::ReportContent</name>
    <message>
        <source>Give the first and the last day of the report's period.</source>
        <translation>Indiquez le premier et le dernier jour de la période du rapport.</translation>
    </message>
    <message>
        <source>The period of the report ends on %1, before it starts on %2.</source>
        <translation>La période du rapport se termine le %1, avant de commencer le %2.</translation>
    </message>
    <message>
        <source>There is no council number %1.</source>
        <translation>Il n’y a pas de conseil numéro %1.</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Calcul des chiffres</translation>
    </message>
    <message>
        <source>Figures of council %1 of %2</source>
        <translation>Chiffres du conseil %1 sur %2</translation>
    </message>
    <message>
        <source>Drawing the partner network</source>
        <translation>Dessin du réseau partenarial</translation>
    </message>
    <message>
        <source>Reading the free texts</source>
        <translation>Lecture des textes libres</translation>
    </message>
</context>
<context>
    <name>maillage::ReportQueries</name>
    <message>
        <source>compute the figures of the report</source>
        <translation>calculer les chiffres du rapport</translation>
    </message>
    <message>
        <source>The period of the report must end after it starts.</source>
        <translation>La période du rapport doit se terminer après son début.</translation>
    </message>
</context>
<context>
    <name>maillage::RowSnapshot</name>
    <message>
        <source>read the records of %1</source>
        <translation>lire les enregistrements de la table %1</translation>
    </message>
    <message>
        <source>restore a record of %1</source>
        <translation>rétablir un enregistrement de la table %1</translation>
    </message>
</context>
<context>
    <name>maillage::SearchIndex</name>
    <message>
        <source>update the search index</source>
        <translation>mettre à jour l’index de recherche</translation>
    </message>
</context>
<context>
    <name>maillage::SectorRepository</name>
    <message>
        <source>create the sector %1</source>
        <translation>créer le secteur %1</translation>
    </message>
    <message>
        <source>read the sector</source>
        <translation>lire le secteur</translation>
    </message>
    <message>
        <source>This sector does not exist (any more).</source>
        <translation>Ce secteur n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>There is no sector with the code %1.</source>
        <translation>Il n’existe aucun secteur de code %1.</translation>
    </message>
    <message>
        <source>save the sector %1</source>
        <translation>sauvegarder le secteur %1</translation>
    </message>
    <message>
        <source>delete the sector</source>
        <translation>supprimer le secteur</translation>
    </message>
    <message>
        <source>list the sectors</source>
        <translation>lister les secteurs</translation>
    </message>
    <message>
        <source>count the sectors</source>
        <translation>compter les secteurs</translation>
    </message>
    <message>
        <source>read the sectors</source>
        <translation>lire les secteurs</translation>
    </message>
</context>
<context>
    <name>maillage::SqlQuery</name>
    <message>
        <source>Could not %1: internal error.</source>
        <translation>Impossible de %1 : erreur interne.</translation>
    </message>
    <message>
        <source>Could not %1: it refers to a record that does not exist, or other records still refer to it.</source>
        <translation>Impossible de %1 : un enregistrement auquel il est fait référence n’existe pas, ou d’autres enregistrements y font encore référence.</translation>
    </message>
    <message>
        <source>Could not %1: the same record already exists.</source>
        <translation>Impossible de %1 : un enregistrement identique existe déjà.</translation>
    </message>
    <message>
        <source>Could not %1: a required value is missing or not allowed.</source>
        <translation>Impossible de %1 : une valeur obligatoire est absente ou non autorisée.</translation>
    </message>
    <message>
        <source>Could not %1.</source>
        <translation>Impossible de %1.</translation>
    </message>
    <message>
        <source>Could not %1: %2. Nothing was changed.</source>
        <translation>Impossible de %1 : %2. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>maillage::TableCatalog</name>
    <message>
        <source>count the records of %1</source>
        <translation>compter les enregistrements de la table %1</translation>
    </message>
</context>
<context>
    <name>maillage::TableRows</name>
    <message>
        <source>read the records of %1</source>
        <translation>lire les enregistrements de la table %1</translation>
    </message>
    <message>
        <source>add a record to %1</source>
        <translation>créer un enregistrement dans la table %1</translation>
    </message>
    <message>
        <source>empty %1</source>
        <translation>vider la table %1</translation>
    </message>
    <message>
        <source>realign the numbering of %1</source>
        <translation>réaligner la numérotation de la table %1</translation>
    </message>
</context>
<context>
    <name>maillage::Transaction</name>
    <message>
        <source>The database refused to start or end a change.</source>
        <translation>La base de données a refusé de commencer ou de terminer une modification.</translation>
    </message>
    <message>
        <source>The change could not be saved: the database file %1 was moved or deleted while it was open. Nothing of it was kept.</source>
        <translation>La modification n’a pas pu être enregistrée : le fichier de base de données %1 a été déplacé ou supprimé pendant qu’il était ouvert. Rien n’en a été conservé.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1. Nothing of it was kept.</source>
        <translation>La modification n’a pas pu être enregistrée : %1. Rien n’en a été conservé.</translation>
    </message>
</context>
<context>
    <name>maillage::UndoBatchRepository</name>
    <message>
        <source>record the batch</source>
        <translation>enregistrer le lot</translation>
    </message>
    <message>
        <source>The record to change does not exist (any more).</source>
        <translation>La fiche à modifier n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>read the batch</source>
        <translation>lire le lot</translation>
    </message>
    <message>
        <source>This batch does not exist (any more).</source>
        <translation>Ce lot n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>read the batches</source>
        <translation>lire les lots</translation>
    </message>
    <message>
        <source>undo the batch</source>
        <translation>annuler le lot</translation>
    </message>
    <message>
        <source>A record changed by the batch was deleted since: it cannot be undone.</source>
        <translation>Une fiche modifiée par le lot a été supprimée depuis : il ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>This batch was already undone.</source>
        <translation>Ce lot a déjà été annulé.</translation>
    </message>
    <message>
        <source>This change cannot be undone.</source>
        <translation>Cette modification ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>maillage::activity</name>
    <message>
        <source>read the existing details</source>
        <translation>lire les informations existantes</translation>
    </message>
</context>
<context>
    <name>maillage::archive</name>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>expected an amount in cents (a whole number)</source>
        <translation>montant en centimes attendu (nombre entier)</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>date attendue au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>expected a date and time written YYYY-MM-DDTHH:MM:SS</source>
        <translation>date et heure attendues au format AAAA-MM-JJTHH:MM:SS</translation>
    </message>
    <message>
        <source>expected a time stamp written YYYY-MM-DDTHH:MM:SS.mmmZ</source>
        <translation>horodatage attendu au format AAAA-MM-JJTHH:MM:SS.mmmZ</translation>
    </message>
    <message>
        <source>The database refused the record %1; nothing was imported. %2</source>
        <translation>La base de données a refusé l’enregistrement %1 ; rien n’a été importé. %2</translation>
    </message>
    <message>
        <source>The database already holds %1 records; nothing was imported. Import into a new, empty database, or choose to replace its content.</source>
        <translation>La base de données contient déjà %1 enregistrements ; rien n’a été importé. Importez dans une nouvelle base de données vide, ou choisissez d’en remplacer le contenu.</translation>
    </message>
    <message>
        <source>The database could not be emptied before the import; nothing was changed.</source>
        <translation>La base de données n’a pas pu être vidée avant l’import ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database refused the archive; nothing was imported.</source>
        <translation>La base de données a refusé l’archive ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>L’archive %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The file %1 is too big to be a Maillage archive (%2 MB; at most %3 MB are read).</source>
        <translation>Le fichier %1 est trop volumineux pour être une archive Maillage (%2 Mo ; %3 Mo au plus sont lus).</translation>
    </message>
    <message>
        <source>The archive %1 cannot be read: check its permissions.</source>
        <translation>L’archive %1 ne peut pas être lue : vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>The file %1 is not a Maillage archive: it is not valid JSON. Nothing was imported.</source>
        <translation>Le fichier %1 n’est pas une archive Maillage : ce n’est pas du JSON valide. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file %1 is not a Maillage archive: it is JSON of another kind. Nothing was imported.</source>
        <translation>Le fichier %1 n’est pas une archive Maillage : c’est du JSON d’un autre type. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>a record must be a JSON object</source>
        <translation>un enregistrement doit être un objet JSON</translation>
    </message>
    <message>
        <source>unknown column of %1</source>
        <translation>colonne inconnue de la table %1</translation>
    </message>
    <message>
        <source>a value is required, null was given</source>
        <translation>une valeur est obligatoire, null a été donné</translation>
    </message>
    <message>
        <source>missing; a value is required</source>
        <translation>absent ; une valeur est obligatoire</translation>
    </message>
    <message>
        <source>an id must be a positive whole number</source>
        <translation>un identifiant doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>the id %1 is already used by %2</source>
        <translation>l’identifiant %1 est déjà utilisé par %2</translation>
    </message>
    <message>
        <source>refers to %1 %2, which is not in the archive</source>
        <translation>renvoie à %1 %2, qui ne figure pas dans l’archive</translation>
    </message>
    <message>
        <source>missing: this is not a Maillage archive</source>
        <translation>absent : ce n’est pas une archive Maillage</translation>
    </message>
    <message>
        <source>expected "%1": this is not a Maillage archive</source>
        <translation>« %1 » attendu : ce n’est pas une archive Maillage</translation>
    </message>
    <message>
        <source>expected the archive format version, a whole number</source>
        <translation>version du format d’archive attendue (nombre entier)</translation>
    </message>
    <message>
        <source>archive format version %1 is not known to this Maillage, which reads version %2; a newer Maillage may read it</source>
        <translation>la version %1 du format d’archive est inconnue de cette version de Maillage, qui lit la version %2 ; une version plus récente de Maillage pourra peut-être la lire</translation>
    </message>
    <message>
        <source>expected the schema version, a whole number</source>
        <translation>version du schéma attendue (nombre entier)</translation>
    </message>
    <message>
        <source>the archive comes from a newer Maillage (schema %1; this version knows up to %2): install the newer Maillage to import it</source>
        <translation>l’archive provient d’une version plus récente de Maillage (schéma %1 ; cette version connaît jusqu’au schéma %2) : installez la version plus récente de Maillage pour l’importer</translation>
    </message>
    <message>
        <source>expected an object holding one list of records per table</source>
        <translation>objet attendu contenant une liste d’enregistrements par table</translation>
    </message>
    <message>
        <source>unknown table</source>
        <translation>table inconnue</translation>
    </message>
    <message>
        <source>missing (a table without records is an empty list)</source>
        <translation>absente (une table sans enregistrement est une liste vide)</translation>
    </message>
    <message>
        <source>expected a list of records</source>
        <translation>liste d’enregistrements attendue</translation>
    </message>
    <message>
        <source>The archive could not be made: %1</source>
        <translation>L’archive n’a pas pu être créée : %1</translation>
    </message>
    <message>
        <source>Cannot write the archive %1.</source>
        <translation>Impossible d’écrire l’archive %1.</translation>
    </message>
    <message>
        <source>Cannot write the archive %1 (is the disk full?). No file was left behind.</source>
        <translation>Impossible d’écrire l’archive %1 (le disque est-il plein ?). Aucun fichier n’a été laissé.</translation>
    </message>
    <message>
        <source>Cannot write the archive %1. No file was left behind.</source>
        <translation>Impossible d’écrire l’archive %1. Aucun fichier n’a été laissé.</translation>
    </message>
    <message>
        <source>The archive has 1 problem; nothing was imported.</source>
        <translation>L’archive présente 1 problème ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The archive has %1 problems; nothing was imported.</source>
        <translation>L’archive présente %1 problèmes ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>… et %1 autres problèmes.</translation>
    </message>
</context>
<context>
    <name>maillage::backup</name>
    <message>
        <source>The backup %1 could not be written; the database is unchanged.</source>
        <translation>La sauvegarde %1 n’a pas pu être écrite ; la base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>A server database is backed up with the server's own tools or with an archive export (maillage export).</source>
        <translation>Une base sur serveur se sauvegarde avec les outils du serveur ou par un export d’archive (maillage export).</translation>
    </message>
    <message>
        <source>The backup file %1 already exists.</source>
        <translation>Le fichier de sauvegarde %1 existe déjà.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>the copy could not be flushed to disk</source>
        <translation>la copie n’a pas pu être écrite sur le disque</translation>
    </message>
    <message>
        <source>the copy does not pass its check: %1</source>
        <translation>la copie ne passe pas sa vérification : %1</translation>
    </message>
    <message>
        <source>the verified copy could not be renamed</source>
        <translation>la copie vérifiée n’a pas pu être renommée</translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted.</source>
        <translation>L’ancienne sauvegarde %1 n’a pas pu être supprimée.</translation>
    </message>
</context>
<context>
    <name>maillage::calendar</name>
    <message>
        <source>New Year's Day</source>
        <translation>Jour de l’an</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints' Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <source>St Stephen's Day</source>
        <translation>Saint-Étienne</translation>
    </message>
    <message>
        <source>The recurrence “%1” is not valid: %2</source>
        <translation>La périodicité « %1 » n’est pas valide : %2</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>elle est vide.</translation>
    </message>
    <message>
        <source>the frequency must be weekly, monthly or yearly.</source>
        <translation>la fréquence doit être hebdomadaire, mensuelle ou annuelle.</translation>
    </message>
    <message>
        <source>the interval must be a number from 1 to 52.</source>
        <translation>l’intervalle doit être un nombre de 1 à 52.</translation>
    </message>
    <message>
        <source>the number of occurrences must be from 1 to 1000.</source>
        <translation>le nombre d’occurrences doit être compris entre 1 et 1000.</translation>
    </message>
    <message>
        <source>the end date must be written YYYYMMDD.</source>
        <translation>la date de fin doit être écrite au format AAAAMMJJ.</translation>
    </message>
    <message>
        <source>only one weekday is supported.</source>
        <translation>un seul jour de la semaine est pris en charge.</translation>
    </message>
    <message>
        <source>“%1” is not a weekday.</source>
        <translation>« %1 » n’est pas un jour de la semaine.</translation>
    </message>
    <message>
        <source>the position of the weekday must be 1 to 4, or -1 for the last.</source>
        <translation>le rang du jour dans le mois doit être de 1 à 4, ou -1 pour le dernier.</translation>
    </message>
    <message>
        <source>the day of the month must be from 1 to 31.</source>
        <translation>le jour du mois doit être compris entre 1 et 31.</translation>
    </message>
    <message>
        <source>months must be from 1 to 12.</source>
        <translation>les mois doivent être compris entre 1 et 12.</translation>
    </message>
    <message>
        <source>“%1” is not supported.</source>
        <translation>« %1 » n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>the frequency (FREQ) is missing.</source>
        <translation>la fréquence (FREQ) est absente.</translation>
    </message>
    <message>
        <source>a weekly rule cannot name the nth weekday.</source>
        <translation>une règle hebdomadaire ne peut pas désigner le n-ième jour du mois.</translation>
    </message>
    <message>
        <source>give either a number of occurrences or an end date, not both.</source>
        <translation>indiquez soit un nombre d’occurrences, soit une date de fin, mais pas les deux.</translation>
    </message>
    <message>
        <source>Every week on %1</source>
        <translation>Chaque semaine, le %1</translation>
    </message>
    <message>
        <source>Every %1 weeks on %2</source>
        <translation>Toutes les %1 semaines, le %2</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>le %1 %2</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>le même jour</translation>
    </message>
    <message>
        <source>Every month, %1</source>
        <translation>Chaque mois, %1</translation>
    </message>
    <message>
        <source>Every quarter, %1</source>
        <translation>Chaque trimestre, %1</translation>
    </message>
    <message>
        <source>Every %1 months, %2</source>
        <translation>Tous les %1 mois, %2</translation>
    </message>
    <message>
        <source>the %1 %2 of %3</source>
        <translation>en %3, le %1 %2</translation>
    </message>
    <message>
        <source>on %1 %2</source>
        <translation>le %1 %2</translation>
    </message>
    <message>
        <source>on the same date</source>
        <translation>à la même date</translation>
    </message>
    <message>
        <source>Every year, %1</source>
        <translation>Chaque année, %1</translation>
    </message>
    <message>
        <source>, except in %1</source>
        <translation>, sauf en %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s)</source>
        <translation>
            <numerusform>, %n fois</numerusform>
            <numerusform>, %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, jusqu’au %1</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>Toutes les %1 semaines</translation>
    </message>
</context>
<context>
    <name>maillage::changewatch</name>
    <message>
        <source>look for changes made elsewhere</source>
        <translation>rechercher les modifications faites ailleurs</translation>
    </message>
</context>
<context>
    <name>maillage::consolidation</name>
    <message>
        <source>%1 could not be added (the database refused the record %2); nothing of it was kept. %3</source>
        <translation>%1 n’a pas pu être ajouté (la base de données a refusé l’enregistrement %2) ; rien n’en a été gardé. %3</translation>
    </message>
    <message>
        <source>%1 is not a valid Maillage archive (%2 problems); nothing of it was added.</source>
        <translation>%1 n’est pas une archive Maillage valide (%2 problèmes) ; rien n’en a été ajouté.</translation>
    </message>
    <message>
        <source>at commit</source>
        <translation>à la validation</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>name and commune</source>
        <translation>nom et commune</translation>
    </message>
    <message>
        <source>%1 cannot be consolidated: it has %2 problems. Nothing was added.</source>
        <translation>%1 ne peut pas être consolidé : il présente %2 problèmes. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Already added before it: %1.</source>
        <translation>Déjà ajoutés avant lui : %1.</translation>
    </message>
    <message>
        <source>No temporary folder to read %1 in.</source>
        <translation>Aucun dossier temporaire pour lire %1.</translation>
    </message>
    <message>
        <source>%1 could not be copied to be read.</source>
        <translation>%1 n’a pas pu être copié pour être lu.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>%1 ne peut pas être lu : vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>%1 is neither a Maillage archive nor a Maillage database. Nothing was added.</source>
        <translation>%1 n’est ni une archive Maillage ni une base de données Maillage. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 n’existe pas ou n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is too big to be consolidated (%2 MB; at most %3 MB are read).</source>
        <translation>%1 est trop volumineux pour être consolidé (%2 Mo ; au plus %3 Mo sont lus).</translation>
    </message>
</context>
<context>
    <name>maillage::contacts</name>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Le fichier %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>civility</source>
        <translation>civilité</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>portable</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>The organisation card on line %1 has no name.</source>
        <translation>La fiche d’organisme de la ligne %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>same person as line %1</source>
        <translation>même personne qu’à la ligne %1</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>pilier</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>déjà à jour</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The file %1 is too big (%2 MB): contact files over %3 MB are refused.</source>
        <translation>Le fichier %1 est trop gros (%2 Mo) : les fichiers de contacts de plus de %3 Mo sont refusés.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The column mapping must be a JSON object {"column": "field"}.</source>
        <translation>La correspondance des colonnes doit être un objet JSON {"colonne": "champ"}.</translation>
    </message>
    <message>
        <source>The column mapping names an unknown field “%1”.</source>
        <translation>La correspondance des colonnes nomme un champ inconnu « %1 ».</translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation>champs : %1</translation>
    </message>
    <message>
        <source>The file has no column “%1”.</source>
        <translation>Le fichier n’a pas de colonne « %1 ».</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>colonnes : %1</translation>
    </message>
    <message>
        <source>Line %1 has neither a last name nor an organisation.</source>
        <translation>La ligne %1 n’a ni nom ni organisme.</translation>
    </message>
    <message>
        <source>No column of the file looks like a last name (“Nom”, “Last name”): give a column mapping.</source>
        <translation>Aucune colonne du fichier ne ressemble à un nom (« Nom », « Last name ») : donnez une correspondance des colonnes.</translation>
    </message>
    <message>
        <source>Line %1 has a field longer than %2 characters.</source>
        <translation>La ligne %1 a un champ de plus de %2 caractères.</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed.</source>
        <translation>Le guillemet ouvert à la ligne %1 n’est jamais fermé.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Le fichier n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>The field %1 on line %2 is longer than %3 characters.</source>
        <translation>Le champ %1 de la ligne %2 dépasse %3 caractères.</translation>
    </message>
    <message>
        <source>The card starting on line %1 has no END:VCARD before the card on line %2.</source>
        <translation>La fiche qui commence à la ligne %1 n’a pas de END:VCARD avant la fiche de la ligne %2.</translation>
    </message>
    <message>
        <source>The card starting on line %1 has an unreadable line %2.</source>
        <translation>La fiche qui commence à la ligne %1 a une ligne %2 illisible.</translation>
    </message>
    <message>
        <source>The card starting on line %1 has no END:VCARD.</source>
        <translation>La fiche qui commence à la ligne %1 n’a pas de END:VCARD.</translation>
    </message>
    <message>
        <source>Line %1 holds unreadable characters (binary data or an unknown encoding).</source>
        <translation>La ligne %1 contient des caractères illisibles (données binaires ou encodage inconnu).</translation>
    </message>
</context>
<context>
    <name>maillage::demo</name>
    <message>
        <source>The demo council needs a valid date.</source>
        <translation>Le conseil de démonstration nécessite une date valide.</translation>
    </message>
    <message>
        <source>The demo council can only be created in an empty database; this one already holds records and was left unchanged. Create a new database for the demo.</source>
        <translation>Le conseil de démonstration ne peut être créé que dans une base de données vide ; celle-ci contient déjà des enregistrements et n’a pas été modifiée. Créez une nouvelle base de données pour la démonstration.</translation>
    </message>
    <message>
        <source>The demo council could not be created: %1</source>
        <translation>Le conseil de démonstration n’a pas pu être créé : %1</translation>
    </message>
</context>
<context>
    <name>maillage::domain</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Co-lead</source>
        <translation>Co-porteur</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Élu</translation>
    </message>
    <message>
        <source>Psychiatry</source>
        <translation>Psychiatrie</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usager</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Aidant</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Mission d’intérêt public</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Infra-communal</source>
        <translation>Infracommunal</translation>
    </message>
    <message>
        <source>Communal</source>
        <translation>Communal</translation>
    </message>
    <message>
        <source>Intercommunal</source>
        <translation>Intercommunal</translation>
    </message>
    <message>
        <source>Adult psychiatry</source>
        <translation>Psychiatrie adulte</translation>
    </message>
    <message>
        <source>Child and adolescent psychiatry</source>
        <translation>Pédopsychiatrie</translation>
    </message>
    <message>
        <source>Mental health information weeks (SISM)</source>
        <translation>Semaines d’information sur la santé mentale (SISM)</translation>
    </message>
    <message>
        <source>Mental health first aid training (PSSM)</source>
        <translation>Formation Premiers secours en santé mentale (PSSM)</translation>
    </message>
    <message>
        <source>Film and debate</source>
        <translation>Ciné-débat</translation>
    </message>
    <message>
        <source>Awareness session</source>
        <translation>Sensibilisation</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Plenary assembly</source>
        <translation>Assemblée plénière</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Comité de pilotage (COPIL)</translation>
    </message>
    <message>
        <source>Technical committee</source>
        <translation>Comité technique</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Complex situations cell</source>
        <translation>Cellule de situations complexes</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Titular</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Record of decisions</source>
        <translation>Relevé de décisions</translation>
    </message>
    <message>
        <source>Official proceedings</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Diffusé</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Représenté</translation>
    </message>
    <message>
        <source>Proxy given</source>
        <translation>Pouvoir donné</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Approval of the previous minutes</source>
        <translation>Approbation du compte rendu précédent</translation>
    </message>
    <message>
        <source>Review of follow-up actions</source>
        <translation>Suivi des actions</translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation>Convocation</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
    <message>
        <source>Message from the chairs</source>
        <translation>Le mot des présidents</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Freins</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Leviers</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Perspectives</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Saisi à la main</translation>
    </message>
    <message>
        <source>Meetings held by an instance</source>
        <translation>Réunions tenues par une instance</translation>
    </message>
    <message>
        <source>Partners mobilised</source>
        <translation>Partenaires mobilisés</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Événements organisés</translation>
    </message>
    <message>
        <source>Participants in events</source>
        <translation>Participants aux événements</translation>
    </message>
    <message>
        <source>People trained in mental health first aid (PSSM)</source>
        <translation>Personnes formées aux Premiers secours en santé mentale (PSSM)</translation>
    </message>
</context>
<context>
    <name>maillage::journal</name>
    <message>
        <source>The change journal could not be started.</source>
        <translation>Le journal des modifications n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>read the change journal</source>
        <translation>lire le journal des modifications</translation>
    </message>
    <message>
        <source>start the change journal</source>
        <translation>démarrer le journal des modifications</translation>
    </message>
    <message>
        <source>forget old entries of the change journal</source>
        <translation>effacer les anciennes entrées du journal des modifications</translation>
    </message>
</context>
<context>
    <name>maillage::network</name>
    <message>
        <source>read the linked records</source>
        <translation>lire les enregistrements liés</translation>
    </message>
</context>
<context>
    <name>maillage::plan</name>
    <message>
        <source>Fight the stigma attached to mental health</source>
        <translation>Lutter contre la stigmatisation liée à la santé mentale</translation>
    </message>
    <message>
        <source>Prevent mental disorders</source>
        <translation>Prévenir les troubles psychiques</translation>
    </message>
    <message>
        <source>Foster social inclusion and respect for the rights of people living with mental disorders</source>
        <translation>Favoriser l’inclusion sociale et le respect des droits des personnes concernées par des troubles psychiques</translation>
    </message>
    <message>
        <source>Improve care pathways</source>
        <translation>Améliorer les parcours de soins</translation>
    </message>
    <message>
        <source>Act on the determinants of mental health</source>
        <translation>Agir sur les déterminants de la santé mentale</translation>
    </message>
    <message>
        <source>Early identification of mental disorders, diagnosis, and access to care and to social or medico-social support</source>
        <translation>Le repérage précoce des troubles psychiques, l’élaboration d’un diagnostic et l’accès aux soins et aux accompagnements sociaux ou médico-sociaux</translation>
    </message>
    <message>
        <source>Public health code, article R. 3224-5</source>
        <translation>Code de la santé publique, article R. 3224-5</translation>
    </message>
    <message>
        <source>Quality health and life pathways without breaks, especially for people with severe and lasting mental disorders, with or at risk of a psychic disability, towards recovery and social inclusion</source>
        <translation>Le parcours de santé et de vie de qualité et sans rupture, notamment pour les personnes présentant des troubles psychiques graves et s’inscrivant dans la durée, en situation ou à risque de handicap psychique, en vue de leur rétablissement et de leur insertion sociale</translation>
    </message>
    <message>
        <source>Public health code, article R. 3224-6</source>
        <translation>Code de la santé publique, article R. 3224-6</translation>
    </message>
    <message>
        <source>Access of people with mental disorders to somatic care suited to their needs</source>
        <translation>L’accès des personnes présentant des troubles psychiques à des soins somatiques adaptés à leurs besoins</translation>
    </message>
    <message>
        <source>Public health code, article R. 3224-7</source>
        <translation>Code de la santé publique, article R. 3224-7</translation>
    </message>
    <message>
        <source>Prevention and management of crisis and emergency situations</source>
        <translation>La prévention et la prise en charge des situations de crise et d’urgence</translation>
    </message>
    <message>
        <source>Public health code, article R. 3224-8</source>
        <translation>Code de la santé publique, article R. 3224-8</translation>
    </message>
    <message>
        <source>Respect and promotion of the rights of people with mental disorders, strengthening their power to decide and act, and the fight against the stigma of these disorders</source>
        <translation>Le respect et la promotion des droits des personnes présentant des troubles psychiques, le renforcement de leur pouvoir de décider et d’agir et la lutte contre la stigmatisation de ces troubles</translation>
    </message>
    <message>
        <source>Public health code, article R. 3224-9</source>
        <translation>Code de la santé publique, article R. 3224-9</translation>
    </message>
    <message>
        <source>Action on the social, environmental and territorial determinants of mental health</source>
        <translation>L’action sur les déterminants sociaux, environnementaux et territoriaux de la santé mentale</translation>
    </message>
    <message>
        <source>Public health code, article R. 3224-10</source>
        <translation>Code de la santé publique, article R. 3224-10</translation>
    </message>
    <message>
        <source>The 5 objectives of the CLSM</source>
        <translation>Les 5 objectifs des CLSM</translation>
    </message>
    <message>
        <source>The 6 priorities of the PTSM (decree no. 2017-1200 of 27 July 2017)</source>
        <translation>Les 6 priorités du PTSM (décret n° 2017-1200 du 27 juillet 2017)</translation>
    </message>
    <message>
        <source>Blank: no axis</source>
        <translation>Vierge : aucun axe</translation>
    </message>
</context>
<context>
    <name>maillage::records</name>
    <message>
        <source>check the record</source>
        <translation>vérifier l’enregistrement</translation>
    </message>
    <message>
        <source>This record no longer exists: it was deleted in the meantime.</source>
        <translation>Cet enregistrement n’existe plus : il a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it. Your changes were not saved: reload it and apply them again.</source>
        <translation>Cet enregistrement a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Vos modifications n’ont pas été enregistrées : rechargez-le et appliquez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>maillage::rescue</name>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Le fichier %1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The damaged file %1 cannot be read at all.</source>
        <translation>Le fichier endommagé %1 ne peut pas être lu du tout.</translation>
    </message>
    <message>
        <source>The file %1 already exists; nothing was moved.</source>
        <translation>Le fichier %1 existe déjà ; rien n’a été déplacé.</translation>
    </message>
    <message>
        <source>The file %1 could not be renamed to %2.</source>
        <translation>Le fichier %1 n’a pas pu être renommé en %2.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>La sauvegarde %1 ne peut pas être restaurée : %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied beside the database; nothing was changed.</source>
        <translation>La sauvegarde %1 n’a pas pu être copiée à côté de la base de données ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The restored copy could not take the place of %1; the previous file is kept as %2.</source>
        <translation>La copie restaurée n’a pas pu remplacer %1 ; le fichier précédent est conservé sous le nom %2.</translation>
    </message>
</context>
<context>
    <name>maillage::storage</name>
    <message>
        <source>the server's disk is full</source>
        <translation>le disque du serveur est plein</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>la connexion au serveur a été perdue</translation>
    </message>
    <message>
        <source>another user was changing the same records at the same moment</source>
        <translation>un autre utilisateur modifiait les mêmes données au même moment</translation>
    </message>
    <message>
        <source>the database is busy with another program; try again</source>
        <translation>la base de données est occupée par un autre programme ; réessayez</translation>
    </message>
    <message>
        <source>the database file was moved or deleted while it was open</source>
        <translation>le fichier de base de données a été déplacé ou supprimé pendant qu’il était ouvert</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>le fichier de base de données est en lecture seule</translation>
    </message>
    <message>
        <source>the disk could not be written to (full disk, file size limit, or a drive that was removed)</source>
        <translation>le disque n’a pas pu être écrit (disque plein, taille de fichier limitée ou support retiré)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>le fichier de base de données est endommagé</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>a file beside the database cannot be created (read-only or missing folder)</source>
        <translation>un fichier ne peut pas être créé à côté de la base de données (dossier en lecture seule ou disparu)</translation>
    </message>
</context>
<context>
    <name>maillage::sync</name>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Legal basis (RGPD)</source>
        <translation>Base légale (RGPD)</translation>
    </message>
    <message>
        <source>Last confirmed on</source>
        <translation>Dernière confirmation le</translation>
    </message>
    <message>
        <source>Charter signed on</source>
        <translation>Charte signée le</translation>
    </message>
    <message>
        <source>Active in the network</source>
        <translation>Actif dans le réseau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation>Organisme %1</translation>
    </message>
    <message numerus="yes">
        <source> – %n min</source>
        <translation>
            <numerusform> – %n min</numerusform>
            <numerusform> – %n min</numerusform>
        </translation>
    </message>
    <message>
        <source> – confidential</source>
        <translation> – confidentiel</translation>
    </message>
    <message>
        <source>    Decision: %1</source>
        <translation>    Décision : %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Convocation sent on</source>
        <translation>Convocation envoyée le</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <source>Kind of minutes</source>
        <translation>Type de compte rendu</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Agenda and decisions</source>
        <translation>Ordre du jour et décisions</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Liste de diffusion</translation>
    </message>
    <message>
        <source>Minutes of “%1”</source>
        <translation>Compte rendu de « %1 »</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Réunion %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>maillage::ui::AboutDialog</name>
    <message>
        <source>About Maillage</source>
        <translation>À propos de Maillage</translation>
    </message>
    <message>
        <source>no database open</source>
        <translation>aucune base ouverte</translation>
    </message>
    <message>
        <source>Maillage logo</source>
        <translation>Logo de Maillage</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Maillage %1&lt;/h3&gt;&lt;p&gt;Maillage helps the coordinators of local mental health councils (CLSM) keep the memory of their council: partners, instances and meetings, decisions and follow-ups, the action plan, events and yearly reports.&lt;/p&gt;&lt;p&gt;Free software under the European Union Public Licence (EUPL-1.2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;Everything stays on this computer: Maillage sends nothing over the network.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt %3&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Maillage %1&lt;/h3&gt;&lt;p&gt;Maillage aide les coordinatrices et coordinateurs des conseils locaux de santé mentale (CLSM) à garder la mémoire de leur conseil : partenaires, instances et réunions, décisions et suites à donner, plan d’action, événements et rapports annuels.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique de l’Union européenne (EUPL-1.2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Base de données :&lt;/b&gt; %2&lt;br&gt;Tout reste sur cet ordinateur : Maillage n’envoie rien sur le réseau.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt %3&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy the details</source>
        <translation>&amp;Copier ces informations</translation>
    </message>
</context>
<context>
    <name>maillage::ui::ActionPlanWidget</name>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Add an axis to the plan first.</source>
        <translation>Ajoutez d’abord un axe au plan.</translation>
    </message>
    <message>
        <source>Add the axis %1</source>
        <translation>Ajouter l’axe %1</translation>
    </message>
    <message>
        <source>Edit the axis %1</source>
        <translation>Modifier l’axe %1</translation>
    </message>
    <message>
        <source>Edit the fiche %1</source>
        <translation>Modifier la fiche %1</translation>
    </message>
    <message>
        <source>Add the fiche %1</source>
        <translation>Ajouter la fiche %1</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) worked on the fiche %1 « %2 ». Delete the fiche anyway? Those meetings keep a line naming it in their notes.</source>
        <translation>
            <numerusform>%n réunion a travaillé sur la fiche %1 « %2 ». Supprimer quand même la fiche ? Cette réunion en gardera la mention dans ses notes.</numerusform>
            <numerusform>%n réunions ont travaillé sur la fiche %1 « %2 ». Supprimer quand même la fiche ? Ces réunions en garderont la mention dans leurs notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the fiche %1 « %2 »?</source>
        <translation>Supprimer la fiche %1 « %2 » ?</translation>
    </message>
    <message>
        <source>Delete the fiche %1</source>
        <translation>Supprimer la fiche %1</translation>
    </message>
    <message>
        <source>The axis “%1” still has fiches actions: delete or move them first.</source>
        <translation>L’axe « %1 » a encore des fiches actions : supprimez-les ou déplacez-les d’abord.</translation>
    </message>
    <message>
        <source>Delete the axis “%1”?</source>
        <translation>Supprimer l’axe « %1 » ?</translation>
    </message>
    <message>
        <source>Delete the axis %1</source>
        <translation>Supprimer l’axe %1</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Nouveau plan…</translation>
    </message>
    <message>
        <source>New axis</source>
        <translation>Nouvel axe</translation>
    </message>
    <message>
        <source>New fiche</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) · progress &lt;b&gt;%1&lt;/b&gt; · budget planned %2, obtained %3, spent %4</source>
        <translation>
            <numerusform>%n fiche · avancement &lt;b&gt;%1&lt;/b&gt; · budget prévu %2, obtenu %3, dépensé %4</numerusform>
            <numerusform>%n fiches · avancement &lt;b&gt;%1&lt;/b&gt; · budget prévu %2, obtenu %3, dépensé %4</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No action plan yet: create one with “New plan…”, from the CLSM objectives, the PTSM priorities or blank.</source>
        <translation>Aucun plan d’action pour l’instant : créez-en un avec « Nouveau plan… », à partir des objectifs des CLSM, des priorités du PTSM ou vierge.</translation>
    </message>
    <message>
        <source>Fiche %1.pdf</source>
        <translation>Fiche %1.pdf</translation>
    </message>
    <message>
        <source>Fiche document</source>
        <translation>Document de la fiche</translation>
    </message>
    <message>
        <source>Plan booklet</source>
        <translation>Livret du plan</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Booklet…</source>
        <translation>Livret…</translation>
    </message>
    <message>
        <source>Write the whole plan as a booklet (PDF or ODT)</source>
        <translation>Écrire tout le plan sous forme de livret (PDF ou ODT)</translation>
    </message>
    <message>
        <source>Fiche document…</source>
        <translation>Document de la fiche…</translation>
    </message>
    <message>
        <source>Write the selected fiche action as a document (PDF or ODT)</source>
        <translation>Écrire la fiche action choisie en document (PDF ou ODT)</translation>
    </message>
</context>
<context>
    <name>maillage::ui::AxisDialog</name>
    <message>
        <source>New axis</source>
        <translation>Nouvel axe</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
</context>
<context>
    <name>maillage::ui::BreakdownDialog</name>
    <message>
        <source>Breakdown of %1</source>
        <translation>Ventilation de %1</translation>
    </message>
    <message>
        <source>%1 It is replaced only if you enter numbers and confirm.</source>
        <translation>%1 Elle n’est remplacée que si vous saisissez des nombres et validez.</translation>
    </message>
    <message>
        <source>&amp;Broken down by:</source>
        <translation>&amp;Ventilée par :</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add a &amp;category</source>
        <translation>Ajouter une &amp;catégorie</translation>
    </message>
    <message>
        <source>C&amp;lear this breakdown</source>
        <translation>&amp;Effacer cette ventilation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>A category of the breakdown by %1 has a value but no name.</source>
        <translation>Une catégorie de la ventilation par %1 a une valeur mais pas de nom.</translation>
    </message>
    <message>
        <source>The value “%1” for “%2” (breakdown by %3) is not a number.</source>
        <translation>La valeur « %1 » pour « %2 » (ventilation par %3) n’est pas un nombre.</translation>
    </message>
    <message>
        <source>No breakdown by %1 for %2.</source>
        <translation>Pas de ventilation par %1 pour %2.</translation>
    </message>
    <message>
        <source>Sum: %1 (the period has no value yet).</source>
        <translation>Somme : %1 (la période n’a pas encore de valeur).</translation>
    </message>
    <message>
        <source>Sum: %1 — the value of %2 is %3: they differ by %4.</source>
        <translation>Somme : %1 — la valeur de %2 est %3 : écart de %4.</translation>
    </message>
    <message>
        <source>Sum: %1, the value of %2.</source>
        <translation>Somme : %1, soit la valeur de %2.</translation>
    </message>
    <message numerus="yes">
        <source>(%n value(s) not read)</source>
        <translation>
            <numerusform>(%n valeur non lue)</numerusform>
            <numerusform>(%n valeurs non lues)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also broken down by: %1.</source>
        <translation>Également ventilée par : %1.</translation>
    </message>
</context>
<context>
    <name>maillage::ui::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>You and someone else</source>
        <translation>Vous et une autre personne</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Une autre personne</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You and %1</source>
        <translation>Vous et %1</translation>
    </message>
    <message>
        <source>Changed by someone else meanwhile</source>
        <translation>Modifié entre-temps par une autre personne</translation>
    </message>
    <message>
        <source>%1 was saved by someone else after you opened it.</source>
        <translation>%1 : une autre personne a enregistré cette fiche depuis que vous l’avez ouverte.</translation>
    </message>
    <message>
        <source>Last saved by %1 on %2. </source>
        <translation>Dernier enregistrement par %1 le %2. </translation>
    </message>
    <message>
        <source>Your changes are not saved yet and nothing was overwritten. These fields differ: choose, line by line, the value to keep, or keep all of yours or all of theirs.</source>
        <translation>Vos modifications ne sont pas encore enregistrées et rien n’a été écrasé. Ces champs diffèrent : choisissez, ligne par ligne, la valeur à garder, ou gardez toutes les vôtres ou toutes les leurs.</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Now stored</source>
        <translation>Enregistré actuellement</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Value to keep for %1</source>
        <translation>Valeur à garder pour %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>Save your version of every field listed</source>
        <translation>Enregistrer votre version de chaque champ listé</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <source>Drop your changes to these fields and keep what is stored</source>
        <translation>Abandonner vos modifications de ces champs et garder ce qui est enregistré</translation>
    </message>
    <message>
        <source>&amp;Save my choices</source>
        <translation>&amp;Enregistrer mes choix</translation>
    </message>
    <message>
        <source>Save the value chosen on each line</source>
        <translation>Enregistrer la valeur choisie sur chaque ligne</translation>
    </message>
    <message>
        <source>Save nothing now and go back to your changes</source>
        <translation>Ne rien enregistrer pour l’instant et revenir à vos modifications</translation>
    </message>
</context>
<context>
    <name>maillage::ui::ContactEditorDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>This person was erased on %1 (RGPD). The record only keeps attendance counts right and cannot be edited.</source>
        <translation>Cette personne a été effacée le %1 (RGPD). La fiche ne sert plus qu’à garder justes les comptes de présence et ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Active in the network</source>
        <translation>Actif dans le réseau</translation>
    </message>
    <message>
        <source>&amp;Civility:</source>
        <translation>&amp;Civilité :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>F&amp;onction :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisme :</translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation>P&amp;ilier :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>Port&amp;able :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>Legal &amp;basis (RGPD):</source>
        <translation>&amp;Base légale (RGPD) :</translation>
    </message>
    <message>
        <source>Last confi&amp;rmed on:</source>
        <translation>Dernière confi&amp;rmation le :</translation>
    </message>
    <message>
        <source>C&amp;harter signed on:</source>
        <translation>C&amp;harte signée le :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Remarques :</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Past meetings stay counted under the organisation of the time.</source>
        <translation>Les réunions passées restent comptées pour l’organisme de l’époque.</translation>
    </message>
    <message>
        <source>C&amp;hanged organisation…</source>
        <translation>&amp;Changement d’organisme…</translation>
    </message>
    <message>
        <source>Closes the current affiliation and opens a new one</source>
        <translation>Clôt le rattachement en cours et en ouvre un nouveau</translation>
    </message>
    <message>
        <source>Save the contact first</source>
        <translation>Enregistrez d’abord le contact</translation>
    </message>
    <message>
        <source>Changed organisation</source>
        <translation>Changement d’organisme</translation>
    </message>
    <message>
        <source>The current affiliation ends the day before; attendance so far stays with the former organisation.</source>
        <translation>Le rattachement en cours se termine la veille ; les présences passées restent à l’ancien organisme.</translation>
    </message>
    <message>
        <source>&amp;New organisation:</source>
        <translation>&amp;Nouvel organisme :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À &amp;partir du :</translation>
    </message>
</context>
<context>
    <name>maillage::ui::ContactImportDialog</name>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Same e-mail (else same name and organisation)</source>
        <translation>Même courriel (sinon mêmes nom et organisme)</translation>
    </message>
    <message>
        <source>Same name and organisation</source>
        <translation>Mêmes nom et organisme</translation>
    </message>
    <message>
        <source>&amp;Match existing contacts by:</source>
        <translation>&amp;Retrouver les contacts existants par :</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Rien ne peut être importé : %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
</context>
<context>
    <name>maillage::ui::CouncilNameDialog</name>
    <message>
        <source>Create the council</source>
        <translation>Créer le conseil</translation>
    </message>
</context>
<context>
    <name>maillage::ui::CouncilWizard</name>
    <message>
        <source>Plenary assembly</source>
        <translation>Assemblée plénière</translation>
    </message>
    <message>
        <source>Steering committee (COPIL)</source>
        <translation>Comité de pilotage (COPIL)</translation>
    </message>
    <message>
        <source>Working group on housing</source>
        <translation>Groupe de travail logement</translation>
    </message>
    <message>
        <source>Working group on employment</source>
        <translation>Groupe de travail emploi</translation>
    </message>
    <message>
        <source>Complex situations cell</source>
        <translation>Cellule de situations complexes</translation>
    </message>
    <message>
        <source>Create your council</source>
        <translation>Créer votre conseil</translation>
    </message>
    <message>
        <source>e.g. CLSM de Bellerive</source>
        <translation>par exemple CLSM de Bellerive</translation>
    </message>
    <message>
        <source>Your council</source>
        <translation>Votre conseil</translation>
    </message>
    <message>
        <source>Its name appears on every document. You can change it later.</source>
        <translation>Son nom figure sur chaque document. Vous pourrez le modifier ensuite.</translation>
    </message>
    <message>
        <source>&amp;Name of the council:</source>
        <translation>&amp;Nom du conseil :</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territoire :</translation>
    </message>
    <message>
        <source>Communes of the territory</source>
        <translation>Communes du territoire</translation>
    </message>
    <message>
        <source>The communes the council covers, with their INSEE code and population (optional).</source>
        <translation>Les communes couvertes par le conseil, avec leur code INSEE et leur population (facultatif).</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>&amp;Add a commune</source>
        <translation>&amp;Ajouter une commune</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Tick the bodies your council has. You can rename them and add others later.</source>
        <translation>Cochez les instances de votre conseil. Vous pourrez les renommer et en ajouter d’autres ensuite.</translation>
    </message>
    <message>
        <source>Instances to create</source>
        <translation>Instances à créer</translation>
    </message>
    <message>
        <source>Partners (optional)</source>
        <translation>Partenaires (facultatif)</translation>
    </message>
    <message>
        <source>Import your contacts from a vCard file (from Thunderbird, Outlook or a phone) or a CSV spreadsheet. You can skip this step and import them later from File ▸ Import.</source>
        <translation>Importez vos contacts depuis un fichier vCard (Thunderbird, Outlook, téléphone) ou un tableau CSV. Vous pouvez passer cette étape et les importer plus tard par Fichier ▸ Importer.</translation>
    </message>
    <message>
        <source>No file: no import</source>
        <translation>Aucun fichier : pas d’import</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Contacts to import</source>
        <translation>Contacts à importer</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv)</source>
        <translation>Contacts (*.vcf *.vcard *.csv)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data never leaves this computer.&lt;/b&gt; Maillage works without Internet and sends nothing anywhere. Backups are written beside the database every day.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vos données ne quittent jamais cet ordinateur.&lt;/b&gt; Maillage fonctionne sans Internet et n’envoie rien nulle part. Une sauvegarde est écrite chaque jour à côté de la base.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Finish creates &lt;b&gt;%1&lt;/b&gt; with %n commune(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Terminer crée &lt;b&gt;%1&lt;/b&gt; avec %n commune&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Terminer crée &lt;b&gt;%1&lt;/b&gt; avec %n communes&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Instances: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Instances : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&lt;p&gt;Partners imported from %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Partenaires importés de %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>maillage::ui::CsvImportDialog</name>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Import contacts from CSV</source>
        <translation>Importer des contacts depuis un fichier CSV</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel, Western Europe)</source>
        <translation>Windows-1252 (Excel, Europe occidentale)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n record(s)</source>
        <translation>
            <numerusform>&amp;Importer %n fiche</numerusform>
            <numerusform>&amp;Importer %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Field of column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
</context>
<context>
    <name>maillage::ui::DamagedFileDialog</name>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>The file itself is not changed. You can restore the latest backup, or copy what can still be read into a new file. Either way the damaged file is kept under a new name, so nothing is lost.</source>
        <translation>Le fichier lui-même n’est pas modifié. Vous pouvez restaurer la dernière sauvegarde, ou copier ce qui peut encore être lu dans un nouveau fichier. Dans les deux cas, le fichier endommagé est conservé sous un autre nom : rien n’est perdu.</translation>
    </message>
    <message>
        <source>Restore the latest backup (none found)</source>
        <translation>Restaurer la dernière sauvegarde (aucune trouvée)</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Restaurer la sauvegarde du %1</translation>
    </message>
    <message>
        <source>Rescue what is readable into a new file</source>
        <translation>Récupérer ce qui est lisible dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Only set the damaged file aside</source>
        <translation>Seulement mettre le fichier endommagé de côté</translation>
    </message>
    <message>
        <source>The backup was restored; the damaged file is kept as %1.</source>
        <translation>La sauvegarde a été restaurée ; le fichier endommagé est conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>-rescued-</source>
        <translation>-recupere-</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rescued into %1.</source>
        <translation>
            <numerusform>%n enregistrement récupéré dans %1.</numerusform>
            <numerusform>%n enregistrements récupérés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some records could not be read; check the rescued file against your last backup.</source>
        <translation>Certains enregistrements n’ont pas pu être lus ; comparez le fichier récupéré avec votre dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The damaged file was left as it was.</source>
        <translation>Le fichier endommagé a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Le fichier endommagé est conservé sous le nom %1.</translation>
    </message>
</context>
<context>
    <name>maillage::ui::DashboardWidget</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>meetings held this year</source>
        <translation>réunions tenues cette année</translation>
    </message>
    <message>
        <source>active partner organisations</source>
        <translation>organisations partenaires actives</translation>
    </message>
    <message>
        <source>active contacts</source>
        <translation>contacts actifs</translation>
    </message>
    <message>
        <source>events this year</source>
        <translation>événements cette année</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Fiches actions</source>
        <translation>Fiches actions</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Prochaines réunions</translation>
    </message>
    <message>
        <source>Partner organisations by sector</source>
        <translation>Organisations partenaires par secteur</translation>
    </message>
    <message>
        <source>Fiches actions by status</source>
        <translation>Fiches actions par statut</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other council(s)</source>
        <translation>
            <numerusform>%1 et %n autre conseil</numerusform>
            <numerusform>%1 et %n autres conseils</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting planned.</source>
        <translation>Aucune réunion prévue.</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Aucun retard.</translation>
    </message>
    <message>
        <source>No partner organisation yet.</source>
        <translation>Aucune organisation partenaire pour l’instant.</translation>
    </message>
    <message>
        <source>No fiche action yet.</source>
        <translation>Aucune fiche action pour l’instant.</translation>
    </message>
    <message>
        <source>Click to see every follow-up, filtered on the overdue ones</source>
        <translation>Cliquez pour voir toutes les actions de suivi, filtrées sur celles en retard</translation>
    </message>
    <message>
        <source>Click to see every follow-up falling due</source>
        <translation>Cliquer pour voir toutes les actions de suivi arrivant à échéance</translation>
    </message>
    <message>
        <source>Follow-ups to watch</source>
        <translation>Actions de suivi à surveiller</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s) (%1)</source>
        <translation>
            <numerusform>À échéance dans %n jour (%1)</numerusform>
            <numerusform>À échéance dans %n jours (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due within %n day(s).</source>
        <translation>
            <numerusform>Aucune échéance dans le prochain jour.</numerusform>
            <numerusform>Aucune échéance dans les %n prochains jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ui::DataSafety</name>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Maillage was not closed properly last time: checking the file…</source>
        <translation>Maillage n’a pas été fermé correctement la dernière fois : vérification du fichier…</translation>
    </message>
    <message>
        <source>The file was checked after the unclean shutdown: it is sound.</source>
        <translation>Le fichier a été vérifié après l’arrêt inattendu : il est intact.</translation>
    </message>
    <message>
        <source>The check after the unclean shutdown found problems in the file.</source>
        <translation>La vérification après l’arrêt inattendu a trouvé des problèmes dans le fichier.</translation>
    </message>
    <message>
        <source>The database %1 has damaged parts (found by the check run after Maillage was not closed properly). Keep working in it only after restoring a backup or rescuing what is readable.</source>
        <translation>La base de données %1 comporte des parties endommagées (trouvées par la vérification lancée après une fermeture incorrecte de Maillage). N’y continuez le travail qu’après avoir restauré une sauvegarde ou récupéré ce qui est lisible.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backup restored; the previous file is kept as %1.</source>
        <translation>Sauvegarde restaurée ; le fichier précédent est conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>Part of the file could not be read: checking it…</source>
        <translation>Une partie du fichier n’a pas pu être lue : vérification en cours…</translation>
    </message>
    <message>
        <source>The file was checked: it is sound.</source>
        <translation>Le fichier a été vérifié : il est intact.</translation>
    </message>
    <message>
        <source>The check found problems in the file.</source>
        <translation>La vérification a trouvé des problèmes dans le fichier.</translation>
    </message>
    <message>
        <source>The database %1 has damaged parts: some of its records can no longer be read. Keep working in it only after restoring a backup or rescuing what is readable.</source>
        <translation>La base de données %1 est endommagée par endroits : certains de ses enregistrements ne peuvent plus être lus. Ne continuez à y travailler qu’après avoir restauré une sauvegarde ou récupéré ce qui est lisible.</translation>
    </message>
</context>
<context>
    <name>maillage::ui::DocumentExportDialog</name>
    <message>
        <source>Meeting documents</source>
        <translation>Documents de réunion</translation>
    </message>
    <message>
        <source>List the participants</source>
        <translation>Lister les participants</translation>
    </message>
    <message>
        <source>Include the confidential agenda items</source>
        <translation>Inclure les points confidentiels</translation>
    </message>
    <message>
        <source>Include the follow-ups</source>
        <translation>Inclure les suites à donner</translation>
    </message>
    <message>
        <source>Address, contact… printed at the foot of every page</source>
        <translation>Adresse, contact… imprimés en pied de chaque page</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>ODT…</source>
        <translation>ODT…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Prepare the &amp;e-mail…</source>
        <translation>Préparer l’&amp;e-mail…</translation>
    </message>
    <message>
        <source>Writes an e-mail with the PDF and the calendar invitation attached and opens it in your mail program, to review and send</source>
        <translation>Prépare un e-mail avec le PDF et l’invitation d’agenda en pièces jointes, et l’ouvre dans votre messagerie pour le relire et l’envoyer</translation>
    </message>
    <message>
        <source>E-mail prepared in %1: check it in your mail program, then send it.</source>
        <translation>E-mail préparé dans %1 : relisez-le dans votre messagerie, puis envoyez-le.</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail. It is in %1.</source>
        <translation>Aucune messagerie n’a ouvert l’e-mail. Il se trouve dans %1.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Pied de page :</translation>
    </message>
    <message>
        <source>Blank rows for &amp;guests:</source>
        <translation>Lignes vierges pour les &amp;invités :</translation>
    </message>
</context>
<context>
    <name>maillage::ui::EventDialog</name>
    <message>
        <source>Event</source>
        <translation>Évènement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel évènement</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>General public, professionals, pupils…</source>
        <translation>Grand public, professionnels, élèves…</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>P&amp;ublic :</translation>
    </message>
    <message>
        <source>Partici&amp;pants:</source>
        <translation>Partici&amp;pants :</translation>
    </message>
    <message>
        <source>Mental health information weeks</source>
        <translation>Semaines d’information sur la santé mentale</translation>
    </message>
    <message>
        <source>National t&amp;heme:</source>
        <translation>T&amp;hème national :</translation>
    </message>
    <message>
        <source>Mental health first aid training</source>
        <translation>Formation aux premiers secours en santé mentale</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Teenagers</source>
        <translation>Adolescents</translation>
    </message>
    <message>
        <source>Refresher</source>
        <translation>Recyclage</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module :</translation>
    </message>
    <message>
        <source>T&amp;rainers:</source>
        <translation>Fo&amp;rmateurs :</translation>
    </message>
    <message>
        <source>People tra&amp;ined:</source>
        <translation>Personnes form&amp;ées :</translation>
    </message>
    <message>
        <source>Pa&amp;rtners:</source>
        <translation>Pa&amp;rtenaires :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Action &amp;sheet:</source>
        <translation>Fiche a&amp;ction :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>maillage::ui::EventsWidget</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Nouvel évènement</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 trained</source>
        <translation>%1 formées</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), %1 participants in %2</source>
        <translation>
            <numerusform>%n évènement, %1 participants en %2</numerusform>
            <numerusform>%n évènements, %1 participants en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>create the event “%1”</source>
        <translation>créer l’évènement « %1 »</translation>
    </message>
    <message>
        <source>edit the event “%1”</source>
        <translation>modifier l’évènement « %1 »</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>duplicate the event</source>
        <translation>dupliquer l’évènement</translation>
    </message>
    <message>
        <source>delete the event “%1”</source>
        <translation>supprimer l’évènement « %1 »</translation>
    </message>
</context>
<context>
    <name>maillage::ui::ExchangeActions</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Contacts (vCard, CSV)…</source>
        <translation>&amp;Contacts (vCard, CSV)…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>&amp;Meetings from a calendar (.ics)…</source>
        <translation>&amp;Réunions depuis un agenda (.ics)…</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>Contacts en &amp;vCard…</translation>
    </message>
    <message>
        <source>Contacts as CSV for &amp;Excel…</source>
        <translation>Contacts en CSV pour &amp;Excel…</translation>
    </message>
    <message>
        <source>Meetings as a ca&amp;lendar (.ics)…</source>
        <translation>Réunions en &amp;agenda (.ics)…</translation>
    </message>
    <message>
        <source>Complete &amp;archive (JSON)…</source>
        <translation>&amp;Archive complète (JSON)…</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation>Exporter les réunions</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export the archive</source>
        <translation>Exporter l’archive</translation>
    </message>
    <message>
        <source>Maillage archive (*.json)</source>
        <translation>Archive Maillage (*.json)</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.txt)</source>
        <translation>Contacts (*.vcf *.vcard *.csv *.txt)</translation>
    </message>
    <message>
        <source>&amp;Undo the last contacts import…</source>
        <translation>&amp;Annuler le dernier import de contacts…</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>No contacts import to undo.</source>
        <translation>Aucun import de contacts à annuler.</translation>
    </message>
    <message>
        <source>Undo the import of %1? What it created is deleted and what it completed gets its former values back.</source>
        <translation>Annuler l’import de %1 ? Ce qu’il a créé est supprimé et ce qu’il a complété retrouve ses anciennes valeurs.</translation>
    </message>
    <message>
        <source>Import a Maillage archive</source>
        <translation>Importer une archive Maillage</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too big to be a Maillage archive.</source>
        <translation>%1 est trop volumineux pour être une archive Maillage.</translation>
    </message>
    <message>
        <source>%1 is not a Maillage archive.</source>
        <translation>%1 n’est pas une archive Maillage.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problem(s) found.</source>
        <translation>
            <numerusform>%1 ne peut pas être importé : %n problème relevé.</numerusform>
            <numerusform>%1 ne peut pas être importé : %n problèmes relevés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2.</source>
        <translation>%1 contient : %2.</translation>
    </message>
    <message>
        <source>no council</source>
        <translation>aucun conseil</translation>
    </message>
    <message numerus="yes">
        <source>%n partner organisation(s)</source>
        <translation>
            <numerusform>%n organisation partenaire</numerusform>
            <numerusform>%n organisations partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>It will be written into a new database file, which then opens. The database open now is not changed.</source>
        <translation>Elle sera enregistrée dans un nouveau fichier de base de données, qui s’ouvrira ensuite. La base actuellement ouverte n’est pas modifiée.</translation>
    </message>
    <message>
        <source>&amp;Choose the new file…</source>
        <translation>&amp;Choisir le nouveau fichier…</translation>
    </message>
    <message>
        <source>New database for the archive</source>
        <translation>Nouvelle base de données pour l’archive</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name.</source>
        <translation>%1 existe déjà : choisissez un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>maillage::ui::FollowUpTableModel</name>
    <message>
        <source>Follow-up</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Fiche action</source>
        <translation>Fiche action</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
</context>
<context>
    <name>maillage::ui::FollowUpsView</name>
    <message>
        <source>Follow-ups</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Done or dropped</source>
        <translation>Faites ou abandonnées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Search a follow-up…</source>
        <translation>Rechercher une action de suivi…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instance :</translation>
    </message>
    <message>
        <source>Double-click a status or a due date to change it.</source>
        <translation>Double-cliquez sur un statut ou une échéance pour le modifier.</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n action de suivi</numerusform>
            <numerusform>%n actions de suivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups shown</source>
        <translation>Suivis affichés</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Search the follow-ups</source>
        <translation>Rechercher dans les suivis</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Échéance dans %n jour</numerusform>
            <numerusform>Échéance dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ui::GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source># User guide

The guide was not found next to Maillage. It is in the *docs/guide* folder of the sources.</source>
        <translation># Guide de l’utilisateur

Le guide n’a pas été trouvé à côté de Maillage. Il se trouve dans le dossier *docs/guide* des sources.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
</context>
<context>
    <name>maillage::ui::ImportPlanView</name>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>new values: %1</source>
        <translation>nouvelles valeurs : %1</translation>
    </message>
    <message>
        <source>looks like the existing contact %1</source>
        <translation>ressemble au contact existant %1</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to skip, %4 rejected, %5 likely duplicate(s). Filled fields are never blanked.</source>
        <translation>%1 à créer, %2 à mettre à jour, %3 à ignorer, %4 rejeté(s), %5 doublon(s) probable(s). Un champ rempli n’est jamais vidé.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouveau : %1</translation>
    </message>
</context>
<context>
    <name>maillage::ui::InstanceEditorDialog</name>
    <message>
        <source>New instance</source>
        <translation>Nouvelle instance</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation>Instance : %1</translation>
    </message>
    <message>
        <source>Untick when the instance meets when needed, without a regular cadence.</source>
        <translation>Décocher quand l’instance se réunit selon les besoins, sans rythme régulier.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Personne ou structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(archived partner)</source>
        <translation>(partenaire archivé)</translation>
    </message>
    <message>
        <source>None yet: give a member the Chair role.</source>
        <translation>Personne pour l’instant : donnez à un membre le rôle de président.</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Membres (%1)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>The instance was not saved</source>
        <translation>L’instance n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Close this window and open the instance again to see the other changes.</source>
        <translation>Fermez cette fenêtre et rouvrez l’instance pour voir les autres modifications.</translation>
    </message>
</context>
<context>
    <name>maillage::ui::InstancesWidget</name>
    <message>
        <source>When needed</source>
        <translation>Selon les besoins</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>&amp;New instance…</source>
        <translation>&amp;Nouvelle instance…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Plan meetings…</source>
        <translation>&amp;Planifier les réunions…</translation>
    </message>
    <message>
        <source>Create the meetings of a year from the instance's cadence.</source>
        <translation>Créer les réunions d’une année à partir du rythme de l’instance.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Show archived instances</source>
        <translation>Afficher les instances archivées</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>The instance cannot be opened</source>
        <translation>L’instance ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>The instance cannot be deleted</source>
        <translation>L’instance ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>Delete the instance</source>
        <translation>Supprimer l’instance</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n meeting(s). Meetings are the council’s memory and are never deleted.</source>
        <translation>
            <numerusform>« %1 » a %n réunion. Les réunions sont la mémoire du conseil : elles ne sont jamais supprimées.</numerusform>
            <numerusform>« %1 » a %n réunions. Les réunions sont la mémoire du conseil : elles ne sont jamais supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive the instance instead? It leaves the lists and keeps its meetings.</source>
        <translation>L’archiver plutôt ? Elle quitte les listes et garde ses réunions.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Delete “%1” and its list of members?</source>
        <translation>Supprimer « %1 » et sa liste de membres ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The instance was not archived</source>
        <translation>L’instance n’a pas été archivée</translation>
    </message>
    <message>
        <source>The instance was not deleted</source>
        <translation>L’instance n’a pas été supprimée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>The change could not be undone or redone</source>
        <translation>La modification n’a pas pu être annulée ou rétablie</translation>
    </message>
</context>
<context>
    <name>maillage::ui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Maillage</source>
        <translation>À &amp;propos de Maillage</translation>
    </message>
    <message>
        <source>The council will be kept in %1.</source>
        <translation>Le conseil sera conservé dans %1.</translation>
    </message>
    <message>
        <source>The council will be kept in a new file: %1.</source>
        <translation>Le conseil sera conservé dans un nouveau fichier : %1.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>Database: %1 — schema version %2</source>
        <translation>Base de données : %1 — version du schéma %2</translation>
    </message>
    <message>
        <source>A server database is saved by its administrator (pg_dump), or exported as a Maillage archive.</source>
        <translation>Une base de données sur serveur est sauvegardée par son administrateur (pg_dump) ou exportée en archive Maillage.</translation>
    </message>
    <message>
        <source>%1 (file not found)</source>
        <translation>%1 (fichier introuvable)</translation>
    </message>
    <message>
        <source>No recent database</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <source>Forget missing files</source>
        <translation>Oublier les fichiers introuvables</translation>
    </message>
    <message>
        <source>Maillage</source>
        <translation>Maillage</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>The file %1 already exists: open it instead.</source>
        <translation>Le fichier %1 existe déjà : ouvrez-le plutôt.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Copy saved in %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find in this section</source>
        <translation>&amp;Rechercher dans cette rubrique</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Documents of the meeting</source>
        <translation>Documents de la réunion</translation>
    </message>
    <message>
        <source>Verified backup written to %1</source>
        <translation>Sauvegarde vérifiée écrite dans %1</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>&amp;Personal data (RGPD)…</source>
        <translation>&amp;Données personnelles (RGPD)…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Cellule</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Cellule de situations &amp;register…</source>
        <translation>&amp;Registre de la cellule de situations…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Timeline…</source>
        <translation>&amp;Calendrier…</translation>
    </message>
    <message numerus="yes">
        <source>%n old situation(s) of the cellule deleted (retention period).</source>
        <translation>
            <numerusform>%n situation ancienne de la cellule supprimée (durée de conservation).</numerusform>
            <numerusform>%n situations anciennes de la cellule supprimées (durée de conservation).</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of the action plan</source>
        <translation>Calendrier du plan d’action</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Shown again with the changes another user made.</source>
        <translation>Affichage mis à jour avec les modifications d’un autre utilisateur.</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Ouvrir un fichier</translation>
    </message>
    <message>
        <source>Maillage cannot import %1. It takes contacts (.vcf, .csv), meetings from a calendar (.ics) and Maillage archives (.maillage.json).</source>
        <translation>Maillage ne sait pas importer %1. Il accepte les contacts (.vcf, .csv), les réunions d’un agenda (.ics) et les archives Maillage (.maillage.json).</translation>
    </message>
    <message>
        <source>Create or open a council first: %1 is imported into it.</source>
        <translation>Créez ou ouvrez d’abord un conseil : %1 y sera importé.</translation>
    </message>
</context>
<context>
    <name>maillage::ui::MeetingActionDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Which instance meets?</source>
        <translation>Quelle instance se réunit ?</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instance :</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Date et heure :</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Annuler la réunion</translation>
    </message>
    <message>
        <source>%1 will be marked cancelled. It stays in the history with the reason.</source>
        <translation>%1 sera marquée annulée. Elle reste dans l’historique avec le motif.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
</context>
<context>
    <name>maillage::ui::MeetingsWidget</name>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Search a title, an instance, a place…</source>
        <translation>Rechercher un titre, une instance, un lieu…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instance :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an instance first: every meeting belongs to one.</source>
        <translation>Créez d’abord une instance : chaque réunion appartient à une instance.</translation>
    </message>
    <message>
        <source>Duplicate the meeting</source>
        <translation>Dupliquer la réunion</translation>
    </message>
    <message>
        <source>A new meeting of the same instance, with the agenda and the expected attendance of %1. The minutes, decisions and follow-ups are not copied.</source>
        <translation>Une nouvelle réunion de la même instance, avec l’ordre du jour et les participants attendus de %1. Le compte rendu, les décisions et les actions de suivi ne sont pas copiés.</translation>
    </message>
    <message>
        <source>Postpone the meeting</source>
        <translation>Reporter la réunion</translation>
    </message>
    <message>
        <source>%1 will show as postponed, pointing to the new meeting, which takes over its agenda and expected attendance.</source>
        <translation>%1 apparaîtra comme reportée, avec un lien vers la nouvelle réunion, qui reprend son ordre du jour et ses participants attendus.</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nouvelle réunion…</translation>
    </message>
    <message>
        <source>Plan a meeting of an instance (Ctrl+N)</source>
        <translation>Planifier une réunion d’une instance (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>A new meeting at another date with the same agenda and expected attendance</source>
        <translation>Une nouvelle réunion à une autre date, avec le même ordre du jour et les mêmes participants attendus</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <source>Move a planned meeting to a new date; the old one stays in the history</source>
        <translation>Déplacer une réunion prévue à une nouvelle date ; l’ancienne reste dans l’historique</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Open the new meeting</source>
        <translation>Ouvrir la nouvelle réunion</translation>
    </message>
    <message>
        <source>The meeting this postponed one was moved to</source>
        <translation>La réunion vers laquelle celle-ci a été reportée</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>Documents…</translation>
    </message>
    <message>
        <source>Convocation, sign-in sheet, minutes: print, PDF or ODT (Ctrl+P)</source>
        <translation>Convocation, feuille d’émargement, compte rendu : impression, PDF ou ODT (Ctrl+P)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Search the meetings</source>
        <translation>Rechercher dans les réunions</translation>
    </message>
    <message>
        <source>Edit this occurrence only…</source>
        <translation>Modifier cette réunion seulement…</translation>
    </message>
    <message>
        <source>The meeting leaves its series, keeps its date and opens in the editor</source>
        <translation>La réunion quitte sa série, garde sa date et s’ouvre dans l’éditeur</translation>
    </message>
    <message>
        <source>Edit the series from this date…</source>
        <translation>Modifier la série à partir de cette date…</translation>
    </message>
    <message>
        <source>Change the cadence of the series from this meeting on; past and held meetings stay</source>
        <translation>Changer le rythme de la série à partir de cette réunion ; les réunions passées et tenues ne bougent pas</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Edit this occurrence only, or the series from this date</source>
        <translation>Modifier cette réunion seulement, ou la série à partir de cette date</translation>
    </message>
    <message>
        <source>Edit this occurrence only</source>
        <translation>Modifier cette réunion seulement</translation>
    </message>
    <message>
        <source>%1 leaves its series: it keeps its date and what it holds, and later changes of the series no longer move it. It then opens in the editor.</source>
        <translation>%1 quitte sa série : elle garde sa date et son contenu, et les modifications ultérieures de la série ne la déplaceront plus. Elle s’ouvre ensuite dans l’éditeur.</translation>
    </message>
    <message>
        <source>Detach and edit</source>
        <translation>Détacher et modifier</translation>
    </message>
    <message>
        <source>Edit %1 alone</source>
        <translation>Modifier %1 seule</translation>
    </message>
    <message>
        <source>Re-plan the series of %1 from %2</source>
        <translation>Replanifier la série de %1 à partir du %2</translation>
    </message>
</context>
<context>
    <name>maillage::ui::MemberDialog</name>
    <message>
        <source>Member of the instance</source>
        <translation>Membre de l’instance</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Person or organisation:</source>
        <translation>Personne ou structure :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation>Qualité :</translation>
    </message>
    <message>
        <source>Seat:</source>
        <translation>Siège :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
</context>
<context>
    <name>maillage::ui::NetworkMapPage</name>
    <message numerus="yes">
        <source>%n meeting(s) attended in the period</source>
        <translation>
            <numerusform>%n réunion suivie sur la période</numerusform>
            <numerusform>%n réunions suivies sur la période</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) linked</source>
        <translation>
            <numerusform>%n partenaire relié</numerusform>
            <numerusform>%n partenaires reliés</numerusform>
        </translation>
    </message>
    <message>
        <source>Bridging role (betweenness): %1</source>
        <translation>Rôle de passerelle (intermédiarité) : %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Action sheets</source>
        <translation>Fiches actions</translation>
    </message>
    <message>
        <source>Who carries the council</source>
        <translation>Qui porte le conseil</translation>
    </message>
    <message>
        <source>Sectors ranked by their share of attendance and of bridging between partners.</source>
        <translation>Secteurs classés selon leur part de la présence et du rôle de passerelle entre partenaires.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Bridging</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Partner network</source>
        <translation>Réseau des partenaires</translation>
    </message>
    <message>
        <source>Partner network, %1 – %2</source>
        <translation>Réseau des partenaires, %1 – %2</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Impossible d’écrire l’image %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>network-map.pdf</source>
        <translation>carte-reseau.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG image (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;Image SVG (*.svg);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the network as GraphML</source>
        <translation>Exporter le réseau en GraphML</translation>
    </message>
    <message>
        <source>network.graphml</source>
        <translation>reseau.graphml</translation>
    </message>
    <message>
        <source>GraphML (*.graphml)</source>
        <translation>GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Export elements and connections (Kumu, Gephi)</source>
        <translation>Exporter les éléments et les liens (Kumu, Gephi)</translation>
    </message>
    <message>
        <source>network.csv</source>
        <translation>reseau.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Meetings together</source>
        <translation>Réunions en commun</translation>
    </message>
    <message>
        <source>Find an organisation on the map…</source>
        <translation>Trouver un organisme sur la carte…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisme</numerusform>
            <numerusform>%n organismes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Click an organisation to see its instances, action sheets and metrics.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cliquez sur un organisme pour voir ses instances, ses fiches actions et ses indicateurs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Find an organisation on the map</source>
        <translation>Trouver un organisme sur la carte</translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s)</source>
        <translation>
            <numerusform>%n secteur</numerusform>
            <numerusform>%n secteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Sectors shown</source>
        <translation>Secteurs affichés</translation>
    </message>
    <message>
        <source>Show all sectors</source>
        <translation>Afficher tous les secteurs</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>menu button</comment>
        <translation>Export</translation>
    </message>
    <message>
        <source>Map as image (PDF, SVG, PNG)…</source>
        <translation>Carte en image (PDF, SVG, PNG)…</translation>
    </message>
    <message>
        <source>Network as GraphML (Gephi)…</source>
        <translation>Réseau en GraphML (Gephi)…</translation>
    </message>
    <message>
        <source>Elements and connections as CSV (Kumu, Gephi)…</source>
        <translation>Éléments et liens en CSV (Kumu, Gephi)…</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens :</translation>
    </message>
    <message>
        <source>Shared instances</source>
        <translation>Instances communes</translation>
    </message>
    <message>
        <source>Minimum &amp;weight</source>
        <translation>&amp;Poids minimal</translation>
    </message>
    <message>
        <source>Minimum link weight</source>
        <translation>Poids minimal des liens</translation>
    </message>
    <message>
        <source>Hide links lighter than this: the weight of a link counts its shared instances, action sheets and meetings attended together.</source>
        <translation>Masquer les liens plus légers : le poids d’un lien compte les instances communes, les fiches actions et les réunions suivies ensemble.</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation>Afficher toute la carte (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>maillage::ui::NetworkMapView</name>
    <message>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
    <message>
        <source>%1 — %2
Weight %3: %4</source>
        <translation>%1 — %2
Poids %3 : %4</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2
%n meeting(s) attended</source>
        <translation>
            <numerusform>%1
%2
%n réunion suivie</numerusform>
            <numerusform>%1
%2
%n réunions suivies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ui::NetworkSection</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
</context>
<context>
    <name>maillage::ui::NewPlanDialog</name>
    <message>
        <source>New action plan</source>
        <translation>Nouveau plan d’action</translation>
    </message>
    <message>
        <source>Feuille de route %1–%2</source>
        <translation>Feuille de route %1–%2</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Années :</translation>
    </message>
    <message>
        <source>&amp;Axes:</source>
        <translation>A&amp;xes :</translation>
    </message>
    <message>
        <source>Nothing, start afresh</source>
        <translation>Rien, repartir de zéro</translation>
    </message>
    <message>
        <source>Unfinished fiches of “%1” (%2–%3)</source>
        <translation>Les fiches non terminées de « %1 » (%2–%3)</translation>
    </message>
    <message>
        <source>&amp;Carry over:</source>
        <translation>&amp;Reprendre :</translation>
    </message>
    <message>
        <source>Create the plan</source>
        <translation>Créer le plan</translation>
    </message>
    <message>
        <source>The last year must not be before the first year.</source>
        <translation>La dernière année ne doit pas précéder la première.</translation>
    </message>
</context>
<context>
    <name>maillage::ui::OrganisationEditorDialog</name>
    <message>
        <source>Organisation %1</source>
        <translation>Organisme %1</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvel organisme</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation>(aucun secteur)</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>9 characters</source>
        <translation>9 caractères</translation>
    </message>
    <message>
        <source>Active partner</source>
        <translation>Partenaire actif</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>S&amp;ecteur :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>SI&amp;RET:</source>
        <translation>SI&amp;RET :</translation>
    </message>
    <message>
        <source>&amp;FINESS:</source>
        <translation>&amp;FINESS :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Remarques :</translation>
    </message>
</context>
<context>
    <name>maillage::ui::ParticipationPage</name>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Not seen for</source>
        <translation>Pas vu depuis</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Lost from view after</source>
        <translation>Perdu de vue après</translation>
    </message>
    <message>
        <source>Attendance rate = (present + represented) ÷ convened, over the meetings held in the period. A proxy given does not count as attending.</source>
        <translation>Taux de présence = (présents + représentés) ÷ convoqués, sur les réunions tenues pendant la période. Un pouvoir donné ne compte pas comme une présence.</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Par organisme</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <source>By pillar</source>
        <translation>Par pilier</translation>
    </message>
    <message>
        <source>By instance</source>
        <translation>Par instance</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Nouveaux venus</translation>
    </message>
    <message>
        <source>Lost from view</source>
        <translation>Perdus de vue</translation>
    </message>
    <message>
        <source>Pillars per instance</source>
        <translation>Piliers par instance</translation>
    </message>
    <message>
        <source>Convened</source>
        <translation>Convoqués</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Représentés</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Réunions suivies</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première présence</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière présence</translation>
    </message>
    <message>
        <source>Last instance</source>
        <translation>Dernière instance</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Réunions tenues</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Piliers manquants</translation>
    </message>
    <message>
        <source>present (%1)</source>
        <translation>présent (%1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of this pillar</source>
        <translation>
            <numerusform>%n membre de ce pilier</numerusform>
            <numerusform>%n membres de ce pilier</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>participation.csv</source>
        <translation>participation.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>maillage::ui::PartnerFilterBar</name>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Actifs et inactifs</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actifs seulement</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Inactifs seulement</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Tous les piliers</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
</context>
<context>
    <name>maillage::ui::PartnersWidget</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation>Organisations (%1)</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Undo the &amp;import</source>
        <translation>Annuler l’&amp;import</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Selected contacts as vCard…</source>
        <translation>Contacts sélectionnés en vCard…</translation>
    </message>
    <message>
        <source>Selected contacts as CSV…</source>
        <translation>Contacts sélectionnés en CSV…</translation>
    </message>
    <message>
        <source>All contacts as vCard…</source>
        <translation>Tous les contacts en vCard…</translation>
    </message>
    <message>
        <source>All contacts as CSV…</source>
        <translation>Tous les contacts en CSV…</translation>
    </message>
    <message>
        <source>Delete this organisation? Ctrl+Z brings it back.</source>
        <translation>Supprimer cet organisme ? Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <source>Delete this contact with their attendance and memberships? Ctrl+Z brings back the person and their organisations.</source>
        <translation>Supprimer ce contact avec ses présences et ses participations ? Ctrl+Z rétablit la personne et ses organismes.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.txt)</source>
        <translation>Contacts (*.vcf *.vcard *.csv *.txt)</translation>
    </message>
    <message>
        <source>Imported %1. “Undo the import” reverts it as a whole.</source>
        <translation>%1 importé. « Annuler l’import » le défait en entier.</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2 change(s))? Contacts and organisations it created are deleted, the ones it completed get their former values back.</source>
        <translation>Annuler l’import de %1 (%2 modification(s)) ? Les contacts et organismes qu’il a créés sont supprimés, ceux qu’il a complétés retrouvent leurs anciennes valeurs.</translation>
    </message>
    <message>
        <source>The import of %1 was undone.</source>
        <translation>L’import de %1 a été annulé.</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Le fichier %1 ne peut pas être écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.</source>
        <translation>
            <numerusform>%n contact écrit dans %1.</numerusform>
            <numerusform>%n contacts écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select contacts in the Contacts tab first.</source>
        <translation>Sélectionnez d’abord des contacts dans l’onglet Contacts.</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Search a name, a commune, an e-mail… (Ctrl+F)</source>
        <translation>Rechercher un nom, une commune, un courriel… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the partners</source>
        <translation>Rechercher parmi les partenaires</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record meanwhile.</source>
        <translation>Non enregistré : une autre personne a modifié cette fiche entre-temps.</translation>
    </message>
    <message>
        <source>Their version was kept; yours was not saved.</source>
        <translation>Leur version a été gardée ; la vôtre n’a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>maillage::ui::PlanTreeModel</name>
    <message numerus="yes">
        <source>%n fiche(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % — %2 of %3 milestone(s) reached</source>
        <translation>%1 % — %2 étape(s) franchie(s) sur %3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Axis / fiche action</source>
        <translation>Axe / fiche action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Lead (porteur)</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
</context>
<context>
    <name>maillage::ui::RecurrenceEditor</name>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>every </source>
        <translation>tous les </translation>
    </message>
    <message>
        <source>the nth weekday</source>
        <translation>le n-ième jour de semaine</translation>
    </message>
    <message>
        <source>the last weekday</source>
        <translation>le dernier jour de semaine</translation>
    </message>
    <message>
        <source>a day of the month</source>
        <translation>un jour du mois</translation>
    </message>
    <message>
        <source>the same day as the first date</source>
        <translation>le même jour que la première date</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <source>the weekday of the first date</source>
        <translation>le jour de la première date</translation>
    </message>
    <message>
        <source>Untick the months without a meeting (August, for instance).</source>
        <translation>Décochez les mois sans réunion (août, par exemple).</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Sans fin</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source> meetings</source>
        <translation> réunions</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Répéter :</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Le :</translation>
    </message>
    <message>
        <source>Months:</source>
        <translation>Mois :</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> semaine(s)</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> an(s)</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Day of the meeting</source>
        <translation>Jour de la réunion</translation>
    </message>
    <message>
        <source>Week of the month</source>
        <translation>Semaine du mois</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
</context>
<context>
    <name>maillage::ui::ReportTextsEditor</name>
    <message>
        <source>Texts of</source>
        <translation>Textes de</translation>
    </message>
    <message>
        <source>Write here; leave a blank line between paragraphs.</source>
        <translation>Écrivez ici ; laissez une ligne vide entre les paragraphes.</translation>
    </message>
    <message>
        <source>&amp;Save the texts</source>
        <translation>&amp;Enregistrer les textes</translation>
    </message>
    <message>
        <source>Save the texts (%1)</source>
        <translation>Enregistrer les textes (%1)</translation>
    </message>
    <message>
        <source>Unsaved texts</source>
        <translation>Textes non enregistrés</translation>
    </message>
    <message>
        <source>Save the texts of the previous council first?</source>
        <translation>Enregistrer d’abord les textes du conseil précédent ?</translation>
    </message>
    <message>
        <source>Texts of the year %1.</source>
        <translation>Textes de l’année %1.</translation>
    </message>
    <message>
        <source>No council to write for.</source>
        <translation>Aucun conseil pour lequel écrire.</translation>
    </message>
    <message>
        <source>Texts not saved</source>
        <translation>Textes non enregistrés</translation>
    </message>
    <message>
        <source>Texts saved.</source>
        <translation>Textes enregistrés.</translation>
    </message>
</context>
<context>
    <name>maillage::ui::ReportsWidget</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Activity by year</source>
        <translation>Activité par année</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Réunions tenues</translation>
    </message>
    <message>
        <source>Meetings cancelled</source>
        <translation>Réunions annulées</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>Indicators written to %1.</source>
        <translation>Indicateurs écrits dans %1.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>indicators-%1.csv</source>
        <translation>indicateurs-%1.csv</translation>
    </message>
    <message>
        <source>Export the indicators</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV pour un tableur (*.csv)</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Free texts of the report</source>
        <translation>Textes libres du rapport</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Double-click a year to prepare its report.</source>
        <translation>Double-cliquez sur une année pour préparer son rapport.</translation>
    </message>
    <message>
        <source>Year of the report</source>
        <translation>Année du rapport</translation>
    </message>
    <message>
        <source>Custom &amp;period</source>
        <translation>&amp;Période personnalisée</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Councils in the report</source>
        <translation>Conseils du rapport</translation>
    </message>
    <message>
        <source>&amp;Update the preview</source>
        <translation>&amp;Mettre à jour l’aperçu</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export as &amp;ODT…</source>
        <translation>Exporter en &amp;ODT…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Export the &amp;indicators…</source>
        <translation>Exporter les &amp;indicateurs…</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2: choose a last day after the first.</source>
        <translation>La période se termine le %1, avant de commencer le %2 : choisissez un dernier jour après le premier.</translation>
    </message>
    <message>
        <source>Tick at least one council.</source>
        <translation>Cochez au moins un conseil.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Councils:</source>
        <translation>&amp;Conseils :</translation>
    </message>
    <message>
        <source>A report is already being prepared: wait for it or cancel it.</source>
        <translation>Un rapport est déjà en préparation : attendez qu’il soit prêt ou annulez-le.</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Lecture du rapport…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Avancement du rapport</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop preparing the report (Esc)</source>
        <translation>Arrêter la préparation du rapport (Échap)</translation>
    </message>
</context>
<context>
    <name>maillage::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current file %1 is kept beside it under a new name, so the restore can be undone by hand.</source>
        <translation>Choisissez la sauvegarde à restaurer. Le fichier actuel %1 est conservé à côté sous un autre nom, pour que la restauration puisse être annulée à la main.</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>No backup of this file was found in %1.</source>
        <translation>Aucune sauvegarde de ce fichier n’a été trouvée dans %1.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>maillage::ui::SeriesDialog</name>
    <message>
        <source>Plan the meetings of %1</source>
        <translation>Planifier les réunions de %1</translation>
    </message>
    <message>
        <source>For a cadence without an end: the last day to plan.</source>
        <translation>Pour un rythme sans fin : le dernier jour à planifier.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Move to the next working day</source>
        <translation>Reporter au jour ouvré suivant</translation>
    </message>
    <message>
        <source>Skip the meeting</source>
        <translation>Ne pas tenir la réunion</translation>
    </message>
    <message>
        <source>Keep the date</source>
        <translation>Garder la date</translation>
    </message>
    <message>
        <source>Alsace-Moselle public holidays (Good Friday, 26 December)</source>
        <translation>Jours fériés d’Alsace-Moselle (Vendredi saint, 26 décembre)</translation>
    </message>
    <message>
        <source>A council setting: saved for every series of the council.</source>
        <translation>Un réglage du conseil : enregistré pour toutes ses séries.</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Dates et heures</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>lasting</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>On a public holiday or a weekend:</source>
        <translation>Un jour férié ou un week-end :</translation>
    </message>
    <message>
        <source>Create the meetings</source>
        <translation>Créer les réunions</translation>
    </message>
    <message>
        <source>Meetings to create:</source>
        <translation>Réunions à créer :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No meeting: %1</source>
        <translation>Pas de réunion : %1</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Déplacée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) to create</source>
        <translation>
            <numerusform>%n réunion à créer</numerusform>
            <numerusform>%n réunions à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n moved</source>
        <translation>
            <numerusform>, %n déplacée</numerusform>
            <numerusform>, %n déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n supprimée</numerusform>
            <numerusform>, %n supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting was not saved</source>
        <translation>Le réglage n’a pas été enregistré</translation>
    </message>
    <message>
        <source>The meetings were not created</source>
        <translation>Les réunions n’ont pas été créées</translation>
    </message>
    <message>
        <source>%1 (the instance already meets that day)</source>
        <translation>%1 (l’instance se réunit déjà ce jour-là)</translation>
    </message>
    <message numerus="yes">
        <source>, %n already planned</source>
        <translation>
            <numerusform>, %n déjà prévue</numerusform>
            <numerusform>, %n déjà prévues</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the series of %1 from a date</source>
        <translation>Modifier la série de %1 à partir d’une date</translation>
    </message>
    <message>
        <source>The planned meetings of this series from the date below on are replaced by the new dates. Past meetings, held or cancelled meetings and meetings that already have an agenda, an attendance or minutes are never changed: they stay where they are. Meetings before today (%1) cannot be re-planned.</source>
        <translation>Les réunions prévues de cette série à partir de la date ci-dessous sont remplacées par les nouvelles dates. Les réunions passées, tenues ou annulées, et celles qui ont déjà un ordre du jour, des présences ou un compte rendu ne sont jamais modifiées : elles restent où elles sont. Les réunions antérieures à aujourd’hui (%1) ne peuvent pas être replanifiées.</translation>
    </message>
    <message>
        <source>New dates:</source>
        <translation>Nouvelles dates :</translation>
    </message>
    <message>
        <source>Re-plan the series</source>
        <translation>Replanifier la série</translation>
    </message>
    <message>
        <source>The series was not re-planned</source>
        <translation>La série n’a pas été replanifiée</translation>
    </message>
</context>
<context>
    <name>maillage::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Council</source>
        <translation>&amp;Conseil</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>S&amp;uivis</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>e.g. The coordinator of the council</source>
        <translation>par exemple La coordinatrice du CLSM</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>How the council appears at the top of its convocations, minutes and records of decisions.</source>
        <translation>Comment le conseil se présente en tête de ses convocations, comptes rendus et relevés de décisions.</translation>
    </message>
    <message>
        <source>&amp;Name on documents:</source>
        <translation>&amp;Nom sur les documents :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Signataire :</translation>
    </message>
    <message>
        <source>Signatory's &amp;title:</source>
        <translation>&amp;Qualité du signataire :</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>Write minutes and reports as &amp;PDF/A (for the archives)</source>
        <translation>Enregistrer comptes rendus et rapports en &amp;PDF/A (pour les archives)</translation>
    </message>
    <message>
        <source>&amp;Footer of every page:</source>
        <translation>&amp;Pied de page :</translation>
    </message>
    <message>
        <source>PDF/A is the format municipal and departmental archives ask for. ODT stays the format to edit in LibreOffice.</source>
        <translation>Le PDF/A est le format demandé par les archives municipales et départementales. L’ODT reste le format à modifier dans LibreOffice.</translation>
    </message>
    <message>
        <source>&amp;Write a verified backup once a day</source>
        <translation>&amp;Écrire une sauvegarde vérifiée chaque jour</translation>
    </message>
    <message>
        <source>The “sauvegardes” folder beside the database</source>
        <translation>Le dossier « sauvegardes » à côté de la base</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier des sauvegardes :</translation>
    </message>
    <message>
        <source>Keep the last &amp;days:</source>
        <translation>Garder les derniers &amp;jours :</translation>
    </message>
    <message>
        <source>Keep the last &amp;weeks:</source>
        <translation>Garder les dernières s&amp;emaines :</translation>
    </message>
    <message>
        <source>Keep the last &amp;months:</source>
        <translation>Garder les derniers &amp;mois :</translation>
    </message>
    <message>
        <source>Only the newest backup of each day, week and month is kept within these limits. A folder on another disk or a USB key protects against a broken computer.</source>
        <translation>Seule la sauvegarde la plus récente de chaque jour, semaine et mois est gardée dans ces limites. Un dossier sur un autre disque ou une clé USB protège aussi d’une panne de l’ordinateur.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language of the interface and documents:</source>
        <translation>&amp;Langue de l’interface et des documents :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Announce follow-ups falling due &amp;within:</source>
        <translation>Annoncer les suivis arrivant à échéance &amp;dans :</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Keep &amp;inactive contacts for:</source>
        <translation>Conserver les contacts &amp;inactifs pendant :</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose the council's logo</source>
        <translation>Choisir le logo du conseil</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>The window changes language as soon as you press OK, keeping the open database; documents written afterwards use the new language too.</source>
        <translation>La fenêtre change de langue dès que vous cliquez sur OK, sans fermer la base ouverte ; les documents produits ensuite sont aussi rédigés dans la nouvelle langue.</translation>
    </message>
    <message>
        <source>The dashboard lists the follow-ups falling due within this horizon; the follow-ups section shows them with Show: Due within…. Overdue follow-ups are always shown.</source>
        <translation>Le tableau de bord liste les actions de suivi arrivant à échéance dans ce délai ; la rubrique Actions de suivi les affiche avec Afficher : Échéance dans…. Les actions en retard sont toujours affichées.</translation>
    </message>
    <message>
        <source>The GDPR asks to keep personal data no longer than needed: contacts with no attendance, membership or follow-up for this long are listed for review in Tools ▸ Personal data (RGPD).</source>
        <translation>Le RGPD demande de ne pas conserver les données personnelles plus longtemps que nécessaire : les contacts sans présence, participation ni action de suivi depuis cette durée sont proposés à la revue dans Outils ▸ Données personnelles (RGPD).</translation>
    </message>
</context>
<context>
    <name>maillage::ui::SheetEditorDialog</name>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>New fiche action</source>
        <translation>Nouvelle fiche action</translation>
    </message>
    <message>
        <source>Fiche action %1</source>
        <translation>Fiche action %1</translation>
    </message>
    <message>
        <source>&amp;Fiche</source>
        <translation>&amp;Fiche</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partenaires</translation>
    </message>
    <message>
        <source>Calendar and &amp;status</source>
        <translation>Calendrier et &amp;statut</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <source>&amp;Linked work</source>
        <translation>Travaux &amp;liés</translation>
    </message>
    <message>
        <source>Save the fiche (Ctrl+S)</source>
        <translation>Enregistrer la fiche (Ctrl+S)</translation>
    </message>
    <message>
        <source>Code and &amp;title:</source>
        <translation>Code et &amp;intitulé :</translation>
    </message>
    <message>
        <source>A&amp;xis:</source>
        <translation>A&amp;xe :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Lead (porteur):</source>
        <translation>&amp;Porteur :</translation>
    </message>
    <message>
        <source>C&amp;ontext:</source>
        <translation>C&amp;ontexte :</translation>
    </message>
    <message>
        <source>&amp;General objective:</source>
        <translation>Objectif &amp;général :</translation>
    </message>
    <message>
        <source>One objective per line</source>
        <translation>Un objectif par ligne</translation>
    </message>
    <message>
        <source>&amp;Specific objectives:</source>
        <translation>Objectifs &amp;spécifiques :</translation>
    </message>
    <message>
        <source>Expected number of people</source>
        <translation>Nombre de personnes attendues</translation>
    </message>
    <message>
        <source>expected:</source>
        <translation>attendus :</translation>
    </message>
    <message>
        <source>Target &amp;public:</source>
        <translation>P&amp;ublic cible :</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritoire :</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Avancement :</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <source>Why the status changes (kept in the history)</source>
        <translation>Motif du changement de statut (gardé dans l’historique)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Franchie le</translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Planned (€)</source>
        <translation>Prévu (€)</translation>
    </message>
    <message>
        <source>Obtained (€)</source>
        <translation>Obtenu (€)</translation>
    </message>
    <message>
        <source>Spent (€)</source>
        <translation>Dépensé (€)</translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation>Ajouter une ligne de budget</translation>
    </message>
    <message>
        <source>The due date “%1” of the milestone on line %2 is not a date.</source>
        <translation>L’échéance « %1 » de l’étape de la ligne %2 n’est pas une date.</translation>
    </message>
    <message>
        <source>The date “%1” of the milestone on line %2 is not a date.</source>
        <translation>La date « %1 » de l’étape de la ligne %2 n’est pas une date.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>obtained</source>
        <translation>obtenu</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>dépensé</translation>
    </message>
    <message>
        <source>The year “%1” of the budget line %2 is not a year.</source>
        <translation>L’année « %1 » de la ligne de budget %2 n’est pas une année.</translation>
    </message>
    <message>
        <source>The year %1 of the budget line %2 is outside the plan (%3–%4).</source>
        <translation>L’année %1 de la ligne de budget %2 est hors de la période du plan (%3–%4).</translation>
    </message>
    <message>
        <source>The %1 amount “%2” of the budget line %3 is not a number of euros.</source>
        <translation>Le montant %1 « %2 » de la ligne de budget %3 n’est pas un nombre d’euros.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>(no funder)</source>
        <translation>(sans financeur)</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>maillage::ui::SheetIndicatorsPage</name>
    <message>
        <source>Add an indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>&amp;Kind and unit:</source>
        <translation>&amp;Type et unité :</translation>
    </message>
    <message>
        <source>&amp;Data source:</source>
        <translation>&amp;Source des données :</translation>
    </message>
    <message>
        <source>C&amp;umulative (values add up)</source>
        <translation>C&amp;umulatif (les valeurs s’additionnent)</translation>
    </message>
    <message>
        <source>target:</source>
        <translation>cible :</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>Valeur de &amp;départ :</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>(the meetings linked to the fiche)</source>
        <translation>(les réunions liées à la fiche)</translation>
    </message>
    <message>
        <source>all the council's events</source>
        <translation>tous les événements du conseil</translation>
    </message>
    <message>
        <source>&amp;Computed from:</source>
        <translation>&amp;Calculé à partir de :</translation>
    </message>
    <message>
        <source>Against target:</source>
        <translation>Par rapport à la cible :</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Breakdown (optional)</source>
        <translation>Ventilation (facultative)</translation>
    </message>
    <message>
        <source>Add a period</source>
        <translation>Ajouter une période</translation>
    </message>
    <message>
        <source>Remove the period</source>
        <translation>Retirer la période</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Lock the year</source>
        <translation>Verrouiller l’année</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>The baseline “%1” of the indicator “%2” is not a number.</source>
        <translation>La valeur de départ « %1 » de l’indicateur « %2 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The target “%1” of the indicator “%2” is not a number.</source>
        <translation>La cible « %1 » de l’indicateur « %2 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The value “%1” of the period %2 of the indicator “%3” is not a number.</source>
        <translation>La valeur « %1 » de la période %2 de l’indicateur « %3 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The target “%1” of the period %2 of the indicator “%3” is not a number.</source>
        <translation>La cible « %1 » de la période %2 de l’indicateur « %3 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>%1, no target</source>
        <translation>%1, sans cible</translation>
    </message>
    <message>
        <source>no value yet</source>
        <translation>pas encore de valeur</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>Unlock the year</source>
        <translation>Déverrouiller l’année</translation>
    </message>
    <message>
        <source>No year of the plan is locked.</source>
        <translation>Aucune année du plan n’est verrouillée.</translation>
    </message>
    <message>
        <source>Locked years (values reported, no longer changed): %1</source>
        <translation>Années verrouillées (valeurs transmises, plus modifiées) : %1</translation>
    </message>
    <message>
        <source>The data gives %1 (%2); the value entered is kept</source>
        <translation>Les données donnent %1 (%2) ; la valeur saisie est conservée</translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation>Calculé : %1</translation>
    </message>
    <message>
        <source>The indicator “%1” is entered by hand: choose a source under “Computed from” first.</source>
        <translation>L’indicateur « %1 » est saisi à la main : choisissez d’abord une source sous « Calculé à partir de ».</translation>
    </message>
    <message>
        <source>%1: %2 entered, the data gives %3</source>
        <translation>%1 : %2 saisi, les données donnent %3</translation>
    </message>
    <message>
        <source>Compute from the data</source>
        <translation>Calculer depuis les données</translation>
    </message>
    <message>
        <source>The data gives other values than those of the fiche:
%1

Replace them?</source>
        <translation>Les données donnent d’autres valeurs que celles de la fiche :
%1

Les remplacer ?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep the values entered</source>
        <translation>&amp;Garder les valeurs saisies</translation>
    </message>
    <message>
        <source>Computed from the data: %1. Save the fiche to keep them.</source>
        <translation>Calculé depuis les données : %1. Enregistrez la fiche pour les conserver.</translation>
    </message>
    <message>
        <source>Nothing changed: the values of the fiche already match the data.</source>
        <translation>Rien n’a changé : les valeurs de la fiche correspondent déjà aux données.</translation>
    </message>
    <message>
        <source>Kept as entered: %1.</source>
        <translation>Conservé tel que saisi : %1.</translation>
    </message>
    <message>
        <source>Locked, not changed: %1 (unlock the year to change it).</source>
        <translation>Verrouillé, non modifié : %1 (déverrouillez l’année pour le modifier).</translation>
    </message>
    <message>
        <source>Select the period to break down first.</source>
        <translation>Choisissez d’abord la période à ventiler.</translation>
    </message>
    <message>
        <source>From the data</source>
        <translation>D’après les données</translation>
    </message>
    <message>
        <source>Periods: 2025, 2025-S1 (half-year) or 2025-T3 (quarter). Double-click a breakdown to edit it.</source>
        <translation>Périodes : 2025, 2025-S1 (semestre) ou 2025-T3 (trimestre). Double-cliquez sur une ventilation pour la modifier.</translation>
    </message>
    <message>
        <source>Brea&amp;kdown…</source>
        <translation>&amp;Ventilation…</translation>
    </message>
    <message>
        <source>Computes the selected period (or the year chosen) from Maillage’s data</source>
        <translation>Calcule la période choisie (ou l’année indiquée) depuis les données de Maillage</translation>
    </message>
    <message>
        <source>Compute every period of the indicator</source>
        <translation>Calculer toutes les périodes de l’indicateur</translation>
    </message>
    <message>
        <source>Choose a source under “Computed from” to compute this indicator</source>
        <translation>Choisissez une source sous « Calculé à partir de » pour calculer cet indicateur</translation>
    </message>
</context>
<context>
    <name>maillage::ui::SheetLinksPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Link a meeting…</source>
        <translation>Lier une réunion…</translation>
    </message>
    <message>
        <source>Unlink the meeting</source>
        <translation>Délier la réunion</translation>
    </message>
    <message>
        <source>Save the fiche first to link meetings to it.</source>
        <translation>Enregistrez d’abord la fiche pour y lier des réunions.</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>Réunions (%1)</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Suites à donner (%1)</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Événements (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) — %1</source>
        <translation>
            <numerusform>%n participant — %1</numerusform>
            <numerusform>%n participants — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no meeting to link yet.</source>
        <translation>Il n’y a encore aucune réunion à lier.</translation>
    </message>
    <message>
        <source>Link a meeting</source>
        <translation>Lier une réunion</translation>
    </message>
    <message>
        <source>Meeting that worked on the fiche:</source>
        <translation>Réunion qui a travaillé sur la fiche :</translation>
    </message>
    <message>
        <source>Select a linked meeting first.</source>
        <translation>Sélectionnez d’abord une réunion liée.</translation>
    </message>
</context>
<context>
    <name>maillage::ui::SituationDialog</name>
    <message>
        <source>Confidential — pseudonymous register of the cellule de situations. Do not print, copy or send without need.</source>
        <translation>Confidentiel — registre pseudonymisé de la cellule de situations. Ne pas imprimer, copier ni transmettre sans nécessité.</translation>
    </message>
    <message>
        <source>Situation %1</source>
        <translation>Situation %1</translation>
    </message>
    <message>
        <source>Pseudonymous identifier:</source>
        <translation>Identifiant pseudonyme :</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Orientée par :</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>Ou&amp;verte le :</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Dernier contact :</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>Problem &amp;categories:</source>
        <translation>&amp;Catégories de problèmes :</translation>
    </message>
    <message>
        <source>Other categories, separated by semicolons</source>
        <translation>Autres catégories, séparées par des points-virgules</translation>
    </message>
    <message>
        <source>O&amp;ther:</source>
        <translation>Au&amp;tres :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Re&amp;view dates:</source>
        <translation>Dates d’e&amp;xamen :</translation>
    </message>
    <message>
        <source>What was decided or obtained — without names or identifying details</source>
        <translation>Ce qui a été décidé ou obtenu — sans nom ni détail identifiant</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Issue :</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement :</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>recueilli le</translation>
    </message>
    <message>
        <source>Orally, noted by the referrer</source>
        <translation>Oralement, noté par l’orienteur</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Par écrit</translation>
    </message>
    <message>
        <source>Through a legal guardian</source>
        <translation>Par le représentant légal</translation>
    </message>
    <message>
        <source>Consent &amp;given how:</source>
        <translation>&amp;Forme du consentement :</translation>
    </message>
    <message>
        <source>Which partners may share what</source>
        <translation>Quels partenaires peuvent partager quoi</translation>
    </message>
    <message>
        <source>Consent &amp;scope:</source>
        <translation>&amp;Portée du consentement :</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Clôturée :</translation>
    </message>
</context>
<context>
    <name>maillage::ui::SituationsWidget</name>
    <message>
        <source>Cellule de situations</source>
        <translation>Cellule de situations</translation>
    </message>
    <message>
        <source>&lt;p&gt;The register of the &lt;b&gt;cellule de situations&lt;/b&gt; is off for this council.&lt;/p&gt;&lt;p&gt;Once enabled, it keeps the situations the cellule examines under a pseudonym (SIT-2026-014): who referred them, the problem categories, the review dates, the outcome and how consent was given. It has &lt;b&gt;no field for a name&lt;/b&gt; and must not contain one.&lt;/p&gt;&lt;p&gt;Situations are &lt;b&gt;deleted automatically&lt;/b&gt; two years after the last contact (the period can be changed), and only the number deleted is kept. Statistics hide counts under 5.&lt;/p&gt;&lt;p&gt;Enable it only if the cellule has agreed how the data is shared and who may read this database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le registre de la &lt;b&gt;cellule de situations&lt;/b&gt; est désactivé pour ce conseil.&lt;/p&gt;&lt;p&gt;Une fois activé, il conserve sous pseudonyme (SIT-2026-014) les situations examinées par la cellule : qui les a orientées, les catégories de problèmes, les dates d’examen, l’issue et la forme du consentement. Il n’a &lt;b&gt;aucun champ pour un nom&lt;/b&gt; et ne doit pas en contenir.&lt;/p&gt;&lt;p&gt;Les situations sont &lt;b&gt;supprimées automatiquement&lt;/b&gt; deux ans après le dernier contact (durée modifiable) ; seul le nombre de situations supprimées est gardé. Les statistiques masquent les effectifs inférieurs à 5.&lt;/p&gt;&lt;p&gt;Ne l’activez que si la cellule s’est accordée sur le partage des données et sur qui peut lire cette base.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Enable the register…</source>
        <translation>&amp;Activer le registre…</translation>
    </message>
    <message>
        <source>&amp;New situation</source>
        <translation>&amp;Nouvelle situation</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source> year(s) after the last contact</source>
        <translation> an(s) après le dernier contact</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>&amp;Purge now</source>
        <translation>&amp;Purger maintenant</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orientée par</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Examens</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Deleted after</source>
        <translation>Supprimée après le</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Year of the statistics</source>
        <translation>Année des statistiques</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>T1</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as “&lt; 5” so that no one can be recognised.</source>
        <translation>Les effectifs de 1 à 4 sont affichés « &lt; 5 » pour que personne ne puisse être reconnu.</translation>
    </message>
    <message>
        <source>Statistics by quarter</source>
        <translation>Statistiques par trimestre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Situations deleted</source>
        <translation>Situations supprimées</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Purge log</source>
        <translation>Journal des purges</translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s) in the register, %1 open.</source>
        <translation>
            <numerusform>%n situation dans le registre, %1 ouverte(s).</numerusform>
            <numerusform>%n situations dans le registre, %1 ouvertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Situations opened</source>
        <translation>Situations ouvertes</translation>
    </message>
    <message>
        <source>Situations reviewed</source>
        <translation>Situations examinées</translation>
    </message>
    <message>
        <source>Situations closed</source>
        <translation>Situations clôturées</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie : %1</translation>
    </message>
    <message>
        <source>Referred by: %1</source>
        <translation>Orientée par : %1</translation>
    </message>
    <message>
        <source>Enable the register</source>
        <translation>Activer le registre</translation>
    </message>
    <message>
        <source>Enable the cellule de situations register for this council?

You commit to record no name or identifying detail, to note how each person consented, and to let Maillage delete situations two years after the last contact.</source>
        <translation>Activer le registre de la cellule de situations pour ce conseil ?

Vous vous engagez à n’y inscrire aucun nom ni détail identifiant, à noter comment chaque personne a consenti, et à laisser Maillage supprimer les situations deux ans après le dernier contact.</translation>
    </message>
    <message>
        <source>edit the situation %1</source>
        <translation>modifier la situation %1</translation>
    </message>
    <message>
        <source>create the situation %1</source>
        <translation>créer la situation %1</translation>
    </message>
    <message>
        <source>delete the situation %1</source>
        <translation>supprimer la situation %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>maillage::ui::TimelineView</name>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan :</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>The council has no action plan yet.</source>
        <translation>Le conseil n’a pas encore de plan d’action.</translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation>Calendrier — %1</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>timeline.pdf</source>
        <translation>calendrier.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>maillage::ui::VCardImportDialog</name>
    <message>
        <source>Import contacts from vCard</source>
        <translation>Importer des contacts depuis un fichier vCard</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n card(s)</source>
        <translation>
            <numerusform>&amp;Importer %n carte</numerusform>
            <numerusform>&amp;Importer %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no vCard.</source>
        <translation>Le fichier ne contient aucune vCard.</translation>
    </message>
</context>
<context>
    <name>maillage::ui::WelcomePage</name>
    <message>
        <source>Welcome to Maillage</source>
        <translation>Bienvenue dans Maillage</translation>
    </message>
    <message>
        <source>Maillage keeps the memory of your local mental health council: its partners, its meetings and what was decided there, its action plan and its events. Everything stays on this computer.</source>
        <translation>Maillage garde la mémoire de votre conseil local de santé mentale : ses partenaires, ses réunions et ce qui y a été décidé, son plan d’action et ses événements. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Create an empty council</source>
        <translation>Créer un conseil vide</translation>
    </message>
    <message>
        <source>Start with your own council: you only need its name to begin.</source>
        <translation>Commencez avec votre propre conseil : son nom suffit pour démarrer.</translation>
    </message>
    <message>
        <source>Discover with the demonstration council</source>
        <translation>Découvrir avec le conseil de démonstration</translation>
    </message>
    <message>
        <source>Explore a fictional council with several years of meetings, partners and actions. Nothing you do there touches real data.</source>
        <translation>Explorez un conseil fictif avec plusieurs années de réunions, de partenaires et d’actions. Rien de ce que vous y faites ne touche à des données réelles.</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Ouvrir une base de données existante…</translation>
    </message>
    <message>
        <source>The demonstration council is not available in this version.</source>
        <translation>Le conseil de démonstration n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Create your council step by step</source>
        <translation>Créer votre conseil pas à pas</translation>
    </message>
    <message>
        <source>Its name, the communes of its territory, its instances and, if you have them, its partners from a vCard or CSV file. A few minutes.</source>
        <translation>Son nom, les communes de son territoire, ses instances et, si vous les avez, ses partenaires depuis un fichier vCard ou CSV. Quelques minutes.</translation>
    </message>
    <message>
        <source>Maillage works without Internet: your council's data never leaves this computer.</source>
        <translation>Maillage fonctionne sans Internet : les données de votre conseil ne quittent jamais cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>maillage::ui::instance_commands</name>
    <message>
        <source>New instance %1</source>
        <translation>Nouvelle instance %1</translation>
    </message>
    <message>
        <source>Edit instance %1</source>
        <translation>Modification de l’instance %1</translation>
    </message>
    <message>
        <source>Archive instance %1</source>
        <translation>Archivage de l’instance %1</translation>
    </message>
    <message>
        <source>Delete instance %1</source>
        <translation>Suppression de l’instance %1</translation>
    </message>
</context>
<context>
    <name>maillage::ui::partner_commands</name>
    <message>
        <source>New organisation %1</source>
        <translation>Nouvel organisme %1</translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation>Modification de l’organisme %1</translation>
    </message>
    <message>
        <source>Delete organisation %1</source>
        <translation>Suppression de l’organisme %1</translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>Nouveau contact %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Modification du contact %1</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>Suppression du contact %1</translation>
    </message>
    <message>
        <source>Change of organisation</source>
        <translation>Changement d’organisme</translation>
    </message>
    <message>
        <source>Someone else changed this record since: undoing or redoing here would overwrite their change. Open it to see the current version.</source>
        <translation>Une autre personne a modifié cette fiche depuis : annuler ou rétablir ici écraserait sa modification. Ouvrez la fiche pour voir sa version actuelle.</translation>
    </message>
</context>
<context>
    <name>maillage::validation</name>
    <message>
        <source>The field “%1” is required.</source>
        <translation>Le champ « %1 » est obligatoire.</translation>
    </message>
    <message>
        <source>The field “%1” must not be before “%2”.</source>
        <translation>Le champ « %1 » ne doit pas précéder « %2 ».</translation>
    </message>
    <message>
        <source>The field “%1” must not be negative.</source>
        <translation>Le champ « %1 » ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>The field “%1” is not a valid e-mail address.</source>
        <translation>Le champ « %1 » n’est pas une adresse électronique valide.</translation>
    </message>
</context>
</TS>
