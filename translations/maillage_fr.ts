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
        <translation>Le champ «&#xa0;%1&#xa0;» doit être une année.</translation>
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
    <name>BudgetLine</name>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>The field “%1” must be a year.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être une année.</translation>
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
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Maillage writes %2)</source>
        <translation>Version du schéma&#xa0;: %1 (cette version de Maillage écrit la version %2)</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Références&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Lignes par table&#xa0;:</translation>
    </message>
    <message>
        <source>Fill an empty database with a fictional demonstration council.</source>
        <translation>Remplir une base de données vide avec un conseil de démonstration fictif.</translation>
    </message>
    <message>
        <source>Check a database: schema version, integrity, references, row counts.</source>
        <translation>Vérifier une base de données&#xa0;: version du schéma, intégrité, références, nombre de lignes.</translation>
    </message>
    <message>
        <source>Try “maillage %1 --help”.</source>
        <translation>Essayez «&#xa0;maillage %1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>Commands (run without a command to open the window):</source>
        <translation>Commandes (lancé sans commande, Maillage ouvre sa fenêtre)&#xa0;:</translation>
    </message>
    <message>
        <source>Each command has its own --help. Exit codes: 0 ok, 1 usage error, 2 data error.</source>
        <translation>Chaque commande a sa propre aide (--help). Codes de sortie&#xa0;: 0 succès, 1 erreur d’utilisation, 2 erreur de données.</translation>
    </message>
    <message>
        <source>Database: a SQLite file path or postgresql://user@host/database (default: %1).</source>
        <translation>Base de données&#xa0;: chemin d’un fichier SQLite ou postgresql://utilisateur@serveur/base (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Last year of the demonstration (default: the current year). The council covers it and the year before.</source>
        <translation>Dernière année de la démonstration (par défaut&#xa0;: l’année en cours). Le conseil couvre cette année et la précédente.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ANNÉE</translation>
    </message>
    <message>
        <source>“%1” is not a year.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une année.</translation>
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
        <translation>Fichier de sauvegarde à écrire (par défaut&#xa0;: un fichier daté dans le dossier «&#xa0;sauvegardes&#xa0;» à côté de la base, où les anciennes sauvegardes sont ensuite éclaircies pour garder 7 quotidiennes, 8 hebdomadaires et 12 mensuelles).</translation>
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
        <translation>Aucune instance ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>instances: %1</source>
        <translation>instances&#xa0;: %1</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD.</source>
        <translation>--%1 attend une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>json (archive) or ics (calendar); by default from the extension of FILE.</source>
        <translation>json (archive) ou ics (calendrier)&#xa0;; par défaut d’après l’extension du FICHIER.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>ics: only the meetings of this instance; import: the instance that receives the meetings.</source>
        <translation>ics&#xa0;: uniquement les réunions de cette instance&#xa0;; import&#xa0;: l’instance qui reçoit les réunions.</translation>
    </message>
    <message>
        <source>ics: first day of the meetings to export.</source>
        <translation>ics&#xa0;: premier jour des réunions à exporter.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>ics: last day of the meetings to export.</source>
        <translation>ics&#xa0;: dernier jour des réunions à exporter.</translation>
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
        <translation>attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning (line %1): %2</source>
        <translation>attention (ligne %1)&#xa0;: %2</translation>
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
        <translation>Année civile des chiffres (par défaut&#xa0;: l’année en cours).</translation>
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
        <translation>Seulement ce conseil (son numéro)&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>Print the figures as JSON (the only format for now).</source>
        <translation>Afficher les chiffres en JSON (le seul format pour l’instant).</translation>
    </message>
    <message>
        <source>give both --from and --to as YYYY-MM-DD.</source>
        <translation>indiquez --from et --to au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“%1” is not a council number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de conseil.</translation>
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
        <translation>Document «&#xa0;%1&#xa0;» écrit dans %2.</translation>
    </message>
    <message>
        <source>Id of the meeting. Required.</source>
        <translation>Numéro de la réunion. Obligatoire.</translation>
    </message>
    <message>
        <source>File to write: .pdf or .odt. Required.</source>
        <translation>Fichier à écrire&#xa0;: .pdf ou .odt. Obligatoire.</translation>
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
        <translation>Fichier à écrire&#xa0;: une archive (.json), un calendrier (.ics) ou des contacts (.vcf, .csv). Obligatoire.</translation>
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
        <translation>Contacts (.vcf, .csv)&#xa0;: comment une personne importée retrouve un contact existant&#xa0;: email (par défaut) ou name (nom, prénom et organisme).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>CSV: a JSON file {&quot;column header&quot;: &quot;field&quot;} instead of guessing from the headers.</source>
        <translation>CSV&#xa0;: un fichier JSON {&quot;en-tête de colonne&quot;: &quot;champ&quot;} au lieu de deviner d’après les en-têtes.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FICHIER.json</translation>
    </message>
    <message>
        <source>Contacts: show what would be created or updated, write nothing.</source>
        <translation>Contacts&#xa0;: montrer ce qui serait créé ou mis à jour, sans rien écrire.</translation>
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
        <translation>rejeté (ligne %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning (line %1): %2 looks like the existing contact %3.</source>
        <translation>attention (ligne %1)&#xa0;: %2 ressemble au contact existant %3.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1 to create, %2 to update, %3 to skip, %4 rejected; %5 new organisation(s).</source>
        <translation>Simulation, rien n’a été écrit&#xa0;: %1 à créer, %2 à mettre à jour, %3 à ignorer, %4 rejeté(s)&#xa0;; %5 nouvel(s) organisme(s).</translation>
    </message>
    <message>
        <source>Contacts imported: %1 created, %2 updated, %3 skipped, %4 rejected; %5 new organisation(s).</source>
        <translation>Contacts importés&#xa0;: %1 créé(s), %2 mis à jour, %3 ignoré(s), %4 rejeté(s)&#xa0;; %5 nouvel(s) organisme(s).</translation>
    </message>
    <message>
        <source>Contacts written to %1.</source>
        <translation>Contacts écrits dans %1.</translation>
    </message>
    <message>
        <source>vcf: 4.0 (default) or 3.0 for older address books.</source>
        <translation>vcf&#xa0;: 4.0 (par défaut) ou 3.0 pour les carnets d’adresses plus anciens.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>csv: semicolon (default, French Excel) or comma.</source>
        <translation>csv&#xa0;: semicolon (point-virgule, par défaut, pour Excel en français) ou comma (virgule).</translation>
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
</context>
<context>
    <name>Commune</name>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>The field “%1” must have 5 characters.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit comporter 5 caractères.</translation>
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
        <translation>Le champ «&#xa0;%1&#xa0;» est obligatoire lorsque la base légale est le consentement.</translation>
    </message>
    <message>
        <source>Consent confirmed on</source>
        <translation>Consentement confirmé le</translation>
    </message>
    <message>
        <source>The field “%1” must not be in the future.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne doit pas être une date future.</translation>
    </message>
    <message>
        <source>Charter signed on</source>
        <translation>Charte signée le</translation>
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
        <translation>Le champ «&#xa0;%1&#xa0;» doit être compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>Coordinator time (% FTE)</source>
        <translation>Temps de coordination (% ETP)</translation>
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
        <translation>Quel est le nom de votre conseil&#xa0;?</translation>
    </message>
    <message>
        <source>e.g. CLSM de Roubaix</source>
        <translation>ex.&#xa0;: CLSM de Roubaix</translation>
    </message>
    <message>
        <source>You can change it later, and add the territory, the chairs and the partners.</source>
        <translation>Vous pourrez le modifier plus tard, puis ajouter le territoire, la présidence et les partenaires.</translation>
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
        <translation>Réunion «&#xa0;%1&#xa0;» du %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Structure&#xa0;:</translation>
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
        <translation>Date et signature&#xa0;:</translation>
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
        <translation>Vous êtes invité(e) à la réunion «&#xa0;%1&#xa0;» le %2.</translation>
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
        <translation>%1&#xa0;min</translation>
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
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>Could not write the document %1.</source>
        <translation>Impossible d’écrire le document %1.</translation>
    </message>
    <message>
        <source>Name the document with a .pdf or .odt extension: %1.</source>
        <translation>Nommez le document avec l’extension .pdf ou .odt&#xa0;: %1.</translation>
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
        <translation>Décidé lors de la réunion «&#xa0;%1&#xa0;» du %2.</translation>
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
        <translation>La réunion «&#xa0;%1&#xa0;» du %2 (ligne %3) n’a pas pu être créée&#xa0;: %4</translation>
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
        <translation>Ligne %1&#xa0;: %2</translation>
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
        <translation>Événement sur la journée&#xa0;: il commence à minuit, indiquez l’heure de la réunion.</translation>
    </message>
    <message>
        <source>“%1” is not a valid duration.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée valide.</translation>
    </message>
    <message>
        <source>The end is before the start: the end is left out.</source>
        <translation>La fin précède le début&#xa0;: la fin est ignorée.</translation>
    </message>
    <message>
        <source>The recurrence “%1” cannot be expanded (%2): only the first occurrence is imported.</source>
        <translation>La récurrence «&#xa0;%1&#xa0;» ne peut pas être développée (%2)&#xa0;: seule la première occurrence est importée.</translation>
    </message>
    <message>
        <source>The recurrence has no end: it is expanded up to %1.</source>
        <translation>La récurrence n’a pas de fin&#xa0;: elle est développée jusqu’au %1.</translation>
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
            <numerusform>Événement récurrent&#xa0;: %n réunion (%1).</numerusform>
            <numerusform>Événement récurrent&#xa0;: %n réunions (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some times have no time zone: they are taken as Paris time.</source>
        <translation>Certaines heures n’ont pas de fuseau horaire&#xa0;: elles sont lues comme heures de Paris.</translation>
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
        <translation>Ce n’est pas un fichier iCalendar&#xa0;: BEGIN:VCALENDAR est absent.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date or date-time for %2 (expected YYYYMMDD or YYYYMMDDTHHMMSS).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date ou une date-heure valide pour %2 (attendu&#xa0;: AAAAMMJJ ou AAAAMMJJTHHMMSS).</translation>
    </message>
    <message>
        <source>the time zone “%1” is unknown and the file does not define it.</source>
        <translation>le fuseau horaire «&#xa0;%1&#xa0;» est inconnu et le fichier ne le définit pas.</translation>
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
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Local &amp;name:</source>
        <translation>&amp;Nom local&#xa0;:</translation>
    </message>
    <message>
        <source>RESAD, Groupe logement…</source>
        <translation>RESAD, Groupe logement…</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Chairs:</source>
        <translation>Présidence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Référent:</source>
        <translation>&amp;Référent&#xa0;:</translation>
    </message>
    <message>
        <source>Usual &amp;place:</source>
        <translation>&amp;Lieu habituel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum&#xa0;:</translation>
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
        <source>This agenda item is not on the meeting&apos;s agenda (any more).</source>
        <translation>Ce point n’est pas (ou plus) à l’ordre du jour de la réunion.</translation>
    </message>
    <message>
        <source>There is no planned meeting of this instance after this one: plan the next meeting first.</source>
        <translation>Aucune réunion de cette instance n’est prévue après celle-ci&#xa0;: planifiez d’abord la prochaine réunion.</translation>
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
        <translation>Annulée&#xa0;: %1</translation>
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
    <name>Milestone</name>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
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
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un code postal français à 5 chiffres.</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
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
        <translation>Le champ «&#xa0;%1&#xa0;» doit être une couleur au format #1f77b4.</translation>
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
        <source>These settings give no meeting date: nothing was created.</source>
        <translation>Ces réglages ne donnent aucune date de réunion&#xa0;: rien n’a été créé.</translation>
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
        <translation>Le champ «&#xa0;%1&#xa0;» doit être de la forme SIT-2026-014&#xa0;: aucun nom dans le registre.</translation>
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
        <translation>Le champ «&#xa0;%1&#xa0;» doit être une année.</translation>
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
        <translation>%1&#xa0;min</translation>
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
        <source>Take the agenda of the instance&apos;s previous meeting</source>
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
        <source>Move the selected item to the instance&apos;s next planned meeting</source>
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
        <translation>Cette instance n’a pas encore de modèle d’ordre du jour&#xa0;: préparez un ordre du jour, puis enregistrez-le comme modèle.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
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
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Total: %1 of %2 planned</source>
        <translation>Total&#xa0;: %1 sur %2 prévues</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
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
        <source>Guest&apos;s name and role</source>
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
        <translation>Personne&#xa0;:</translation>
    </message>
    <message>
        <source>Guest:</source>
        <translation>Invité&#xa0;:</translation>
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
        <translation>Quorum&#xa0;: %1 / %2 atteint</translation>
    </message>
    <message>
        <source>Quorum: %1 / %2 not reached</source>
        <translation>Quorum&#xa0;: %1 / %2 non atteint</translation>
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
        <source>read the contact&apos;s affiliations</source>
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
        <translation>L’adresse du serveur n’est pas valide. Format attendu&#xa0;: postgresql://utilisateur@serveur/base.</translation>
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
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: vérifiez ses droits d’accès.</translation>
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
        <translation>Cette base de données a été écrite par une version plus récente de Maillage (schéma %1&#xa0;; cette version connaît jusqu’au schéma %2). Installez la version plus récente de Maillage pour l’ouvrir&#xa0;; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database needs an update but no backup could be written first; nothing was changed.</source>
        <translation>La base de données doit être mise à jour, mais aucune sauvegarde préalable n’a pu être écrite&#xa0;; rien n’a été modifié.</translation>
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
        <translation>Impossible de configurer le fichier de base de données %1 (est-il en lecture seule&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the server database.</source>
        <translation>Impossible de lire la version du schéma de la base de données du serveur.</translation>
    </message>
    <message>
        <source>The server database %1 already holds tables of another program; Maillage will not write into it.</source>
        <translation>La base de données du serveur %1 contient déjà des tables d’un autre programme&#xa0;; Maillage n’y écrira pas.</translation>
    </message>
    <message>
        <source>The database could not be updated to schema %1; it was left as it was.</source>
        <translation>La base de données n’a pas pu être mise à jour vers le schéma %1&#xa0;; elle a été laissée en l’état.</translation>
    </message>
    <message>
        <source>A server database is backed up with the server&apos;s own tools or with an archive export.</source>
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
        <translation>%1 %2&#xa0;: %3 renvoie à %4 %5, qui n’existe pas</translation>
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
        <translation>Créer les réunions dans&#xa0;:</translation>
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
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1</translation>
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
        <translation>Rien n’a été importé&#xa0;: %1</translation>
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
        <translation>Réunion&#xa0;: %1</translation>
    </message>
    <message>
        <source>New meeting: %1</source>
        <translation>Nouvelle réunion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Enregistré à %1.</translation>
    </message>
    <message>
        <source>Meeting changed meanwhile</source>
        <translation>Réunion modifiée entre-temps</translation>
    </message>
    <message>
        <source>Someone else saved this meeting after you opened it. Your changes are still here, not saved.

Save your version over theirs, or keep editing (close without saving to see theirs).</source>
        <translation>Quelqu’un d’autre a enregistré cette réunion après que vous l’avez ouverte. Vos modifications sont toujours là, non enregistrées.

Enregistrez votre version à la place de la sienne, ou continuez (fermez sans enregistrer pour voir la sienne).</translation>
    </message>
    <message>
        <source>Not saved: the meeting was changed meanwhile.</source>
        <translation>Non enregistré&#xa0;: la réunion a été modifiée entre-temps.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
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
        <translation>Enregistrer les modifications de cette réunion&#xa0;?</translation>
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
        <source>add the organisation to the council&apos;s partners</source>
        <translation>faire de l’organisation un partenaire du conseil</translation>
    </message>
    <message>
        <source>remove the organisation from the council&apos;s partners</source>
        <translation>retirer l’organisation des partenaires du conseil</translation>
    </message>
    <message>
        <source>read the organisation&apos;s councils</source>
        <translation>lire les conseils de l’organisation</translation>
    </message>
</context>
<context>
    <name>maillage::PartnerListQueries</name>
    <message>
        <source>list the organisations</source>
        <translation>lister les organisations</translation>
    </message>
    <message>
        <source>count the organisations</source>
        <translation>compter les organisations</translation>
    </message>
    <message>
        <source>list the contacts</source>
        <translation>lister les contacts</translation>
    </message>
    <message>
        <source>count the contacts</source>
        <translation>compter les contacts</translation>
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
        <translation>Impossible de %1&#xa0;: erreur interne.</translation>
    </message>
    <message>
        <source>Could not %1: it refers to a record that does not exist, or other records still refer to it.</source>
        <translation>Impossible de %1&#xa0;: un enregistrement auquel il est fait référence n’existe pas, ou d’autres enregistrements y font encore référence.</translation>
    </message>
    <message>
        <source>Could not %1: the same record already exists.</source>
        <translation>Impossible de %1&#xa0;: un enregistrement identique existe déjà.</translation>
    </message>
    <message>
        <source>Could not %1: a required value is missing or not allowed.</source>
        <translation>Impossible de %1&#xa0;: une valeur obligatoire est absente ou non autorisée.</translation>
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
        <translation>La base de données a refusé l’enregistrement %1&#xa0;; rien n’a été importé. %2</translation>
    </message>
    <message>
        <source>The database already holds %1 records; nothing was imported. Import into a new, empty database, or choose to replace its content.</source>
        <translation>La base de données contient déjà %1 enregistrements&#xa0;; rien n’a été importé. Importez dans une nouvelle base de données vide, ou choisissez d’en remplacer le contenu.</translation>
    </message>
    <message>
        <source>The database could not be emptied before the import; nothing was changed.</source>
        <translation>La base de données n’a pas pu être vidée avant l’import&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database refused the archive; nothing was imported.</source>
        <translation>La base de données a refusé l’archive&#xa0;; rien n’a été importé.</translation>
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
        <translation>Le fichier %1 est trop volumineux pour être une archive Maillage (%2 Mo&#xa0;; %3 Mo au plus sont lus).</translation>
    </message>
    <message>
        <source>The archive %1 cannot be read: check its permissions.</source>
        <translation>L’archive %1 ne peut pas être lue&#xa0;: vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>The file %1 is not a Maillage archive: it is not valid JSON. Nothing was imported.</source>
        <translation>Le fichier %1 n’est pas une archive Maillage&#xa0;: ce n’est pas du JSON valide. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file %1 is not a Maillage archive: it is JSON of another kind. Nothing was imported.</source>
        <translation>Le fichier %1 n’est pas une archive Maillage&#xa0;: c’est du JSON d’un autre type. Rien n’a été importé.</translation>
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
        <translation>absent&#xa0;; une valeur est obligatoire</translation>
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
        <translation>absent&#xa0;: ce n’est pas une archive Maillage</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;: this is not a Maillage archive</source>
        <translation>«&#xa0;%1&#xa0;» attendu&#xa0;: ce n’est pas une archive Maillage</translation>
    </message>
    <message>
        <source>expected the archive format version, a whole number</source>
        <translation>version du format d’archive attendue (nombre entier)</translation>
    </message>
    <message>
        <source>archive format version %1 is not known to this Maillage, which reads version %2; a newer Maillage may read it</source>
        <translation>la version %1 du format d’archive est inconnue de cette version de Maillage, qui lit la version %2&#xa0;; une version plus récente de Maillage pourra peut-être la lire</translation>
    </message>
    <message>
        <source>expected the schema version, a whole number</source>
        <translation>version du schéma attendue (nombre entier)</translation>
    </message>
    <message>
        <source>the archive comes from a newer Maillage (schema %1; this version knows up to %2): install the newer Maillage to import it</source>
        <translation>l’archive provient d’une version plus récente de Maillage (schéma %1&#xa0;; cette version connaît jusqu’au schéma %2)&#xa0;: installez la version plus récente de Maillage pour l’importer</translation>
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
        <translation>L’archive n’a pas pu être créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write the archive %1.</source>
        <translation>Impossible d’écrire l’archive %1.</translation>
    </message>
    <message>
        <source>Cannot write the archive %1 (is the disk full?). No file was left behind.</source>
        <translation>Impossible d’écrire l’archive %1 (le disque est-il plein&#xa0;?). Aucun fichier n’a été laissé.</translation>
    </message>
    <message>
        <source>Cannot write the archive %1. No file was left behind.</source>
        <translation>Impossible d’écrire l’archive %1. Aucun fichier n’a été laissé.</translation>
    </message>
    <message>
        <source>The archive has 1 problem; nothing was imported.</source>
        <translation>L’archive présente 1 problème&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The archive has %1 problems; nothing was imported.</source>
        <translation>L’archive présente %1 problèmes&#xa0;; rien n’a été importé.</translation>
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
        <translation>La sauvegarde %1 n’a pas pu être écrite&#xa0;; la base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>A server database is backed up with the server&apos;s own tools or with an archive export (maillage export).</source>
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
        <translation>la copie ne passe pas sa vérification&#xa0;: %1</translation>
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
        <source>New Year&apos;s Day</source>
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
        <source>All Saints&apos; Day</source>
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
        <source>St Stephen&apos;s Day</source>
        <translation>Saint-Étienne</translation>
    </message>
    <message>
        <source>The recurrence “%1” is not valid: %2</source>
        <translation>La périodicité «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: %2</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas un jour de la semaine.</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas pris en charge.</translation>
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
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The file %1 is too big (%2 MB): contact files over %3 MB are refused.</source>
        <translation>Le fichier %1 est trop gros (%2&#xa0;Mo)&#xa0;: les fichiers de contacts de plus de %3&#xa0;Mo sont refusés.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The column mapping must be a JSON object {&quot;column&quot;: &quot;field&quot;}.</source>
        <translation>La correspondance des colonnes doit être un objet JSON {&quot;colonne&quot;: &quot;champ&quot;}.</translation>
    </message>
    <message>
        <source>The column mapping names an unknown field “%1”.</source>
        <translation>La correspondance des colonnes nomme un champ inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation>champs&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file has no column “%1”.</source>
        <translation>Le fichier n’a pas de colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1 has neither a last name nor an organisation.</source>
        <translation>La ligne %1 n’a ni nom ni organisme.</translation>
    </message>
    <message>
        <source>No column of the file looks like a last name (“Nom”, “Last name”): give a column mapping.</source>
        <translation>Aucune colonne du fichier ne ressemble à un nom («&#xa0;Nom&#xa0;», «&#xa0;Last name&#xa0;»)&#xa0;: donnez une correspondance des colonnes.</translation>
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
</context>
<context>
    <name>maillage::demo</name>
    <message>
        <source>The demo council needs a valid date.</source>
        <translation>Le conseil de démonstration nécessite une date valide.</translation>
    </message>
    <message>
        <source>The demo council can only be created in an empty database; this one already holds records and was left unchanged. Create a new database for the demo.</source>
        <translation>Le conseil de démonstration ne peut être créé que dans une base de données vide&#xa0;; celle-ci contient déjà des enregistrements et n’a pas été modifiée. Créez une nouvelle base de données pour la démonstration.</translation>
    </message>
    <message>
        <source>The demo council could not be created: %1</source>
        <translation>Le conseil de démonstration n’a pas pu être créé&#xa0;: %1</translation>
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
</context>
<context>
    <name>maillage::network</name>
    <message>
        <source>read the linked records</source>
        <translation>lire les enregistrements liés</translation>
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
        <translation>Cet enregistrement n’existe plus&#xa0;: il a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it. Your changes were not saved: reload it and apply them again.</source>
        <translation>Cet enregistrement a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Vos modifications n’ont pas été enregistrées&#xa0;: rechargez-le et appliquez-les de nouveau.</translation>
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
        <source>the server&apos;s disk is full</source>
        <translation>le disque du serveur est plein</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>la connexion au serveur a été perdue</translation>
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
    <name>maillage::ui::ActionPlanWidget</name>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>The action plan has no axis yet.</source>
        <translation>Le plan d’action ne comporte encore aucun axe.</translation>
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
    <message numerus="yes">
        <source>%n fiche(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
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
        <translation><numerusform>%n enregistrement récupéré dans %1.</numerusform><numerusform>%n enregistrements récupérés dans %1.</numerusform></translation>
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
        <source>Overdue follow-ups</source>
        <translation>Actions de suivi en retard</translation>
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
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <source>Blank rows for guests</source>
        <translation>Lignes vierges pour les invités</translation>
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
</context>
<context>
    <name>maillage::ui::EventsWidget</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), %1 participants in all</source>
        <translation>
            <numerusform>%n événement, %1 participants au total</numerusform>
            <numerusform>%n événements, %1 participants au total</numerusform>
        </translation>
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
        <source>Contacts (*.vcf *.vcard *.csv)</source>
        <translation>Contacts (*.vcf *.vcard *.csv)</translation>
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
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: %2 looks like %3</source>
        <translation>Ligne %1&#xa0;: %2 ressemble à %3</translation>
    </message>
    <message>
        <source>%1: %2 contact(s) to create, %3 to complete, %4 unchanged, %5 rejected.
Filled fields are never blanked. Import now?</source>
        <translation>%1&#xa0;: %2 contact(s) à créer, %3 à compléter, %4 inchangé(s), %5 rejeté(s).
Les champs déjà remplis ne sont jamais effacés. Importer maintenant&#xa0;?</translation>
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
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instance&#xa0;:</translation>
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
</context>
<context>
    <name>maillage::ui::InstanceEditorDialog</name>
    <message>
        <source>New instance</source>
        <translation>Nouvelle instance</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation>Instance&#xa0;: %1</translation>
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
        <translation>Personne pour l’instant&#xa0;: donnez à un membre le rôle de président.</translation>
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
        <source>Create the meetings of a year from the instance&apos;s cadence.</source>
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
            <numerusform>«&#xa0;%1&#xa0;» a %n réunion. Les réunions sont la mémoire du conseil&#xa0;: elles ne sont jamais supprimées.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a %n réunions. Les réunions sont la mémoire du conseil&#xa0;: elles ne sont jamais supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive the instance instead? It leaves the lists and keeps its meetings.</source>
        <translation>L’archiver plutôt&#xa0;? Elle quitte les listes et garde ses réunions.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Delete “%1” and its list of members?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et sa liste de membres&#xa0;?</translation>
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
        <translation>Le conseil sera conservé dans un nouveau fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>Database: %1 — schema version %2</source>
        <translation>Base de données&#xa0;: %1 — version du schéma %2</translation>
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
        <translation>Le fichier %1 existe déjà&#xa0;: ouvrez-le plutôt.</translation>
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
        <source>About Maillage</source>
        <translation>À propos de Maillage</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Maillage %1&lt;/h3&gt;&lt;p&gt;Maillage helps the coordinators of local mental health councils (CLSM) keep the memory of their council: partners, instances and meetings, decisions and follow-ups, the action plan, events and yearly reports.&lt;/p&gt;&lt;p&gt;Free software under the European Union Public Licence (EUPL-1.2).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Maillage %1&lt;/h3&gt;&lt;p&gt;Maillage aide la coordination des conseils locaux de santé mentale (CLSM) à garder la mémoire de son conseil&#xa0;: partenaires, instances et réunions, décisions et actions de suivi, plan d’action, événements et rapports annuels.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique de l’Union européenne (EUPL-1.2).&lt;/p&gt;</translation>
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
</context>
<context>
    <name>maillage::ui::MeetingActionDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Which instance meets?</source>
        <translation>Quelle instance se réunit&#xa0;?</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instance&#xa0;:</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Date et heure&#xa0;:</translation>
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
        <translation>Motif&#xa0;:</translation>
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
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instance&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
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
        <translation>Créez d’abord une instance&#xa0;: chaque réunion appartient à une instance.</translation>
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
        <translation>Déplacer une réunion prévue à une nouvelle date&#xa0;; l’ancienne reste dans l’historique</translation>
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
        <translation>Convocation, feuille d’émargement, compte rendu&#xa0;: impression, PDF ou ODT (Ctrl+P)</translation>
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
        <translation>Personne ou structure&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation>Qualité&#xa0;:</translation>
    </message>
    <message>
        <source>Seat:</source>
        <translation>Siège&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
</context>
<context>
    <name>maillage::ui::PartnersWidget</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Search a name, a commune, an e-mail…</source>
        <translation>Rechercher un nom, une commune, un courriel…</translation>
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
        <translation>Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Le&#xa0;:</translation>
    </message>
    <message>
        <source>Months:</source>
        <translation>Mois&#xa0;:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin&#xa0;:</translation>
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
        <source>Attendance rate: members present or represented at the meetings held, out of the members expected (guests are not counted).</source>
        <translation>Taux de présence&#xa0;: membres présents ou représentés aux réunions tenues, rapportés aux membres attendus (les invités ne sont pas comptés).</translation>
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
        <translation>Pour un rythme sans fin&#xa0;: le dernier jour à planifier.</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
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
        <translation>Un réglage du conseil&#xa0;: enregistré pour toutes ses séries.</translation>
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
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>lasting</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>On a public holiday or a weekend:</source>
        <translation>Un jour férié ou un week-end&#xa0;:</translation>
    </message>
    <message>
        <source>Create the meetings</source>
        <translation>Créer les réunions</translation>
    </message>
    <message>
        <source>Meetings to create:</source>
        <translation>Réunions à créer&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No meeting: %1</source>
        <translation>Pas de réunion&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Déplacée&#xa0;: %1</translation>
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
</context>
<context>
    <name>maillage::ui::WelcomePage</name>
    <message>
        <source>Welcome to Maillage</source>
        <translation>Bienvenue dans Maillage</translation>
    </message>
    <message>
        <source>Maillage keeps the memory of your local mental health council: its partners, its meetings and what was decided there, its action plan and its events. Everything stays on this computer.</source>
        <translation>Maillage garde la mémoire de votre conseil local de santé mentale&#xa0;: ses partenaires, ses réunions et ce qui y a été décidé, son plan d’action et ses événements. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Create an empty council</source>
        <translation>Créer un conseil vide</translation>
    </message>
    <message>
        <source>Start with your own council: you only need its name to begin.</source>
        <translation>Commencez avec votre propre conseil&#xa0;: son nom suffit pour démarrer.</translation>
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
</context>
<context>
    <name>maillage::validation</name>
    <message>
        <source>The field “%1” is required.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>The field “%1” must not be before “%2”.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne doit pas précéder «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The field “%1” must not be negative.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>The field “%1” is not a valid e-mail address.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n’est pas une adresse électronique valide.</translation>
    </message>
</context>
</TS>
