// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ContactImportPlan.h"

#include "core/storage/ContactRepository.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/SectorRepository.h"
#include "core/storage/SqliteFunctions.h"
#include "core/storage/Transaction.h"
#include "core/storage/UndoBatchRepository.h"

#include <QCoreApplication>

namespace maillage::contacts {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("maillage::contacts", text);
}

QString folded(const QString& text)
{
    return sqlite::fold(text.simplified());
}

QString nameKey(const Contact& c, const QString& organisationKey)
{
    return folded(c.lastName) + u'|' + folded(c.firstName) + u'|' + organisationKey;
}

// Copies the non-blank incoming values that differ; returns the names of the changed fields.
QStringList fillFrom(Contact& target, const Contact& incoming)
{
    QStringList changed;
    auto take = [&changed](QString& field, const QString& value, const QString& name) {
        // "LEVY" or "ANNE@X.FR" do not replace "Lévy" or "anne@x.fr": only real changes count.
        if (!value.trimmed().isEmpty() && folded(value) != folded(field)) {
            field = value.trimmed();
            changed << name;
        }
    };
    take(target.civility, incoming.civility, tr("civility"));
    take(target.firstName, incoming.firstName, tr("first name"));
    take(target.lastName, incoming.lastName, tr("last name"));
    take(target.jobTitle, incoming.jobTitle, tr("job title"));
    take(target.email, incoming.email, tr("e-mail"));
    take(target.phone, incoming.phone, tr("phone"));
    take(target.mobile, incoming.mobile, tr("mobile"));
    take(target.address, incoming.address, tr("address"));
    take(target.notes, incoming.notes, tr("notes"));
    return changed;
}

std::optional<Pillar> pillarNamed(const QString& text)
{
    const QString key = folded(text);
    for (const Pillar pillar : allValues<Pillar>())
        if (key == folded(codeOf(pillar)) || key == folded(labelOf(pillar)))
            return pillar;
    return std::nullopt;
}

// Why a record cannot be imported as read: binary junk or an absurdly long field; empty when fine.
QString badContent(const IncomingContact& record)
{
    const Contact& c = record.contact;
    for (const QString& field : {c.civility, c.firstName, c.lastName, c.jobTitle, c.email, c.phone, c.mobile, c.address,
                                 c.notes, record.organisation, record.commune, record.sector, record.pillar}) {
        if (field.size() > kMaxFieldChars)
            return tr("Line %1 has a field longer than %2 characters.").arg(record.line).arg(kMaxFieldChars);
        for (const QChar ch : field)
            if ((ch.category() == QChar::Other_Control && ch != u'\n' && ch != u'\t' && ch != u'\r') ||
                ch == QChar::ReplacementCharacter || ch.isNonCharacter())
                return tr("Line %1 holds unreadable characters (binary data or an unknown encoding).").arg(record.line);
    }
    return {};
}

struct Existing
{
    Contact contact;
    QString organisationKey;
};

} // namespace

int ContactImportPlan::count(ImportAction action) const
{
    return int(std::count_if(contacts.begin(), contacts.end(), [action](const auto& c) { return c.action == action; }));
}

int ContactImportPlan::likelyDuplicates() const
{
    return int(
        std::count_if(contacts.begin(), contacts.end(), [](const auto& c) { return !c.likelyDuplicateOf.isEmpty(); }));
}

