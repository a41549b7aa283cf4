// SPDX-License-Identifier: EUPL-1.2
#include "ui/meetings/editor/MinutesStatusWidget.h"

#include "ui/meetings/editor/EditorLookups.h"
#include "ui/meetings/editor/MeetingEditState.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace maillage {

MinutesStatusWidget::MinutesStatusWidget(MeetingEditState* state, EditorLookups* lookups, QWidget* parent)
    : QWidget(parent), m_state(state), m_lookups(lookups), m_kind(new QComboBox(this)), m_status(new QLabel(this)),
      m_day(new QDateEdit(QDate::currentDate(), this)), m_validate(new QPushButton(tr("Validate the minutes"), this)),
      m_distribute(new QPushButton(tr("Mark as distributed"), this)), m_recipients(new QListWidget(this)),
      m_newRecipient(new QComboBox(this))
{
    setObjectName(QStringLiteral("minutesStatusWidget"));
    m_kind->setObjectName(QStringLiteral("minutesKindCombo"));
    m_kind->setAccessibleName(tr("Kind of minutes"));
    m_status->setObjectName(QStringLiteral("minutesStatusLabel"));
    m_day->setObjectName(QStringLiteral("minutesDayEdit"));
    m_validate->setObjectName(QStringLiteral("validateMinutesButton"));
    m_distribute->setObjectName(QStringLiteral("distributeMinutesButton"));
    m_recipients->setObjectName(QStringLiteral("recipientsList"));
    m_newRecipient->setObjectName(QStringLiteral("newRecipientCombo"));
    m_newRecipient->setAccessibleName(tr("Recipient to add"));
    for (MinutesKind kind : allValues<MinutesKind>())
        m_kind->addItem(labelOf(kind), codeOf(kind));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_status->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_validate->setToolTip(tr("Saves the meeting and freezes this version of the minutes"));
    EditorLookups::setUpContactPicker(m_newRecipient, lookups->contactsModel());
    m_newRecipient->setMinimumWidth(240);
    // Names in columns: a plenary's list runs to dozens.
    m_recipients->setFlow(QListView::TopToBottom);
    m_recipients->setWrapping(true);
    m_recipients->setResizeMode(QListView::Adjust);
    m_recipients->setGridSize(QSize(260, 22));

    auto* life = new QHBoxLayout;
    life->addWidget(m_status);
    life->addStretch();
    life->addWidget(new QLabel(tr("On"), this));
    life->addWidget(m_day);
    life->addWidget(m_validate);
    life->addWidget(m_distribute);
    auto* kind = new QHBoxLayout;
    kind->addWidget(m_kind);
    kind->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("Kind"), kind);
    form->addRow(tr("Status"), life);

    auto* addRecipient = new QPushButton(tr("Add"), this);
    addRecipient->setObjectName(QStringLiteral("addRecipientButton"));
    auto* addAttendees = new QPushButton(tr("Add everyone expected"), this);
    addAttendees->setObjectName(QStringLiteral("addAttendeesButton"));
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeRecipientButton"));
    auto* recipientButtons = new QHBoxLayout;
    recipientButtons->addWidget(m_newRecipient);
    recipientButtons->addWidget(addRecipient);
    recipientButtons->addWidget(addAttendees);
    recipientButtons->addStretch();
    recipientButtons->addWidget(remove);
    auto* box = new QGroupBox(tr("Distribution list"), this);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_recipients, 1);
    boxLayout->addLayout(recipientButtons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(box, 1);

    connect(m_kind, &QComboBox::activated, this, [this] {
        const auto kind = fromCode(m_kind->currentData().toString(), MinutesKind::Report);
        m_state->change(tr("Change the kind of minutes"), {}, [&](Meeting& m) { m.minutesKind = kind; });
    });
    connect(m_validate, &QPushButton::clicked, this, [this] { emit validateRequested(m_day->date()); });
    connect(m_distribute, &QPushButton::clicked, this, &MinutesStatusWidget::markDistributed);
    connect(addRecipient, &QPushButton::clicked, this, [this] {
        const qint64 id = EditorLookups::selectedId(m_newRecipient);
        const auto& list = m_state->meeting().recipientContactIds;
        if (id > 0 && std::find(list.begin(), list.end(), id) == list.end())
            m_state->change(tr("Add a recipient"), {}, [&](Meeting& m) { m.recipientContactIds.push_back(id); });
    });
    connect(addAttendees, &QPushButton::clicked, this, [this] {
        m_state->change(tr("Add everyone expected"), {}, [&](Meeting& m) {
            for (const Attendance& a : m.attendance)
                if (a.contactId > 0 && std::find(m.recipientContactIds.begin(), m.recipientContactIds.end(),
                                                 a.contactId) == m.recipientContactIds.end())
                    m.recipientContactIds.push_back(a.contactId);
        });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_recipients->currentRow();
        if (row >= 0)
            m_state->change(tr("Remove a recipient"), {},
                            [&](Meeting& m) { m.recipientContactIds.erase(m.recipientContactIds.begin() + row); });
    });
    connect(m_state, &MeetingEditState::changed, this, &MinutesStatusWidget::refresh);
    refresh();
}

void MinutesStatusWidget::markDistributed()
{
    const QDate day = m_day->date();
    m_state->change(tr("Mark the minutes distributed"), {}, [&](Meeting& m) {
        m.minutesStatus = MinutesStatus::Distributed;
        m.minutesDistributedOn = std::max(day, m.minutesValidatedOn);
    });
}

void MinutesStatusWidget::refresh()
{
    const Meeting& m = m_state->meeting();
    const QSignalBlocker block(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(codeOf(m.minutesKind)));
    const QLocale locale;
    switch (m.minutesStatus) {
    case MinutesStatus::Draft:
        m_status->setText(tr("Draft"));
        break;
    case MinutesStatus::Validated:
        m_status->setText(tr("Validated on %1").arg(locale.toString(m.minutesValidatedOn, QLocale::ShortFormat)));
        break;
    case MinutesStatus::Distributed:
        m_status->setText(tr("Validated on %1, distributed on %2")
                              .arg(locale.toString(m.minutesValidatedOn, QLocale::ShortFormat),
                                   locale.toString(m.minutesDistributedOn, QLocale::ShortFormat)));
        break;
    }
    m_distribute->setEnabled(m.minutesStatus == MinutesStatus::Validated);
    m_recipients->clear();
    for (qint64 id : m.recipientContactIds)
        m_recipients->addItem(m_lookups->contactName(id));
}

} // namespace maillage
