// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/FollowUpRepository.h"

#include <QAbstractTableModel>
#include <QDate>

namespace maillage {
class Database;
}

namespace maillage::ui {

/// The follow-ups of a filter, all read at once (a council has hundreds, not millions). Status and due
/// date are edited in place and saved at once through FollowUpRepository; a refused save leaves the
/// row as stored and says why through saveFailed.
class FollowUpTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, OwnerColumn, DueColumn, StatusColumn, MeetingColumn, SheetColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OverdueRole };

    explicit FollowUpTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    /// Reads the follow-ups of filter from db (none when db is null); when dueBy is valid, only those due on
    /// or before that day (the reminder horizon).
    Status load(Database* db, const FollowUpFilter& filter, const QDate& dueBy = {});
    /// The day overdue is measured against (today unless a test fixes it).
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    const FollowUpRow& rowAt(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Status column: a FollowUpStatus code; due column: a QDate. Saved at once.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void saveFailed(const maillage::Error& error);
    void saved();

private:
    Database* m_db = nullptr;
    std::vector<FollowUpRow> m_rows;
    QDate m_today;
};

} // namespace maillage::ui
