// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Record.h"

#include <QStringList>

namespace maillage {

/// A partner sector (élus-collectivités, psychiatrie publique…): an editable list.
struct Sector : Record
{
    QString code;
    QString label;
    int position = 0;
    QString color; ///< "#rrggbb", for charts and the network map

    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(Sector)
};

/// A partner organisation. Shared between councils, never copied.
struct Organisation : Record
{
    QString name;
    QString acronym;
    qint64 sectorId = 0;
    QString type;
    QString address;
    QString postcode;
    QString commune;
    QString phone;
    QString email;
    QString website;
    bool active = true;
    QString notes;
    QString siret;  ///< 14 digits (INSEE), empty when unknown
    QString finess; ///< 9 characters (health and social establishments), empty when unknown

    /// "UNAFAM 59" or "Centre hospitalier (CH)"
    QString displayName() const { return acronym.isEmpty() ? name : name + QStringLiteral(" (") + acronym + u')'; }
    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(Organisation)
};

} // namespace maillage
