// SPDX-License-Identifier: EUPL-1.2
// SituationsWidget: creating, editing and deleting situations as undoable commands, and the purge.
#include "ui/situations/SituationsWidget.h"

#include "core/situations/SituationPurge.h"
#include "core/storage/SituationRepository.h"
#include "ui/situations/SituationDialog.h"

#include <QAction>
#include <QMessageBox>
#include <QTableWidget>
#include <QUndoStack>

namespace maillage::ui {

namespace {
using SituationCommand = RecordCommand<Situation, SituationRepository, SituationsWidget>;
} // namespace

void SituationsWidget::openEditor(const Situation& situation)
{
    QStringList sectors;
    for (const Situation& s : m_situations)
        if (!s.referralSector.isEmpty() && !sectors.contains(s.referralSector))
            sectors << s.referralSector;
    sectors.sort();
    auto* dialog = new SituationDialog(situation, sectors, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before = situation] {
        const Situation after = dialog->situation();
        if (before.id > 0)
            m_undo->push(new SituationCommand(*database(), *this, before, after,
                                              tr("edit the situation %1").arg(before.pseudonym)));
        else
            m_undo->push(new SituationCommand(*database(), *this, std::nullopt, after,
                                              tr("create the situation %1").arg(after.pseudonym)));
    });
    dialog->open();
}

std::optional<Situation> SituationsWidget::storedSelection()
{
    return storedRecord<Situation, SituationRepository>(database(), selectedId(), *this);
}

void SituationsWidget::selectSituation(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0) && m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, 0));
            return;
        }
}

void SituationsWidget::updateActions()
{
    const bool usable = database() && m_enabled;
    const bool selected = usable && selectedId() > 0;
    m_new->setEnabled(usable);
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void SituationsWidget::newSituation()
{
    if (!database() || !m_enabled)
        return;
    Situation situation;
    situation.councilId = councilId();
    situation.openedOn = QDate::currentDate();
    auto pseudonym = SituationRepository(*database()).nextPseudonym(situation.councilId, situation.openedOn.year());
    if (!pseudonym.ok()) {
        showError(pseudonym.error().message);
        return;
    }
    situation.pseudonym = pseudonym.value();
    openEditor(situation);
}

void SituationsWidget::editSelected()
{
    if (const std::optional<Situation> stored = storedSelection())
        openEditor(*stored);
}

void SituationsWidget::deleteSelected()
{
    const std::optional<Situation> stored = storedSelection();
    if (!stored)
        return;
    m_undo->push(new SituationCommand(*database(), *this, stored, std::nullopt,
                                      tr("delete the situation %1").arg(stored->pseudonym)));
}

void SituationsWidget::purgeNow()
{
    if (!database() || !m_enabled)
        return;
    auto outcome = SituationPurge::run(*database(), councilId(), QDate::currentDate(), true);
    if (!outcome.ok())
        showError(outcome.error().message);
    else if (outcome.value().purged > 0)
        m_undo->clear(); // deleted for good: nothing before the purge may come back
    fill();
}

void SituationsWidget::showError(const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cellule de situations"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("situationError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace maillage::ui
