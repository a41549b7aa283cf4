// SPDX-License-Identifier: EUPL-1.2
// The actions of the meetings section: new, open, duplicate, cancel, postpone.
#include "core/models/MeetingListModel.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingCopy.h"
#include "core/storage/MeetingRepository.h"
#include "ui/documents/DocumentExportDialog.h"
#include "ui/meetings/MeetingActionDialog.h"
#include "ui/meetings/MeetingsWidget.h"
#include "ui/meetings/editor/MeetingEditorDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTableView>

namespace maillage::ui {

namespace {

/// "Comité de pilotage, 10/03/2026 14:00" for the questions asked about a meeting.
QString meetingName(const Meeting& meeting, const QString& instanceName)
{
    const QString name = meeting.title.isEmpty() ? instanceName : meeting.title;
    return QStringLiteral("%1, %2").arg(name, QLocale().toString(meeting.startsAt, QLocale::ShortFormat));
}

} // namespace

void MeetingsWidget::showError(const Error& error)
{
    // Not exec(): the window stays responsive and tests can read the box.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Meetings"), error.message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("meetingsError"));
    box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MeetingsWidget::reloadAndSelect(qint64 meetingId)
{
    fillChoices(); // a new year or instance may have appeared
    applyFilter();
    if (meetingId > 0)
        selectMeeting(meetingId);
}

void MeetingsWidget::editMeeting(qint64 meetingId)
{
    if (!database() || meetingId <= 0)
        return;
    if (MeetingEditorDialog::editMeeting(*database(), meetingId, this))
        reloadAndSelect(meetingId);
}

void MeetingsWidget::newMeeting()
{
    if (!database())
        return;
    auto instances = MeetingListQueries(*database()).instances();
    if (!instances) {
        showError(instances.error());
        return;
    }
    if (instances->empty()) {
        showError({Error::Kind::Invalid, tr("Create an instance first: every meeting belongs to one."), {}});
        return;
    }
    QPointer<MeetingActionDialog> dialog = MeetingActionDialog::forNewMeeting(instances.value(), this);
    // The instance chosen in the filter is the likely one.
    if (const qint64 filtered = m_model->filter().instanceId; filtered > 0)
        dialog->setInstanceId(filtered);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    const qint64 instanceId = dialog ? dialog->instanceId() : 0;
    delete dialog;
    if (!accepted || instanceId <= 0)
        return;
    if (MeetingEditorDialog::createMeeting(*database(), instanceId, this))
        reloadAndSelect(0);
}

void MeetingsWidget::openMeeting()
{
    editMeeting(currentMeetingId());
}

void MeetingsWidget::openReplacement()
{
    const qint64 replacement = m_model->postponedToAt(m_table->currentIndex().row());
    if (replacement <= 0)
        return;
    if (!selectMeeting(replacement)) {
        // Not read yet (or filtered out): show every meeting so the list can point at it.
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_year->setCurrentIndex(0);
        selectMeeting(replacement);
    }
    editMeeting(replacement);
}

void MeetingsWidget::meetingDocuments()
{
    const qint64 id = currentMeetingId();
    if (!database() || id <= 0)
        return;
    DocumentExportDialog dialog(*database(), id, this);
    dialog.exec();
}

std::optional<Meeting> MeetingsWidget::currentMeeting(QString* name)
{
    const qint64 id = currentMeetingId();
    if (!database() || id <= 0)
        return std::nullopt;
    auto meeting = MeetingRepository(*database()).get(id);
    if (!meeting) {
        showError(meeting.error());
        return std::nullopt;
    }
    if (name) {
        const QString instanceName =
            m_model->index(m_table->currentIndex().row(), MeetingListModel::InstanceColumn).data().toString();
        *name = meetingName(meeting.value(), instanceName);
    }
    return std::move(meeting.value());
}

std::optional<QDateTime> MeetingsWidget::askDate(const QString& title, const QString& explanation,
                                                 const QDateTime& suggested)
{
    QPointer<MeetingActionDialog> dialog = MeetingActionDialog::forDate(title, explanation, suggested, this);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    const QDateTime when = dialog ? dialog->dateTime() : QDateTime();
    delete dialog;
    if (!accepted)
        return std::nullopt;
    return when;
}

void MeetingsWidget::duplicateMeeting()
{
    QString name;
    const auto meeting = currentMeeting(&name);
    if (!meeting)
        return;
    const auto when = askDate(tr("Duplicate the meeting"),
                              tr("A new meeting of the same instance, with the agenda and the expected attendance of "
                                 "%1. The minutes, decisions and follow-ups are not copied.")
                                  .arg(name),
                              meeting->startsAt.addMonths(1));
    if (!when)
        return;
    auto copy = maillage::duplicateMeeting(*database(), meeting->id, when.value());
    if (!copy) {
        showError(copy.error());
        return;
    }
    reloadAndSelect(copy->id);
}

void MeetingsWidget::cancelMeeting()
{
    QString name;
    auto meeting = currentMeeting(&name);
    if (!meeting)
        return;
    QPointer<MeetingActionDialog> dialog = MeetingActionDialog::forCancel(name, this);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    const QString reason = dialog ? dialog->reason() : QString();
    delete dialog;
    if (!accepted)
        return;
    if (Status status = MeetingRepository(*database()).cancel(meeting.value(), reason); !status) {
        showError(status.error());
        return;
    }
    reloadAndSelect(meeting->id);
}

void MeetingsWidget::postponeMeeting()
{
    QString name;
    auto meeting = currentMeeting(&name);
    if (!meeting)
        return;
    const auto when = askDate(tr("Postpone the meeting"),
                              tr("%1 will show as postponed, pointing to the new meeting, which takes over its agenda "
                                 "and expected attendance.")
                                  .arg(name),
                              meeting->startsAt.addDays(7));
    if (!when)
        return;
    auto next = MeetingRepository(*database()).postpone(meeting.value(), when.value());
    if (!next) {
        showError(next.error());
        return;
    }
    reloadAndSelect(meeting->id);
}

} // namespace maillage::ui
