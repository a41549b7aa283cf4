// SPDX-License-Identifier: EUPL-1.2
#include "core/models/LazyTableModel.h"

#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>

namespace maillage {

LazyTableModel::LazyTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void LazyTableModel::setDatabase(const Database* db)
{
    m_db = db;
    reload();
}

void LazyTableModel::reload()
{
    // The first page is read inside the reset, as QSqlQueryModel does. No fetching while
    // listeners handle the reset or an insertion: rows inserted then would reach listeners
    // still in the middle of the previous change (QAbstractItemModelTester checks this).
    const QScopedValueRollback<bool> guard(m_notifying, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_db == nullptr;
    m_lastError.clear();
    if (m_db)
        appendPage(false);
    endResetModel();
}

qint64 LazyTableModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

int LazyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LazyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant LazyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.display.value(index.column());
    case IdRole:
        return row.id;
    case RawRole:
        return row.raw.value(index.column(), row.display.value(index.column()));
    default:
        return {};
    }
}

QVariant LazyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return headers().value(section);
}

bool LazyTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && m_db && !m_notifying;
}

void LazyTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    appendPage(true);
}

int LazyTableModel::appendPage(bool signalInsertion)
{
    auto page = loadPage(*m_db, int(m_rows.size()), PageSize);
    if (!page) {
        m_lastError = page.error().fullText();
        m_atEnd = true; // do not hammer a failing database from every repaint
        return 0;
    }
    std::vector<Row>& rows = page.value();
    m_atEnd = int(rows.size()) < PageSize;
    if (rows.empty())
        return 0;
    const QScopedValueRollback<bool> guard(m_notifying, true);
    if (signalInsertion)
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    for (Row& row : rows)
        m_rows.push_back(std::move(row));
    if (signalInsertion)
        endInsertRows();
    return int(rows.size());
}

QString LazyTableModel::formatDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString LazyTableModel::formatDateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QLocale().toString(dateTime, QLocale::ShortFormat) : QString();
}

} // namespace maillage
