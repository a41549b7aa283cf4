// SPDX-License-Identifier: EUPL-1.2
#include "ui/meetings/editor/MeetingEditorDialog.h"

#include "ui/documents/DocumentExportDialog.h"

#include "core/meetings/MeetingPreparation.h"
#include "core/storage/MeetingRepository.h"
#include "ui/common/ConflictDialog.h"
#include "ui/meetings/editor/AgendaWidget.h"
#include "ui/meetings/editor/AttendanceWidget.h"
#include "ui/meetings/editor/EditorLookups.h"
#include "ui/meetings/editor/FollowUpsWidget.h"
#include "ui/meetings/editor/MeetingEditState.h"
#include "ui/meetings/editor/MeetingHeaderWidget.h"
#include "ui/meetings/editor/MinutesEditorWidget.h"
#include "ui/meetings/editor/MinutesStatusWidget.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace maillage {

MeetingEditorDialog::MeetingEditorDialog(Database& db, Meeting meeting, QWidget* parent)
    : QDialog(parent), m_db(db), m_lookups(new EditorLookups(db, this)),
      m_state(new MeetingEditState(std::move(meeting), this)),
      m_header(new MeetingHeaderWidget(m_state, m_lookups, this)), m_tabs(new QTabWidget(this)),
      m_agenda(new AgendaWidget(db, m_state, this)), m_attendance(new AttendanceWidget(m_state, m_lookups, this)),
      m_minutes(new MinutesEditorWidget(m_state, this)), m_followUps(new FollowUpsWidget(m_state, m_lookups, this)),
      m_minutesStatus(new MinutesStatusWidget(m_state, m_lookups, this)), m_message(new QLabel(this)),
      m_base(m_state->meeting())
{
    setObjectName(QStringLiteral("meetingEditor"));
    m_tabs->setObjectName(QStringLiteral("meetingEditorTabs"));
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);
    m_tabs->addTab(m_agenda, tr("&Agenda"));
    m_tabs->addTab(m_attendance, tr("A&ttendance"));
    m_tabs->addTab(m_minutes, tr("&Minutes and decisions"));
    m_tabs->addTab(m_followUps, tr("&Follow-up actions"));
    m_tabs->addTab(m_minutesStatus, tr("&Validation and distribution"));

    QUndoStack* undo = m_state->undoStack();
    QAction* undoAction = undo->createUndoAction(this, tr("Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcuts(QKeySequence::Undo);
    QAction* redoAction = undo->createRedoAction(this, tr("Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(QKeySequence::Redo)});
    auto* saveAction = new QAction(tr("Save"), this);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    for (QAction* action : {undoAction, redoAction, saveAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    auto* undoButton = new QToolButton(this);
    undoButton->setDefaultAction(undoAction);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* redoButton = new QToolButton(this);
    redoButton->setDefaultAction(redoAction);
    redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("editorButtons"));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+S)"));
    // Convocation, sign-in sheet, minutes: from the saved meeting, to PDF, ODT or paper.
    auto* documentsAction = new QAction(tr("&Documents and printing…"), this);
    documentsAction->setObjectName(QStringLiteral("documentsAction"));
    documentsAction->setShortcut(QKeySequence::Print);
    documentsAction->setShortcutContext(Qt::WindowShortcut);
    addAction(documentsAction);
    auto* documentsButton = buttons->addButton(tr("&Documents and printing…"), QDialogButtonBox::ActionRole);
    documentsButton->setObjectName(QStringLiteral("documentsButton"));
    documentsButton->setToolTip(tr("Convocation, sign-in sheet, minutes or record of decisions (Ctrl+P)"));
    connect(documentsButton, &QPushButton::clicked, documentsAction, &QAction::trigger);
    connect(documentsAction, &QAction::triggered, this, &MeetingEditorDialog::openDocuments);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connect(saveAction, &QAction::triggered, this, [this] { (void)save(); });
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] { (void)save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_agenda, &AgendaWidget::moveToNextRequested, this, &MeetingEditorDialog::moveToNext);
    connect(m_minutesStatus, &MinutesStatusWidget::validateRequested, this, &MeetingEditorDialog::validateMinutes);
    connect(undo, &QUndoStack::cleanChanged, this, &MeetingEditorDialog::updateTitle);
    connect(m_state, &MeetingEditState::changed, this, [this] {
        updateTitle();
        m_message->clear();
    });
    // Text fields keep Ctrl+Z for their own undo; the editor's stack takes it instead.
    qApp->installEventFilter(this);
    updateTitle();
    resize(1200, 780);
}

MeetingEditorDialog::~MeetingEditorDialog() = default;

void MeetingEditorDialog::openDocuments()
{
    // Documents are built from what is stored: save pending edits first.
    if (m_state->meeting().isNew() || !m_state->undoStack()->isClean()) {
        if (!save().ok())
            return;
    }
    ui::DocumentExportDialog dialog(m_db, m_state->meeting().id, this);
    dialog.exec();
}

const Meeting& MeetingEditorDialog::meeting() const
{
    return m_state->meeting();
}

bool MeetingEditorDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* widget = qobject_cast<QWidget*>(watched);
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undoKey = key->matches(QKeySequence::Undo);
        const bool redoKey = key->matches(QKeySequence::Redo) ||
                             key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z);
        if (widget && widget != this && isAncestorOf(widget) && (undoKey || redoKey)) {
            if (event->type() == QEvent::KeyPress) {
                if (undoKey)
                    m_state->undoStack()->undo();
                else
                    m_state->undoStack()->redo();
            }
            return true; // the override is refused: the dialog's shortcut runs
        }
    }
    return QDialog::eventFilter(watched, event);
}

