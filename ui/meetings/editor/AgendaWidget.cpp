// SPDX-License-Identifier: EUPL-1.2
#include "ui/meetings/editor/AgendaWidget.h"

#include "core/meetings/MeetingPreparation.h"
#include "core/storage/AgendaTemplateRepository.h"
#include "ui/meetings/editor/AgendaModel.h"
#include "ui/meetings/editor/MeetingEditState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace maillage {

namespace {

QPushButton* button(QWidget* parent, const QString& name, const QString& text, const QString& tip = {})
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}

} // namespace

AgendaWidget::AgendaWidget(Database& db, MeetingEditState* state, QWidget* parent)
    : QWidget(parent), m_db(db), m_state(state), m_model(new AgendaModel(state, this)), m_view(new QTableView(this)),
      m_total(new QLabel(this))
{
    setObjectName(QStringLiteral("agendaWidget"));
    m_view->setObjectName(QStringLiteral("agendaView"));
    m_total->setObjectName(QStringLiteral("agendaTotal"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropOverwriteMode(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(AgendaModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AgendaModel::Presenter, QHeaderView::Interactive);
    m_view->setColumnWidth(AgendaModel::Presenter, 200);
    m_view->setColumnWidth(AgendaModel::Duration, 90);
    m_view->setColumnWidth(AgendaModel::Confidential, 110);

    QPushButton* add = button(this, QStringLiteral("addItemButton"), tr("Add an item"));
    QPushButton* remove = button(this, QStringLiteral("removeItemButton"), tr("Remove"));
    QPushButton* up = button(this, QStringLiteral("itemUpButton"), QStringLiteral("↑"), tr("Move the item up"));
    QPushButton* down = button(this, QStringLiteral("itemDownButton"), QStringLiteral("↓"), tr("Move the item down"));
    QPushButton* previous = button(this, QStringLiteral("copyPreviousButton"), tr("Copy the previous meeting"),
                                   tr("Take the agenda of the instance's previous meeting"));
    QPushButton* apply = button(this, QStringLiteral("applyTemplateButton"), tr("Apply a template…"));
    QPushButton* save = button(this, QStringLiteral("saveTemplateButton"), tr("Save as template…"));
    QPushButton* next = button(this, QStringLiteral("moveToNextButton"), tr("Move to next meeting"),
                               tr("Move the selected item to the instance's next planned meeting"));
    for (QPushButton* arrow : {up, down})
        arrow->setFixedWidth(36);

    auto* rowButtons = new QHBoxLayout;
    for (QPushButton* b : {add, remove, up, down, next})
        rowButtons->addWidget(b);
    rowButtons->addStretch();
    rowButtons->addWidget(m_total);
    auto* agendaButtons = new QHBoxLayout;
    for (QPushButton* b : {previous, apply, save})
        agendaButtons->addWidget(b);
    agendaButtons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(agendaButtons);
    layout->addWidget(m_view, 1);
    layout->addLayout(rowButtons);

    connect(add, &QPushButton::clicked, this, &AgendaWidget::addItem);
    connect(remove, &QPushButton::clicked, this, &AgendaWidget::removeItem);
    connect(up, &QPushButton::clicked, this, [this] { moveBy(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveBy(1); });
    connect(previous, &QPushButton::clicked, this, &AgendaWidget::copyPrevious);
    connect(apply, &QPushButton::clicked, this, &AgendaWidget::applyTemplate);
    connect(save, &QPushButton::clicked, this, &AgendaWidget::saveAsTemplate);
    connect(next, &QPushButton::clicked, this, [this] {
        if (const int row = currentRow(); row >= 0)
            emit moveToNextRequested(m_state->meeting().agenda[size_t(row)].id);
    });
    connect(m_state, &MeetingEditState::changed, this, &AgendaWidget::updateTotal);
    updateTotal();
}

int AgendaWidget::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void AgendaWidget::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, AgendaModel::Title));
}

void AgendaWidget::addItem()
{
    const int row = currentRow() >= 0 ? currentRow() + 1 : m_model->rowCount();
    AgendaItem item;
    item.id = m_state->newItemId();
    item.title = tr("New item");
    item.durationMinutes = 15;
    m_state->change(tr("Add an item"), {}, [&](Meeting& m) { m.agenda.insert(m.agenda.begin() + row, item); });
    selectRow(row);
    m_view->edit(m_model->index(row, AgendaModel::Title));
}

void AgendaWidget::removeItem()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_state->change(tr("Remove an item"), {}, [&](Meeting& m) {
        const qint64 id = m.agenda[size_t(row)].id;
        m.agenda.erase(m.agenda.begin() + row);
        for (Decision& decision : m.decisions)
            if (decision.agendaItemId == id)
                decision.agendaItemId = 0;
    });
    selectRow(std::min(row, m_model->rowCount() - 1));
}

