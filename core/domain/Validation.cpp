// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Record.h"

#include <QRegularExpression>

namespace maillage::validation {

bool looksLikeEmail(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text.trimmed()).hasMatch();
}

} // namespace maillage::validation
