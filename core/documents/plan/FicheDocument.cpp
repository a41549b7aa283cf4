// SPDX-License-Identifier: EUPL-1.2
// The fiche action: identification, objectives, partners, calendar, budget, indicators, status history.
#include "core/documents/DocumentText.h"
#include "core/documents/plan/PlanDocument.h"
#include "core/plan/PlanFigures.h"

#include <QLocale>
#include <QTextCursor>

#include <algorithm>
#include <array>
#include <map>

namespace maillage {

QString PlanText::money(qint64 cents)
{
    return QLocale(QLocale::French).toString(double(cents) / 100.0, 'f', 2) + QStringLiteral("\u00a0€");
}

QString PlanText::number(double value)
{
    return QLocale(QLocale::French).toString(value, 'g', 12);
}

QString PlanText::period(const QDate& start, const QDate& end)
{
    if (start.isValid() && end.isValid())
        return DocumentText::shortDate(start) + QStringLiteral(" – ") + DocumentText::shortDate(end);
    if (start.isValid())
        return tr("from %1").arg(DocumentText::shortDate(start));
    if (end.isValid())
        return tr("until %1").arg(DocumentText::shortDate(end));
    return {};
}

QString PlanText::ficheTitle(const ActionSheet& sheet)
{
    return tr("Action sheet %1 — %2").arg(sheet.code, sheet.title);
}

QString PlanText::axisTitle(const Axis& axis)
{
    return axis.code.isEmpty() ? axis.title : tr("Axis %1 — %2").arg(axis.code, axis.title);
}

namespace plandocs {

namespace {

void anchorLast(QTextDocument& document, const QString& key, bool pageBreak)
{
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat format;
    format.setProperty(kAnchorProperty, key);
    if (pageBreak)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.mergeBlockFormat(format);
}

void identification(DocumentBuilder& b, const PlanDossier& dossier, const ActionSheet& sheet)
{
    b.heading(PlanText::tr("Identification"));
    b.field(PlanText::tr("Code"), sheet.code);
    if (const Axis* axis = dossier.axisOf(sheet))
        b.field(PlanText::tr("Axis"), PlanText::axisTitle(*axis));
    b.field(PlanText::tr("Lead organisation"), dossier.organisationName(sheet.leadOrganisationId));
    b.field(PlanText::tr("Status"), labelOf(sheet.status));
    b.field(PlanText::tr("Period"), PlanText::period(sheet.startsOn, sheet.endsOn));
    b.field(PlanText::tr("Territory"), sheet.territory);
    b.field(PlanText::tr("Target public"), sheet.targetPublic);
    if (sheet.expectedReach > 0)
        b.field(PlanText::tr("Expected number of people"), QString::number(sheet.expectedReach));
}

void objectives(DocumentBuilder& b, const ActionSheet& sheet)
{
    if (!sheet.context.trimmed().isEmpty()) {
        b.heading(PlanText::tr("Context"));
        b.paragraph(sheet.context.trimmed());
    }
    b.heading(PlanText::tr("Objectives"));
    b.field(PlanText::tr("General objective"), sheet.generalObjective.trimmed());
    const QStringList specific = sheet.specificObjectives.split(u'\n', Qt::SkipEmptyParts);
    if (sheet.generalObjective.trimmed().isEmpty() && specific.isEmpty())
        b.paragraph(PlanText::tr("Not described yet."));
    if (!specific.isEmpty()) {
        b.paragraph(PlanText::tr("Specific objectives:"), true);
        QStringList items;
        for (const QString& line : specific)
            items << line.trimmed();
        b.bullets(items);
    }
}

void partners(DocumentBuilder& b, const PlanDossier& dossier, const ActionSheet& sheet)
{
    b.heading(PlanText::tr("Partners"));
    if (sheet.partners.empty()) {
        b.paragraph(PlanText::tr("No partner recorded."));
        return;
    }
    std::vector<QStringList> rows;
    for (const ActionPartner& partner : sheet.partners)
        rows.push_back({dossier.organisationName(partner.organisationId), labelOf(partner.role)});
    b.table({{PlanText::tr("Organisation"), 70}, {PlanText::tr("Role"), 30}}, rows);
}

void calendar(DocumentBuilder& b, const ActionSheet& sheet)
{
    b.heading(PlanText::tr("Calendar and milestones"));
    b.field(PlanText::tr("Start"), DocumentText::shortDate(sheet.startsOn));
    b.field(PlanText::tr("End"), DocumentText::shortDate(sheet.endsOn));
    if (!sheet.startsOn.isValid() && !sheet.endsOn.isValid() && sheet.milestones.empty())
        b.paragraph(PlanText::tr("No date set yet."));
    if (sheet.milestones.empty())
        return;
    std::vector<Milestone> sorted = sheet.milestones;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Milestone& a, const Milestone& b) { return a.dueOn < b.dueOn; });
    std::vector<QStringList> rows;
    for (const Milestone& m : sorted)
        rows.push_back({m.title, DocumentText::shortDate(m.dueOn),
                        m.doneOn.isValid() ? DocumentText::shortDate(m.doneOn) : PlanText::tr("to come")});
    b.table({{PlanText::tr("Milestone"), 56}, {PlanText::tr("Due"), 22}, {PlanText::tr("Reached"), 22}}, rows);
}

void budget(DocumentBuilder& b, const ActionSheet& sheet)
{
    b.heading(PlanText::tr("Budget"));
    if (sheet.budget.empty()) {
        b.paragraph(PlanText::tr("No budget line."));
        return;
    }
    std::vector<BudgetLine> lines = sheet.budget;
    std::stable_sort(lines.begin(), lines.end(), [](const BudgetLine& a, const BudgetLine& b) {
        return a.funder != b.funder ? a.funder < b.funder : a.year < b.year;
    });
    std::vector<QStringList> rows;
    qint64 planned = 0, obtained = 0, spent = 0;
    std::map<int, std::array<qint64, 3>> byYear;
    for (const BudgetLine& line : lines) {
        rows.push_back({line.funder, QString::number(line.year), PlanText::money(line.plannedCents),
                        PlanText::money(line.obtainedCents), PlanText::money(line.spentCents)});
        planned += line.plannedCents;
        obtained += line.obtainedCents;
        spent += line.spentCents;
        auto& year = byYear[line.year];
        year[0] += line.plannedCents;
        year[1] += line.obtainedCents;
        year[2] += line.spentCents;
    }
    if (byYear.size() > 1)
        for (const auto& [year, sums] : byYear)
            rows.push_back({PlanText::tr("Total %1").arg(year), QString(), PlanText::money(sums[0]),
                            PlanText::money(sums[1]), PlanText::money(sums[2])});
    rows.push_back({PlanText::tr("Total"), QString(), PlanText::money(planned), PlanText::money(obtained),
                    PlanText::money(spent)});
    b.table({{PlanText::tr("Funder"), 28},
             {PlanText::tr("Year"), 12},
             {PlanText::tr("Planned"), 20},
             {PlanText::tr("Obtained"), 20},
             {PlanText::tr("Spent"), 20}},
            rows);
}

QString optionalNumber(const std::optional<double>& value)
{
    return value ? PlanText::number(*value) : QStringLiteral("—");
}

void indicators(DocumentBuilder& b, const PlanDossier& dossier, const ActionSheet& sheet)
{
    b.heading(PlanText::tr("Indicators"));
    b.keepRoomAfter(45); // with the first indicator's name and fields, not alone at the foot of a page
    if (sheet.indicators.empty()) {
        b.paragraph(PlanText::tr("No indicator."));
        return;
    }
    for (const Indicator& indicator : sheet.indicators) {
        b.subheading(indicator.name);
        b.field(PlanText::tr("Kind"), labelOf(indicator.kind));
        b.field(PlanText::tr("Unit"), indicator.unit);
        b.field(PlanText::tr("Data source"), indicator.dataSource);
        b.field(PlanText::tr("Baseline"), indicator.baseline ? PlanText::number(*indicator.baseline) : QString());
        b.field(PlanText::tr("Target"), indicator.target ? PlanText::number(*indicator.target) : QString());
        if (indicator.computedSource != ComputedSource::None)
            b.field(PlanText::tr("Computed by Maillage from"), labelOf(indicator.computedSource));
        const plan::IndicatorStanding standing = plan::indicatorStanding(indicator);
        if (standing.ratio && standing.current)
            b.field(PlanText::tr("Against target"), PlanText::tr("%1 of %2 (%3 %)")
                                                        .arg(PlanText::number(*standing.current),
                                                             PlanText::number(*standing.target))
                                                        .arg(qRound(*standing.ratio * 100)));
        if (indicator.values.empty())
            continue;
        std::vector<IndicatorValue> values = indicator.values;
        std::stable_sort(values.begin(), values.end(), [](const IndicatorValue& x, const IndicatorValue& y) {
            return plan::periodBefore(x.period, y.period);
        });
        const bool brokenDown = std::any_of(values.begin(), values.end(),
                                            [](const IndicatorValue& v) { return !v.breakdown.trimmed().isEmpty(); });
        std::vector<QStringList> rows;
        for (const IndicatorValue& value : values) {
            rows.push_back({value.period, PlanText::number(value.value), optionalNumber(value.target)});
            if (brokenDown)
                rows.back() << plan::Breakdown::summary(value.breakdown, dossier.breakdownDimensions);
        }
        if (brokenDown)
            b.table({{PlanText::tr("Period"), 14},
                     {PlanText::tr("Value"), 13},
                     {PlanText::tr("Target"), 13},
                     {PlanText::tr("Breakdown"), 60}},
                    rows);
        else
            b.table({{PlanText::tr("Period"), 40}, {PlanText::tr("Value"), 30}, {PlanText::tr("Target"), 30}}, rows);
    }
}

void history(DocumentBuilder& b, const ActionSheet& sheet)
{
    b.heading(PlanText::tr("Status history"));
    if (sheet.history.empty()) {
        b.paragraph(PlanText::tr("No change recorded."));
        return;
    }
    std::vector<StatusChange> changes = sheet.history;
    std::stable_sort(changes.begin(), changes.end(),
                     [](const StatusChange& a, const StatusChange& b) { return a.changedOn < b.changedOn; });
    std::vector<QStringList> rows;
    for (const StatusChange& change : changes)
        rows.push_back({DocumentText::shortDate(change.changedOn), labelOf(change.status), change.comment});
    b.table({{PlanText::tr("Date"), 18}, {PlanText::tr("Status"), 22}, {PlanText::tr("Comment"), 60}}, rows);
}

} // namespace

