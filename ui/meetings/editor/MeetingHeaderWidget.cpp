// SPDX-License-Identifier: EUPL-1.2
#include "ui/meetings/editor/MeetingHeaderWidget.h"

#include "ui/meetings/editor/EditorLookups.h"
#include "ui/meetings/editor/MeetingEditState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace maillage {

MeetingHeaderWidget::MeetingHeaderWidget(MeetingEditState* state, EditorLookups* lookups, QWidget* parent)
    : QWidget(parent), m_state(state), m_lookups(lookups), m_instance(new QLabel(this)), m_title(new QLineEdit(this)),
      m_start(new QDateTimeEdit(this)), m_end(new QDateTimeEdit(this)), m_place(new QLineEdit(this)),
      m_videoLink(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_convocationSent(new QCheckBox(tr("Sent on"), this)), m_convocationOn(new QDateEdit(this)),
      m_convocationWarning(new QLabel(this)), m_secretary(new QComboBox(this))
{
    setObjectName(QStringLiteral("meetingHeader"));
    m_instance->setObjectName(QStringLiteral("instanceLabel"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_videoLink->setObjectName(QStringLiteral("videoLinkEdit"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_convocationSent->setObjectName(QStringLiteral("convocationSentCheck"));
    m_convocationOn->setObjectName(QStringLiteral("convocationDateEdit"));
    m_convocationWarning->setObjectName(QStringLiteral("convocationWarning"));
    m_secretary->setObjectName(QStringLiteral("secretaryCombo"));

    m_instance->setStyleSheet(QStringLiteral("font-weight: bold"));
    for (QDateTimeEdit* edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    m_convocationOn->setCalendarPopup(true);
    m_convocationOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_convocationWarning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_videoLink->setPlaceholderText(tr("https://…"));
    for (MeetingStatus status : allValues<MeetingStatus>())
        m_status->addItem(labelOf(status), codeOf(status));
    EditorLookups::setUpContactPicker(m_secretary, lookups->contactsModel());

    auto* convocation = new QHBoxLayout;
    convocation->addWidget(m_convocationSent);
    convocation->addWidget(m_convocationOn);
    convocation->addWidget(m_convocationWarning, 1);
    auto* times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_end);
    times->addStretch();

    auto* left = new QFormLayout;
    left->addRow(tr("Instance"), m_instance);
    left->addRow(tr("Title"), m_title);
    left->addRow(tr("When"), times);
    left->addRow(tr("Convocation"), convocation);
    auto* right = new QFormLayout;
    right->addRow(tr("Place"), m_place);
    right->addRow(tr("Video link"), m_videoLink);
    right->addRow(tr("Status"), m_status);
    right->addRow(tr("Secretary"), m_secretary);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addSpacing(16);
    layout->addLayout(right, 2);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_state->change(tr("Edit the title"), QStringLiteral("title"), [&](Meeting& m) { m.title = text; }, this);
    });
    connect(m_place, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_state->change(tr("Edit the place"), QStringLiteral("place"), [&](Meeting& m) { m.place = text; }, this);
    });
    connect(m_videoLink, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_state->change(tr("Edit the video link"), QStringLiteral("video"), [&](Meeting& m) { m.videoLink = text; },
                        this);
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& start) {
        // The end moves with the start, so the planned length stays.
        const Meeting& current = m_state->meeting();
        const qint64 length =
            current.startsAt.isValid() && current.endsAt.isValid() ? current.startsAt.secsTo(current.endsAt) : 7200;
        m_state->change(tr("Change the start"), QStringLiteral("start"), [&](Meeting& m) {
            m.startsAt = start;
            m.endsAt = start.addSecs(length);
        });
    });
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& end) {
        m_state->change(tr("Change the end"), QStringLiteral("end"), [&](Meeting& m) { m.endsAt = end; }, this);
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        const auto status = fromCode(m_status->currentData().toString(), MeetingStatus::Planned);
        m_state->change(tr("Change the status"), {}, [&](Meeting& m) { m.status = status; }, this);
    });
    auto convocationChanged = [this] {
        const QDate day = m_convocationSent->isChecked() ? m_convocationOn->date() : QDate();
        m_state->change(tr("Change the convocation date"), QStringLiteral("convocation"),
                        [&](Meeting& m) { m.convocationSentOn = day; });
    };
    connect(m_convocationSent, &QCheckBox::toggled, this, convocationChanged);
    connect(m_convocationOn, &QDateEdit::dateChanged, this, convocationChanged);
    connect(m_secretary, &QComboBox::activated, this, [this] {
        const qint64 id = EditorLookups::selectedId(m_secretary);
        m_state->change(tr("Change the secretary"), {}, [&](Meeting& m) { m.secretaryContactId = id; }, this);
    });
    connect(m_state, &MeetingEditState::changed, this, &MeetingHeaderWidget::refresh);
    refresh(nullptr);
}

void MeetingHeaderWidget::refresh(QObject* source)
{
    if (source == this) {
        updateWarning();
        return;
    }
    const Meeting& m = m_state->meeting();
    const QSignalBlocker blockers[] = {QSignalBlocker(m_title),   QSignalBlocker(m_start),
                                       QSignalBlocker(m_end),     QSignalBlocker(m_place),
                                       QSignalBlocker(m_videoLink), QSignalBlocker(m_status),
                                       QSignalBlocker(m_convocationSent), QSignalBlocker(m_convocationOn),
                                       QSignalBlocker(m_secretary)};
    m_instance->setText(m_lookups->instanceName(m.instanceId));
    if (m_title->text() != m.title)
        m_title->setText(m.title);
    m_start->setDateTime(m.startsAt);
    m_end->setDateTime(m.endsAt.isValid() ? m.endsAt : m.startsAt);
    if (m_place->text() != m.place)
        m_place->setText(m.place);
    if (m_videoLink->text() != m.videoLink)
        m_videoLink->setText(m.videoLink);
    m_status->setCurrentIndex(m_status->findData(codeOf(m.status)));
    m_convocationSent->setChecked(m.convocationSentOn.isValid());
    m_convocationOn->setEnabled(m.convocationSentOn.isValid());
    m_convocationOn->setDate(m.convocationSentOn.isValid() ? m.convocationSentOn : QDate::currentDate());
    EditorLookups::selectId(m_secretary, m.secretaryContactId);
    updateWarning();
}

void MeetingHeaderWidget::updateWarning()
{
    const Meeting& m = m_state->meeting();
    m_convocationOn->setEnabled(m.convocationSentOn.isValid());
    m_convocationWarning->setText(
        m.convocationLate()
            ? tr("⚠ Sent %n day(s) before the meeting (5 expected)", nullptr,
                 int(m.convocationSentOn.daysTo(m.startsAt.date())))
            : QString());
}

} // namespace maillage
