// SPDX-License-Identifier: EUPL-1.2
#include "ui/meetings/editor/EditorLookups.h"

#include "core/storage/ActionPlanRepository.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/OrganisationRepository.h"

#include <QComboBox>
#include <QCompleter>

namespace maillage {

namespace {

void addRow(QStandardItemModel& model, const QString& text, qint64 id)
{
    auto* item = new QStandardItem(text);
    item->setData(id, Qt::UserRole);
    model.appendRow(item);
}

} // namespace

EditorLookups::EditorLookups(Database& db, QObject* parent) : QObject(parent)
{
    addRow(m_contactsModel, QStringLiteral("—"), 0);
    if (auto contacts = ContactRepository(db).list(); contacts.ok())
        for (const Contact& contact : contacts.value()) {
            const QString name = contact.displayName();
            m_contacts.insert(contact.id, name);
            addRow(m_contactsModel, name, contact.id);
        }
    if (auto organisations = OrganisationRepository(db).list(); organisations.ok())
        for (const Organisation& organisation : organisations.value())
            m_organisations.insert(organisation.id, organisation.acronym.isEmpty() ? organisation.name
                                                                                   : organisation.acronym);
    if (auto instances = InstanceRepository(db).list(); instances.ok())
        for (const Instance& instance : instances.value()) {
            m_instances.insert(instance.id, instance.name);
            m_quorums.insert(instance.id, instance.quorum);
        }
    addRow(m_sheetsModel, QStringLiteral("—"), 0);
    if (auto sheets = ActionPlanRepository(db).listSheets(); sheets.ok())
        for (const ActionSheet& sheet : sheets.value())
            addRow(m_sheetsModel, sheet.code + QStringLiteral(" ") + sheet.title, sheet.id);
}

void EditorLookups::setUpContactPicker(QComboBox* combo, QStandardItemModel* model)
{
    combo->setModel(model);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
}

void EditorLookups::selectId(QComboBox* combo, qint64 id)
{
    const int index = combo->findData(id, Qt::UserRole);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

qint64 EditorLookups::selectedId(const QComboBox* combo)
{
    return combo->currentData(Qt::UserRole).toLongLong();
}

} // namespace maillage
