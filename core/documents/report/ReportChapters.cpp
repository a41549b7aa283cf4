// SPDX-License-Identifier: EUPL-1.2
// Chapters 1 to 4 of the report: words and summary, comparison, identity card, governance, network.
#include "core/documents/report/ReportComposer.h"

#include "core/documents/DocumentText.h"
#include "core/documents/report/ReportNumbers.h"

#include <QLocale>

#include <algorithm>

namespace maillage {

namespace N = reportNumbers;

namespace {

// The sum of a field over the events of one kind, or of every kind.
int eventsOf(const ReportFigures& f, std::optional<EventKind> kind, int EventKindFigures::*field)
{
    int sum = 0;
    for (const EventKindFigures& e : f.events)
        if (!kind || e.kind == *kind)
            sum += e.*field;
    return sum;
}

QStringList turnoutRow(const QString& label, const Turnout& t)
{
    return {label, N::integer(t.present), N::integer(t.excused), N::integer(t.absent), N::percent(t.rate())};
}

} // namespace

void ReportComposer::wordsAndSummary()
{
    chapter(m_chapter++);
    m_builder->subheading(labelOf(ReportSection::Presidents));
    freeText(ReportSection::Presidents);
    m_builder->subheading(labelOf(ReportSection::Synthesis));
    freeText(ReportSection::Synthesis);
    m_builder->subheading(tr("The year in figures"));
    if (!m_f.hasActivity())
        note(tr("No activity was recorded during this period: no meeting was held and no event took place."));
    const std::vector<QStringList> rows{
        {tr("Meetings held"), N::integer(m_f.meetingsHeld)},
        {tr("Meetings cancelled"), N::integer(m_f.meetingsCancelled)},
        {tr("Decisions taken"), N::integer(m_f.decisions)},
        {tr("Attendance rate"), N::percent(m_f.turnout.rate())},
        {tr("Active partner organisations"), N::integer(m_f.activeOrganisations)},
        {tr("New partner organisations"), N::integer(m_f.newOrganisations)},
        {tr("Action sheets"), N::integer(m_f.sheets)},
        {tr("Events"), N::integer(eventsOf(m_f, std::nullopt, &EventKindFigures::events))},
        {tr("Participants in events"), N::integer(eventsOf(m_f, std::nullopt, &EventKindFigures::participants))},
        {tr("People trained in mental health first aid"),
         N::integer(eventsOf(m_f, EventKind::PssmTraining, &EventKindFigures::peopleTrained))},
    };
    table({{tr("Figure"), 70}, {tr("Value"), 30}}, rows);
}

void ReportComposer::comparison()
{
    chapter(m_chapter++);
    m_builder->paragraph(tr("Each council's main figures for the period, and their totals."));
    std::vector<QStringList> rows;
    Turnout all;
    int held = 0, partners = 0, sheets = 0, events = 0, participants = 0, trained = 0;
    for (const ReportFigures& c : m_content.perCouncil) {
        const int e = eventsOf(c, std::nullopt, &EventKindFigures::events);
        const int p = eventsOf(c, std::nullopt, &EventKindFigures::participants);
        const int t = eventsOf(c, EventKind::PssmTraining, &EventKindFigures::peopleTrained);
        rows.push_back({c.councils.value(0), N::integer(c.meetingsHeld), N::percent(c.turnout.rate()),
                        N::integer(c.activeOrganisations), N::integer(c.sheets), N::integer(e), N::integer(p),
                        N::integer(t)});
        held += c.meetingsHeld;
        all.present += c.turnout.present;
        all.excused += c.turnout.excused;
        all.absent += c.turnout.absent;
        partners += c.activeOrganisations;
        sheets += c.sheets;
        events += e;
        participants += p;
        trained += t;
    }
    rows.push_back({tr("Total"), N::integer(held), N::percent(all.rate()), N::integer(partners), N::integer(sheets),
                    N::integer(events), N::integer(participants), N::integer(trained)});
    table({{tr("Council"), 26},
                      {tr("Meetings held"), 10},
                      {tr("Attendance"), 11},
                      {tr("Partners"), 10},
                      {tr("Action sheets"), 10},
                      {tr("Events"), 10},
                      {tr("Participants"), 12},
                      {tr("People trained"), 11}},
                     rows, {0, 8});
    note(tr("A partner working with several councils is counted once per council."));
}

void ReportComposer::identity()
{
    chapter(m_chapter++);
    for (const CouncilProfile& c : m_f.identities) {
        m_builder->subheading(c.name);
        m_builder->field(tr("Created on"), c.createdOn.isValid() ? DocumentText::longDate(c.createdOn) : QString());
        m_builder->field(tr("Chairs"), c.chairs);
        m_builder->field(tr("Territory"),
                         c.communes.isEmpty()
                             ? QString()
                             : tr("%n commune(s): %1", nullptr, int(c.communes.size())).arg(c.communes.join(u", ")));
        m_builder->field(tr("Population"), c.population > 0 ? N::integer(c.population) : QString());
        m_builder->field(tr("Priority neighbourhoods (QPV)"), N::integer(c.priorityNeighbourhoods));
        m_builder->field(tr("Psychiatric sectors"), c.psychiatricSectors.join(u", "));
        m_builder->field(tr("Conventions"), c.conventions);
        QString post = c.coordinatorName;
        if (c.coordinatorFtePercent > 0)
            post += (post.isEmpty() ? QString() : QStringLiteral(", ")) +
                    tr("%1 full-time equivalent").arg(N::decimal(c.coordinatorFtePercent / 100.0, 2));
        if (!c.coordinatorEmployer.isEmpty())
            post += (post.isEmpty() ? QString() : QStringLiteral(", ")) + tr("employed by %1").arg(c.coordinatorEmployer);
        m_builder->field(tr("Coordination"), post);
        m_builder->field(tr("Funders of the coordination"), c.funders.join(u", "));
    }
    if (m_f.identities.empty())
        note(tr("No council is recorded in this database."));
}

void ReportComposer::governance()
{
    chapter(m_chapter++);
    m_builder->paragraph(tr("%n meeting(s) held, %1 cancelled, %2 decision(s) taken; attendance rate %3.", nullptr,
                            m_f.meetingsHeld)
                             .arg(N::integer(m_f.meetingsCancelled), N::integer(m_f.decisions),
                                  N::percent(m_f.turnout.rate())));
    std::vector<QStringList> rows;
    for (const InstanceFigures& i : m_f.instances) {
        if (condensed())
            break;
        if (i.held + i.cancelled + i.planned == 0)
            continue;
        rows.push_back({i.name, N::integer(i.held), N::integer(i.cancelled), N::integer(i.decisions),
                        N::integer(i.turnout.present), N::integer(i.turnout.excused), N::integer(i.turnout.absent),
                        N::percent(i.turnout.rate())});
    }
    if (condensed()) {
        condensedNote();
    } else if (rows.empty()) {
        note(tr("No meeting took place during the period."));
    } else {
        table({{tr("Instance"), 25},
                          {tr("Held"), 9},
                          {tr("Cancelled"), 12},
                          {tr("Decisions"), 11},
                          {tr("Present"), 12},
                          {tr("Excused"), 11},
                          {tr("Absent"), 11},
                          {tr("Rate"), 9}},
                         rows, {0, 8.5});
    }
    // Meetings held per month, stacked by instance.
    ReportChart months;
    months.title = tr("Meetings held per month, by instance");
    months.layout = ReportChart::Layout::Columns;
    const QLocale french(QLocale::French, QLocale::France);
    std::vector<QDate> firstDays;
    for (QDate d(m_f.period.from.year(), m_f.period.from.month(), 1); d <= m_f.period.to && firstDays.size() < 24;
         d = d.addMonths(1)) {
        firstDays.push_back(d);
        months.categories << french.monthName(d.month(), QLocale::ShortFormat).remove(u'.');
    }
    for (const InstanceFigures& i : m_f.instances) {
        if (i.held == 0 || condensed()) // one series per instance: unreadable beyond a few councils
            continue;
        std::vector<double> counts(firstDays.size(), 0);
        for (const QString& iso : i.meetingDates) {
            const QDate day = QDate::fromString(iso, Qt::ISODate);
            for (size_t m = 0; m < firstDays.size(); ++m)
                if (day.year() == firstDays[m].year() && day.month() == firstDays[m].month())
                    ++counts[m];
        }
        months.series << i.name;
        months.values.push_back(counts);
    }
    chart(months);

    m_builder->subheading(tr("Attendance by sector"));
    ReportChart sectors;
    sectors.title = tr("Attendance at meetings held, by sector");
    sectors.layout = ReportChart::Layout::StackedRows;
    sectors.series << tr("Present") << tr("Excused") << tr("Absent");
    sectors.values.resize(3);
    rows.clear();
    for (const SectorFigures& s : m_f.sectors) {
        if (s.turnout.expected() == 0)
            continue;
        rows.push_back(turnoutRow(s.label, s.turnout));
        sectors.categories << s.label;
        sectors.values[0].push_back(s.turnout.present);
        sectors.values[1].push_back(s.turnout.excused);
        sectors.values[2].push_back(s.turnout.absent);
    }
    if (rows.empty())
        note(tr("Nobody was expected at a meeting held during the period."));
    else
        table({{tr("Sector"), 48}, {tr("Present"), 13}, {tr("Excused"), 13}, {tr("Absent"), 13}, {tr("Rate"), 13}},
                         rows);
    chart(sectors);

    m_builder->subheading(tr("Participation of the four pillars"));
    m_builder->paragraph(tr("Elected officials, psychiatry, users and carers: the four pillars of a local mental "
                            "health council."));
    rows.clear();
    for (const PillarFigures& p : m_f.pillars) {
        QStringList row = turnoutRow(labelOf(p.pillar), p.turnout);
        row.insert(1, N::integer(p.contacts));
        rows.push_back(row);
    }
    table({{tr("Pillar"), 32},
                      {tr("Contacts"), 13},
                      {tr("Present"), 13},
                      {tr("Excused"), 14},
                      {tr("Absent"), 14},
                      {tr("Rate"), 14}},
                     rows);
    instanceDetails();
}

void ReportComposer::instanceDetails()
{
    if (condensed())
        return;
    const Pillar pillars[] = {Pillar::Elected, Pillar::Psychiatry, Pillar::User, Pillar::Carer};
    for (const InstanceFigures& i : m_f.instances) {
        if (i.held == 0)
            continue;
        m_builder->subheading(i.name + QStringLiteral(" — ") + labelOf(i.kind));
        QStringList dates;
        for (const QString& iso : i.meetingDates)
            dates << DocumentText::shortDate(QDate::fromString(iso, Qt::ISODate));
        m_builder->field(tr("Meetings held"), dates.join(u", "));
        QStringList present;
        for (int p = 0; p < 4; ++p)
            if (i.pillarPresent[p])
                present << labelOf(pillars[p]);
        m_builder->field(tr("Pillars present"), present.isEmpty() ? tr("none") : present.join(u", "));
        std::vector<QStringList> rows;
        for (const auto& [code, turnout] : i.sectorTurnout)
            rows.push_back(turnoutRow(tr("Sector: %1").arg(sectorLabel(code)), turnout));
        for (const auto& [code, turnout] : i.pillarTurnout)
            rows.push_back(turnoutRow(tr("Pillar: %1").arg(pillarLabel(code)), turnout));
        if (!rows.empty())
            table({{tr("Attendance"), 48}, {tr("Present"), 13}, {tr("Excused"), 13}, {tr("Absent"), 13},
                              {tr("Rate"), 13}},
                             rows, {0, 8.5});
    }
}

void ReportComposer::network()
{
    chapter(m_chapter++);
    m_builder->field(tr("Active partner organisations"), N::integer(m_f.activeOrganisations));
    m_builder->field(tr("Active contacts"), N::integer(m_f.activeContacts));
    m_builder->field(tr("Organisations seen for the first time"), N::integer(m_f.newOrganisations));
    m_builder->field(tr("Partners not seen for twelve months"), N::integer(m_f.organisationsNotSeen));
    std::vector<QStringList> rows;
    for (const SectorFigures& s : m_f.sectors) {
        if (s.organisations == 0 && s.turnout.expected() == 0)
            continue;
        rows.push_back({s.label, N::integer(s.organisations), N::integer(s.newcomers), N::percent(s.turnout.rate())});
    }
    m_builder->subheading(tr("Organisations by sector"));
    if (rows.empty())
        note(tr("No partner organisation is recorded."));
    else
        table({{tr("Sector"), 46}, {tr("Organisations"), 18}, {tr("Newcomers"), 18}, {tr("Attendance"), 18}},
                         rows);
    m_builder->subheading(tr("People by pillar"));
    rows.clear();
    for (const PillarFigures& p : m_f.pillars)
        rows.push_back({labelOf(p.pillar), N::integer(p.contacts)});
    table({{tr("Pillar"), 60}, {tr("Active contacts"), 40}}, rows);
    networkMap();
}

void ReportComposer::networkMap()
{
    const ReportNetwork& network = m_content.network;
    if (m_content.severalCouncils()) {
        m_builder->subheading(tr("Each council's network"));
        std::vector<QStringList> rows;
        for (const CouncilNetworkFigures& c : network.councils)
            rows.push_back({c.council, N::integer(c.organisations), N::integer(c.links),
                            N::percent(c.organisations > 1 ? std::optional<double>(c.density * 100) : std::nullopt),
                            N::integer(c.sectors), c.hub});
        table({{tr("Council"), 22},
               {tr("Linked organisations"), 17},
               {tr("Links"), 10},
               {tr("Density"), 10},
               {tr("Sectors"), 10},
               {tr("Best connected partner"), 31}},
              rows, {0, 8});
        note(tr("Density: the share of the possible links between the council's organisations that exist. The map "
                "of each council's network is in its own report."));
        return;
    }
    if (!network.map)
        return;
    const NetworkGraph& graph = network.map->graph;
    if (graph.nodes.empty()) {
        m_builder->subheading(tr("Network map"));
        note(tr("No link between partners was recorded during the period, so there is no map to draw."));
        return;
    }
    // The table first: it fits under the sector tables, and the map gets a page of its own.
    m_builder->subheading(tr("Best connected partners"));
    std::vector<int> order(graph.nodes.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const NetworkNode& x = graph.nodes[size_t(a)];
        const NetworkNode& y = graph.nodes[size_t(b)];
        return x.degree != y.degree ? x.degree > y.degree : x.participation > y.participation;
    });
    std::vector<QStringList> rows;
    for (size_t i = 0; i < order.size() && i < 10; ++i) {
        const NetworkNode& node = graph.nodes[size_t(order[i])];
        rows.push_back({node.name, node.sectorLabel, N::integer(node.degree), N::integer(node.participation),
                        N::integer(qint64(node.sheets.size()))});
    }
    table({{tr("Organisation"), 36},
           {tr("Sector"), 22},
           {tr("Partners linked"), 14},
           {tr("Meetings attended"), 14},
           {tr("Action sheets"), 14}},
          rows);

    m_builder->subheading(tr("Network map"));
    pageBreakBefore();
    ReportChart map;
    map.title = tr("The partner network from %1 to %2")
                    .arg(DocumentText::shortDate(m_f.period.from), DocumentText::shortDate(m_f.period.to));
    map.network = network.map;
    chart(map);
    note(tr("%n link(s) between %1 organisations. Two organisations are linked when they sit in the same "
            "instance, lead or partner the same action sheet, or attended the same meeting; the line thickens "
            "with the number of such ties. Disc size: meetings attended; colour: sector (number of organisations "
            "in brackets). The %2 most present organisations are named.",
            nullptr, int(graph.edges.size()))
             .arg(N::integer(qint64(graph.nodes.size())))
             .arg(std::min<int>(ReportNetworkMap::kLabels, int(graph.nodes.size()))));
}

} // namespace maillage
