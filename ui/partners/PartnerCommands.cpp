// SPDX-License-Identifier: EUPL-1.2
#include "ui/partners/PartnerCommands.h"

#include "core/storage/ContactRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace maillage::ui {

PartnerCommand::PartnerCommand(const QString& text, Step redoStep, Step undoStep, Report report)
    : QUndoCommand(text), m_redo(std::move(redoStep)), m_undo(std::move(undoStep)), m_report(std::move(report))
{
}

void PartnerCommand::redo()
{
    if (m_first) {
        m_first = false; // the caller already made the change
        return;
    }
    run(m_redo);
}

void PartnerCommand::undo()
{
    run(m_undo);
}

void PartnerCommand::run(const Step& step)
{
    const Status status = step();
    if (m_report)
        m_report(status);
}

namespace partner_commands {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("maillage::ui::partner_commands", text);
}

Result<PartnerCommand*> firstRun(const QString& text, PartnerCommand::Step redo, PartnerCommand::Step undo,
                                 PartnerCommand::Report report, const PartnerCommand::Step& first = {})
{
    if (Status status = first ? first() : redo(); !status.ok())
        return status.error();
    return new PartnerCommand(text, std::move(redo), std::move(undo), std::move(report));
}

// Undo and redo of an edit put back a known state, but only over the version this command left:
// if someone else saved the record since, their change is not overwritten behind their back.
template <typename Repository, typename Value>
Status replaceIfUnchanged(Repository repository, Value value, const std::shared_ptr<int>& expectedVersion)
{
    auto current = repository.get(value.id);
    if (!current.ok())
        return current.error();
    if (current->version != *expectedVersion)
        return Error{Error::Kind::Conflict,
                     tr("Someone else changed this record since: undoing or redoing here would overwrite their "
                        "change. Open it to see the current version."),
                     QStringLiteral("version %1 expected, %2 stored").arg(*expectedVersion).arg(current->version)};
    value.version = current->version;
    if (Status status = repository.update(value); !status.ok())
        return status;
    *expectedVersion = value.version;
    return {};
}

// The first save: over the version the user opened, so a conflict goes back to the caller.
template <typename Repository, typename Value>
Status saveOpened(Repository repository, Value value, const std::shared_ptr<int>& savedVersion)
{
    if (Status status = repository.update(value); !status.ok())
        return status;
    *savedVersion = value.version;
    return {};
}

} // namespace

Result<PartnerCommand*> createOrganisation(Database& db, Organisation value, qint64 councilId,
                                           PartnerCommand::Report report)
{
    auto id = std::make_shared<qint64>(0);
    auto redo = [&db, value, councilId, id]() -> Status {
        Transaction tx(db);
        Organisation copy = value;
        OrganisationRepository repository(db);
        if (Status status = repository.create(copy); !status.ok())
            return status;
        if (councilId > 0)
            if (Status status = repository.addToCouncil(copy.id, councilId); !status.ok())
                return status;
        *id = copy.id;
        return tx.commit();
    };
    auto undo = [&db, id]() -> Status { return OrganisationRepository(db).remove(*id); };
    return firstRun(tr("New organisation %1").arg(value.name), redo, undo, std::move(report));
}

Result<PartnerCommand*> editOrganisation(Database& db, const Organisation& before, const Organisation& after,
                                         PartnerCommand::Report report)
{
    auto version = std::make_shared<int>(0);
    return firstRun(
        tr("Edit organisation %1").arg(after.name),
        [&db, after, version] { return replaceIfUnchanged(OrganisationRepository(db), after, version); },
        [&db, before, version] { return replaceIfUnchanged(OrganisationRepository(db), before, version); },
        std::move(report), [&db, after, version] { return saveOpened(OrganisationRepository(db), after, version); });
}

Result<PartnerCommand*> deleteOrganisation(Database& db, qint64 id, PartnerCommand::Report report)
{
    OrganisationRepository repository(db);
    auto value = repository.get(id);
    if (!value.ok())
        return value.error();
    auto councils = repository.councilIds(id);
    if (!councils.ok())
        return councils.error();
    auto current = std::make_shared<qint64>(id);
    auto redo = [&db, current] { return OrganisationRepository(db).remove(*current); };
    auto undo = [&db, current, kept = value.value(), councilIds = councils.value()]() -> Status {
        Transaction tx(db);
        Organisation copy = kept;
        OrganisationRepository organisations(db);
        if (Status status = organisations.create(copy); !status.ok())
            return status;
        for (const qint64 councilId : councilIds)
            if (Status status = organisations.addToCouncil(copy.id, councilId); !status.ok())
                return status;
        *current = copy.id;
        return tx.commit();
    };
    return firstRun(tr("Delete organisation %1").arg(value->name), redo, undo, std::move(report));
}

