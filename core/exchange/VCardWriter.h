// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Contact.h"

#include <QByteArray>

#include <vector>

namespace maillage::contacts {

/// A contact as exported: the person and the name of their current organisation (may be empty).
struct ExportedContact
{
    Contact contact;
    QString organisation;
};

enum class VCardVersion { V3, V4 };

/// vCards (UTF-8, CRLF, lines folded at 75 octets, values escaped), one per contact.
QByteArray writeVCards(const std::vector<ExportedContact>& contacts, VCardVersion version = VCardVersion::V4);

} // namespace maillage::contacts
