// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace maillage {

class Database;

/// A read-only table filled page by page from a query (canFetchMore / fetchMore), so a list
/// of ten years opens at once. Subclasses name the columns and load one page.
class LazyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, RawRole };
    static constexpr int PageSize = 200;

    explicit LazyTableModel(QObject* parent = nullptr);

    /// Uses db (or nothing) from now on and reloads. The database must outlive its use here.
    void setDatabase(const Database* db);
    /// Drops the loaded rows; the first page is read again.
    void reload();
    /// The id of the record shown in a row.
    qint64 idAt(int row) const;
    /// Set when the last page could not be read; the rows read so far stay.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

protected:
    struct Row {
        qint64 id = 0;
        QVariantList display; ///< one text per column, already formatted for the user
        QVariantList raw;     ///< the values behind it (dates, codes), for sorting and tests
    };
    virtual QStringList headers() const = 0;
    virtual Result<std::vector<Row>> loadPage(const Database& db, int offset, int limit) const = 0;
    const Database* database() const { return m_db; }

    /// Short date in the interface language ("10/03/2026"), empty when invalid.
    static QString formatDate(const QDate& date);
    static QString formatDateTime(const QDateTime& dateTime);

private:
    /// Reads the next page; signalInsertion is false inside a reset. Returns the rows added.
    int appendPage(bool signalInsertion);

    const Database* m_db = nullptr;
    std::vector<Row> m_rows;
    bool m_atEnd = true;
    bool m_notifying = false;
    QString m_lastError;
};

} // namespace maillage
