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
        <source>Archive file to write (JSON). Required.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Maillage archive (JSON) to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.json</source>
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
        <source>Write the whole database to a Maillage archive (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a Maillage archive (JSON) into an empty database.</source>
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
        <source>Could not %1: the database is busy with another program. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1.</source>
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
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused to start or end a change.</source>
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