Result<ContactImportPlan> planContactImport(Database& db, const ContactBatch& batch, MatchKey key)
{
    ContactImportPlan plan;
    plan.rejected = batch.rejected;
    auto organisations = OrganisationRepository(db).list();
    auto sectors = SectorRepository(db).list();
    ContactRepository contactRepository(db);
    auto contacts = contactRepository.list();
    if (!organisations.ok() || !sectors.ok() || !contacts.ok())
        return !organisations.ok() ? organisations.error() : !sectors.ok() ? sectors.error() : contacts.error();
    QHash<qint64, QString> organisationKeys;
    QHash<QString, Organisation> organisationsByKey;
    for (const Organisation& organisation : organisations.value()) {
        const QString k = folded(organisation.name);
        organisationKeys.insert(organisation.id, k);
        organisationsByKey.insert(k, organisation);
        plan.knownOrganisations.insert(k, organisation.id);
        if (!organisation.acronym.isEmpty() && !plan.knownOrganisations.contains(folded(organisation.acronym)))
            plan.knownOrganisations.insert(folded(organisation.acronym), organisation.id);
    }
    std::vector<Existing> existing;
    QHash<QString, int> byEmail, byName, byPerson; // → index in existing
    for (const Contact& contact : contacts.value()) {
        auto current = contactRepository.currentOrganisationId(contact.id, QDate::currentDate());
        const QString orgKey = current.ok() ? organisationKeys.value(current.value()) : QString();
        existing.push_back({contact, orgKey});
        const int index = int(existing.size()) - 1;
        if (!contact.email.isEmpty())
            byEmail.insert(folded(contact.email), index);
        byName.insert(nameKey(contact, orgKey), index);
        byPerson.insert(nameKey(contact, {}), index);
    }
    QHash<QString, int> plannedOrganisations; // key → index in plan.organisations
    auto organisationKeyFor = [&](const IncomingContact& record) -> QString {
        if (record.organisation.trimmed().isEmpty())
            return {};
        QString k = folded(record.organisation);
        if (const qint64 id = plan.knownOrganisations.value(k); id > 0)
            return organisationKeys.value(id); // an acronym finds the organisation by its name
        if (!plannedOrganisations.contains(k)) {
            PlannedOrganisation planned{record.line, ImportAction::Create, k, {}};
            planned.organisation.name = record.organisation.simplified();
            planned.organisation.commune = record.commune;
            for (const Sector& sector : sectors.value())
                if (!record.sector.isEmpty() &&
                    (folded(sector.code) == folded(record.sector) || folded(sector.label) == folded(record.sector)))
                    planned.organisation.sectorId = sector.id;
            plannedOrganisations.insert(k, int(plan.organisations.size()));
            plan.organisations.push_back(std::move(planned));
        }
        return k;
    };

    QHash<QString, int> seen; // match key → index in plan.contacts, for people listed twice in the file
    for (const IncomingContact& record : batch.records) {
        if (const QString problem = badContent(record); !problem.isEmpty()) {
            plan.rejected.push_back({record.line, problem});
            continue;
        }
        if (record.isOrganisation) {
            // A card about the organisation itself: complete or create it, no person.
            const QString k = organisationKeyFor(record);
            if (k.isEmpty()) {
                plan.rejected.push_back(
                    {record.line, tr("The organisation card on line %1 has no name.").arg(record.line)});
                continue;
            }
            Organisation organisation = plannedOrganisations.contains(k)
                                            ? plan.organisations[plannedOrganisations.value(k)].organisation
                                            : organisationsByKey.value(k);
            bool changed = false;
            auto take = [&changed](QString& field, const QString& value) {
                if (field.isEmpty() && !value.trimmed().isEmpty()) {
                    field = value.trimmed();
                    changed = true;
                }
            };
            take(organisation.email, record.contact.email);
            take(organisation.phone, record.contact.phone.isEmpty() ? record.contact.mobile : record.contact.phone);
            take(organisation.address, record.contact.address);
            take(organisation.commune, record.commune);
            take(organisation.notes, record.contact.notes);
            if (plannedOrganisations.contains(k))
                plan.organisations[plannedOrganisations.value(k)].organisation = organisation;
            else if (changed)
                plan.organisations.push_back({record.line, ImportAction::Update, k, organisation});
            continue;
        }
        Contact incoming = record.contact;
        if (const QStringList problems = incoming.validate(); !problems.isEmpty()) {
            plan.rejected.push_back({record.line, problems.join(u' ')});
            continue;
        }
        const std::optional<Pillar> pillar = record.pillar.isEmpty() ? std::nullopt : pillarNamed(record.pillar);
        const QString orgKey = organisationKeyFor(record);
        const bool byMail = key == MatchKey::Email && !incoming.email.isEmpty();
        const QString matchKey = byMail ? u'@' + folded(incoming.email) : nameKey(incoming, orgKey);
        PlannedContact planned;
        planned.line = record.line;
        planned.organisationKey = orgKey;
        planned.organisationName = record.organisation.simplified();
        if (seen.contains(matchKey)) {
            PlannedContact& first = plan.contacts[seen.value(matchKey)];
            const QStringList changed = fillFrom(first.contact, incoming);
            if (!changed.isEmpty() && first.action == ImportAction::Skip) {
                first.action = ImportAction::Update;
                first.reason.clear();
            }
            if (first.action == ImportAction::Update)
                first.changedFields << changed;
            planned.action = ImportAction::Skip;
            planned.contact = incoming;
            planned.reason = tr("same person as line %1").arg(first.line);
            plan.contacts.push_back(std::move(planned));
            continue;
        }
        const auto found = byMail ? byEmail.constFind(folded(incoming.email)) : byName.constFind(matchKey);
        if (found != (byMail ? byEmail.constEnd() : byName.constEnd())) {
            const Existing& match = existing[size_t(found.value())];
            planned.contact = match.contact;
            planned.changedFields = fillFrom(planned.contact, incoming);
            if (pillar && *pillar != planned.contact.pillar) {
                planned.contact.pillar = *pillar;
                planned.changedFields << tr("pillar");
            }
            planned.addAffiliation = !orgKey.isEmpty() && orgKey != match.organisationKey;
            planned.action =
                planned.changedFields.isEmpty() && !planned.addAffiliation ? ImportAction::Skip : ImportAction::Update;
            if (planned.action == ImportAction::Skip)
                planned.reason = tr("already up to date");
        } else {
            planned.contact = incoming;
            if (pillar)
                planned.contact.pillar = *pillar;
            planned.addAffiliation = !orgKey.isEmpty();
            const auto sameEmail =
                incoming.email.isEmpty() ? byEmail.constEnd() : byEmail.constFind(folded(incoming.email));
            const auto samePerson = byPerson.constFind(nameKey(incoming, {}));
            if (sameEmail != byEmail.constEnd())
                planned.likelyDuplicateOf = existing[size_t(sameEmail.value())].contact.displayName();
            else if (samePerson != byPerson.constEnd())
                planned.likelyDuplicateOf = existing[size_t(samePerson.value())].contact.displayName();
        }
        seen.insert(matchKey, int(plan.contacts.size()));
        plan.contacts.push_back(std::move(planned));
    }
    return plan;
}