Result<PartnerCommand*> createContact(Database& db, Contact value, qint64 organisationId, PartnerCommand::Report report)
{
    auto id = std::make_shared<qint64>(0);
    auto redo = [&db, value, organisationId, id]() -> Status {
        Transaction tx(db);
        Contact copy = value;
        ContactRepository contacts(db);
        if (Status status = contacts.create(copy); !status.ok())
            return status;
        if (organisationId > 0) {
            Affiliation affiliation;
            affiliation.contactId = copy.id;
            affiliation.organisationId = organisationId;
            affiliation.jobTitle = copy.jobTitle;
            affiliation.validFrom = QDate::currentDate();
            if (Status status = contacts.addAffiliation(affiliation); !status.ok())
                return status;
        }
        *id = copy.id;
        return tx.commit();
    };
    auto undo = [&db, id] { return ContactRepository(db).remove(*id); };
    return firstRun(tr("New contact %1").arg(value.displayName()), redo, undo, std::move(report));
}

Result<PartnerCommand*> editContact(Database& db, const Contact& before, const Contact& after,
                                    PartnerCommand::Report report)
{
    auto version = std::make_shared<int>(0);
    return firstRun(
        tr("Edit contact %1").arg(after.displayName()),
        [&db, after, version] { return replaceIfUnchanged(ContactRepository(db), after, version); },
        [&db, before, version] { return replaceIfUnchanged(ContactRepository(db), before, version); },
        std::move(report), [&db, after, version] { return saveOpened(ContactRepository(db), after, version); });
}

Result<PartnerCommand*> deleteContact(Database& db, qint64 id, PartnerCommand::Report report)
{
    ContactRepository repository(db);
    auto value = repository.get(id);
    if (!value.ok())
        return value.error();
    auto affiliations = repository.affiliations(id);
    if (!affiliations.ok())
        return affiliations.error();
    auto current = std::make_shared<qint64>(id);
    auto redo = [&db, current] { return ContactRepository(db).remove(*current); };
    auto undo = [&db, current, kept = value.value(), history = affiliations.value()]() -> Status {
        Transaction tx(db);
        Contact copy = kept;
        ContactRepository contacts(db);
        if (Status status = contacts.create(copy); !status.ok())
            return status;
        for (Affiliation affiliation : history) {
            affiliation.contactId = copy.id;
            if (Status status = contacts.addAffiliation(affiliation); !status.ok())
                return status;
        }
        *current = copy.id;
        return tx.commit();
    };
    return firstRun(tr("Delete contact %1").arg(value->displayName()), redo, undo, std::move(report));
}

Result<PartnerCommand*> changeOrganisation(Database& db, qint64 contactId, qint64 organisationId, const QDate& day,
                                           const QString& jobTitle, PartnerCommand::Report report)
{
    auto before = ContactRepository(db).affiliations(contactId);
    if (!before.ok())
        return before.error();
    auto opened = std::make_shared<Affiliation>();
    auto redo = [&db, contactId, organisationId, day, jobTitle, opened] {
        return ContactRepository(db).changeOrganisation(contactId, organisationId, day, jobTitle, opened.get());
    };
    auto undo = [&db, opened, history = before.value()]() -> Status {
        Transaction tx(db);
        ContactRepository contacts(db);
        if (Status status = contacts.removeAffiliation(opened->id); !status.ok())
            return status;
        for (const Affiliation& old : history) {
            if (old.validTo.isValid())
                continue; // was already closed before the move
            auto stored = contacts.affiliation(old.id);
            if (!stored.ok())
                return stored.error();
            Affiliation reopened = stored.value();
            reopened.validTo = QDate();
            if (Status status = contacts.updateAffiliation(reopened); !status.ok())
                return status;
        }
        return tx.commit();
    };
    return firstRun(tr("Change of organisation"), redo, undo, std::move(report));
}

} // namespace partner_commands

} // namespace maillage::ui
