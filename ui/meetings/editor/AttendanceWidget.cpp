// SPDX-License-Identifier: EUPL-1.2
#include "ui/meetings/editor/AttendanceWidget.h"

#include "ui/meetings/editor/EditorLookups.h"
#include "ui/meetings/editor/MeetingEditState.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maillage {

namespace {

bool needsWho(AttendanceStatus status)
{
    return status == AttendanceStatus::Represented || status == AttendanceStatus::ProxyGiven;
}

} // namespace

AttendanceWidget::AttendanceWidget(MeetingEditState* state, EditorLookups* lookups, QWidget* parent)
    : QWidget(parent), m_state(state), m_lookups(lookups), m_table(new QTableWidget(0, ColumnCount, this)),
      m_newMember(new QComboBox(this)), m_newGuest(new QLineEdit(this)), m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("attendanceWidget"));
    m_table->setObjectName(QStringLiteral("attendanceTable"));
    m_newMember->setObjectName(QStringLiteral("newAttendeeCombo"));
    m_newMember->setAccessibleName(tr("Person to add"));
    m_newGuest->setObjectName(QStringLiteral("newGuestEdit"));
    m_newGuest->setAccessibleName(tr("Guest's name"));
    m_counts->setObjectName(QStringLiteral("quorumLabel"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Organisation"), tr("Status"), tr("Represented by / proxy to")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->setColumnWidth(Organisation, 200);
    m_table->setColumnWidth(Status, 150);
    m_table->setColumnWidth(Who, 220);
    EditorLookups::setUpContactPicker(m_newMember, lookups->contactsModel());
    m_newMember->setMinimumWidth(220);
    m_newGuest->setPlaceholderText(tr("Guest's name and role"));
    m_counts->setStyleSheet(QStringLiteral("font-weight: bold"));

    auto* addMember = new QPushButton(tr("Add"), this);
    addMember->setObjectName(QStringLiteral("addAttendeeButton"));
    auto* addGuest = new QPushButton(tr("Add the guest"), this);
    addGuest->setObjectName(QStringLiteral("addGuestButton"));
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeAttendeeButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Person:"), this));
    buttons->addWidget(m_newMember);
    buttons->addWidget(addMember);
    buttons->addSpacing(12);
    buttons->addWidget(new QLabel(tr("Guest:"), this));
    buttons->addWidget(m_newGuest, 1);
    buttons->addWidget(addGuest);
    buttons->addSpacing(12);
    buttons->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(addMember, &QPushButton::clicked, this, &AttendanceWidget::addMember);
    connect(addGuest, &QPushButton::clicked, this, &AttendanceWidget::addGuest);
    connect(m_newGuest, &QLineEdit::returnPressed, this, &AttendanceWidget::addGuest);
    connect(remove, &QPushButton::clicked, this, &AttendanceWidget::removeRow);
    connect(m_state, &MeetingEditState::changed, this, &AttendanceWidget::refresh);
    refresh(nullptr);
}

QComboBox* AttendanceWidget::statusCombo(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, Status));
}

QComboBox* AttendanceWidget::whoCombo(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, Who));
}

void AttendanceWidget::refresh(QObject* source)
{
    if (source != this) {
        const int rows = int(m_state->meeting().attendance.size());
        m_table->setRowCount(rows);
        for (int row = 0; row < rows; ++row)
            fillRow(row);
    }
    updateCounts();
}

void AttendanceWidget::fillRow(int row)
{
    const Attendance& a = m_state->meeting().attendance[size_t(row)];
    const QString name =
        a.isGuest || a.contactId <= 0 ? tr("%1 (guest)").arg(a.guestName) : m_lookups->contactName(a.contactId);
    m_table->setItem(row, Name, new QTableWidgetItem(name));
    m_table->setItem(row, Organisation, new QTableWidgetItem(m_lookups->organisationName(a.organisationId)));

    auto* status = qobject_cast<QComboBox*>(m_table->cellWidget(row, Status));
    auto* who = qobject_cast<QComboBox*>(m_table->cellWidget(row, Who));
    if (!status) {
        status = new QComboBox(m_table);
        status->setObjectName(QStringLiteral("attendanceStatus"));
        for (AttendanceStatus value : allValues<AttendanceStatus>())
            status->addItem(labelOf(value), codeOf(value));
        who = new QComboBox(m_table);
        who->setObjectName(QStringLiteral("attendanceWho"));
        EditorLookups::setUpContactPicker(who, m_lookups->contactsModel());
        m_table->setCellWidget(row, Status, status);
        m_table->setCellWidget(row, Who, who);
        // The row is looked up when the signal comes: rows move when others are removed.
        connect(status, &QComboBox::activated, this, [this, status] {
            for (int r = 0; r < m_table->rowCount(); ++r)
                if (m_table->cellWidget(r, Status) == status)
                    setStatus(r, fromCode(status->currentData().toString(), AttendanceStatus::Present));
        });
        connect(who, &QComboBox::activated, this, [this, who] {
            for (int r = 0; r < m_table->rowCount(); ++r)
                if (m_table->cellWidget(r, Who) == who)
                    setWho(r, EditorLookups::selectedId(who));
        });
    }
    const QSignalBlocker blockStatus(status);
    const QSignalBlocker blockWho(who);
    status->setCurrentIndex(status->findData(codeOf(a.status)));
    EditorLookups::selectId(who,
                            a.status == AttendanceStatus::Represented ? a.representedByContactId : a.proxyToContactId);
    who->setEnabled(needsWho(a.status));
}

