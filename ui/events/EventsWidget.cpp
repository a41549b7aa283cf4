// SPDX-License-Identifier: EUPL-1.2
#include "ui/events/EventsWidget.h"

#include "core/storage/CouncilRepository.h"
#include "core/storage/EventRepository.h"
#include "ui/events/EventDialog.h"
#include "ui/events/UndoActions.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace maillage::ui {

namespace {

using EventCommand = RecordCommand<Event, EventRepository, EventsWidget>;

QString datesText(const Event& event)
{
    const QLocale locale;
    const QString start = locale.toString(event.startsOn, QStringLiteral("ddd d MMM"));
    if (!event.endsOn.isValid() || event.endsOn == event.startsOn)
        return start;
    return EventsWidget::tr("%1 to %2").arg(start, locale.toString(event.endsOn, QStringLiteral("ddd d MMM")));
}

QToolButton* toolButton(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

EventsWidget::EventsWidget(QWidget* parent) : Section(parent)
{
    setObjectName(QStringLiteral("eventsSection"));
    m_undo = new QUndoStack(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeTitle(tr("Events"), this));

    // New, duplicate, undo and redo work wherever the focus is while the section shows (the window's Ctrl+N
    // steps aside, see MainWindow::updateShortcuts); Return and Delete only in the list.
    auto addAction = [this](const QString& text, const QString& name, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        const bool listKey = key == QKeySequence(Qt::Key_Return) || key == QKeySequence(QKeySequence::Delete);
        action->setShortcutContext(listKey ? Qt::WidgetWithChildrenShortcut : Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        return action;
    };
    m_new = addAction(tr("&New event"), QStringLiteral("newEventAction"), QKeySequence::New, &EventsWidget::newEvent);
    m_edit = addAction(tr("&Edit…"), QStringLiteral("editEventAction"), QKeySequence(Qt::Key_Return),
                       &EventsWidget::editSelected);
    m_duplicate = addAction(tr("D&uplicate"), QStringLiteral("duplicateEventAction"),
                            QKeySequence(Qt::CTRL | Qt::Key_D), &EventsWidget::duplicateSelected);
    m_delete = addAction(tr("&Delete"), QStringLiteral("deleteEventAction"), QKeySequence::Delete,
                         &EventsWidget::deleteSelected);
    QAction* undo = makeUndoAction(m_undo, tr("&Undo"), false, this);
    undo->setObjectName(QStringLiteral("undoEventAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WindowShortcut);
    QWidget::addAction(undo);
    QAction* redo = makeUndoAction(m_undo, tr("&Redo"), true, this);
    redo->setObjectName(QStringLiteral("redoEventAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WindowShortcut);
    QWidget::addAction(redo);

    auto* bar = new QHBoxLayout;
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("eventYear"));
    m_year->setAccessibleName(tr("Year"));
    bar->addWidget(new QLabel(tr("Year:"), this));
    bar->addWidget(m_year);
    bar->addSpacing(16);
    for (QAction* action : {m_new, m_edit, m_duplicate, m_delete, undo, redo})
        bar->addWidget(toolButton(action, this));
    bar->addStretch(1);
    layout->addLayout(bar);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("eventsTree"));
    m_tree->setHeaderLabels({tr("Dates"), tr("Kind"), tr("Title"), tr("Place"), tr("Participants")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->header()->restoreState(QSettings().value(QStringLiteral("events/header")).toByteArray());
    connect(m_tree->header(), &QHeaderView::sectionResized, this, [this] {
        if (!m_filling && m_tree->isVisible()) // the user's sizes, not ours
            QSettings().setValue(QStringLiteral("events/header"), m_tree->header()->saveState());
    });
    layout->addWidget(m_tree, 1);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("eventTotal"));
    layout->addWidget(m_total);

    connect(m_year, &QComboBox::currentIndexChanged, this, &EventsWidget::showYear);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] { editSelected(); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &EventsWidget::updateActions);
    updateActions();
}

qint64 EventsWidget::councilId() const
{
    if (!database())
        return 0;
    auto council = CouncilRepository(*database()).first();
    return council.ok() ? council->id : 0;
}

int EventsWidget::shownYear() const
{
    return m_year->currentData().toInt();
}

void EventsWidget::fillYears(int keep)
{
    m_filling = true;
    m_year->clear();
    std::map<int, bool> years;
    const int thisYear = QDate::currentDate().year();
    for (int y = thisYear - 1; y <= thisYear + 1; ++y)
        years[y] = true;
    if (keep > 0)
        years[keep] = true;
    if (database()) {
        EventFilter filter;
        filter.councilId = councilId();
        if (auto all = EventRepository(*database()).list(filter); all.ok())
            for (const Event& e : all.value())
                years[e.startsOn.year()] = true;
    }
    for (auto it = years.rbegin(); it != years.rend(); ++it)
        m_year->addItem(QString::number(it->first), it->first);
    m_year->setCurrentIndex(std::max(0, m_year->findData(keep > 0 ? keep : thisYear)));
    m_filling = false;
}

void EventsWidget::refresh()
{
    if (!database()) {
        m_tree->clear();
        m_undo->clear();
        return;
    }
    fillYears(shownYear());
    showYear();
}

void EventsWidget::showYear()
{
    if (m_filling)
        return;
    const qint64 keep = selectedId();
    m_tree->clear();
    if (!database())
        return;
    EventFilter filter;
    filter.councilId = councilId();
    filter.year = shownYear();
    auto events = EventRepository(*database()).list(filter);
    if (!events.ok()) {
        m_total->setText(events.error().message);
        return;
    }
    const QLocale locale;
    QTreeWidgetItem* month = nullptr;
    int monthNumber = 0;
    int participants = 0;
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const Event& event : events.value()) {
        if (!month || event.startsOn.month() != monthNumber) {
            monthNumber = event.startsOn.month();
            month = new QTreeWidgetItem(m_tree);
            const QString name = locale.standaloneMonthName(monthNumber);
            month->setText(0, name.left(1).toUpper() + name.mid(1));
            month->setFont(0, bold);
            month->setFirstColumnSpanned(true);
            month->setFlags(Qt::ItemIsEnabled);
            month->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(month);
        item->setData(0, Qt::UserRole, event.id);
        item->setText(0, datesText(event));
        item->setText(1, labelOf(event.kind));
        item->setText(2, event.kind == EventKind::Sism && !event.theme.isEmpty()
                             ? tr("%1 — %2").arg(event.title, event.theme)
                             : event.title);
        item->setToolTip(2, item->text(2));
        item->setText(3, event.place);
        QString people = QString::number(event.participantCount);
        if (event.kind == EventKind::PssmTraining)
            people = tr("%1 trained").arg(event.peopleTrained);
        item->setText(4, people);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        participants += event.participantCount;
    }
    m_tree->expandAll();
    // Until the coordinator sizes them, the short columns fit their content (capped).
    if (!QSettings().contains(QStringLiteral("events/header"))) {
        m_filling = true; // not saved as the user's choice
        for (int column : {0, 1, 3}) {
            m_tree->resizeColumnToContents(column);
            m_tree->setColumnWidth(column, std::min(m_tree->columnWidth(column), column == 0 ? 210 : 170));
        }
        m_filling = false;
    }
    m_total->setText(tr("%n event(s), %1 participants in %2", "", int(events->size()))
                         .arg(participants)
                         .arg(shownYear()));
    if (keep > 0)
        selectEvent(keep);
    updateActions();
}

qint64 EventsWidget::selectedId() const
{
    const QList<QTreeWidgetItem*> items = m_tree->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, Qt::UserRole).toLongLong();
}

void EventsWidget::selectEvent(qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
}

void EventsWidget::updateActions()
{
    const bool selected = selectedId() > 0;
    m_new->setEnabled(database() != nullptr);
    m_edit->setEnabled(selected);
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void EventsWidget::reportError(const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Events"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("eventError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void EventsWidget::newEvent()
{
    if (!database())
        return;
    Event event;
    event.councilId = councilId();
    const int year = shownYear() > 0 ? shownYear() : QDate::currentDate().year();
    event.startsOn = year == QDate::currentDate().year() ? QDate::currentDate() : QDate(year, 1, 1);
    auto* dialog = new EventDialog(*database(), event, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Event created = dialog->event();
        m_year->setCurrentIndex(std::max(0, m_year->findData(created.startsOn.year())));
        m_undo->push(new EventCommand(*database(), *this, std::nullopt, created,
                                      tr("create the event “%1”").arg(created.title)));
    });
    dialog->open();
}

std::optional<Event> EventsWidget::storedSelection()
{
    return storedRecord<Event, EventRepository>(database(), selectedId(), *this);
}

void EventsWidget::editSelected()
{
    const std::optional<Event> stored = storedSelection();
    if (!stored)
        return;
    auto* dialog = new EventDialog(*database(), *stored, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before = *stored] {
        m_undo->push(new EventCommand(*database(), *this, before, dialog->event(),
                                      tr("edit the event “%1”").arg(before.title)));
    });
    dialog->open();
}

void EventsWidget::duplicateSelected()
{
    std::optional<Event> copy = storedSelection();
    if (!copy)
        return;
    copy->id = 0;
    copy->version = 0;
    copy->title = tr("%1 (copy)").arg(copy->title);
    m_undo->push(new EventCommand(*database(), *this, std::nullopt, copy, tr("duplicate the event")));
}

void EventsWidget::deleteSelected()
{
    const std::optional<Event> stored = storedSelection();
    if (!stored)
        return;
    m_undo->push(new EventCommand(*database(), *this, stored, std::nullopt,
                                  tr("delete the event “%1”").arg(stored->title)));
}

} // namespace maillage::ui
