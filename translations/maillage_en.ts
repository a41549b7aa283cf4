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
        <source>Print the figures as JSON (the only format for now).</source>
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
    <name>Milestone</name>
    <message>
        <source>Milestone</source>
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
        <source>These settings give no meeting date: nothing was created.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Meeting changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this meeting after you opened it. Your changes are still here, not saved.

Save your version over theirs, or keep editing (close without saving to see theirs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the meeting was changed meanwhile.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>maillage::PartnerListQueries</name>
    <message>
        <source>list the organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the organisations</source>
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
</context>
<context>
    <name>maillage::network</name>
    <message>
        <source>read the linked records</source>
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
    <name>maillage::ui::ActionPlanWidget</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan has no axis yet.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Overdue follow-ups</source>
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
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank rows for guests</source>
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
        <source>Date</source>
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
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), %1 participants in all</source>
        <translation>
            <numerusform>%n event, %1 participants in all</numerusform>
            <numerusform>%n events, %1 participants in all</numerusform>
        </translation>
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
        <source>Contacts (*.vcf *.vcard *.csv)</source>
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
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 looks like %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 contact(s) to create, %3 to complete, %4 unchanged, %5 rejected.
Filled fields are never blanked. Import now?</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>About Maillage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Maillage %1&lt;/h3&gt;&lt;p&gt;Maillage helps the coordinators of local mental health councils (CLSM) keep the memory of their council: partners, instances and meetings, decisions and follow-ups, the action plan, events and yearly reports.&lt;/p&gt;&lt;p&gt;Free software under the European Union Public Licence (EUPL-1.2).&lt;/p&gt;</source>
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
    <name>maillage::ui::PartnersWidget</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a name, a commune, an e-mail…</source>
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
        <source>Attendance rate: members present or represented at the meetings held, out of the members expected (guests are not counted).</source>
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
