// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace maillage {

/// A file joined to an e-mail.
struct EmlAttachment {
    QString fileName;
    QByteArray mimeType; ///< "application/pdf", "text/calendar"
    QByteArray content;
};

/// One addressee: "Anne Martin <anne.martin@example.fr>".
struct EmlAddress {
    QString name;
    QString address;
};

/// An unsent e-mail as a standard .eml file (RFC 5322 and MIME): multipart/mixed with a UTF-8 text in
/// quoted-printable and base64 attachments, headers in RFC 2047 words, and `X-Unsent: 1` so that the
/// mail client opens it as a draft to review and send. No network involved.
struct EmlDraft {
    EmlAddress from; ///< left out when it has no address
    std::vector<EmlAddress> to;
    QString subject;
    QString body; ///< plain text, lines separated by \n
    std::vector<EmlAttachment> attachments;
    QDateTime date; ///< now when invalid

    /// The message, with CRLF line ends.
    QByteArray toMime() const;
    /// Writes the message to path, whole or not at all.
    Status write(const QString& path) const;

    /// "=?UTF-8?B?…?=" words for text that is not plain ASCII; the text itself otherwise.
    static QByteArray encodeWord(const QString& text);
    /// Quoted-printable (RFC 2045) with CRLF line ends and lines of at most 76 characters.
    static QByteArray quotedPrintable(const QString& text);
};

} // namespace maillage
