// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/EnumText.h"
#include "core/domain/Record.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace maillage {

enum class SheetStatus { Planned, InProgress, Done, Suspended, Abandoned };
MAILLAGE_ENUM_ENTRIES(SheetStatus, {SheetStatus::Planned, "planned", QT_TRANSLATE_NOOP("maillage::domain", "Planned")},
                      {SheetStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("maillage::domain", "In progress")},
                      {SheetStatus::Done, "done", QT_TRANSLATE_NOOP("maillage::domain", "Done")},
                      {SheetStatus::Suspended, "suspended", QT_TRANSLATE_NOOP("maillage::domain", "Suspended")},
                      {SheetStatus::Abandoned, "abandoned", QT_TRANSLATE_NOOP("maillage::domain", "Abandoned")})

enum class PartnerRole { CoLead, Funder, Operator, Relay, Partner };
MAILLAGE_ENUM_ENTRIES(PartnerRole,
                      {PartnerRole::CoLead, "co_porteur", QT_TRANSLATE_NOOP("maillage::domain", "Co-lead")},
                      {PartnerRole::Funder, "financeur", QT_TRANSLATE_NOOP("maillage::domain", "Funder")},
                      {PartnerRole::Operator, "operateur", QT_TRANSLATE_NOOP("maillage::domain", "Operator")},
                      {PartnerRole::Relay, "relais", QT_TRANSLATE_NOOP("maillage::domain", "Relay")},
                      {PartnerRole::Partner, "partenaire", QT_TRANSLATE_NOOP("maillage::domain", "Partner")})

enum class IndicatorKind { Process, Outcome };
MAILLAGE_ENUM_ENTRIES(IndicatorKind,
                      {IndicatorKind::Process, "process", QT_TRANSLATE_NOOP("maillage::domain", "Process")},
                      {IndicatorKind::Outcome, "outcome", QT_TRANSLATE_NOOP("maillage::domain", "Outcome")})

/// Where Maillage computes an indicator's value from its own data (None: entered by hand).
enum class ComputedSource { None, MeetingsHeld, PartnersMobilised, EventsHeld, Participants, PeopleTrained };
MAILLAGE_ENUM_ENTRIES(ComputedSource,
                      {ComputedSource::None, "", QT_TRANSLATE_NOOP("maillage::domain", "Entered by hand")},
                      {ComputedSource::MeetingsHeld, "meetings_held",
                       QT_TRANSLATE_NOOP("maillage::domain", "Meetings held by an instance")},
                      {ComputedSource::PartnersMobilised, "partners_mobilised",
                       QT_TRANSLATE_NOOP("maillage::domain", "Partners mobilised")},
                      {ComputedSource::EventsHeld, "events_held", QT_TRANSLATE_NOOP("maillage::domain", "Events held")},
                      {ComputedSource::Participants, "participants",
                       QT_TRANSLATE_NOOP("maillage::domain", "Participants in events")},
                      {ComputedSource::PeopleTrained, "pssm_trained",
                       QT_TRANSLATE_NOOP("maillage::domain", "People trained in mental health first aid (PSSM)")})

/// A multi-year action plan (feuille de route) of a council.
struct ActionPlan : Record
{
    qint64 councilId = 0;
    QString title;
    int firstYear = 0;
    int lastYear = 0;

    bool covers(int year) const { return year >= firstYear && year <= lastYear; }
    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(ActionPlan)
};

struct Axis : Record
{
    qint64 planId = 0;
    int position = 0;
    QString code;
    QString title;
    QString description;

    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(Axis)
};

struct ActionPartner : Record
{
    qint64 actionSheetId = 0;
    qint64 organisationId = 0;
    PartnerRole role = PartnerRole::Partner;
};

struct StatusChange : Record
{
    qint64 actionSheetId = 0;
    SheetStatus status = SheetStatus::Planned;
    QDate changedOn;
    QString comment;
};

struct Milestone : Record
{
    qint64 actionSheetId = 0;
    QString title;
    QDate dueOn;
    QDate doneOn;

    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(Milestone)
};

/// Money is kept in cents: no rounding surprises in totals.
struct BudgetLine : Record
{
    qint64 actionSheetId = 0;
    QString funder; ///< "FIR/ARS", "Commune", "Contrat de ville", "Département", "CAF", "Valorisation"
    int year = 0;
    qint64 plannedCents = 0;
    qint64 obtainedCents = 0;
    qint64 spentCents = 0;

    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(BudgetLine)
};

struct IndicatorValue : Record
{
    qint64 indicatorId = 0;
    QString period; ///< "2025", "2025-S1", "2025-T3"
    double value = 0;
    std::optional<double> target;
    QString breakdown; ///< optional JSON object, e.g. {"sex":{"F":12,"M":9}}; empty when none
};

struct Indicator : Record
{
    qint64 actionSheetId = 0;
    QString name;
    IndicatorKind kind = IndicatorKind::Process;
    QString unit;
    QString dataSource;
    std::optional<double> baseline;
    std::optional<double> target;
    ComputedSource computedSource = ComputedSource::None;
    QString computedScope;   ///< "instance:ID" for MeetingsHeld; empty otherwise
    bool cumulative = false; ///< values add up over the periods (else each is a snapshot)
    std::vector<IndicatorValue> values;

    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(Indicator)
};

/// The year of an indicator period ("2025", "2025-S1", "2025-T3"), or 0 when it is not one.
int periodYear(const QString& period);

/// A fiche action with everything hanging from it.
struct ActionSheet : Record
{
    qint64 axisId = 0;
    QString code; ///< "1.2"
    QString title;
    QString context;
    QString generalObjective;
    QString specificObjectives;    ///< one per line
    qint64 leadOrganisationId = 0; ///< the porteur
    QString targetPublic;
    int expectedReach = 0;
    QString territory;
    QDate startsOn;
    QDate endsOn;
    SheetStatus status = SheetStatus::Planned;
    qint64 carriedFromId = 0; ///< the fiche of a previous plan this one continues

    std::vector<ActionPartner> partners;
    std::vector<StatusChange> history;
    std::vector<Milestone> milestones;
    std::vector<BudgetLine> budget;
    std::vector<Indicator> indicators;

    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(ActionSheet)
};

} // namespace maillage