void AttendanceWidget::setStatus(int row, AttendanceStatus status)
{
    m_state->change(
        tr("Change an attendance"), {},
        [&](Meeting& m) {
            Attendance& a = m.attendance[size_t(row)];
            // Whoever stood in keeps their place when switching between the two kinds of stand-in.
            const qint64 who = a.representedByContactId > 0 ? a.representedByContactId : a.proxyToContactId;
            a.status = status;
            a.representedByContactId = status == AttendanceStatus::Represented ? who : 0;
            a.proxyToContactId = status == AttendanceStatus::ProxyGiven ? who : 0;
        },
        this);
    if (QComboBox* who = whoCombo(row)) {
        who->setEnabled(needsWho(status));
        if (needsWho(status))
            who->setFocus();
    }
}

void AttendanceWidget::setWho(int row, qint64 contactId)
{
    m_state->change(
        tr("Change who stands in"), {},
        [&](Meeting& m) {
            Attendance& a = m.attendance[size_t(row)];
            if (a.status == AttendanceStatus::Represented)
                a.representedByContactId = contactId;
            else if (a.status == AttendanceStatus::ProxyGiven)
                a.proxyToContactId = contactId;
        },
        this);
}

void AttendanceWidget::addMember()
{
    const qint64 contactId = EditorLookups::selectedId(m_newMember);
    if (contactId <= 0)
        return;
    for (const Attendance& a : m_state->meeting().attendance)
        if (a.contactId == contactId)
            return;
    Attendance row;
    row.contactId = contactId;
    m_state->change(tr("Add a participant"), {}, [&](Meeting& m) { m.attendance.push_back(row); });
    m_table->scrollToBottom();
}

void AttendanceWidget::addGuest()
{
    const QString name = m_newGuest->text().trimmed();
    if (name.isEmpty())
        return;
    Attendance row;
    row.isGuest = true;
    row.guestName = name;
    m_state->change(tr("Add a guest"), {}, [&](Meeting& m) { m.attendance.push_back(row); });
    m_newGuest->clear();
    m_table->scrollToBottom();
}

void AttendanceWidget::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_state->change(tr("Remove a participant"), {},
                    [&](Meeting& m) { m.attendance.erase(m.attendance.begin() + row); });
}

void AttendanceWidget::updateCounts()
{
    const Meeting& m = m_state->meeting();
    int present = 0, excused = 0, counted = 0;
    for (const Attendance& a : m.attendance) {
        if (a.status == AttendanceStatus::Present)
            ++present;
        if (a.status == AttendanceStatus::Excused)
            ++excused;
        // Members present or represented make the quorum; guests do not vote.
        if (!a.isGuest && (a.status == AttendanceStatus::Present || a.status == AttendanceStatus::Represented))
            ++counted;
    }
    QString text = tr("%n present", nullptr, present) + QStringLiteral(", ") + tr("%n excused", nullptr, excused);
    const int quorum = m_lookups->quorumOf(m.instanceId);
    if (quorum > 0)
        text +=
            QStringLiteral(" — ") + (counted >= quorum ? tr("Quorum: %1 / %2 reached").arg(counted).arg(quorum)
                                                       : tr("Quorum: %1 / %2 not reached").arg(counted).arg(quorum));
    m_counts->setText(text);
    m_counts->setStyleSheet(quorum > 0 && counted < quorum ? QStringLiteral("font-weight: bold; color: #b00020")
                                                           : QStringLiteral("font-weight: bold"));
}

} // namespace maillage
