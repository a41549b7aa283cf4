// SPDX-License-Identifier: EUPL-1.2
// Chapters 5 to 9 of the report: action plan, flagship actions, situations cell, review, appendices.
#include "core/documents/report/ReportComposer.h"

#include "core/documents/DocumentText.h"
#include "core/documents/report/ReportNumbers.h"
#include "core/domain/ActionPlan.h"
#include "core/domain/Instance.h"
#include "core/domain/Meeting.h"

namespace maillage {

namespace N = reportNumbers;

namespace {

QString statusLabel(const QString& code)
{
    return labelOf(fromCode(code, SheetStatus::Planned));
}

bool reached(const IndicatorEntry& i)
{
    return i.target && i.achieved && *i.achieved >= *i.target;
}

} // namespace

void ReportComposer::actionPlan()
{
    chapter(m_chapter++);
    if (m_f.actionSheets.empty()) {
        note(tr("No action plan is recorded for these councils."));
    } else if (condensed()) {
        m_builder->paragraph(tr("%n action sheet(s) in the councils' plans.", nullptr, int(m_f.actionSheets.size())));
        condensedNote();
    } else {
        QString axis;
        std::vector<QStringList> rows;
        auto flush = [&] {
            if (rows.empty())
                return;
            m_builder->subheading(axis);
            table({{tr("Code"), 8},
                              {tr("Action sheet"), 31},
                              {tr("Status"), 12},
                              {tr("Indicators"), 13},
                              {tr("Planned"), 12},
                              {tr("Obtained"), 12},
                              {tr("Spent"), 12}},
                             rows, {0, 8.5});
            rows.clear();
        };
        for (const SheetEntry& s : m_f.actionSheets) {
            if (s.axis != axis) {
                flush();
                axis = s.axis;
            }
            const auto hit = std::count_if(s.indicators.begin(), s.indicators.end(), reached);
            rows.push_back({s.code, s.title, statusLabel(s.status),
                            s.indicators.empty() ? QStringLiteral("–")
                                                 : QStringLiteral("%1 / %2").arg(hit).arg(s.indicators.size()),
                            N::money(s.plannedCents), N::money(s.obtainedCents), N::money(s.spentCents)});
        }
        flush();
        note(tr("Indicators: how many of the sheet's indicators reached their target. Every indicator, target and "
                "achieved, is in the appendices."));
    }
    ReportChart statuses;
    statuses.title = tr("Action sheets by status");
    statuses.layout = ReportChart::Layout::StackedRows;
    statuses.values.resize(1);
    for (const auto& [code, count] : m_f.sheetsByStatus) {
        statuses.categories << statusLabel(code);
        statuses.values[0].push_back(count);
    }
    chart(statuses);

    m_builder->subheading(tr("Budget by funder"));
    if (m_f.budget.empty()) {
        note(tr("No budget line is recorded for the period."));
        return;
    }
    std::vector<QStringList> rows;
    FunderFigures total;
    ReportChart budget;
    budget.title = tr("Budget by funder");
    budget.layout = ReportChart::Layout::GroupedRows;
    budget.money = true;
    budget.series << tr("Planned") << tr("Obtained") << tr("Spent");
    budget.values.resize(3);
    for (const FunderFigures& b : m_f.budget) {
        rows.push_back({b.funder, N::money(b.plannedCents), N::money(b.obtainedCents), N::money(b.spentCents)});
        total.plannedCents += b.plannedCents;
        total.obtainedCents += b.obtainedCents;
        total.spentCents += b.spentCents;
        budget.categories << b.funder;
        budget.values[0].push_back(double(b.plannedCents));
        budget.values[1].push_back(double(b.obtainedCents));
        budget.values[2].push_back(double(b.spentCents));
    }
    rows.push_back(
        {tr("Total"), N::money(total.plannedCents), N::money(total.obtainedCents), N::money(total.spentCents)});
    table({{tr("Funder"), 40}, {tr("Planned"), 20}, {tr("Obtained"), 20}, {tr("Spent"), 20}}, rows);
    chart(budget);
}

void ReportComposer::highlights()
{
    chapter(m_chapter++);
    auto figuresOf = [&](EventKind kind) {
        for (const EventKindFigures& e : m_f.events)
            if (e.kind == kind)
                return e;
        return EventKindFigures{kind, 0, 0, 0};
    };
    auto listOf = [&](auto keep) {
        std::vector<const EventEntry*> list;
        for (const EventEntry& e : m_f.eventList)
            if (keep(e.kind))
                list.push_back(&e);
        return list;
    };

    m_builder->subheading(labelOf(EventKind::Sism));
    const EventKindFigures sism = figuresOf(EventKind::Sism);
    const auto sismList = listOf([](EventKind k) { return k == EventKind::Sism; });
    if (sismList.empty()) {
        note(tr("No event of the mental health information weeks during the period."));
    } else {
        int partners = 0;
        std::vector<QStringList> rows;
        for (const EventEntry* e : sismList) {
            partners += e->partners;
            rows.push_back({DocumentText::shortDate(e->date), e->title, N::integer(e->participants),
                            N::integer(e->partners)});
        }
        m_builder->paragraph(tr("%n event(s), %1 participant(s), %2 partner contribution(s).", nullptr, sism.events)
                                 .arg(N::integer(sism.participants), N::integer(partners)));
        table({{tr("Date"), 14}, {tr("Event"), 54}, {tr("Participants"), 16}, {tr("Partners"), 16}}, rows);
    }

    m_builder->subheading(labelOf(EventKind::PssmTraining));
    const EventKindFigures pssm = figuresOf(EventKind::PssmTraining);
    const auto pssmList = listOf([](EventKind k) { return k == EventKind::PssmTraining; });
    if (pssmList.empty()) {
        note(tr("No mental health first aid training during the period."));
    } else {
        std::vector<QStringList> rows;
        for (const EventEntry* e : pssmList)
            rows.push_back({DocumentText::shortDate(e->date), e->title, N::integer(e->peopleTrained)});
        m_builder->paragraph(tr("%n training session(s), %1 people trained.", nullptr, pssm.events)
                                 .arg(N::integer(pssm.peopleTrained)));
        table({{tr("Date"), 14}, {tr("Training"), 66}, {tr("People trained"), 20}}, rows);
    }

    m_builder->subheading(tr("Other events"));
    const auto others =
        listOf([](EventKind k) { return k != EventKind::Sism && k != EventKind::PssmTraining; });
    if (others.empty()) {
        note(tr("No other event during the period."));
    } else {
        std::vector<QStringList> rows;
        for (const EventEntry* e : others)
            rows.push_back({DocumentText::shortDate(e->date), labelOf(e->kind), e->title, N::integer(e->participants)});
        table({{tr("Date"), 14}, {tr("Kind"), 22}, {tr("Event"), 46}, {tr("Participants"), 18}}, rows);
    }
}

void ReportComposer::situations()
{
    chapter(m_chapter++);
    m_builder->paragraph(tr("The cell examines complex situations with the people's consent. Only totals are shown, "
                            "and counts under five are hidden to protect the people concerned."));
    const bool none = m_f.situationsExamined == 0;
    if (none) {
        note(tr("No situation was examined during the period."));
        return;
    }
    table({{tr("Situations"), 70}, {tr("Number"), 30}},
                     {{tr("Examined during the period"), N::masked(m_f.situationsExamined)},
                      {tr("Opened during the period"), N::masked(m_f.situationsOpened)},
                      {tr("Closed during the period"), N::masked(m_f.situationsClosed)}});
}

void ReportComposer::review()
{
    chapter(m_chapter++);
    for (ReportSection section : {ReportSection::Strengths, ReportSection::Obstacles, ReportSection::Levers,
                                  ReportSection::Perspectives}) {
        m_builder->subheading(labelOf(section));
        freeText(section);
    }
}

void ReportComposer::condensedNote()
{
    note(tr("With more than %1 councils, the lists by instance, by action sheet, of members and of meetings are "
            "left to each council's own report; the comparison table gives each council's figures.")
             .arg(kDetailedCouncils));
}

void ReportComposer::annexes()
{
    chapter(m_chapter++);
    if (condensed()) {
        condensedNote();
        return;
    }
    m_builder->subheading(tr("Members of the instances"));
    std::vector<QStringList> rows;
    for (const MemberEntry& m : m_f.members)
        rows.push_back({m.instance, m.name.isEmpty() ? m.organisation : m.name, m.name.isEmpty() ? QString() : m.organisation,
                        labelOf(fromCode(m.role, MemberRole::Member))});
    if (rows.empty())
        note(tr("No member is recorded."));
    else
        table({{tr("Instance"), 26}, {tr("Member"), 26}, {tr("Organisation"), 34}, {tr("Role"), 14}}, rows,
                         {0, 8});

    m_builder->subheading(tr("Calendar of the meetings"));
    rows.clear();
    for (const MeetingEntry& m : m_f.calendar)
        rows.push_back({DocumentText::shortDate(m.date), m.instance, m.title,
                        labelOf(fromCode(m.status, MeetingStatus::Planned))});
    if (rows.empty())
        note(tr("No meeting during the period."));
    else
        table({{tr("Date"), 13}, {tr("Instance"), 27}, {tr("Subject"), 45}, {tr("Status"), 15}}, rows,
                         {0, 8});

    m_builder->subheading(tr("Indicators"));
    rows.clear();
    for (const SheetEntry& s : m_f.actionSheets)
        for (const IndicatorEntry& i : s.indicators)
            rows.push_back({s.code, i.name, N::optional(i.target), N::optional(i.achieved), i.unit});
    if (rows.empty())
        note(tr("No indicator is recorded."));
    else
        table({{tr("Sheet"), 9}, {tr("Indicator"), 49}, {tr("Target"), 12}, {tr("Achieved"), 12},
                          {tr("Unit"), 18}},
                         rows, {0, 8});
}

} // namespace maillage