void buildFiche(DocumentBuilder& builder, QTextDocument& document, const PlanDossier& dossier,
                const ActionSheet& sheet, bool inBooklet)
{
    if (inBooklet) {
        builder.heading(PlanText::ficheTitle(sheet));
        anchorLast(document, QStringLiteral("fiche:") + sheet.code, true);
    } else {
        QStringList subtitles{dossier.plan.title};
        if (const Axis* axis = dossier.axisOf(sheet))
            subtitles << PlanText::axisTitle(*axis);
        builder.titleBlock(PlanText::ficheTitle(sheet), subtitles);
    }
    identification(builder, dossier, sheet);
    objectives(builder, sheet);
    partners(builder, dossier, sheet);
    calendar(builder, sheet);
    budget(builder, sheet);
    indicators(builder, dossier, sheet);
    history(builder, sheet);
}

PlanDocument ficheDocument(const PlanDossier& dossier, const ActionSheet& sheet)
{
    PlanDocument document;
    document.text = std::make_unique<QTextDocument>();
    DocumentBuilder builder(*document.text);
    buildFiche(builder, *document.text, dossier, sheet, false);
    document.decoration.councilName = dossier.councilName();
    document.decoration.documentTitle = PlanText::tr("Action sheet %1").arg(sheet.code);
    document.decoration.footerText = dossier.plan.title;
    return document;
}

} // namespace plandocs

} // namespace maillage
