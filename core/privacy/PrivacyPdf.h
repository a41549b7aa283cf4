// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/PageLayout.h"
#include "core/util/Result.h"

class QTextDocument;

namespace maillage {

/// Writes a document of the RGPD tools as an A4 PDF with the meeting documents' header and footer,
/// whole or not at all (QSaveFile).
Status writePrivacyPdf(QTextDocument& document, const PageDecoration& decoration, const QString& path);

} // namespace maillage