void MeetingEditorDialog::updateTitle()
{
    const Meeting& m = m_state->meeting();
    setWindowTitle((m.id > 0 ? tr("Meeting: %1") : tr("New meeting: %1")).arg(m.title) + QStringLiteral("[*]"));
    setWindowModified(!m_state->undoStack()->isClean() || m.id <= 0);
}

Status MeetingEditorDialog::saveOrExplain(const std::function<Status(Meeting&)>& write)
{
    // Whatever was being typed in a table cell counts.
    if (QWidget* focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    Meeting meeting = m_state->meeting();
    Status status = write(meeting);
    if (status.ok()) {
        m_base = meeting;
        m_state->reset(std::move(meeting), false);
        m_savedOnce = true;
        m_message->setText(tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        updateTitle();
        return status;
    }
    if (status.error().kind == Error::Kind::Conflict) {
        // Someone saved the meeting meanwhile: the user chooses field by field, then the choice is saved
        // over the version now stored. Nothing of theirs is overwritten without being shown.
        Result<Meeting> stored = MeetingRepository(m_db).get(m_state->meeting().id);
        if (!stored.ok()) {
            m_message->setText(tr("Not saved: %1").arg(stored.error().message));
            QMessageBox::warning(this, tr("Not saved"), stored.error().message);
            return stored.error();
        }
        const ui::Resolution<Meeting> resolution =
            ui::resolveConflict(m_db, m_base, m_state->meeting(), stored.value(), this);
        switch (resolution.outcome) {
        case ui::Resolution<Meeting>::Outcome::Cancelled:
            m_message->setText(tr("Not saved: the meeting was changed meanwhile. Your changes are still here."));
            return status;
        case ui::Resolution<Meeting>::Outcome::NothingToSave:
            m_base = stored.value();
            m_state->reset(stored.value(), true);
            m_message->setText(tr("Their version is shown; yours was not saved."));
            updateTitle();
            return status;
        case ui::Resolution<Meeting>::Outcome::Save:
            m_base = stored.value();
            m_state->reset(resolution.value, true); // earlier steps were on the old version
            return saveOrExplain(write);
        }
        return status;
    }
    m_message->setText(tr("Not saved: %1").arg(status.error().message));
    QMessageBox::warning(this, tr("Not saved"), status.error().message);
    return status;
}

Status MeetingEditorDialog::save()
{
    return saveOrExplain([this](Meeting& m) { return MeetingPreparation::saveMeeting(m_db, m); });
}

void MeetingEditorDialog::validateMinutes(const QDate& on)
{
    if (saveOrExplain([&](Meeting& m) { return MeetingPreparation::validateMinutes(m_db, m, on); }).ok())
        m_message->setText(tr("Minutes validated and saved."));
}

void MeetingEditorDialog::moveToNext(qint64 agendaItemId)
{
    const auto& agenda = m_state->meeting().agenda;
    const auto found =
        std::find_if(agenda.begin(), agenda.end(), [&](const AgendaItem& i) { return i.id == agendaItemId; });
    if (found == agenda.end())
        return;
    const size_t index = size_t(found - agenda.begin());
    // The item must be stored before it can move.
    if (!m_state->undoStack()->isClean() || m_state->meeting().id <= 0 || agendaItemId <= 0)
        if (!save().ok())
            return;
    const qint64 storedId = m_state->meeting().agenda.at(index).id;
    if (Status status = MeetingPreparation::moveItemToNextMeeting(m_db, m_state->meeting().id, storedId);
        !status.ok()) {
        QMessageBox::information(this, tr("Move to next meeting"), status.error().message);
        return;
    }
    Result<Meeting> reloaded = MeetingRepository(m_db).get(m_state->meeting().id);
    if (reloaded.ok()) {
        m_base = reloaded.value();
        m_state->reset(reloaded.value(), true); // earlier steps no longer match what is stored
    }
    m_message->setText(tr("The item was moved to the next meeting."));
}

void MeetingEditorDialog::done(int result)
{
    if (!m_state->undoStack()->isClean()) {
        const auto answer =
            QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to this meeting?"),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save().ok()))
            return;
    }
    QDialog::done(m_savedOnce ? QDialog::Accepted : result);
}

bool MeetingEditorDialog::editMeeting(Database& db, qint64 meetingId, QWidget* parent)
{
    Result<Meeting> meeting = MeetingRepository(db).get(meetingId);
    if (!meeting.ok()) {
        QMessageBox::warning(parent, tr("Open the meeting"), meeting.error().message);
        return false;
    }
    // A meeting planned by a series is still empty: offer the usual agenda and the members expected.
    if (Status prepared = MeetingPreparation::prepareIfEmpty(db, meeting.value()); !prepared.ok())
        QMessageBox::warning(parent, tr("Open the meeting"), prepared.error().message);
    MeetingEditorDialog dialog(db, meeting.value(), parent);
    dialog.exec();
    return dialog.savedOnce();
}

bool MeetingEditorDialog::createMeeting(Database& db, qint64 instanceId, QWidget* parent)
{
    const QDateTime start(QDate::currentDate().addDays(7), QTime(14, 0));
    Result<Meeting> draft = MeetingPreparation::newMeeting(db, instanceId, start);
    if (!draft.ok()) {
        QMessageBox::warning(parent, tr("New meeting"), draft.error().message);
        return false;
    }
    MeetingEditorDialog dialog(db, draft.value(), parent);
    dialog.exec();
    return dialog.savedOnce();
}

} // namespace maillage
