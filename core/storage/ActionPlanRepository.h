// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>
#include <vector>

namespace maillage {

class Database;

enum class ActionSheetSort { Code, Title, Status };

/// Which fiches actions listSheets() returns. Empty fields do not filter.
struct ActionSheetFilter
{
    qint64 planId = 0;
    qint64 axisId = 0;
    std::optional<SheetStatus> status;
    QString text; ///< in the code or the title, ignoring case and accents
    ActionSheetSort sort = ActionSheetSort::Code;
    bool descending = false;
    bool withDetails = false; ///< load partners, history, milestones, budget and indicators too
    int limit = 0;
    int offset = 0;
};

/// A meeting linked to a fiche action (read-only summary for the fiche).
struct SheetMeetingRow
{
    qint64 meetingId = 0;
    QDateTime startsAt;
    QString title;
    QString instanceName;
    QString status; ///< MeetingStatus code
};

struct SheetFollowUpRow
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QString text;
    QDate dueOn;
    QString status; ///< FollowUpStatus code
};

struct SheetEventRow
{
    qint64 id = 0;
    QString title;
    QString kind; ///< EventKind code
    QDate startsOn;
    int participants = 0;
};

/// Everything of the council's work that refers to one fiche action.
struct SheetLinks
{
    std::vector<SheetMeetingRow> meetings;
    std::vector<SheetFollowUpRow> followUps;
    std::vector<SheetEventRow> events;
};

/// The action plan of a council: plans, their axes (ordered by position) and the fiches actions,
/// each saved whole with its partners, status history, milestones, budget lines and indicators
/// (with their values) in one transaction. A status that differs from the stored one is appended
/// to the history, dated today, unless the caller already added that entry. Indicator values must
/// fall within the plan's years, and values of a locked year cannot be added, changed or removed.
class ActionPlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActionPlanRepository)

public:
    explicit ActionPlanRepository(Database& db);

    Status createPlan(ActionPlan& plan);
    Result<ActionPlan> getPlan(qint64 id) const;
    Status updatePlan(ActionPlan& plan);
    /// Refused (Constraint) while one of its axes still has fiches actions.
    Status removePlan(qint64 id);
    /// The plans of a council (all when 0), most recent first.
    Result<std::vector<ActionPlan>> listPlans(qint64 councilId = 0) const;

    Status createAxis(Axis& axis);
    Result<Axis> getAxis(qint64 id) const;
    Status updateAxis(Axis& axis);
    /// Refused (Constraint) while the axis still has fiches actions.
    Status removeAxis(qint64 id);
    Result<std::vector<Axis>> listAxes(qint64 planId) const;

    Status createSheet(ActionSheet& sheet);
    Result<ActionSheet> getSheet(qint64 id) const;
    Status updateSheet(ActionSheet& sheet);
    /// Deletes the fiche; the meetings linked to it keep a line "Fiche action CODE « title » (deleted)"
    /// appended to their notes, in the same transaction.
    Status removeSheet(qint64 id);
    Result<std::vector<ActionSheet>> listSheets(const ActionSheetFilter& filter = {}) const;
    int countSheets(const ActionSheetFilter& filter = {}) const;

    /// The plan a fiche belongs to (through its axis).
    Result<ActionPlan> planOfAxis(qint64 axisId) const;

    /// A reported year: its indicator values no longer change. Refused outside the plan's years.
    Status lockYear(qint64 planId, int year);
    Status unlockYear(qint64 planId, int year);
    Result<QList<int>> lockedYears(qint64 planId) const;

    /// Meetings that worked on a fiche; linking twice is harmless.
    Status linkMeeting(qint64 sheetId, qint64 meetingId);
    Status unlinkMeeting(qint64 sheetId, qint64 meetingId);
    /// Linked meetings (by date), follow-ups and events pointing to the fiche.
    Result<SheetLinks> linksOf(qint64 sheetId) const;

private:
    Status checkValues(const ActionSheet& sheet, bool isNew) const;
    Status writeSheet(ActionSheet& sheet, bool isNew);

    Database& m_db;
};

} // namespace maillage
