<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ActionPlan</name>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” must be a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlanComputed</name>
    <message>
        <source>compute the indicator “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator “%1” is entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the instance whose meetings the indicator “%1” counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlanRepository</name>
    <message>
        <source>save the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action plan does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This axis does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the action sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the action sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action sheet does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the action sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the action sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the action sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is outside the plan (%2–%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the locked years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 of the indicator “%2” is outside the plan (%3–%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is locked: its indicator values no longer change. Unlock the year first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlink the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the links of the action sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche action « %1 » (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche action %1 « %2 » (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionSheet</name>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action sheet title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Affiliation</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaItem</name>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTemplate</name>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>An attendee must be a contact or a named guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy given to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Axis</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 to 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>26 to 59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breakdown is not readable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breakdown by “%1” is not a list of categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breakdown by “%1” holds “%2” for “%3”, which is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breakdown by %1 adds up to %2, not the value %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetLine</name>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” must be a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write the archive with -o FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database uses an older schema (%1). Open it once with this version of Maillage (it is updated after a backup), then export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything the database holds (otherwise the database must be empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one archive file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported into %1.</source>
        <translation>
            <numerusform>%n row imported into %1.</numerusform>
            <numerusform>%n rows imported into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this Maillage writes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with a fictional demonstration council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a database: schema version, integrity, references, row counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “maillage %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (run without a command to open the window):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each command has its own --help. Exit codes: 0 ok, 1 usage error, 2 data error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: a SQLite file path or postgresql://user@host/database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year of the demonstration (default: the current year). The council covers it and the year before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration council was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maillage — coordination of local mental health councils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file to write (default: a dated file in the “sauvegardes” folder beside the database, where older backups are then thinned to 7 daily, 8 weekly and 12 monthly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a verified backup copy of a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance that receives the meetings of a calendar (.ics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no instance named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (archive) or ics (calendar); by default from the extension of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ics: only the meetings of this instance; import: the instance that receives the meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ics: first day of the meetings to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ics: last day of the meetings to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which instance receives the meetings with --instance NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) imported into %1.</source>
        <translation>
            <numerusform>%n meeting imported into %1.</numerusform>
            <numerusform>%n meetings imported into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print every figure of the activity report of a period, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar year of the figures (default: the current year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of a custom period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of a custom period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this council (its number); repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both --from and --to as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a council number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the minutes of a meeting (PDF or ODT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the convocation of a meeting (PDF or ODT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the sign-in sheet of a meeting (PDF or ODT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the record of decisions of a meeting (PDF or ODT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which meeting with --meeting ID (a number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write the document with -o FILE.pdf or -o FILE.odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the meeting. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write: .pdf or .odt. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the list of participants out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the confidential agenda items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text at the foot of every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write: an archive (.json), a calendar (.ics) or contacts (.vcf, .csv). Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format must be json, ics, vcf or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maillage archive (JSON) to load, calendar (.ics) whose events become meetings, or contacts (.vcf, .csv) to add or update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.json|FILE.ics|FILE.vcf|FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole database to a Maillage archive (JSON), meetings to a calendar (.ics) or contacts to .vcf/.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a Maillage archive (JSON) into an empty database, a calendar (.ics) into an instance, or contacts (.vcf, .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (.vcf, .csv): how an incoming person finds an existing contact: email (default) or name (last name, first name and organisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: a JSON file {&quot;column header&quot;: &quot;field&quot;} instead of guessing from the headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: show what would be created or updated, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--match takes email or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping is for CSV files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning (line %1): %2 looks like the existing contact %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1 to create, %2 to update, %3 to skip, %4 rejected; %5 new organisation(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts imported: %1 created, %2 updated, %3 skipped, %4 rejected; %5 new organisation(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vcf: 4.0 (default) or 3.0 for older address books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: semicolon (default, French Excel) or comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPARATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vcard-version takes 4.0 or 3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--separator takes semicolon or comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the annual activity report of one council or several (PDF or ODT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar year of the report (default: the current year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every council of the database, compared (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write the report with -o FILE.pdf or -o FILE.odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --council or --all, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the figures as JSON (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the indicators of the national survey to a CSV file, one row per council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one action sheet or the whole action plan as a booklet with its timeline (PDF or ODT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the action plan (default: the most recent one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of one action sheet to write alone (default: the whole plan as a booklet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which plan with --plan ID (a number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action sheet %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>would create %n row(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>created %n row(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>organisations matched with the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2) → #%3 “%4”, by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner sectors matched by code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation pseudonyms already in use, renumbered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal and undo rows of the source left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the councils of one or more archives (JSON) or Maillage databases (.sqlite) to this database, with new ids, matching shared organisations (SIRET, FINESS, or name and commune). With --dry-run, print what would be created and matched, and write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the archives or databases to consolidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) consolidated into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commune</name>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” must have 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority neighbourhoods (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputedValues</name>
    <message>
        <source>from %1 to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted instance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings of the instance “%1” held %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations present at the meetings linked to the fiche or partners of its events, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations present at the meetings of “%1” or partners of the fiche’s events, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events of the council %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events linked to the fiche %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants in the events of the council %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants in the events linked to the fiche %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people trained at the council’s PSSM sessions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people trained at the PSSM sessions linked to the fiche %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period “%1” of the indicator “%2” is not a year, half-year (2025-S1) or quarter (2025-T3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” is required when the legal basis is consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent confirmed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” must not be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased person no. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactMerge</name>
    <message>
        <source>Contact no. %1 merged into contact no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation no. %1 merged into organisation no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings attended or expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance on behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent of instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary of meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Council</name>
    <message>
        <source>Council name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator time (% FTE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilIdentity</name>
    <message>
        <source>The logo is too big (%1 KB): choose an image of at most %2 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo could not be read as an image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilNameDialog</name>
    <message>
        <source>New council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the name of your council?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CLSM de Roubaix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change it later, and add the territory, the chairs and the partners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilSettingsRepository</name>
    <message>
        <source>read the council&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the council&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>represented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear Madam, dear Sir,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are invited to the meeting of %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(proxy given to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(represented by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) convened to the meeting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>Could not write the document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the document with a .pdf or .odt extension: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same FINESS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training module</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>save the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>list the follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the owners of follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the follow-up</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the calendar file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the calendar file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too big to be a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting “%1” of %2 (line %3) could not be created: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted parameter value is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line is not of the form NAME:value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every weekday of a month is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has no start (DTSTART).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-day event: it starts at midnight, set the time of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is before the start: the end is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurrence “%1” cannot be expanded (%2): only the first occurrence is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurrence has no end: it is expanded up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra dates (RDATE) are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n occurrence(s) are imported.</source>
        <translation>
            <numerusform>Only the first occurrence is imported.</numerusform>
            <numerusform>Only the first %n occurrences are imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recurring event: %n meeting(s) (%1).</source>
        <translation>
            <numerusform>Recurring event: %n meeting (%1).</numerusform>
            <numerusform>Recurring event: %n meetings (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some times have no time zone: they are taken as Paris time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) other than events (tasks, journal entries…) are ignored.</source>
        <translation>
            <numerusform>%n item other than events (tasks, journal entries…) is ignored.</numerusform>
            <numerusform>%n items other than events (tasks, journal entries…) are ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one VCALENDAR is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END:%1 closes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END:%1 found where END:%2 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside of BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN:%1 is never closed by END:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an iCalendar file: BEGIN:VCALENDAR is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid date or date-time for %2 (expected YYYYMMDD or YYYYMMDDTHHMMSS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time zone “%1” is unknown and the file does not define it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period “%1” is not a year (2025), a half-year (2025-S1) or a quarter (2025-T3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breakdown of the period “%1” is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the instance whose meetings the indicator “%1” counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorCsv</name>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority neighbourhoods (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychiatric sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances that met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary assemblies held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steering committees held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar %1: contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar %1: attendance rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action sheets done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action sheets in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SISM events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SISM participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSSM trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People trained (PSSM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants in other events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator (FTE %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator&apos;s employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no council number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the indicators to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceEditorDialog</name>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESAD, Groupe logement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Référent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual &amp;place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive (untick to archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceMember</name>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member must be a contact or an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes validated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes distributed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEmail</name>
    <message>
        <source>Convocation: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are invited to the meeting of %1 on %2. Please find attached the convocation with the agenda, and the invitation for your calendar.

Thank you for letting us know whether you will attend, or who will represent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of decisions: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please find attached the record of decisions of the meeting of %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please find attached the minutes of the meeting of %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear Madam, dear Sir,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPreparation</name>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval of the previous minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agenda item is not on the meeting&apos;s agenda (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no planned meeting of this instance after this one: plan the next meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the minutes were validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>save the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned meeting can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned meeting can be postponed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postpone the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the previous meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance has no earlier meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSeries</name>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSeriesRepository</name>
    <message>
        <source>save the meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting series does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the meeting series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeSql</name>
    <message>
        <source>record the merge so that it can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop a duplicate link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a link to the kept record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete the kept record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts and organisations can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two records no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the merged record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge names an unknown table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept record was deleted since the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge names an unknown column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a link back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the merge to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the merge as undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the links of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the merges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Milestone</name>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkExport</name>
    <message>
        <source>Could not write the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkGraph</name>
    <message numerus="yes">
        <source>%n shared instance(s)</source>
        <translation>
            <numerusform>%n shared instance</numerusform>
            <numerusform>%n shared instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared action sheet(s)</source>
        <translation>
            <numerusform>%n shared action sheet</numerusform>
            <numerusform>%n shared action sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) attended together</source>
        <translation>
            <numerusform>%n meeting attended together</numerusform>
            <numerusform>%n meetings attended together</numerusform>
        </translation>
    </message>
    <message>
        <source>No sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link between partners in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of attendance by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc size: meetings attended. Line width: link weight.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” must be a French postcode of 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” must hold 14 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” must hold 9 characters (digits, 2A or 2B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipationReport</name>
    <message>
        <source>No organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonErasure</name>
    <message>
        <source>Erased person no. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Personal data held about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent confirmed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality charter signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings attended or expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representations and proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups in their charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents sent to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary of the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions in minutes, decisions and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: personal data (RGPD, article 15)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCreation</name>
    <message>
        <source>Carried over from “%1” (fiche %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDocumentWriter</name>
    <message>
        <source>Could not write the document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” has no action sheet %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the document with a .pdf or .odt extension: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDossierLoader</name>
    <message>
        <source>The council has no action plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action sheet %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar and milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the action sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action sheet in this axis yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not described yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by Maillage from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n action sheet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ACTION PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyReview</name>
    <message>
        <source>The review period must be between 1 and 30 years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySql</name>
    <message>
        <source>look for the person in the texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the person from the texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look for the person in the undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget the undo history of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the person from the recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the changes into the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the data of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the contacts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PsychiatricSector</name>
    <message>
        <source>Psychiatric sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <source>The year in figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity was recorded during this period: no meeting was held and no event took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants in events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People trained in mental health first aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each council&apos;s main figures for the period, and their totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner working with several councils is counted once per council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s): %1</source>
        <translation>
            <numerusform>%n commune: %1</numerusform>
            <numerusform>%n communes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority neighbourhoods (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychiatric sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 full-time equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders of the coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No council is recorded in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held, %1 cancelled, %2 decision(s) taken; attendance rate %3.</source>
        <translation>
            <numerusform>%n meeting held, %1 cancelled, %2 decision taken; attendance rate %3.</numerusform>
            <numerusform>%n meetings held, %1 cancelled, %2 decisions taken; attendance rate %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting took place during the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held per month, by instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance at meetings held, by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was expected at a meeting held during the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation of the four pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected officials, psychiatry, users and carers: the four pillars of a local mental health council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillars present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations seen for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners not seen for twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner organisation is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action plan is recorded for these councils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators: how many of the sheet&apos;s indicators reached their target. Every indicator, target and achieved, is in the appendices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action sheets by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget by funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget line is recorded for the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event of the mental health information weeks during the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), %1 participant(s), %2 partner contribution(s).</source>
        <translation>
            <numerusform>%n event, %1 participant, %2 partner contribution.</numerusform>
            <numerusform>%n events, %1 participants, %2 partner contributions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mental health first aid training during the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n training session(s), %1 people trained.</source>
        <translation>
            <numerusform>%n training session, %1 people trained.</numerusform>
            <numerusform>%n training sessions, %1 people trained.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other event during the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell examines complex situations with the people&apos;s consent. Only totals are shown, and counts under five are hidden to protect the people concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No situation was examined during the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examined during the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened during the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed during the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting during the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual activity report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity report from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n councils</source>
        <translation>
            <numerusform>%n council</numerusform>
            <numerusform>%n councils</numerusform>
        </translation>
    </message>
    <message>
        <source>Message from the chairs and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of the councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance and functioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagship actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local mental health council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with Maillage on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each council&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best connected partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density: the share of the possible links between the council&apos;s organisations that exist. The map of each council&apos;s network is in its own report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link between partners was recorded during the period, so there is no map to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best connected partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner network from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) between %1 organisations. Two organisations are linked when they sit in the same instance, lead or partner the same action sheet, or attended the same meeting; the line thickens with the number of such ties. Disc size: meetings attended; colour: sector (number of organisations in brackets). The %2 most present organisations are named.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action sheet(s) in the councils&apos; plans.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>With more than %1 councils, the lists by instance, by action sheet, of members and of meetings are left to each council&apos;s own report; the comparison table gives each council&apos;s figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — not written by %n council(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTextRepository</name>
    <message>
        <source>read the texts of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the text “%1” of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text of the report needs a council and a year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Could not write the report %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local mental health council — activity report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the report with a .pdf or .odt extension: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchRepository</name>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>Sector code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” must be a colour like #1f77b4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesPlanner</name>
    <message>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings give no new meeting date (the instance may already meet on each of them): nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymous identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” must look like SIT-2026-014: no names in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationPurge</name>
    <message numerus="yes">
        <source>last contact before %1 (kept %n year(s))</source>
        <translation>
            <numerusform>last contact before %1 (kept %n year)</numerusform>
            <numerusform>last contact before %1 (kept %n years)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SituationRepository</name>
    <message>
        <source>save the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This situation does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” must be a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This council does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the situations to purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the retention period of the situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep situations between 1 and 10 years after the last contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the retention period of the situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge the old situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the purge log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationStatistics</name>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood disturbances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoarding or unhealthy housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break in care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addictive behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danger to self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danger to others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ActionPlanRepository</name>
    <message>
        <source>save the action sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the action sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ActivityListQueries</name>
    <message>
        <source>list the axes of the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the action sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the years of the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the meetings by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute the attendance by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the events by year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::AgendaModel</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark an item confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::AgendaTemplateRepository</name>
    <message>
        <source>save the agenda template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the agenda template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agenda template does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the agenda template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the agenda templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze the validated minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes validated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the minutes versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::AgendaWidget</name>
    <message>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the previous meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the agenda of the instance&apos;s previous meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item to the instance&apos;s next planned meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the previous agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance has no agenda template yet: prepare an agenda, then save it as a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 of %2 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::AttendanceWidget</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by / proxy to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest&apos;s name and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who stands in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%n excused</numerusform>
            <numerusform>%n excused</numerusform>
        </translation>
    </message>
    <message>
        <source>Quorum: %1 / %2 reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum: %1 / %2 not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::Consolidation</name>
    <message>
        <source>read the target database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserve the new ids of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ContactRepository</name>
    <message>
        <source>add the affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This affiliation does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the contact&apos;s affiliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was erased (RGPD): the record can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::CouncilRepository</name>
    <message>
        <source>create the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a psychiatric sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This council does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no council yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the psychiatric sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the commune %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the psychiatric sector %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::DashboardQueries</name>
    <message>
        <source>count the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the next meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the partners by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the action sheets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::Database</name>
    <message>
        <source>No database was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not valid. Expected postgresql://user@host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server %1. Check that it is running and that the address, user and password are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Maillage database (it is damaged, truncated or of another kind). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Maillage (schema %1; this version knows up to %2). Install the newer Maillage to open it; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs an update but no backup could be written first; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Maillage database (it is damaged or of another kind). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not a Maillage database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database file %1 (is it read-only?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of the server database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database %1 already holds tables of another program; Maillage will not write into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be updated to schema %1; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server database is backed up with the server&apos;s own tools or with an archive export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: part of it cannot be read. It was left untouched; you can restore a backup or rescue what is still readable into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program that is writing to it. Close that program and try again; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Maillage (schema %2; this version knows up to %3). Install the newer Maillage to open it; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::DatabaseCheck</name>
    <message>
        <source>%1 %2: %3 refers to %4 %5, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the references between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 refers to a record of %3 that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::DuplicateQueries</name>
    <message>
        <source>look for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::DuplicatesDialog</name>
    <message>
        <source>Civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent confirmed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look among:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves every attendance, membership and link to the kept record, then deletes the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoes the last merge (Ctrl+Z): the removed record and its links come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s).</source>
        <translation>
            <numerusform>%n likely duplicate.</numerusform>
            <numerusform>%n likely duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged into %1: %n link(s) moved. “Undo the merge” brings the other record back.</source>
        <translation>
            <numerusform>Merged into %1: %n link moved. “Undo the merge” brings the other record back.</numerusform>
            <numerusform>Merged into %1: %n links moved. “Undo the merge” brings the other record back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::EmlDraft</name>
    <message>
        <source>Could not write the e-mail %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::EraseConfirmDialog</name>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n people&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n person&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n people&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 will be replaced by “Erased person no. …”. Their name, e-mail, phones, address, job title and notes are deleted, they leave the recipient lists, and their name is removed from minutes, decisions and follow-ups.&lt;/p&gt;&lt;p&gt;Attendance counts and statistics stay as they are.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone&lt;/b&gt;, and no copy is kept (older backups still hold them until they are thinned out).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the number of people: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::FollowUpsWidget</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::IcsImportDialog</name>
    <message>
        <source>Import meetings from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an .ics file exported by a calendar (Outlook, Thunderbird, Google…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the meetings in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) will be created.</source>
        <translation>
            <numerusform>%n meeting will be created.</numerusform>
            <numerusform>%n meetings will be created.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) imported.</source>
        <translation>
            <numerusform>%n meeting imported.</numerusform>
            <numerusform>%n meetings imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::InstanceRepository</name>
    <message>
        <source>create the instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a member of the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the members of the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a member of the instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::MeetingCopy</name>
    <message>
        <source>Choose the date of the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::MeetingEditorDialog</name>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validation and distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes validated and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was moved to the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents and printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation, sign-in sheet, minutes or record of decisions (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the meeting was changed meanwhile. Your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is shown; yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::MeetingHeaderWidget</name>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the convocation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Sent %n day(s) before the meeting (5 expected)</source>
        <translation>
            <numerusform>⚠ Sent %n day before the meeting (5 expected)</numerusform>
            <numerusform>⚠ Sent %n days before the meeting (5 expected)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::MeetingListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::MeetingListQueries</name>
    <message>
        <source>list the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the years of the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the instances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::MeetingRepository</name>
    <message>
        <source>save the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::MinutesEditorWidget</name>
    <message>
        <source>What was said and agreed on this item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::MinutesStatusWidget</name>
    <message>
        <source>Validate the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the meeting and freezes this version of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add everyone expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the minutes distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated on %1, distributed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient to add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::NetworkQueries</name>
    <message>
        <source>read the partner network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::OrganisationRepository</name>
    <message>
        <source>create the organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the organisation to the council&apos;s partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the organisation from the council&apos;s partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the organisation&apos;s councils</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ParticipationQueries</name>
    <message>
        <source>read the participation figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::PartnerListQueries</name>
    <message>
        <source>list the organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the affiliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::PrivacyDialog</name>
    <message>
        <source>Personal data (RGPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing re&amp;gister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts with no attendance, membership or follow-up for the chosen period. Confirm that keeping them is still justified, or erase them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity for &amp;at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records today as the date the legal basis was last confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase the selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data held about the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing register entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) confirmed today.</source>
        <translation>
            <numerusform>%n contact confirmed today.</numerusform>
            <numerusform>%n contacts confirmed today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased. Their attendance still counts in the statistics.</source>
        <translation>
            <numerusform>%n person erased. Their attendance still counts in the statistics.</numerusform>
            <numerusform>%n people erased. Their attendance still counts in the statistics.</numerusform>
        </translation>
    </message>
    <message>
        <source>Maillage holds about this person:</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n instance membership</numerusform>
            <numerusform>%n instance memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) attended or expected</source>
        <translation>
            <numerusform>%n meeting attended or expected</numerusform>
            <numerusform>%n meetings attended or expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) in their charge</source>
        <translation>
            <numerusform>%n follow-up in their charge</numerusform>
            <numerusform>%n follow-ups in their charge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document mailing(s)</source>
        <translation>
            <numerusform>%n document mailing</numerusform>
            <numerusform>%n document mailings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in minutes, decisions and follow-ups</source>
        <translation>
            <numerusform>%n mention in minutes, decisions and follow-ups</numerusform>
            <numerusform>%n mentions in minutes, decisions and follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the data of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the processing register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::PrivacyPdf</name>
    <message>
        <source>Could not write the document %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ReportContent</name>
    <message>
        <source>Give the first and the last day of the report&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of the report ends on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no council number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of council %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the partner network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the free texts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ReportQueries</name>
    <message>
        <source>compute the figures of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of the report must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::RowSnapshot</name>
    <message>
        <source>read the records of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a record of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::SearchIndex</name>
    <message>
        <source>update the search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::SectorRepository</name>
    <message>
        <source>create the sector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sector does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sector with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the sector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the sectors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::SqlQuery</name>
    <message>
        <source>Could not %1: internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: it refers to a record that does not exist, or other records still refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the same record already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: a required value is missing or not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::TableCatalog</name>
    <message>
        <source>count the records of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::TableRows</name>
    <message>
        <source>read the records of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a record to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realign the numbering of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::Transaction</name>
    <message>
        <source>The database refused to start or end a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: the database file %1 was moved or deleted while it was open. Nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1. Nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::UndoBatchRepository</name>
    <message>
        <source>record the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record to change does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record changed by the batch was deleted since: it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::activity</name>
    <message>
        <source>read the existing details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::archive</name>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an amount in cents (a whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time written YYYY-MM-DDTHH:MM:SS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time stamp written YYYY-MM-DDTHH:MM:SS.mmmZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the record %1; nothing was imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds %1 records; nothing was imported. Import into a new, empty database, or choose to replace its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be emptied before the import; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the archive; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too big to be a Maillage archive (%2 MB; at most %3 MB are read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 cannot be read: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Maillage archive: it is not valid JSON. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Maillage archive: it is JSON of another kind. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required, null was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1 %2, which is not in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: this is not a Maillage archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;: this is not a Maillage archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the archive format version, a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive format version %1 is not known to this Maillage, which reads version %2; a newer Maillage may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the schema version, a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive comes from a newer Maillage (schema %1; this version knows up to %2): install the newer Maillage to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object holding one list of records per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (a table without records is an empty list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the archive %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the archive %1 (is the disk full?). No file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the archive %1. No file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has 1 problem; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has %1 problems; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::backup</name>
    <message>
        <source>The backup %1 could not be written; the database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server database is backed up with the server&apos;s own tools or with an archive export (maillage export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be flushed to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy does not pass its check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verified copy could not be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::calendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurrence “%1” is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frequency must be weekly, monthly or yearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interval must be a number from 1 to 52.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of occurrences must be from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date must be written YYYYMMDD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one weekday is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position of the weekday must be 1 to 4, or -1 for the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day of the month must be from 1 to 31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months must be from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frequency (FREQ) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weekly rule cannot name the nth weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a number of occurrences or an end date, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 weeks on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quarter, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 months, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the same date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, except in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s)</source>
        <translation>
            <numerusform>, %n time</numerusform>
            <numerusform>, %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::changewatch</name>
    <message>
        <source>look for changes made elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::consolidation</name>
    <message>
        <source>%1 could not be added (the database refused the record %2); nothing of it was kept. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid Maillage archive (%2 problems); nothing of it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be consolidated: it has %2 problems. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already added before it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder to read %1 in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied to be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a Maillage archive nor a Maillage database. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too big to be consolidated (%2 MB; at most %3 MB are read).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::contacts</name>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation card on line %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same person as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too big (%2 MB): contact files over %3 MB are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping must be a JSON object {&quot;column&quot;: &quot;field&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping names an unknown field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has neither a last name nor an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the file looks like a last name (“Nom”, “Last name”): give a column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has a field longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 on line %2 is longer than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card starting on line %1 has no END:VCARD before the card on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card starting on line %1 has an unreadable line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card starting on line %1 has no END:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 holds unreadable characters (binary data or an unknown encoding).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::demo</name>
    <message>
        <source>The demo council needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo council can only be created in an empty database; this one already holds records and was left unchanged. Create a new database for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo council could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::domain</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychiatry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infra-communal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercommunal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult psychiatry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child and adolescent psychiatry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health information weeks (SISM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health first aid training (PSSM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film and debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex situations cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval of the previous minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from the chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held by an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners mobilised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants in events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People trained in mental health first aid (PSSM)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::journal</name>
    <message>
        <source>The change journal could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the change journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the change journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget old entries of the change journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::network</name>
    <message>
        <source>read the linked records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::plan</name>
    <message>
        <source>Fight the stigma attached to mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent mental disorders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster social inclusion and respect for the rights of people living with mental disorders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improve care pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on the determinants of mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early identification of mental disorders, diagnosis, and access to care and to social or medico-social support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public health code, article R. 3224-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality health and life pathways without breaks, especially for people with severe and lasting mental disorders, with or at risk of a psychic disability, towards recovery and social inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public health code, article R. 3224-6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access of people with mental disorders to somatic care suited to their needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public health code, article R. 3224-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention and management of crisis and emergency situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public health code, article R. 3224-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect and promotion of the rights of people with mental disorders, strengthening their power to decide and act, and the fight against the stigma of these disorders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public health code, article R. 3224-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action on the social, environmental and territorial determinants of mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public health code, article R. 3224-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 5 objectives of the CLSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 6 priorities of the PTSM (decree no. 2017-1200 of 27 July 2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: no axis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::records</name>
    <message>
        <source>check the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists: it was deleted in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it. Your changes were not saved: reload it and apply them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::rescue</name>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file %1 cannot be read at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be renamed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be copied beside the database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored copy could not take the place of %1; the previous file is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::storage</name>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user was changing the same records at the same moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy with another program; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file was moved or deleted while it was open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be written to (full disk, file size limit, or a drive that was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file beside the database cannot be created (read-only or missing folder)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::sync</name>
    <message>
        <source>Civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis (RGPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confirmed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active in the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> – %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> – confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::AboutDialog</name>
    <message>
        <source>About Maillage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maillage logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Maillage %1&lt;/h3&gt;&lt;p&gt;Maillage helps the coordinators of local mental health councils (CLSM) keep the memory of their council: partners, instances and meetings, decisions and follow-ups, the action plan, events and yearly reports.&lt;/p&gt;&lt;p&gt;Free software under the European Union Public Licence (EUPL-1.2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;Everything stays on this computer: Maillage sends nothing over the network.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt %3&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::ActionPlanWidget</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an axis to the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the axis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the axis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the fiche %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the fiche %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) worked on the fiche %1 « %2 ». Delete the fiche anyway? Those meetings keep a line naming it in their notes.</source>
        <translation>
            <numerusform>%n meeting worked on the fiche %1 « %2 ». Delete the fiche anyway? Those meetings keep a line naming it in their notes.</numerusform>
            <numerusform>%n meetings worked on the fiche %1 « %2 ». Delete the fiche anyway? Those meetings keep a line naming it in their notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the fiche %1 « %2 »?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the fiche %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The axis “%1” still has fiches actions: delete or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the axis “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the axis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) · progress &lt;b&gt;%1&lt;/b&gt; · budget planned %2, obtained %3, spent %4</source>
        <translation>
            <numerusform>%n fiche · progress &lt;b&gt;%1&lt;/b&gt; · budget planned %2, obtained %3, spent %4</numerusform>
            <numerusform>%n fiches · progress &lt;b&gt;%1&lt;/b&gt; · budget planned %2, obtained %3, spent %4</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action plan yet: create one with “New plan…”, from the CLSM objectives, the PTSM priorities or blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booklet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole plan as a booklet (PDF or ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected fiche action as a document (PDF or ODT)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::AxisDialog</name>
    <message>
        <source>New axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::BreakdownDialog</name>
    <message>
        <source>Breakdown of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It is replaced only if you enter numbers and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Broken down by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear this breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category of the breakdown by %1 has a value but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value “%1” for “%2” (breakdown by %3) is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breakdown by %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum: %1 (the period has no value yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum: %1 — the value of %2 is %3: they differ by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum: %1, the value of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n value(s) not read)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Also broken down by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by someone else after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved by %1 on %2. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are not saved yet and nothing was overwritten. These fields differ: choose, line by line, the value to keep, or keep all of yours or all of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to keep for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version of every field listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your changes to these fields and keep what is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save my choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the value chosen on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save nothing now and go back to your changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::ContactEditorDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was erased on %1 (RGPD). The record only keeps attendance counts right and cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active in the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Civility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;basis (RGPD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confi&amp;rmed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harter signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past meetings stay counted under the organisation of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanged organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the current affiliation and opens a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contact first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current affiliation ends the day before; attendance so far stays with the former organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::ContactImportDialog</name>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail (else same name and organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match existing contacts by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::CouncilNameDialog</name>
    <message>
        <source>Create the council</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::CouncilWizard</name>
    <message>
        <source>Plenary assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steering committee (COPIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group on housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group on employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex situations cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CLSM de Bellerive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name appears on every document. You can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes of the territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communes the council covers, with their INSEE code and population (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the bodies your council has. You can rename them and add others later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your contacts from a vCard file (from Thunderbird, Outlook or a phone) or a CSV spreadsheet. You can skip this step and import them later from File ▸ Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file: no import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data never leaves this computer.&lt;/b&gt; Maillage works without Internet and sends nothing anywhere. Backups are written beside the database every day.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Finish creates &lt;b&gt;%1&lt;/b&gt; with %n commune(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Finish creates &lt;b&gt;%1&lt;/b&gt; with %n commune&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Finish creates &lt;b&gt;%1&lt;/b&gt; with %n communes&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Instances: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Partners imported from %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::CsvImportDialog</name>
    <message>
        <source>Civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Excel, Western Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n record(s)</source>
        <translation>
            <numerusform>&amp;Import %n record</numerusform>
            <numerusform>&amp;Import %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::DamagedFileDialog</name>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file itself is not changed. You can restore the latest backup, or copy what can still be read into a new file. Either way the damaged file is kept under a new name, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup (none found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue what is readable into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only set the damaged file aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored; the damaged file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-rescued-</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rescued into %1.</source>
        <translation>
            <numerusform>%n record rescued into %1.</numerusform>
            <numerusform>%n records rescued into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some records could not be read; check the rescued file against your last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::DashboardWidget</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings held this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisations by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches actions by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other council(s)</source>
        <translation>
            <numerusform>%1 and %n other council</numerusform>
            <numerusform>%1 and %n other councils</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner organisation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fiche action yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see every follow-up, filtered on the overdue ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see every follow-up falling due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s) (%1)</source>
        <translation>
            <numerusform>Due within %n day (%1)</numerusform>
            <numerusform>Due within %n days (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due within %n day(s).</source>
        <translation>
            <numerusform>Nothing falls due within %n day.</numerusform>
            <numerusform>Nothing falls due within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ui::DataSafety</name>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maillage was not closed properly last time: checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was checked after the unclean shutdown: it is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check after the unclean shutdown found problems in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has damaged parts (found by the check run after Maillage was not closed properly). Keep working in it only after restoring a backup or rescuing what is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored; the previous file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the file could not be read: checking it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was checked: it is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found problems in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has damaged parts: some of its records can no longer be read. Keep working in it only after restoring a backup or rescuing what is readable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::DocumentExportDialog</name>
    <message>
        <source>Meeting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the confidential agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, contact… printed at the foot of every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the &amp;e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an e-mail with the PDF and the calendar invitation attached and opens it in your mail program, to review and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail prepared in %1: check it in your mail program, then send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened the e-mail. It is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank rows for &amp;guests:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::EventDialog</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General public, professionals, pupils…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partici&amp;pants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health information weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National t&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health first aid training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teenagers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rainers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tra&amp;ined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rtners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::EventsWidget</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), %1 participants in %2</source>
        <translation>
            <numerusform>%n event, %1 participants in %2</numerusform>
            <numerusform>%n events, %1 participants in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>create the event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::ExchangeActions</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts (vCard, CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings from a calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts as CSV for &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings as a ca&amp;lendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete &amp;archive (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maillage archive (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo the last contacts import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of %1? What it created is deleted and what it completed gets its former values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Maillage archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too big to be a Maillage archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Maillage archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problem(s) found.</source>
        <translation>
            <numerusform>%1 cannot be imported: %n problem found.</numerusform>
            <numerusform>%1 cannot be imported: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no council</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner organisation(s)</source>
        <translation>
            <numerusform>%n partner organisation</numerusform>
            <numerusform>%n partner organisations</numerusform>
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
        <translation type="unfinished">
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>It will be written into a new database file, which then opens. The database open now is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose the new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database for the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::FollowUpTableModel</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::FollowUpsView</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done or dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a status or a due date to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ui::GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># User guide

The guide was not found next to Maillage. It is in the *docs/guide* folder of the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::ImportPlanView</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like the existing contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to skip, %4 rejected, %5 likely duplicate(s). Filled fields are never blanked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::InstanceEditorDialog</name>
    <message>
        <source>New instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick when the instance meets when needed, without a regular cadence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: give a member the Chair role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window and open the instance again to see the other changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::InstancesWidget</name>
    <message>
        <source>When needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the meetings of a year from the instance&apos;s cadence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n meeting(s). Meetings are the council’s memory and are never deleted.</source>
        <translation>
            <numerusform>“%1” has %n meeting. Meetings are the council’s memory and are never deleted.</numerusform>
            <numerusform>“%1” has %n meetings. Meetings are the council’s memory and are never deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive the instance instead? It leaves the lists and keeps its meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its list of members?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance was not archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be undone or redone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Maillage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council will be kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council will be kept in a new file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 — schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server database is saved by its administrator (pg_dump), or exported as a Maillage archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget missing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maillage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists: open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal data (RGPD)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cellule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cellule de situations &amp;register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n old situation(s) of the cellule deleted (retention period).</source>
        <translation>
            <numerusform>%n old situation of the cellule deleted (retention period).</numerusform>
            <numerusform>%n old situations of the cellule deleted (retention period).</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maillage cannot import %1. It takes contacts (.vcf, .csv), meetings from a calendar (.ics) and Maillage archives (.maillage.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or open a council first: %1 is imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown again with the changes another user made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::MeetingActionDialog</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which instance meets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be marked cancelled. It stays in the history with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::MeetingsWidget</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a title, an instance, a place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an instance first: every meeting belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new meeting of the same instance, with the agenda and the expected attendance of %1. The minutes, decisions and follow-ups are not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will show as postponed, pointing to the new meeting, which takes over its agenda and expected attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a meeting of an instance (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new meeting at another date with the same agenda and expected attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a planned meeting to a new date; the old one stays in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the new meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting this postponed one was moved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation, sign-in sheet, minutes: print, PDF or ODT (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this occurrence only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting leaves its series, keeps its date and opens in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the series from this date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cadence of the series from this meeting on; past and held meetings stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this occurrence only, or the series from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this occurrence only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves its series: it keeps its date and what it holds, and later changes of the series no longer move it. It then opens in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan the series of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::MemberDialog</name>
    <message>
        <source>Member of the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::NetworkMapPage</name>
    <message numerus="yes">
        <source>%n meeting(s) attended in the period</source>
        <translation>
            <numerusform>%n meeting attended in the period</numerusform>
            <numerusform>%n meetings attended in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) linked</source>
        <translation>
            <numerusform>%n partner linked</numerusform>
            <numerusform>%n partners linked</numerusform>
        </translation>
    </message>
    <message>
        <source>Bridging role (betweenness): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who carries the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors ranked by their share of attendance and of bridging between partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner network, %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network-map.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG image (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the network as GraphML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network.graphml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML (*.graphml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export elements and connections (Kumu, Gephi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an organisation on the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Click an organisation to see its instances, action sheets and metrics.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an organisation on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sectors shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <comment>menu button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as image (PDF, SVG, PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network as GraphML (Gephi)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements and connections as CSV (Kumu, Gephi)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum link weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide links lighter than this: the weight of a link counts its shared instances, action sheets and meetings attended together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::NetworkMapView</name>
    <message>
        <source>Network map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
Weight %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%2
%n meeting(s) attended</source>
        <translation>
            <numerusform>%1
%2
%n meeting attended</numerusform>
            <numerusform>%1
%2
%n meetings attended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ui::NetworkSection</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::NewPlanDialog</name>
    <message>
        <source>New action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille de route %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Axes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing, start afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished fiches of “%1” (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last year must not be before the first year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::OrganisationEditorDialog</name>
    <message>
        <source>Organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SI&amp;RET:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FINESS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::ParticipationPage</name>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost from view after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate = (present + represented) ÷ convened, over the meetings held in the period. A proxy given does not count as attending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost from view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillars per instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of this pillar</source>
        <translation>
            <numerusform>%n member of this pillar</numerusform>
            <numerusform>%n members of this pillar</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participation.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::PartnerFilterBar</name>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All instances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::PartnersWidget</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the &amp;import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected contacts as vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected contacts as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts as vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this organisation? Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this contact with their attendance and memberships? Ctrl+Z brings back the person and their organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1. “Undo the import” reverts it as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2 change(s))? Contacts and organisations it created are deleted, the ones it completed get their former values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.</source>
        <translation>
            <numerusform>%n contact written to %1.</numerusform>
            <numerusform>%n contacts written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select contacts in the Contacts tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a name, a commune, an e-mail… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version was kept; yours was not saved.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis / fiche action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead (porteur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::RecurrenceEditor</name>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nth weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same day as the first date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weekday of the first date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick the months without a meeting (August, for instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::ReportTextsEditor</name>
    <message>
        <source>Texts of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here; leave a blank line between paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the texts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the texts of the previous council first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts of the year %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No council to write for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::ReportsWidget</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free texts of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a year to prepare its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;indicators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2: choose a last day after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Councils:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report is already being prepared: wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop preparing the report (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current file %1 is kept beside it under a new name, so the restore can be undone by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this file was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::SeriesDialog</name>
    <message>
        <source>Plan the meetings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a cadence without an end: the last day to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alsace-Moselle public holidays (Good Friday, 26 December)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A council setting: saved for every series of the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a public holiday or a weekend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings to create:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) to create</source>
        <translation>
            <numerusform>%n meeting to create</numerusform>
            <numerusform>%n meetings to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n moved</source>
        <translation>
            <numerusform>, %n moved</numerusform>
            <numerusform>, %n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n skipped</numerusform>
            <numerusform>, %n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings were not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the series of %1 from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned meetings of this series from the date below on are replaced by the new dates. Past meetings, held or cancelled meetings and meetings that already have an agenda, an attendance or minutes are never changed: they stay where they are. Meetings before today (%1) cannot be re-planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series was not re-planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the instance already meets that day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n already planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The coordinator of the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the council appears at the top of its convocations, minutes and records of decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name on documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write minutes and reports as &amp;PDF/A (for the archives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Footer of every page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A is the format municipal and departmental archives ask for. ODT stays the format to edit in LibreOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a verified backup once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “sauvegardes” folder beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last &amp;days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last &amp;weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last &amp;months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest backup of each day, week and month is kept within these limits. A folder on another disk or a USB key protects against a broken computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the interface and documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce follow-ups falling due &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;inactive contacts for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the council&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window changes language as soon as you press OK, keeping the open database; documents written afterwards use the new language too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard lists the follow-ups falling due within this horizon; the follow-ups section shows them with Show: Due within…. Overdue follow-ups are always shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GDPR asks to keep personal data no longer than needed: contacts with no attendance, membership or follow-up for this long are listed for review in Tools ▸ Personal data (RGPD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::SheetEditorDialog</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fiche action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar and &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linked work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fiche (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code and &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;xis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead (porteur):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontext:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One objective per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specific objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;public:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the status changes (kept in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date “%1” of the milestone on line %2 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date “%1” of the milestone on line %2 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year “%1” of the budget line %2 is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 of the budget line %2 is outside the plan (%3–%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 amount “%2” of the budget line %3 is not a number of euros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no funder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::SheetIndicatorsPage</name>
    <message>
        <source>Add an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind and unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;umulative (values add up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the meetings linked to the fiche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all the council&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Computed from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline “%1” of the indicator “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target “%1” of the indicator “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value “%1” of the period %2 of the indicator “%3” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target “%1” of the period %2 of the indicator “%3” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year of the plan is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked years (values reported, no longer changed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data gives %1 (%2); the value entered is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator “%1” is entered by hand: choose a source under “Computed from” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 entered, the data gives %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data gives other values than those of the fiche:
%1

Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the values entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from the data: %1. Save the fiche to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the values of the fiche already match the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as entered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked, not changed: %1 (unlock the year to change it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the period to break down first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods: 2025, 2025-S1 (half-year) or 2025-T3 (quarter). Double-click a breakdown to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brea&amp;kdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes the selected period (or the year chosen) from Maillage’s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute every period of the indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a source under “Computed from” to compute this indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::SheetLinksPage</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fiche first to link meetings to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting that worked on the fiche:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a linked meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::SituationDialog</name>
    <message>
        <source>Confidential — pseudonymous register of the cellule de situations. Do not print, copy or send without need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymous identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem &amp;categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other categories, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ther:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided or obtained — without names or identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orally, noted by the referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through a legal guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;given how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which partners may share what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::SituationsWidget</name>
    <message>
        <source>Cellule de situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The register of the &lt;b&gt;cellule de situations&lt;/b&gt; is off for this council.&lt;/p&gt;&lt;p&gt;Once enabled, it keeps the situations the cellule examines under a pseudonym (SIT-2026-014): who referred them, the problem categories, the review dates, the outcome and how consent was given. It has &lt;b&gt;no field for a name&lt;/b&gt; and must not contain one.&lt;/p&gt;&lt;p&gt;Situations are &lt;b&gt;deleted automatically&lt;/b&gt; two years after the last contact (the period can be changed), and only the number deleted is kept. Statistics hide counts under 5.&lt;/p&gt;&lt;p&gt;Enable it only if the cellule has agreed how the data is shared and who may read this database.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> year(s) after the last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as “&lt; 5” so that no one can be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s) in the register, %1 open.</source>
        <translation>
            <numerusform>%n situation in the register, %1 open.</numerusform>
            <numerusform>%n situations in the register, %1 open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Situations opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the cellule de situations register for this council?

You commit to record no name or identifying detail, to note how each person consented, and to let Maillage delete situations two years after the last contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the situation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the situation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the situation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::TimelineView</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council has no action plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::VCardImportDialog</name>
    <message>
        <source>Import contacts from vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n card(s)</source>
        <translation>
            <numerusform>&amp;Import %n card</numerusform>
            <numerusform>&amp;Import %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no vCard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::WelcomePage</name>
    <message>
        <source>Welcome to Maillage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maillage keeps the memory of your local mental health council: its partners, its meetings and what was decided there, its action plan and its events. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with your own council: you only need its name to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover with the demonstration council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore a fictional council with several years of meetings, partners and actions. Nothing you do there touches real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration council is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your council step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name, the communes of its territory, its instances and, if you have them, its partners from a vCard or CSV file. A few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maillage works without Internet: your council&apos;s data never leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::instance_commands</name>
    <message>
        <source>New instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete instance %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::ui::partner_commands</name>
    <message>
        <source>New organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record since: undoing or redoing here would overwrite their change. Open it to see the current version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maillage::validation</name>
    <message>
        <source>The field “%1” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” must not be before “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
