// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/exchange/ContactRecords.h"

namespace maillage::contacts {

/// Reads vCards 2.1, 3.0 and 4.0 as phones, Outlook, Thunderbird, Google and iOS write them.
/// A broken card (no END, a BEGIN inside it, unreadable lines) is rejected with its line; the others are read.
ContactBatch readVCards(const QByteArray& bytes);
Result<ContactBatch> readVCardFile(const QString& path);

} // namespace maillage::contacts
