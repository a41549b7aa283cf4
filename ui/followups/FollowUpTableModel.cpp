// SPDX-License-Identifier: EUPL-1.2
#include "ui/followups/FollowUpTableModel.h"

#include "core/storage/Database.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace maillage::ui {

Status FollowUpTableModel::load(Database* db, const FollowUpFilter& filter, const QDate& dueBy)
{
    beginResetModel();
    m_db = db;
    m_rows.clear();
    Status status;
    if (db) {
        auto rows = FollowUpRepository(*db).list(filter);
        if (rows)
            m_rows = std::move(rows.value());
        else
            status = rows.error();
    }
    if (dueBy.isValid())
        std::erase_if(m_rows, [&dueBy](const FollowUpRow& row) {
            return !row.followUp.dueOn.isValid() || row.followUp.dueOn > dueBy;
        });
    endResetModel();
    return status;
}

int FollowUpTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Follow-up");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case MeetingColumn:
        return tr("Meeting");
    case SheetColumn:
        return tr("Fiche action");
    default:
        return {};
    }
}

QVariant FollowUpTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpRow& row = m_rows[size_t(index.row())];
    const FollowUp& f = row.followUp;
    const bool overdue = f.isOverdueOn(today());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return f.id;
    case OverdueRole:
        return overdue;
    case Qt::EditRole:
        if (index.column() == DueColumn)
            return f.dueOn.isValid() ? f.dueOn : today();
        if (index.column() == StatusColumn)
            return codeOf(f.status);
        [[fallthrough]];
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TextColumn:
            return f.text;
        case OwnerColumn:
            return row.owner;
        case DueColumn:
            return f.dueOn.isValid() ? locale.toString(f.dueOn, QLocale::ShortFormat) : QString();
        case StatusColumn:
            if (f.status == FollowUpStatus::Done && f.doneOn.isValid())
                return tr("%1 on %2").arg(labelOf(f.status), locale.toString(f.doneOn, QLocale::ShortFormat));
            return labelOf(f.status);
        case MeetingColumn:
            return QStringLiteral("%1, %2").arg(row.instanceName,
                                                locale.toString(row.meetingStart.date(), QLocale::ShortFormat));
        case SheetColumn:
            return row.actionSheet;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (overdue && index.column() == DueColumn)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (f.status == FollowUpStatus::Done || f.status == FollowUpStatus::Dropped)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == DueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags FollowUpTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == DueColumn || index.column() == StatusColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool FollowUpTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_db || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    FollowUp& f = m_rows[size_t(index.row())].followUp;
    FollowUpRepository repository(*m_db);
    Status status;
    if (index.column() == StatusColumn) {
        const FollowUpStatus chosen = fromCode(value.toString(), f.status);
        if (chosen == f.status)
            return false;
        // "Done" is dated by the real day, not by the day the overdue marks are measured against.
        status = repository.setStatus(f, chosen, QDate::currentDate());
    } else if (index.column() == DueColumn) {
        const QDate due = value.toDate();
        if (due == f.dueOn)
            return false;
        status = repository.setDueDate(f, due);
    } else {
        return false;
    }
    if (!status) {
        emit saveFailed(status.error());
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit saved();
    return true;
}

} // namespace maillage::ui
