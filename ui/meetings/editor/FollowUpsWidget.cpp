// SPDX-License-Identifier: EUPL-1.2
#include "ui/meetings/editor/FollowUpsWidget.h"

#include "ui/meetings/editor/EditorLookups.h"
#include "ui/meetings/editor/MeetingEditState.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maillage {

FollowUpsWidget::FollowUpsWidget(MeetingEditState* state, EditorLookups* lookups, QWidget* parent)
    : QWidget(parent), m_state(state), m_lookups(lookups), m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("followUpsWidget"));
    m_table->setObjectName(QStringLiteral("followUpsTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due"), tr("Status"), tr("Fiche action")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
    m_table->setColumnWidth(Owner, 200);
    m_table->setColumnWidth(Due, 120);
    m_table->setColumnWidth(Status, 120);
    m_table->setColumnWidth(Sheet, 220);

    auto* add = new QPushButton(tr("Add an action"), this);
    add->setObjectName(QStringLiteral("addFollowUpButton"));
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeFollowUpButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &FollowUpsWidget::addFollowUp);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_state->change(tr("Remove an action"), {},
                            [&](Meeting& m) { m.followUps.erase(m.followUps.begin() + row); });
    });
    connect(m_state, &MeetingEditState::changed, this, &FollowUpsWidget::refresh);
    refresh(nullptr);
}

void FollowUpsWidget::addFollowUp()
{
    FollowUp followUp;
    followUp.text = tr("New action");
    followUp.dueOn = m_state->meeting().startsAt.date().addMonths(1);
    m_state->change(tr("Add an action"), {}, [&](Meeting& m) { m.followUps.push_back(followUp); });
    if (auto* text = qobject_cast<QLineEdit*>(m_table->cellWidget(m_table->rowCount() - 1, Text))) {
        text->setFocus();
        text->selectAll();
    }
}

void FollowUpsWidget::refresh(QObject* source)
{
    if (source == this)
        return;
    const int rows = int(m_state->meeting().followUps.size());
    m_table->setRowCount(rows);
    for (int row = 0; row < rows; ++row)
        fillRow(row);
}

int FollowUpsWidget::rowOf(QWidget* cellWidget, int column) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->cellWidget(row, column) == cellWidget)
            return row;
    return -1;
}

void FollowUpsWidget::edit(QWidget* cellWidget, int column, const std::function<void(FollowUp&)>& change,
                           const QString& key)
{
    const int row = rowOf(cellWidget, column);
    if (row < 0)
        return;
    m_state->change(tr("Edit an action"), key.isEmpty() ? QString() : key + QString::number(row),
                    [&](Meeting& m) { change(m.followUps[size_t(row)]); }, this);
}

void FollowUpsWidget::fillRow(int row)
{
    const FollowUp& f = m_state->meeting().followUps[size_t(row)];
    auto* text = qobject_cast<QLineEdit*>(m_table->cellWidget(row, Text));
    auto* owner = qobject_cast<QComboBox*>(m_table->cellWidget(row, Owner));
    auto* due = qobject_cast<QDateEdit*>(m_table->cellWidget(row, Due));
    auto* status = qobject_cast<QComboBox*>(m_table->cellWidget(row, Status));
    auto* sheet = qobject_cast<QComboBox*>(m_table->cellWidget(row, Sheet));
    if (!text) {
        text = new QLineEdit(m_table);
        text->setObjectName(QStringLiteral("followUpText"));
        text->setFrame(false);
        owner = new QComboBox(m_table);
        owner->setObjectName(QStringLiteral("followUpOwner"));
        owner->setAccessibleName(tr("Owner"));
        EditorLookups::setUpContactPicker(owner, m_lookups->contactsModel());
        due = new QDateEdit(m_table);
        due->setObjectName(QStringLiteral("followUpDue"));
        due->setCalendarPopup(true);
        due->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        status = new QComboBox(m_table);
        status->setObjectName(QStringLiteral("followUpStatus"));
        for (FollowUpStatus value : allValues<FollowUpStatus>())
            status->addItem(labelOf(value), codeOf(value));
        sheet = new QComboBox(m_table);
        sheet->setObjectName(QStringLiteral("followUpSheet"));
        sheet->setModel(m_lookups->sheetsModel());
        m_table->setCellWidget(row, Text, text);
        m_table->setCellWidget(row, Owner, owner);
        m_table->setCellWidget(row, Due, due);
        m_table->setCellWidget(row, Status, status);
        m_table->setCellWidget(row, Sheet, sheet);
        connect(text, &QLineEdit::textEdited, this, [this, text](const QString& value) {
            edit(text, Text, [&](FollowUp& f) { f.text = value; }, QStringLiteral("followUpText:"));
        });
        connect(owner, &QComboBox::activated, this, [this, owner] {
            const qint64 id = EditorLookups::selectedId(owner);
            edit(owner, Owner, [&](FollowUp& f) { f.ownerContactId = id; });
        });
        connect(due, &QDateEdit::dateChanged, this, [this, due](const QDate& day) {
            edit(due, Due, [&](FollowUp& f) { f.dueOn = day; }, QStringLiteral("followUpDue:"));
        });
        connect(status, &QComboBox::activated, this, [this, status] {
            const auto value = fromCode(status->currentData().toString(), FollowUpStatus::Open);
            edit(status, Status, [&](FollowUp& f) {
                f.status = value;
                f.doneOn = value == FollowUpStatus::Done ? QDate::currentDate() : QDate();
            });
        });
        connect(sheet, &QComboBox::activated, this, [this, sheet] {
            const qint64 id = EditorLookups::selectedId(sheet);
            edit(sheet, Sheet, [&](FollowUp& f) { f.actionSheetId = id; });
        });
    }
    const QSignalBlocker blockers[] = {QSignalBlocker(text), QSignalBlocker(owner), QSignalBlocker(due),
                                       QSignalBlocker(status), QSignalBlocker(sheet)};
    if (text->text() != f.text)
        text->setText(f.text);
    EditorLookups::selectId(owner, f.ownerContactId);
    due->setDate(f.dueOn.isValid() ? f.dueOn : m_state->meeting().startsAt.date());
    status->setCurrentIndex(status->findData(codeOf(f.status)));
    EditorLookups::selectId(sheet, f.actionSheetId);
}

} // namespace maillage
