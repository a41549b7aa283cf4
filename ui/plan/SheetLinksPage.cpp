// SPDX-License-Identifier: EUPL-1.2
#include "ui/plan/SheetLinksPage.h"

#include "core/domain/Event.h"
#include "core/domain/Meeting.h"
#include "core/storage/ActionPlanRepository.h"
#include "core/storage/MeetingListQueries.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace maillage::ui {

namespace {

constexpr int MeetingIdRole = Qt::UserRole + 1;

} // namespace

SheetLinksPage::SheetLinksPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("sheetLinks"));
    auto* layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("sheetLinksTree"));
    m_tree->setHeaderLabels({tr("Date"), tr("What"), tr("Details")});
    m_tree->setRootIsDecorated(true);
    m_tree->header()->resizeSection(0, 150);
    m_tree->header()->resizeSection(1, 360);
    layout->addWidget(m_tree, 1);
    auto* buttons = new QHBoxLayout;
    m_link = new QPushButton(tr("Link a meeting…"), this);
    m_link->setObjectName(QStringLiteral("sheetLinkMeeting"));
    m_unlink = new QPushButton(tr("Unlink the meeting"), this);
    m_unlink->setObjectName(QStringLiteral("sheetUnlinkMeeting"));
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sheetLinksMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    connect(m_link, &QPushButton::clicked, this, &SheetLinksPage::chooseMeeting);
    connect(m_unlink, &QPushButton::clicked, this, &SheetLinksPage::unlinkSelected);
}

void SheetLinksPage::setSheet(qint64 sheetId)
{
    m_sheetId = sheetId;
    m_link->setEnabled(sheetId > 0);
    m_unlink->setEnabled(sheetId > 0);
    m_message->setText(sheetId > 0 ? QString() : tr("Save the fiche first to link meetings to it."));
    reload();
}

void SheetLinksPage::reload()
{
    m_tree->clear();
    if (m_sheetId <= 0)
        return;
    Result<SheetLinks> links = ActionPlanRepository(m_db).linksOf(m_sheetId);
    if (!links.ok()) {
        m_message->setText(links.error().message);
        return;
    }
    const QLocale locale;
    auto* meetings = new QTreeWidgetItem(m_tree, {tr("Meetings (%1)").arg(links->meetings.size())});
    for (const SheetMeetingRow& row : links->meetings) {
        auto* item = new QTreeWidgetItem(
            meetings, {locale.toString(row.startsAt.date(), QLocale::ShortFormat),
                       row.title.isEmpty() ? row.instanceName : row.instanceName + QStringLiteral(" — ") + row.title,
                       labelOf(fromCode(row.status, MeetingStatus::Planned))});
        item->setData(0, MeetingIdRole, row.meetingId);
    }
    auto* followUps = new QTreeWidgetItem(m_tree, {tr("Follow-ups (%1)").arg(links->followUps.size())});
    for (const SheetFollowUpRow& row : links->followUps)
        new QTreeWidgetItem(followUps, {locale.toString(row.dueOn, QLocale::ShortFormat), row.text,
                                        labelOf(fromCode(row.status, FollowUpStatus::Open))});
    auto* events = new QTreeWidgetItem(m_tree, {tr("Events (%1)").arg(links->events.size())});
    for (const SheetEventRow& row : links->events)
        new QTreeWidgetItem(events, {locale.toString(row.startsOn, QLocale::ShortFormat), row.title,
                                     tr("%n participant(s) — %1", nullptr, row.participants)
                                         .arg(labelOf(fromCode(row.kind, EventKind::Other)))});
    for (QTreeWidgetItem* group : {meetings, followUps, events}) {
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
    }
    m_tree->expandAll();
}

bool SheetLinksPage::linkMeeting(qint64 meetingId)
{
    const Status status = ActionPlanRepository(m_db).linkMeeting(m_sheetId, meetingId);
    m_message->setText(status.ok() ? QString() : status.error().message);
    reload();
    return status.ok();
}

void SheetLinksPage::chooseMeeting()
{
    MeetingListFilter filter;
    Result<std::vector<MeetingListRow>> rows = MeetingListQueries(m_db).page(filter, 0, 400);
    if (!rows.ok()) {
        m_message->setText(rows.error().message);
        return;
    }
    QStringList labels;
    const QLocale locale;
    for (const MeetingListRow& row : rows.value())
        labels << QStringLiteral("%1 · %2%3")
                      .arg(locale.toString(row.startsAt.date(), QLocale::ShortFormat), row.instanceName,
                           row.title.isEmpty() ? QString() : QStringLiteral(" — ") + row.title);
    if (labels.isEmpty()) {
        m_message->setText(tr("There is no meeting to link yet."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Link a meeting"), tr("Meeting that worked on the fiche:"),
                                                 labels, 0, false, &ok);
    if (!ok)
        return;
    linkMeeting(rows->at(std::size_t(labels.indexOf(chosen))).id);
}

void SheetLinksPage::unlinkSelected()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const qint64 meetingId = item ? item->data(0, MeetingIdRole).toLongLong() : 0;
    if (meetingId <= 0) {
        m_message->setText(tr("Select a linked meeting first."));
        return;
    }
    const Status status = ActionPlanRepository(m_db).unlinkMeeting(m_sheetId, meetingId);
    m_message->setText(status.ok() ? QString() : status.error().message);
    reload();
}

} // namespace maillage::ui
