// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/VCardWriter.h"

namespace maillage::contacts {

namespace {

// Escapes \ , ; and line breaks; drops the other control characters, which no vCard line may hold (a reader,
// ours included, rejects the card).
QString escaped(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\' || c == u',' || c == u';')
            out += u'\\';
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F))
            out += c;
    }
    return out;
}

QString structured(const QStringList& parts)
{
    QStringList escapedParts;
    for (const QString& part : parts)
        escapedParts << escaped(part);
    return escapedParts.join(u';');
}

// Folds at 75 octets without cutting a UTF-8 sequence; continuation lines start with a space.
void appendFolded(QByteArray& out, const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    int limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80)
            --cut; // do not split a multi-byte character
        out += bytes.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += bytes.mid(start);
    out += "\r\n";
}

} // namespace

QByteArray writeVCards(const std::vector<ExportedContact>& contacts, VCardVersion version)
{
    const bool v4 = version == VCardVersion::V4;
    auto type = [v4](const char* types) {
        const QString text = QString::fromLatin1(types);
        return QStringLiteral(";TYPE=") + (v4 ? text : text.toUpper());
    };
    QByteArray out;
    for (const ExportedContact& exported : contacts) {
        const Contact& c = exported.contact;
        appendFolded(out, QStringLiteral("BEGIN:VCARD"));
        appendFolded(out, v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
        const QString fullName = QStringList{c.firstName.trimmed(), c.lastName.trimmed()}.join(u' ').trimmed();
        appendFolded(out, QStringLiteral("FN:") + escaped(fullName.isEmpty() ? c.displayName() : fullName));
        appendFolded(out, QStringLiteral("N:") + structured({c.lastName, c.firstName, {}, c.civility, {}}));
        if (!exported.organisation.isEmpty())
            appendFolded(out, QStringLiteral("ORG:") + structured({exported.organisation}));
        if (!c.jobTitle.isEmpty())
            appendFolded(out, QStringLiteral("TITLE:") + escaped(c.jobTitle));
        if (!c.email.isEmpty())
            appendFolded(out, QStringLiteral("EMAIL") + type(v4 ? "work" : "internet,work") + u':' + escaped(c.email));
        if (!c.phone.isEmpty())
            appendFolded(out, QStringLiteral("TEL") + type("work,voice") + u':' + escaped(c.phone));
        if (!c.mobile.isEmpty())
            appendFolded(out, QStringLiteral("TEL") + type("cell") + u':' + escaped(c.mobile));
        if (!c.address.isEmpty()) // free text: kept whole in the street component
            appendFolded(out,
                         QStringLiteral("ADR") + type("work") + u':' + structured({{}, {}, c.address, {}, {}, {}, {}}));
        if (!c.notes.isEmpty())
            appendFolded(out, QStringLiteral("NOTE:") + escaped(c.notes));
        appendFolded(out, QStringLiteral("END:VCARD"));
    }
    return out;
}

} // namespace maillage::contacts