Status apply(Database& db, const ContactImportPlan& plan, const QString& batchKind, const QString& label,
             qint64* batchId)
{
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    UndoBatchRepository undo(db);
    auto batch = undo.begin(batchKind, label);
    if (!batch.ok())
        return batch.error();
    auto lineError = [](int line, const Status& status) {
        return Error{status.error().kind, tr("Line %1: %2").arg(line).arg(status.error().message),
                     status.error().detail};
    };
    OrganisationRepository organisations(db);
    ContactRepository contacts(db);
    QHash<QString, qint64> organisationIds = plan.knownOrganisations;
    auto councils = CouncilRepository(db).list();
    if (!councils.ok())
        return councils.error();
    // With a single council (the usual case), a new organisation becomes one of its partners.
    const qint64 councilId = councils->size() == 1 ? councils->front().id : 0;
    for (const PlannedOrganisation& planned : plan.organisations) {
        Organisation organisation = planned.organisation;
        const bool create = planned.action == ImportAction::Create;
        Status saved =
            create ? Status{} : undo.recordBeforeUpdate(batch.value(), QStringLiteral("organisation"), organisation.id);
        if (saved.ok())
            saved = create ? organisations.create(organisation) : organisations.update(organisation);
        if (saved.ok() && create)
            saved = undo.recordCreated(batch.value(), QStringLiteral("organisation"), organisation.id);
        if (saved.ok() && create && councilId > 0)
            saved = organisations.addToCouncil(organisation.id, councilId);
        if (!saved.ok())
            return lineError(planned.line, saved);
        organisationIds.insert(planned.key, organisation.id);
    }
    for (const PlannedContact& planned : plan.contacts) {
        if (planned.action == ImportAction::Skip)
            continue;
        Contact contact = planned.contact;
        const bool create = planned.action == ImportAction::Create;
        Status saved =
            create ? Status{} : undo.recordBeforeUpdate(batch.value(), QStringLiteral("contact"), contact.id);
        if (saved.ok())
            saved = create ? contacts.create(contact) : contacts.update(contact);
        if (saved.ok() && create)
            saved = undo.recordCreated(batch.value(), QStringLiteral("contact"), contact.id);
        if (saved.ok() && planned.addAffiliation) {
            Affiliation affiliation;
            affiliation.contactId = contact.id;
            affiliation.organisationId = organisationIds.value(planned.organisationKey);
            affiliation.jobTitle = contact.jobTitle;
            if (planned.action == ImportAction::Update) // a move: the new organisation becomes the current one
                affiliation.validFrom = QDate::currentDate();
            saved = contacts.addAffiliation(affiliation);
            if (saved.ok())
                saved = undo.recordCreated(batch.value(), QStringLiteral("affiliation"), affiliation.id);
        }
        if (!saved.ok())
            return lineError(planned.line, saved);
    }
    if (Status status = tx.commit(); !status.ok())
        return status;
    if (batchId)
        *batchId = batch.value();
    return {};
}

} // namespace maillage::contacts
