// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/Transaction.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace maillage {

Transaction::Transaction(Database& db) : m_db(db)
{
    m_depth = m_db.m_transactionDepth;
    const QString statement =
        m_depth == 0 ? m_db.dialect().beginWrite() : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    m_status = exec(statement);
    if (m_status.ok()) {
        m_open = true;
        ++m_db.m_transactionDepth;
    }
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_depth == 0)
        (void)exec(QStringLiteral("ROLLBACK"));
    else
        (void)exec(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth));
    --m_db.m_transactionDepth;
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? Status(Error{Error::Kind::Internal, QStringLiteral("transaction already closed"), {}})
                             : m_status;
    const Status status =
        exec(m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth));
    if (!status.ok())
        return status; // still open: the destructor rolls back
    m_open = false;
    --m_db.m_transactionDepth;
    return status;
}

Status Transaction::exec(const QString& statement)
{
    QSqlQuery query(m_db.connection());
    if (query.exec(statement))
        return {};
    const QSqlError error = query.lastError();
    const QString code = error.nativeErrorCode();
    const bool busy = code == QLatin1String("5") || code == QLatin1String("6") || code == QLatin1String("40001") ||
                      code == QLatin1String("40P01");
    return Error{
        busy ? Error::Kind::Busy : Error::Kind::Internal,
        busy ? QCoreApplication::translate(
                   "maillage::Transaction",
                   "The database is busy: another program is writing to it. Try again in a moment.")
             : QCoreApplication::translate("maillage::Transaction", "The database refused to start or end a change."),
        statement + QStringLiteral(": ") + error.text()};
}

} // namespace maillage
