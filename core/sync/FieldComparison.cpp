// SPDX-License-Identifier: EUPL-1.2
#include "core/sync/FieldComparison.h"

#include "core/storage/ChangeJournal.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/SectorRepository.h"
#include "core/sync/FieldSpec.h"

#include <algorithm>
#include <map>

namespace maillage::sync {

using detail::field;
using detail::FieldSpec;
using detail::showDate;
using detail::showEnum;
using detail::showFlag;
using detail::showText;
using detail::tr;

namespace {

const std::vector<FieldSpec<Contact>>& contactSpecs()
{
    static const std::vector<FieldSpec<Contact>> specs{
        field("civility", QT_TRANSLATE_NOOP("maillage::sync", "Civility"), &Contact::civility, showText),
        field("first_name", QT_TRANSLATE_NOOP("maillage::sync", "First name"), &Contact::firstName, showText),
        field("last_name", QT_TRANSLATE_NOOP("maillage::sync", "Last name"), &Contact::lastName, showText),
        field("job_title", QT_TRANSLATE_NOOP("maillage::sync", "Function"), &Contact::jobTitle, showText),
        field("pillar", QT_TRANSLATE_NOOP("maillage::sync", "Pillar"), &Contact::pillar, showEnum<Pillar>),
        field("email", QT_TRANSLATE_NOOP("maillage::sync", "E-mail"), &Contact::email, showText),
        field("phone", QT_TRANSLATE_NOOP("maillage::sync", "Phone"), &Contact::phone, showText),
        field("mobile", QT_TRANSLATE_NOOP("maillage::sync", "Mobile"), &Contact::mobile, showText),
        field("address", QT_TRANSLATE_NOOP("maillage::sync", "Address"), &Contact::address, showText),
        field("legal_basis", QT_TRANSLATE_NOOP("maillage::sync", "Legal basis (RGPD)"), &Contact::legalBasis,
              showEnum<LegalBasis>),
        field("consent_confirmed_on", QT_TRANSLATE_NOOP("maillage::sync", "Last confirmed on"),
              &Contact::consentConfirmedOn, showDate),
        field("charter_signed_on", QT_TRANSLATE_NOOP("maillage::sync", "Charter signed on"), &Contact::charterSignedOn,
              showDate),
        field("active", QT_TRANSLATE_NOOP("maillage::sync", "Active in the network"), &Contact::active, showFlag),
        field("notes", QT_TRANSLATE_NOOP("maillage::sync", "Notes"), &Contact::notes, showText),
    };
    return specs;
}

const std::vector<FieldSpec<Organisation>>& organisationSpecs()
{
    static const std::vector<FieldSpec<Organisation>> specs{
        field("name", QT_TRANSLATE_NOOP("maillage::sync", "Name"), &Organisation::name, showText),
        field("acronym", QT_TRANSLATE_NOOP("maillage::sync", "Acronym"), &Organisation::acronym, showText),
        FieldSpec<Organisation>{
            "sector_id", QT_TRANSLATE_NOOP("maillage::sync", "Sector"),
            [](const Organisation& o, const Names& names) { return detail::nameOf(names.sector, o.sectorId); },
            [](Organisation& to, const Organisation& from) { to.sectorId = from.sectorId; }},
        field("org_type", QT_TRANSLATE_NOOP("maillage::sync", "Type"), &Organisation::type, showText),
        field("siret", QT_TRANSLATE_NOOP("maillage::sync", "SIRET"), &Organisation::siret, showText),
        field("finess", QT_TRANSLATE_NOOP("maillage::sync", "FINESS"), &Organisation::finess, showText),
        field("address", QT_TRANSLATE_NOOP("maillage::sync", "Address"), &Organisation::address, showText),
        field("postcode", QT_TRANSLATE_NOOP("maillage::sync", "Postcode"), &Organisation::postcode, showText),
        field("commune", QT_TRANSLATE_NOOP("maillage::sync", "Commune"), &Organisation::commune, showText),
        field("phone", QT_TRANSLATE_NOOP("maillage::sync", "Phone"), &Organisation::phone, showText),
        field("email", QT_TRANSLATE_NOOP("maillage::sync", "E-mail"), &Organisation::email, showText),
        field("website", QT_TRANSLATE_NOOP("maillage::sync", "Website"), &Organisation::website, showText),
        field("active", QT_TRANSLATE_NOOP("maillage::sync", "Active"), &Organisation::active, showFlag),
        field("notes", QT_TRANSLATE_NOOP("maillage::sync", "Notes"), &Organisation::notes, showText),
    };
    return specs;
}

template <typename T>
Comparison finish(Comparison comparison, const QString& label, const QString& entity, const T& theirs)
{
    comparison.recordLabel = label;
    comparison.entity = entity;
    comparison.entityId = theirs.id;
    comparison.storedVersion = theirs.version;
    return comparison;
}

} // namespace

namespace detail {

Comparison compareValues(const std::vector<FieldValue>& base, const std::vector<FieldValue>& mine,
                         const std::vector<FieldValue>& theirs)
{
    std::map<QString, const FieldValue*> baseByKey;
    std::map<QString, const FieldValue*> theirsByKey;
    for (const FieldValue& value : base)
        baseByKey[value.key] = &value;
    for (const FieldValue& value : theirs)
        theirsByKey[value.key] = &value;
    Comparison comparison;
    auto add = [&](FieldValue value, const QString& mineText, const QString& theirsText) {
        if (mineText == theirsText)
            return;
        FieldDifference difference;
        const auto found = baseByKey.find(value.key);
        const bool known = found != baseByKey.end();
        difference.base = known ? found->second->display : QString();
        difference.changedByMe = !known || found->second->display != mineText;
        difference.changedByThem = !known || found->second->display != theirsText;
        difference.proposed = difference.changedByThem && !difference.changedByMe ? Side::Theirs : Side::Mine;
        value.display = mineText;
        difference.mine = std::move(value);
        difference.theirs = theirsText;
        comparison.differences.push_back(std::move(difference));
    };
    std::map<QString, bool> seen;
    for (const FieldValue& value : mine) {
        seen[value.key] = true;
        const auto other = theirsByKey.find(value.key);
        add(value, value.display, other == theirsByKey.end() ? QString() : other->second->display);
    }
    for (const FieldValue& value : theirs)
        if (!seen.count(value.key))
            add(value, QString(), value.display);
    return comparison;
}

} // namespace detail

Names namesFrom(Database& db)
{
    Names names;
    names.sector = [&db](qint64 id) {
        auto sector = SectorRepository(db).get(id);
        return sector.ok() ? sector->label : QString();
    };
    names.contact = [&db](qint64 id) {
        auto contact = ContactRepository(db).get(id);
        return contact.ok() ? contact->displayName() : QString();
    };
    return names;
}

std::vector<FieldValue> fieldsOf(const Contact& contact, const Names& names)
{
    return detail::valuesOf(contactSpecs(), contact, QStringLiteral("contact"), names);
}

std::vector<FieldValue> fieldsOf(const Organisation& organisation, const Names& names)
{
    return detail::valuesOf(organisationSpecs(), organisation, QStringLiteral("organisation"), names);
}

Comparison compare(const Contact& base, const Contact& mine, const Contact& theirs, const Names& names)
{
    return finish(detail::compareValues(fieldsOf(base, names), fieldsOf(mine, names), fieldsOf(theirs, names)),
                  tr("Contact %1").arg(theirs.displayName()), QStringLiteral("contact"), theirs);
}

Comparison compare(const Organisation& base, const Organisation& mine, const Organisation& theirs, const Names& names)
{
    return finish(detail::compareValues(fieldsOf(base, names), fieldsOf(mine, names), fieldsOf(theirs, names)),
                  tr("Organisation %1").arg(theirs.displayName()), QStringLiteral("organisation"), theirs);
}

Contact apply(const Contact& mine, const Contact& theirs, const Choices& choices)
{
    Contact result = theirs;
    detail::applySpecs(contactSpecs(), result, mine, choices);
    return result;
}

Organisation apply(const Organisation& mine, const Organisation& theirs, const Choices& choices)
{
    Organisation result = theirs;
    detail::applySpecs(organisationSpecs(), result, mine, choices);
    return result;
}

void attribute(Database& db, Comparison& comparison)
{
    std::map<std::pair<QString, qint64>, std::vector<journal::Entry>> cache;
    auto historyOf = [&](const QString& entity, qint64 id) -> const std::vector<journal::Entry>& {
        auto [it, inserted] = cache.try_emplace({entity, id});
        if (inserted && !entity.isEmpty() && id > 0)
            if (auto entries = journal::entriesFor(db, entity, id); entries.ok())
                it->second = std::move(entries.value());
        return it->second;
    };
    if (const auto& record = historyOf(comparison.entity, comparison.entityId); !record.empty()) {
        comparison.lastChangedBy = record.back().userName;
        comparison.lastChangedAt = record.back().changedAt;
    }
    for (FieldDifference& difference : comparison.differences) {
        if (!difference.changedByThem)
            continue;
        const auto& history = historyOf(difference.mine.entity, difference.mine.entityId);
        // The latest change naming one of the field's columns (or the insert of a row they added).
        for (auto entry = history.rbegin(); entry != history.rend(); ++entry) {
            const bool named = std::any_of(difference.mine.columns.begin(), difference.mine.columns.end(),
                                           [&](const QString& column) { return entry->fields.contains(column); });
            const bool addedRow =
                entry->action == QLatin1String("insert") && difference.mine.entity != comparison.entity;
            if (named || addedRow) {
                difference.changedBy = entry->userName;
                difference.changedAt = entry->changedAt;
                break;
            }
        }
    }
}

Choices proposedChoices(const Comparison& comparison)
{
    Choices choices;
    for (const FieldDifference& difference : comparison.differences)
        choices.insert(difference.mine.key, difference.proposed);
    return choices;
}

Choices allFrom(const Comparison& comparison, Side side)
{
    Choices choices;
    for (const FieldDifference& difference : comparison.differences)
        choices.insert(difference.mine.key, side);
    return choices;
}

} // namespace maillage::sync
