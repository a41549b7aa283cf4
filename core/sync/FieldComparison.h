// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Contact.h"
#include "core/domain/Meeting.h"
#include "core/domain/Organisation.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace maillage {
class Database;
}

/// Two users saved the same record: what differs between the version being saved ("mine") and the
/// one stored meanwhile ("theirs"), field by field in the user's words, and the record made of the
/// values the user chose. The widgets only show it; the field list lives here.
namespace maillage::sync {

enum class Side { Mine, Theirs };

/// One field of a record as the user sees it.
struct FieldValue
{
    QString key;     ///< stable: the column ("first_name"), or "agenda_item/12/minutes_html"
    QString label;   ///< translated ("First name", "Minutes of “Welcome”")
    QString display; ///< the value in the user's words ("Yes", "12/03/2026", plain text of rich text)
    QString entity;  ///< where the journal records its changes: table…
    qint64 entityId = 0;
    QStringList columns; ///< …and columns
};

/// Names of the ids a record refers to (sector, contact); empty functions show "#id".
struct Names
{
    std::function<QString(qint64)> sector;
    std::function<QString(qint64)> contact;
};
/// Names read from the database.
Names namesFrom(Database& db);

std::vector<FieldValue> fieldsOf(const Contact& contact, const Names& names = {});
std::vector<FieldValue> fieldsOf(const Organisation& organisation, const Names& names = {});
/// The header (title, date, time, place, status…), the agenda, the minutes of each item, the
/// attendance, the follow-up actions and the distribution list.
std::vector<FieldValue> fieldsOf(const Meeting& meeting, const Names& names = {});

/// A field whose value differs between mine and theirs.
struct FieldDifference
{
    FieldValue mine;
    QString theirs; ///< display of the stored value
    QString base;   ///< display of the value both started from (empty display when unknown)
    bool changedByMe = true;
    bool changedByThem = true;
    Side proposed = Side::Mine; ///< who changed it wins; both: mine
    QString changedBy;          ///< from the change journal, when it knows
    QDateTime changedAt;        ///< UTC
};

struct Comparison
{
    QString recordLabel; ///< "Contact Jeanne Martin"
    QString entity;      ///< the record's table and id, for the journal
    qint64 entityId = 0;
    std::vector<FieldDifference> differences;
    int storedVersion = 0;
    QString lastChangedBy; ///< who saved the stored version, when the journal knows
    QDateTime lastChangedAt;
    bool identical() const { return differences.empty(); }
};

using Choices = QHash<QString, Side>;

/// What differs between mine and theirs; base is the record as it was when the user opened it.
Comparison compare(const Contact& base, const Contact& mine, const Contact& theirs, const Names& names = {});
Comparison compare(const Organisation& base, const Organisation& mine, const Organisation& theirs,
                   const Names& names = {});
Comparison compare(const Meeting& base, const Meeting& mine, const Meeting& theirs, const Names& names = {});

/// Adds who changed each field of theirs, and when, from the change journal.
void attribute(Database& db, Comparison& comparison);

/// The proposed choice of every difference.
Choices proposedChoices(const Comparison& comparison);
/// Every difference taken from one side ("Keep mine", "Take theirs").
Choices allFrom(const Comparison& comparison, Side side);

/// The record to save: theirs (its id and version) with the fields chosen as mine copied from mine.
/// A key missing from choices keeps theirs.
Contact apply(const Contact& mine, const Contact& theirs, const Choices& choices);
Organisation apply(const Organisation& mine, const Organisation& theirs, const Choices& choices);
Meeting apply(const Meeting& mine, const Meeting& theirs, const Choices& choices);

} // namespace maillage::sync
