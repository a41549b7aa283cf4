// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QJsonObject>

namespace maillage::archive {

/// The JSON Schema (draft 2020-12) of archive version 1, generated from the TableCatalog.
/// docs/archive-schema.json is this document; a test keeps the two identical.
QJsonObject archiveJsonSchema();

} // namespace maillage::archive
