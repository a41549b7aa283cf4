// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QSet>
#include <QStringList>

#include <vector>

namespace maillage::contacts::vcard {

/// One unfolded content line, split into name, parameters and raw value.
struct Property
{
    int line = 0;
    QByteArray name;     ///< upper case, group removed ("item1.EMAIL" → "EMAIL")
    QSet<QString> types; ///< lower case: work, home, cell, pref, fax…
    QByteArray charset;  ///< upper case, empty when not given
    QByteArray encoding; ///< "QUOTED-PRINTABLE", "BASE64" or empty
    QByteArray rawValue;

    bool isBinary() const { return encoding == "BASE64"; }
    /// The value decoded (quoted-printable, charset), still escaped.
    QString text() const;
};

/// Splits "item1.TEL;TYPE=WORK,VOICE;PREF=1:…" (without unfolding); false when there is no colon.
bool parseProperty(const QByteArray& logicalLine, int line, Property& property);
/// Splits a structured value on unescaped separators and unescapes each part (\n \, \; \\).
QStringList splitComponents(const QString& value, QChar separator = u';');
QString unescape(const QString& value);

} // namespace maillage::contacts::vcard