void AgendaWidget::moveBy(int delta)
{
    const int row = currentRow();
    if (row < 0 || row + delta < 0 || row + delta >= m_model->rowCount())
        return;
    m_model->moveItem(row, row + delta);
    selectRow(row + delta);
}

void AgendaWidget::copyPrevious()
{
    const Meeting& current = m_state->meeting();
    Result<Meeting> copy = MeetingPreparation::copyPrevious(m_db, current.instanceId, current.startsAt);
    if (!copy.ok()) {
        QMessageBox::information(this, tr("Copy the previous meeting"), copy.error().message);
        return;
    }
    m_state->change(tr("Copy the previous agenda"), {}, [&](Meeting& m) {
        m.agenda = copy->agenda;
        for (AgendaItem& item : m.agenda)
            item.id = m_state->newItemId();
        for (Decision& decision : m.decisions)
            decision.agendaItemId = 0;
    });
}

void AgendaWidget::applyTemplate()
{
    Result<std::vector<AgendaTemplate>> templates =
        AgendaTemplateRepository(m_db).listByInstance(m_state->meeting().instanceId);
    if (!templates.ok() || templates->empty()) {
        QMessageBox::information(this, tr("Apply a template"),
                                 templates.ok() ? tr("This instance has no agenda template yet: prepare an agenda, "
                                                     "then save it as a template.")
                                                : templates.error().message);
        return;
    }
    QStringList names;
    for (const AgendaTemplate& t : templates.value())
        names << t.name;
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Apply a template"), tr("Template:"), names, 0, false, &ok);
    if (!ok)
        return;
    const AgendaTemplate& chosen = templates->at(size_t(names.indexOf(name)));
    m_state->change(tr("Apply the template %1").arg(name), {}, [&](Meeting& m) {
        MeetingPreparation::applyTemplate(m, chosen);
        for (AgendaItem& item : m.agenda)
            item.id = m_state->newItemId();
    });
}

void AgendaWidget::saveAsTemplate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as template"), tr("Template name:"), QLineEdit::Normal,
                                               m_state->meeting().title, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (Status status = MeetingPreparation::saveAgendaAsTemplate(m_db, m_state->meeting(), name); !status.ok())
        QMessageBox::warning(this, tr("Save as template"), status.error().message);
}

void AgendaWidget::updateTotal()
{
    const Meeting& m = m_state->meeting();
    int total = 0;
    for (const AgendaItem& item : m.agenda)
        total += item.durationMinutes;
    const int planned = m.startsAt.isValid() && m.endsAt.isValid() ? int(m.startsAt.secsTo(m.endsAt) / 60) : 0;
    auto hours = [](int minutes) {
        return QStringLiteral("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
    };
    m_total->setText(planned > 0 ? tr("Total: %1 of %2 planned").arg(hours(total), hours(planned))
                                 : tr("Total: %1").arg(hours(total)));
    const bool over = planned > 0 && total > planned;
    m_total->setProperty("over", over);
    m_total->setStyleSheet(over ? QStringLiteral("color: #b00020; font-weight: bold") : QString());
}

} // namespace maillage
