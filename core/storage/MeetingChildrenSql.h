// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Meeting.h"
#include "core/util/Result.h"

namespace maillage {

class Database;
class SqlQuery;

/// The children of a meeting, written and read for MeetingRepository (internal).
namespace meetingsql {

/// Replaces the agenda, attendance, decisions, follow-ups and recipients of a saved meeting.
/// Call inside the meeting's transaction.
Status saveChildren(const Database& db, Meeting& meeting, const QString& now);
/// Loads them, in order.
Status loadChildren(const Database& db, Meeting& meeting);
/// The follow-up columns, for queries that read follow-ups directly.
QString followUpColumns(const QString& alias);
FollowUp readFollowUp(const SqlQuery& query);

} // namespace meetingsql
} // namespace maillage
