// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Meeting.h"
#include "core/util/Result.h"

#include <QDateTime>

namespace maillage {

class Database;

/// A new planned meeting of the same instance at newStart, prepared like the original: title, place,
/// agenda and expected attendance, distribution list. Nothing of what happened (minutes, decisions,
/// follow-ups, who came) is copied. Saved in one transaction; returns the new meeting.
Result<Meeting> duplicateMeeting(Database& db, qint64 meetingId, const QDateTime& newStart);

} // namespace maillage
