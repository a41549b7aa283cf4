// SPDX-License-Identifier: EUPL-1.2
// The series half of MeetingsWidget: edit one occurrence alone, or the series from a date on; both undoable.
#include "core/meetings/SeriesPlanner.h"
#include "core/storage/Database.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MeetingSeriesRepository.h"
#include "ui/instances/InstanceCommands.h"
#include "ui/instances/SeriesDialog.h"
#include "ui/meetings/MeetingActionDialog.h"
#include "ui/meetings/MeetingsWidget.h"

#include <QAction>
#include <QMenu>
#include <QPointer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

namespace maillage::ui {

void MeetingsWidget::createSeriesActions()
{
    m_editOccurrence = new QAction(tr("Edit this occurrence only…"), this);
    m_editOccurrence->setObjectName(QStringLiteral("editOccurrenceAction"));
    m_editOccurrence->setToolTip(tr("The meeting leaves its series, keeps its date and opens in the editor"));
    connect(m_editOccurrence, &QAction::triggered, this, &MeetingsWidget::editOccurrence);
    m_editSeries = new QAction(tr("Edit the series from this date…"), this);
    m_editSeries->setObjectName(QStringLiteral("editSeriesAction"));
    m_editSeries->setToolTip(tr("Change the cadence of the series from this meeting on; past and held meetings stay"));
    connect(m_editSeries, &QAction::triggered, this, &MeetingsWidget::editSeries);

    m_undo = new QUndoStack(this);
    m_undo->setObjectName(QStringLiteral("meetingsUndoStack"));
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("meetingsUndoAction"));
    undo->setShortcut(QKeySequence::Undo); // window-wide, active only while the section is shown
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("meetingsRedoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    addActions({undo, redo});
    // One toolbar button for both series actions, so the toolbar still fits; undo and redo are in the context
    // menu and on Ctrl+Z / Ctrl+Shift+Z ("Annuler" would read twice in the French toolbar).
    auto* seriesMenu = new QMenu(tr("Series"), this);
    seriesMenu->setObjectName(QStringLiteral("meetingSeriesMenu"));
    seriesMenu->addActions({m_editOccurrence, m_editSeries});
    auto* seriesButton = new QToolButton(m_toolBar);
    seriesButton->setObjectName(QStringLiteral("meetingSeriesButton"));
    seriesButton->setText(tr("Series"));
    seriesButton->setToolTip(tr("Edit this occurrence only, or the series from this date"));
    seriesButton->setMenu(seriesMenu);
    seriesButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(seriesButton);
    m_undoActions = {undo, redo};
}

qint64 MeetingsWidget::currentSeriesId()
{
    const qint64 id = currentMeetingId();
    if (!database() || id <= 0)
        return 0;
    auto known = m_seriesOf.constFind(id);
    if (known != m_seriesOf.constEnd())
        return known.value();
    auto meeting = MeetingRepository(*database()).get(id);
    const qint64 series = meeting.ok() ? meeting->seriesId : 0;
    m_seriesOf.insert(id, series);
    return series;
}

void MeetingsWidget::editOccurrence()
{
    QString name;
    const auto meeting = currentMeeting(&name);
    if (!meeting || meeting->seriesId <= 0)
        return;
    QPointer<MeetingActionDialog> dialog = MeetingActionDialog::forConfirmation(
        tr("Edit this occurrence only"),
        tr("%1 leaves its series: it keeps its date and what it holds, and later changes of the series no longer "
           "move it. It then opens in the editor.")
            .arg(name),
        tr("Detach and edit"), this);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    delete dialog;
    if (!accepted)
        return;
    Database& db = *database();
    const qint64 id = meeting->id;
    const qint64 seriesId = meeting->seriesId;
    if (Status status = SeriesPlanner(db).detach(id); !status) {
        showError(status.error());
        return;
    }
    m_undo->push(new StepCommand(
        tr("Edit %1 alone").arg(name), [&db, id] { return SeriesPlanner(db).detach(id); },
        [&db, id, seriesId] { return SeriesPlanner(db).attach(id, seriesId); },
        [this, id](const Status& status) {
            if (!status)
                showError(status.error());
            reloadAndSelect(id);
        }));
    reloadAndSelect(id);
    editMeeting(id);
}

void MeetingsWidget::editSeries()
{
    const auto meeting = currentMeeting();
    if (!meeting || meeting->seriesId <= 0)
        return;
    Database& db = *database();
    const qint64 seriesId = meeting->seriesId;
    auto series = MeetingSeriesRepository(db).get(seriesId);
    if (!series) {
        showError(series.error());
        return;
    }
    auto instance = InstanceRepository(db).get(meeting->instanceId);
    if (!instance) {
        showError(instance.error());
        return;
    }
    const QDate today = QDate::currentDate();
    SeriesDialog dialog(db, instance.value(), this);
    dialog.setReplan(series.value(), meeting.value(), today);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto record = std::make_shared<ReplanRecord>(dialog.replanRecord());
    const QDate from = dialog.replanFrom();
    const SeriesPlan plan = dialog.plan();
    const qint64 id = meeting->id;
    m_undo->push(new StepCommand(
        tr("Re-plan the series of %1 from %2").arg(instance->name, QLocale().toString(from, QLocale::ShortFormat)),
        [&db, seriesId, from, plan, today, record] {
            return Status(SeriesPlanner(db).replanFrom(seriesId, from, plan, today, record.get()));
        },
        [&db, record] { return SeriesPlanner(db).undoReplan(*record); },
        [this, id](const Status& status) {
            if (!status)
                showError(status.error());
            reloadAndSelect(id);
        }));
    reloadAndSelect(id); // the meeting may have been replaced: then nothing is selected
}

} // namespace maillage::ui
