// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/VCardMapping.h"

#include <QCoreApplication>

namespace maillage::contacts::vcard {

namespace {

const Property* firstNamed(const std::vector<Property>& card, const char* name)
{
    for (const Property& property : card)
        if (property.name == name)
            return &property;
    return nullptr;
}

// The first property of that name with one of the preferred types (in order), else the first one.
const Property* preferred(const std::vector<const Property*>& candidates, const QStringList& types)
{
    for (const QString& type : types)
        for (const Property* property : candidates)
            if (property->types.contains(type))
                return property;
    return candidates.empty() ? nullptr : candidates.front();
}

std::vector<const Property*> allNamed(const std::vector<Property>& card, const char* name)
{
    std::vector<const Property*> found;
    for (const Property& property : card)
        if (property.name == name && !property.text().trimmed().isEmpty())
            found.push_back(&property);
    return found;
}

QString telephone(const Property& property)
{
    QString value = unescape(property.text()).trimmed();
    if (value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) { // 4.0 VALUE=uri
        value = value.mid(4);
        value.replace(QLatin1String(";ext="), QLatin1String(" ext. "));
    }
    return value;
}

QString formatAddress(const QStringList& parts, QString* commune, QString* postcode)
{
    // pobox;extended;street;locality;region;code;country
    QStringList lines;
    for (int i : {0, 1, 2})
        if (!parts.value(i).trimmed().isEmpty())
            lines << parts.value(i).trimmed();
    *commune = parts.value(3).trimmed();
    *postcode = parts.value(5).trimmed();
    const QString town = QStringList{*postcode, *commune}.join(u' ').trimmed();
    if (!town.isEmpty())
        lines << town;
    const QString country = parts.value(6).trimmed();
    if (!country.isEmpty() && country.compare(QLatin1String("France"), Qt::CaseInsensitive) != 0)
        lines << country;
    return lines.join(u'\n');
}

} // namespace

QString civilityFromPrefix(const QString& prefix)
{
    const QString key = prefix.trimmed().toLower().remove(u'.');
    if (key == QLatin1String("mr") || key == QLatin1String("m") || key == QLatin1String("monsieur"))
        return QStringLiteral("M.");
    if (key == QLatin1String("mrs") || key == QLatin1String("ms") || key == QLatin1String("miss") ||
        key == QLatin1String("mme") || key == QLatin1String("madame") || key == QLatin1String("mlle"))
        return QStringLiteral("Mme");
    if (key == QLatin1String("dr") || key == QLatin1String("docteur") || key == QLatin1String("doctor"))
        return QStringLiteral("Dr");
    if (key == QLatin1String("pr") || key == QLatin1String("prof") || key == QLatin1String("professeur"))
        return QStringLiteral("Pr");
    return prefix.trimmed();
}

IncomingContact toContact(const std::vector<Property>& card, int line)
{
    IncomingContact record;
    record.line = line;
    Contact& contact = record.contact;
    if (const Property* kind = firstNamed(card, "KIND"))
        record.isOrganisation = kind->text().trimmed().compare(QLatin1String("org"), Qt::CaseInsensitive) == 0;
    if (const Property* showAs = firstNamed(card, "X-ABSHOWAS")) // Apple's way of saying "company card"
        record.isOrganisation = record.isOrganisation || showAs->text().trimmed().toUpper() == QLatin1String("COMPANY");

    if (const Property* n = firstNamed(card, "N")) {
        const QStringList parts = splitComponents(n->text());
        contact.lastName = parts.value(0).trimmed();
        contact.firstName = parts.value(1).trimmed();
        contact.civility = civilityFromPrefix(parts.value(3));
    }
    const Property* fn = firstNamed(card, "FN");
    const QString fullName = fn ? unescape(fn->text()).simplified() : QString();
    if (contact.lastName.isEmpty() && contact.firstName.isEmpty() && !fullName.isEmpty() && !record.isOrganisation) {
        // No N (RFC 2426 example, some exports): the last word of FN is the last name.
        const qsizetype space = fullName.lastIndexOf(u' ');
        contact.lastName = space < 0 ? fullName : fullName.mid(space + 1);
        contact.firstName = space < 0 ? QString() : fullName.left(space);
    } else if (contact.lastName.isEmpty() && !contact.firstName.isEmpty()) {
        std::swap(contact.lastName, contact.firstName); // "N:;Anne;;;" still names someone
    }
    if (const Property* org = firstNamed(card, "ORG")) {
        QStringList parts = splitComponents(org->text());
        record.organisation = parts.takeFirst().trimmed();
        for (const QString& unit : parts)
            if (!unit.trimmed().isEmpty())
                record.organisationUnits << unit.trimmed();
    }
    if (record.isOrganisation && record.organisation.isEmpty())
        record.organisation = fullName;
    if (const Property* title = firstNamed(card, "TITLE"))
        contact.jobTitle = unescape(title->text()).trimmed();

    if (const Property* email = preferred(allNamed(card, "EMAIL"), {QStringLiteral("pref"), QStringLiteral("work")}))
        contact.email = unescape(email->text()).trimmed();

    std::vector<const Property*> mobiles, phones;
    for (const Property* tel : allNamed(card, "TEL")) {
        if (tel->types.contains(QStringLiteral("fax")) || tel->types.contains(QStringLiteral("pager")))
            continue;
        const bool mobile =
            tel->types.contains(QStringLiteral("cell")) || tel->types.contains(QStringLiteral("mobile"));
        (mobile ? mobiles : phones).push_back(tel);
    }
    if (const Property* mobile = preferred(mobiles, {QStringLiteral("pref")}))
        contact.mobile = telephone(*mobile);
    if (const Property* phone = preferred(phones, {QStringLiteral("work"), QStringLiteral("pref")}))
        contact.phone = telephone(*phone);

    if (const Property* adr = preferred(allNamed(card, "ADR"), {QStringLiteral("work"), QStringLiteral("pref")}))
        contact.address = formatAddress(splitComponents(adr->text()), &record.commune, &record.postcode);
    QStringList notes;
    for (const Property* note : allNamed(card, "NOTE"))
        notes << unescape(note->text()).trimmed();
    contact.notes = notes.join(QStringLiteral("\n\n"));
    return record;
}

QString tooLongField(const std::vector<Property>& card)
{
    for (const Property& property : card)
        if (property.rawValue.size() > kMaxFieldChars && property.text().size() > kMaxFieldChars)
            return QCoreApplication::translate("maillage::contacts",
                                               "The field %1 on line %2 is longer than %3 characters.")
                .arg(QString::fromLatin1(property.name))
                .arg(property.line)
                .arg(kMaxFieldChars);
    return {};
}

} // namespace maillage::contacts::vcard
