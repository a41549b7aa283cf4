// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Contact.h"
#include "core/domain/Organisation.h"
#include "core/util/Result.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace maillage {
class Database;
}

namespace maillage::ui {

/// An undoable change of the partners section: the first redo() is the change already made by the caller
/// (so a refused save never reaches the stack); later redo()/undo() run the steps and report failures.
class PartnerCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using Report = std::function<void(const Status&)>;

    PartnerCommand(const QString& text, Step redoStep, Step undoStep, Report report);
    void redo() override;
    void undo() override;

private:
    void run(const Step& step);

    Step m_redo;
    Step m_undo;
    Report m_report;
    bool m_first = true;
};

/// Builds the commands: each runs its change once and returns the command to push, or the error.
namespace partner_commands {

Result<PartnerCommand*> createOrganisation(Database& db, Organisation value, qint64 councilId,
                                           PartnerCommand::Report report);
/// The edits save over the version the user opened (after.version): a Conflict error when someone else
/// saved meanwhile, and nothing is written. Their undo and redo refuse (Conflict) once someone else saved.
Result<PartnerCommand*> editOrganisation(Database& db, const Organisation& before, const Organisation& after,
                                         PartnerCommand::Report report);
Result<PartnerCommand*> deleteOrganisation(Database& db, qint64 id, PartnerCommand::Report report);
/// organisationId > 0: the new contact's first (current) affiliation.
Result<PartnerCommand*> createContact(Database& db, Contact value, qint64 organisationId,
                                      PartnerCommand::Report report);
Result<PartnerCommand*> editContact(Database& db, const Contact& before, const Contact& after,
                                    PartnerCommand::Report report);
/// Deletes the contact; undo brings back the person and their affiliations (with a new id).
Result<PartnerCommand*> deleteContact(Database& db, qint64 id, PartnerCommand::Report report);
/// ContactRepository::changeOrganisation; undo reopens the closed affiliations and drops the new one.
Result<PartnerCommand*> changeOrganisation(Database& db, qint64 contactId, qint64 organisationId, const QDate& day,
                                           const QString& jobTitle, PartnerCommand::Report report);

} // namespace partner_commands

} // namespace maillage::ui
