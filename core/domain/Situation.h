// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Record.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace maillage {

/// A situation examined by the cellule de situations complexes. Pseudonymous by design:
/// there is no field for a name, and free texts are limited to categories and outcome.
struct Situation : Record {
    qint64 councilId = 0;
    QString pseudonym; ///< "SIT-2026-014"
    QString referralSector;
    QDate openedOn;
    QDate lastContactOn;
    QStringList categories;
    QString outcome;
    QDate consentOn;
    QString consentHow;
    QString consentScope;
    QDate closedOn;
    std::vector<QDate> reviewDates;

    /// Two years after the last contact the record is purged or anonymised.
    QDate purgeDueOn() const;
    /// "SIT-<year>-<NNN>"
    static QString makePseudonym(int year, int number);
    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(Situation)
};

} // namespace maillage
