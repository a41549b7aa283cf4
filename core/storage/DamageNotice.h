// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

namespace maillage {

/// Says that a statement met a damaged database file while working (SQLite's "malformed" or "not a
/// database"), so the window can check the file and offer a repair instead of leaving error labels
/// on every list. Emitted from whichever thread ran the statement.
class DamageNotice : public QObject
{
    Q_OBJECT
public:
    static DamageNotice& instance();
    void report() { emit damageFound(); }

signals:
    void damageFound();
};

} // namespace maillage
