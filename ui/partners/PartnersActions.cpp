// SPDX-License-Identifier: EUPL-1.2
// The actions half of PartnersWidget: new, edit, delete with undo; import, undo of an import, export.
#include "core/exchange/ContactExport.h"
#include "core/exchange/ContactImportPlan.h"
#include "core/models/ContactListModel.h"
#include "core/models/OrganisationListModel.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/UndoBatchRepository.h"
#include "ui/common/ConflictDialog.h"
#include "ui/exchange/CsvImportDialog.h"
#include "ui/exchange/VCardImportDialog.h"
#include "ui/partners/ContactEditorDialog.h"
#include "ui/partners/OrganisationEditorDialog.h"
#include "ui/partners/PartnerCommands.h"
#include "ui/partners/PartnerFilterBar.h"
#include "ui/partners/PartnersWidget.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace maillage::ui {

namespace {

QAction* makeAction(const QString& text, const QString& objectName, QObject* parent, const QKeySequence& shortcut = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut); // window-wide, active only while the section is shown
    }
    return action;
}

} // namespace

void PartnersWidget::buildActions()
{
    m_new = makeAction(tr("&New"), QStringLiteral("newPartnerAction"), this, QKeySequence::New);
    m_edit = makeAction(tr("&Open"), QStringLiteral("editPartnerAction"), this);
    m_delete = makeAction(tr("&Delete"), QStringLiteral("deletePartnerAction"), this, QKeySequence::Delete);
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("partnersUndoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("partnersRedoAction"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    QAction* import = makeAction(tr("&Import contacts…"), QStringLiteral("importPartnersAction"), this);
    m_undoImport = makeAction(tr("Undo the &import"), QStringLiteral("undoImportAction"), this);
    auto* exportMenu = new QMenu(tr("&Export"), this);
    exportMenu->setObjectName(QStringLiteral("partnersExportMenu"));
    const struct
    {
        QString text;
        QString name;
        bool csv;
        bool selected;
    } exports[] = {{tr("Selected contacts as vCard…"), QStringLiteral("exportSelectedVCard"), false, true},
                   {tr("Selected contacts as CSV…"), QStringLiteral("exportSelectedCsv"), true, true},
                   {tr("All contacts as vCard…"), QStringLiteral("exportAllVCard"), false, false},
                   {tr("All contacts as CSV…"), QStringLiteral("exportAllCsv"), true, false}};
    for (const auto& entry : exports) {
        QAction* action = exportMenu->addAction(entry.text);
        action->setObjectName(entry.name);
        connect(action, &QAction::triggered, this,
                [this, csv = entry.csv, selected = entry.selected] { chooseExport(csv, selected); });
    }
    for (QAction* action : {m_new, m_edit, m_delete, undo, redo, import, m_undoImport})
        addAction(action);
    m_toolBar->addAction(m_new);
    m_toolBar->addAction(m_edit);
    m_toolBar->addAction(m_delete);
    m_toolBar->addSeparator();
    m_toolBar->addAction(undo);
    m_toolBar->addAction(redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(import);
    m_toolBar->addAction(m_undoImport);
    auto* exportButton = new QToolButton(m_toolBar);
    exportButton->setObjectName(QStringLiteral("partnersExportButton"));
    exportButton->setText(tr("&Export"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(exportButton);
    for (QMenu* menu : {m_organisationMenu, m_contactMenu}) {
        menu->addAction(m_edit);
        menu->addAction(m_new);
        menu->addAction(m_delete);
        menu->addSeparator();
    }
    m_contactMenu->addMenu(exportMenu);

    connect(m_new, &QAction::triggered, this,
            [this] { m_tabs->currentIndex() == OrganisationsTab ? editOrganisation(0) : editContact(0); });
    connect(m_edit, &QAction::triggered, this, [this] {
        m_tabs->currentIndex() == OrganisationsTab ? editOrganisation(currentOrganisationId())
                                                   : editContact(currentContactId());
    });
    connect(m_delete, &QAction::triggered, this, &PartnersWidget::deleteCurrent);
    connect(import, &QAction::triggered, this, &PartnersWidget::chooseImport);
    connect(m_undoImport, &QAction::triggered, this, [this] { undoLastImport(true); });
    updateActions();
}

void PartnersWidget::updateActions()
{
    const bool open = database() != nullptr;
    const bool selected =
        m_tabs->currentIndex() == OrganisationsTab ? currentOrganisationId() > 0 : currentContactId() > 0;
    m_new->setEnabled(open);
    m_edit->setEnabled(open && selected);
    m_delete->setEnabled(open && selected);
    qint64 batch = 0;
    if (open)
        if (auto latest = UndoBatchRepository(*database())
                              .latestUndoable({contacts::csvImportKind(), contacts::vcardImportKind()});
            latest.ok())
            batch = latest.value();
    m_undoImport->setEnabled(batch > 0);
}

void PartnersWidget::reportStatus(const Status& status)
{
    if (!status.ok())
        QMessageBox::warning(this, tr("Partners"), status.error().message);
    m_filters->setDatabase(database());
    applyFilters();
}

bool PartnersWidget::push(const Result<PartnerCommand*>& command)
{
    if (!command.ok()) {
        QMessageBox::warning(this, tr("Partners"), command.error().message);
        return false;
    }
    m_undo->push(command.value()); // its first redo() does nothing: the change is made
    m_filters->setDatabase(database());
    applyFilters();
    return true;
}

template <typename T>
bool PartnersWidget::saveResolvingConflicts(const T& opened, const T& edited,
                                            const std::function<Result<PartnerCommand*>(const T&, const T&)>& save,
                                            const std::function<Result<T>()>& reload)
{
    // Saves over the version opened; when someone saved meanwhile, the user chooses field by field and
    // the choice saves over the version now stored, until it goes through or the user goes back.
    T base = opened;
    T value = edited;
    for (;;) {
        Result<PartnerCommand*> command = save(base, value);
        if (command.ok() || command.error().kind != Error::Kind::Conflict) {
            push(command);
            return true;
        }
        Result<T> stored = reload();
        if (!stored.ok()) {
            reportStatus(stored.error());
            return true;
        }
        Resolution<T> resolution = resolveConflict(*database(), opened, value, stored.value(), this);
        switch (resolution.outcome) {
        case Resolution<T>::Outcome::Cancelled:
            m_status->setText(tr("Not saved: someone else changed this record meanwhile."));
            return false;
        case Resolution<T>::Outcome::NothingToSave:
            m_status->setText(tr("Their version was kept; yours was not saved."));
            m_filters->setDatabase(database());
            applyFilters();
            return true;
        case Resolution<T>::Outcome::Save:
            base = stored.value();
            value = resolution.value;
            break;
        }
    }
}

void PartnersWidget::editOrganisation(qint64 id)
{
    Database* db = database();
    if (!db)
        return;
    Organisation before;
    if (id > 0) {
        auto stored = OrganisationRepository(*db).get(id);
        if (!stored.ok())
            return reportStatus(stored.error());
        before = stored.value();
    }
    const auto report = [this](const Status& status) { reportStatus(status); };
    Organisation shown = before;
    for (;;) {
        OrganisationEditorDialog dialog(*db, shown, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (id <= 0) {
            auto councils = CouncilRepository(*db).list();
            const qint64 councilId = councils.ok() && councils->size() == 1 ? councils->front().id : 0;
            push(partner_commands::createOrganisation(*db, dialog.value(), councilId, report));
            return;
        }
        shown = dialog.value();
        const auto save = [&](const Organisation& base, const Organisation& value) {
            return partner_commands::editOrganisation(*db, base, value, report);
        };
        const auto reload = [&] { return OrganisationRepository(*db).get(id); };
        if (saveResolvingConflicts<Organisation>(before, shown, save, reload))
            return;
        // Cancelled in the conflict dialog: back to the editor with the input as typed.
    }
}

void PartnersWidget::editContact(qint64 id)
{
    Database* db = database();
    if (!db)
        return;
    Contact before;
    if (id > 0) {
        auto stored = ContactRepository(*db).get(id);
        if (!stored.ok())
            return reportStatus(stored.error());
        before = stored.value();
    }
    const auto report = [this](const Status& status) { reportStatus(status); };
    Contact shown = before;
    for (;;) {
        ContactEditorDialog dialog(*db, shown, this);
        dialog.setChangeOrganisationHandler(
            [this, db, id, report](qint64 organisationId, const QDate& day, const QString& jobTitle) {
                return push(partner_commands::changeOrganisation(*db, id, organisationId, day, jobTitle, report));
            });
        if (dialog.exec() != QDialog::Accepted || before.isErased())
            return;
        if (id <= 0) {
            push(partner_commands::createContact(*db, dialog.value(), dialog.organisationId(), report));
            return;
        }
        shown = dialog.value();
        const auto save = [&](const Contact& base, const Contact& value) {
            return partner_commands::editContact(*db, base, value, report);
        };
        const auto reload = [&] { return ContactRepository(*db).get(id); };
        if (saveResolvingConflicts<Contact>(before, shown, save, reload))
            return;
    }
}

void PartnersWidget::deleteCurrent()
{
    Database* db = database();
    if (!db)
        return;
    const bool organisation = m_tabs->currentIndex() == OrganisationsTab;
    const qint64 id = organisation ? currentOrganisationId() : currentContactId();
    if (id <= 0)
        return;
    const QString question = organisation ? tr("Delete this organisation? Ctrl+Z brings it back.")
                                          : tr("Delete this contact with their attendance and memberships? Ctrl+Z "
                                               "brings back the person and their organisations.");
    if (QMessageBox::question(this, tr("Delete"), question) != QMessageBox::Yes)
        return;
    const auto report = [this](const Status& status) { reportStatus(status); };
    push(organisation ? partner_commands::deleteOrganisation(*db, id, report)
                      : partner_commands::deleteContact(*db, id, report));
}

void PartnersWidget::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import contacts"), QDir::homePath(),
                                                      tr("Contacts (*.vcf *.vcard *.csv *.txt)"));
    if (!path.isEmpty())
        importFile(path);
}

bool PartnersWidget::importFile(const QString& path)
{
    Database* db = database();
    if (!db)
        return false;
    const bool csv = !path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive) &&
                     !path.endsWith(QLatin1String(".vcard"), Qt::CaseInsensitive);
    bool imported = false;
    if (csv) {
        CsvImportDialog dialog(*db, path, this);
        imported = dialog.exec() == QDialog::Accepted && dialog.batchId() > 0;
    } else {
        VCardImportDialog dialog(*db, path, this);
        imported = dialog.exec() == QDialog::Accepted && dialog.batchId() > 0;
    }
    if (imported) {
        m_filters->setDatabase(db);
        applyFilters();
        m_status->setText(
            tr("Imported %1. “Undo the import” reverts it as a whole.").arg(QDir::toNativeSeparators(path)));
        emit dataChanged();
    }
    return imported;
}

bool PartnersWidget::undoLastImport(bool ask)
{
    Database* db = database();
    if (!db)
        return false;
    UndoBatchRepository batches(*db);
    auto latest = batches.latestUndoable({contacts::csvImportKind(), contacts::vcardImportKind()});
    if (!latest.ok() || latest.value() <= 0)
        return false;
    auto batch = batches.get(latest.value());
    if (!batch.ok())
        return false;
    if (ask && QMessageBox::question(this, tr("Undo the import"),
                                     tr("Undo the import of %1 (%2 change(s))? Contacts and organisations it created "
                                        "are deleted, the ones it completed get their former values back.")
                                         .arg(batch->label.isEmpty() ? batch->kind : batch->label)
                                         .arg(batch->items.size())) != QMessageBox::Yes)
        return false;
    const Status status = batches.undo(batch->id);
    m_undo->clear(); // the commands may refer to records the batch removed
    reportStatus(status);
    if (status.ok()) {
        m_status->setText(tr("The import of %1 was undone.").arg(batch->label));
        emit dataChanged();
    }
    return status.ok();
}

bool PartnersWidget::exportContacts(const QString& path, bool csv, const QList<qint64>& ids)
{
    Database* db = database();
    if (!db)
        return false;
    auto all = contacts::exportedContacts(*db);
    if (!all.ok()) {
        reportStatus(all.error());
        return false;
    }
    std::vector<contacts::ExportedContact> chosen;
    for (const contacts::ExportedContact& exported : all.value())
        if ((ids.isEmpty() || ids.contains(exported.contact.id)) && !exported.contact.isErased())
            chosen.push_back(exported);
    const QByteArray bytes = csv ? contacts::writeContactsCsv(chosen, u';') : contacts::writeVCards(chosen);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export contacts"),
                             tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_status->setText(
        tr("%n contact(s) written to %1.", nullptr, int(chosen.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void PartnersWidget::chooseExport(bool csv, bool selectedOnly)
{
    const QList<qint64> ids = selectedOnly ? selectedContactIds() : QList<qint64>();
    if (selectedOnly && ids.isEmpty()) {
        QMessageBox::information(this, tr("Export contacts"), tr("Select contacts in the Contacts tab first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export contacts"),
        QDir::home().filePath(csv ? QStringLiteral("contacts.csv") : QStringLiteral("contacts.vcf")),
        csv ? tr("CSV for Excel (*.csv)") : tr("vCard (*.vcf)"));
    if (!path.isEmpty())
        exportContacts(path, csv, ids);
}

} // namespace maillage::ui
