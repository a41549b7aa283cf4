// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Contact.h"
#include "core/domain/Event.h"
#include "core/domain/Instance.h"
#include "core/util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace maillage {

class Database;

/// The period a report covers: a calendar year or a custom range, both days included.
struct ReportPeriod {
    QDate from;
    QDate to;

    static ReportPeriod year(int year) { return {QDate(year, 1, 1), QDate(year, 12, 31)}; }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

/// Present out of expected, for a rate.
struct Turnout {
    int present = 0;  ///< present or represented
    int excused = 0;
    int absent = 0;
    int expected() const { return present + excused + absent; }
    /// 0–100, or nullopt when nobody was expected.
    std::optional<double> rate() const;
};

struct InstanceFigures {
    qint64 id = 0;
    QString name;
    InstanceKind kind = InstanceKind::Other;
    int held = 0;
    int cancelled = 0;
    int planned = 0; ///< still to come within the period
    int decisions = 0;
    QStringList meetingDates; ///< ISO dates of the meetings held
    Turnout turnout;
    /// The four CLSM pillars (elected, psychiatry, users, carers): present at least once?
    bool pillarPresent[4] = {false, false, false, false};
    std::map<QString, Turnout> sectorTurnout; ///< sector code ("" without sector) → attendance
    std::map<QString, Turnout> pillarTurnout; ///< pillar code → attendance
};

/// A council's identity card as it stood during the period.
struct CouncilProfile {
    qint64 id = 0;
    QString name;
    QString kind; ///< code of CouncilKind
    QDate createdOn;
    QString chairs;
    QString coordinatorName;
    QString coordinatorEmployer;
    int coordinatorFtePercent = 0;
    QString conventions;
    QStringList funders;
    QStringList communes;
    qint64 population = 0;
    int priorityNeighbourhoods = 0;
    QStringList psychiatricSectors;
};

/// A meeting of the period, for the calendar in the annexes.
struct MeetingEntry {
    QDate date;
    QString instance;
    QString title;
    QString status; ///< code of MeetingStatus
};

/// A member of an instance during the period.
struct MemberEntry {
    QString instance;
    QString name;
    QString organisation;
    QString role; ///< code of MemberRole
};

struct IndicatorEntry {
    QString name;
    QString unit;
    std::optional<double> target;
    std::optional<double> achieved; ///< the last value recorded in the period's years
};

/// A fiche action of the councils' plans, with its indicators and its budget over the period's years.
struct SheetEntry {
    QString axis;
    QString code;
    QString title;
    QString status; ///< code of SheetStatus
    std::vector<IndicatorEntry> indicators;
    qint64 plannedCents = 0;
    qint64 obtainedCents = 0;
    qint64 spentCents = 0;
};

struct EventEntry {
    QDate date;
    EventKind kind = EventKind::Other;
    QString title;
    int participants = 0;
    int peopleTrained = 0;
    int partners = 0;
};

struct SectorFigures {
    QString code;
    QString label;
    int organisations = 0; ///< active partner organisations of the sector
    int newcomers = 0;     ///< first seen at a meeting during the period
    Turnout turnout;
};

struct PillarFigures {
    Pillar pillar = Pillar::Professional;
    int contacts = 0;
    Turnout turnout;
};

struct FunderFigures {
    QString funder;
    qint64 plannedCents = 0;
    qint64 obtainedCents = 0;
    qint64 spentCents = 0;
};

struct EventKindFigures {
    EventKind kind = EventKind::Other;
    int events = 0;
    int participants = 0;
    int peopleTrained = 0;
};

/// Every figure the activity report shows, computed once for the report, `maillage stats`
/// and the indicator export. Situations are aggregates only: counts under 5 are hidden.
struct ReportFigures {
    ReportPeriod period;
    QStringList councils;
    // Identity card
    int communes = 0;
    qint64 population = 0;
    int priorityNeighbourhoods = 0;
    int psychiatricSectors = 0;
    int coordinatorFtePercent = 0;
    QStringList funders;
    // Governance
    std::vector<InstanceFigures> instances;
    int meetingsHeld = 0;
    int meetingsCancelled = 0;
    int decisions = 0;
    int followUpsCreated = 0;
    int followUpsDone = 0;
    int followUpsOverdue = 0; ///< open at the end of the period, due before it
    Turnout turnout;
    // Network
    int activeOrganisations = 0;
    int activeContacts = 0;
    int newOrganisations = 0;
    int organisationsNotSeen = 0; ///< active, seen before, not at any meeting in the 12 months to the period's end
    std::vector<SectorFigures> sectors;
    std::vector<PillarFigures> pillars;
    // Action plan
    int sheets = 0;
    std::vector<std::pair<QString, int>> sheetsByStatus; ///< status code → count
    std::vector<FunderFigures> budget;                   ///< budget lines of the period's years
    // Events
    std::vector<EventKindFigures> events;
    // Situations (cellule): hidden (nullopt) when fewer than 5
    std::optional<int> situationsExamined;
    std::optional<int> situationsOpened;
    std::optional<int> situationsClosed;
    // Details the report lists (computed by the same call).
    std::vector<CouncilProfile> identities;
    std::vector<MeetingEntry> calendar;
    std::vector<MemberEntry> members;
    std::vector<SheetEntry> actionSheets;
    std::vector<EventEntry> eventList;

    static constexpr int kSmallCount = 5;
    /// A count as shown: nullopt when 0 < count < 5.
    static std::optional<int> masked(int count);
    bool hasActivity() const { return meetingsHeld > 0 || !events.empty(); }
};

/// Computes the figures of a period for some councils (all when councilIds is empty).
/// details false: without the lists of computeReportDetails (a council's line in a comparison needs none).
Result<ReportFigures> computeReportFigures(Database& db, const ReportPeriod& period,
                                           const std::vector<qint64>& councilIds = {}, bool details = true);
/// The report's lists (identity cards, calendar, members, fiches, events): part of computeReportFigures.
Status computeReportDetails(Database& db, ReportFigures& figures, const std::vector<qint64>& councilIds);
/// The figures as JSON (what `maillage stats --json` prints).
QJsonObject reportFiguresJson(const ReportFigures& figures);
/// Adds the report's lists to the JSON of reportFiguresJson.
void addReportDetailsJson(const ReportFigures& figures, QJsonObject& json);

} // namespace maillage
