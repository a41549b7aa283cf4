// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"
#include "ui/main/Section.h"

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTableView;
class QToolBar;
class QUndoStack;

namespace maillage {
class ContactListModel;
class OrganisationListModel;
} // namespace maillage

namespace maillage::ui {

class PartnerCommand;
class PartnerFilterBar;

/// The partners section: organisations and contacts in two tabs, searched as you type and filtered by sector,
/// commune, pillar, instance and activity; sorted on any column (remembered); edited in dialogs with undo/redo;
/// contacts imported (vCard, CSV, with a preview and one undoable batch) and exported (vCard, CSV).
/// Other features extend toolBar() and the context menus.
class PartnersWidget : public Section
{
    Q_OBJECT

public:
    enum Tab { OrganisationsTab, ContactsTab };

    explicit PartnersWidget(QWidget* parent = nullptr);
    ~PartnersWidget() override;

    void refresh() override;
    QLineEdit* searchBox() const override { return m_search; }
    OrganisationListModel* organisations() const { return m_organisations; }
    ContactListModel* contacts() const { return m_contacts; }
    QTableView* organisationTable() const { return m_organisationTable; }
    QTableView* contactTable() const { return m_contactTable; }
    QTabWidget* tabs() const { return m_tabs; }
    PartnerFilterBar* filterBar() const { return m_filters; }
    QUndoStack* undoStack() const { return m_undo; }
    /// Extension points: actions added here show in the section's toolbar and the lists' context menus.
    QToolBar* toolBar() const { return m_toolBar; }
    QMenu* organisationMenu() const { return m_organisationMenu; }
    QMenu* contactMenu() const { return m_contactMenu; }
    QAction* undoImportAction() const { return m_undoImport; }

    qint64 currentOrganisationId() const;
    qint64 currentContactId() const;
    QList<qint64> selectedContactIds() const;

    // The actions, callable from tests without their dialogs' exec().
    /// Opens the editor of the current tab's selected record (or a new one when id is 0).
    void editOrganisation(qint64 id);
    void editContact(qint64 id);
    void deleteCurrent();
    /// Opens the vCard or CSV import dialog for path (by extension); true when something was imported.
    bool importFile(const QString& path);
    /// Undoes the latest contact import after asking (ask false: at once); true when undone.
    bool undoLastImport(bool ask = true);
    /// Writes the contacts (ids; all when empty) to path as vCard 4.0 or CSV (UTF-8 BOM, ';').
    bool exportContacts(const QString& path, bool csv, const QList<qint64>& ids);

signals:
    /// After an import or its undo: other sections may show these people.
    void dataChanged();

private:
    void buildActions();
    void applyFilters();
    void updateCounts();
    void updateActions();
    /// Runs a command built by partner_commands; pushes it when the change was made.
    bool push(const Result<PartnerCommand*>& command);
    /// Pushes save(opened, edited); on a conflict asks the user (ConflictDialog) and saves the choice over
    /// the version now stored. False when the user cancelled: nothing saved, the editor opens again.
    template <typename T>
    bool saveResolvingConflicts(const T& opened, const T& edited,
                                const std::function<Result<PartnerCommand*>(const T&, const T&)>& save,
                                const std::function<Result<T>()>& reload);
    void reportStatus(const Status& status);
    void chooseExport(bool csv, bool selectedOnly);
    void chooseImport();
    void saveHeaders() const;
    void restoreHeaders();

    OrganisationListModel* m_organisations = nullptr;
    ContactListModel* m_contacts = nullptr;
    QLineEdit* m_search = nullptr;
    PartnerFilterBar* m_filters = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_organisationTable = nullptr;
    QTableView* m_contactTable = nullptr;
    QToolBar* m_toolBar = nullptr;
    QMenu* m_organisationMenu = nullptr;
    QMenu* m_contactMenu = nullptr;
    QUndoStack* m_undo = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_undoImport = nullptr;
    QLabel* m_status = nullptr;
    bool m_headersRestored = false;
    bool m_restoring = false;
};

} // namespace maillage::ui
