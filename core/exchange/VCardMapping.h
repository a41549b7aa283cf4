// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/exchange/ContactRecords.h"
#include "core/exchange/VCardProperty.h"

namespace maillage::contacts::vcard {

/// Maps the properties of one card to a contact and the organisation to match or create.
IncomingContact toContact(const std::vector<Property>& card, int line);
/// A message naming the first property longer than kMaxFieldChars; empty when none is.
QString tooLongField(const std::vector<Property>& card);
/// "Mr." → "M.", "Mrs" → "Mme", "Dr." → "Dr"; other prefixes are kept as written.
QString civilityFromPrefix(const QString& prefix);

} // namespace maillage::contacts::vcard
