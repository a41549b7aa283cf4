// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/Dialect.h"

#include <QStringList>

namespace maillage::migrations {

/// Highest schema version compiled into this build.
int latestVersion();
/// The statements of one schema version for an engine, with @ID@ expanded,
/// split into single statements (trigger bodies kept whole).
QStringList statements(int version, const Dialect& dialect);
/// Splits a script into statements at ';' ending a line, keeping BEGIN…END blocks together.
QStringList splitStatements(const QString& script);

} // namespace maillage::migrations
