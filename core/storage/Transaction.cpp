// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/Transaction.h"

#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <QCoreApplication>
#include <QFileInfo>
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
    // In WAL mode SQLite keeps writing into a file that was deleted or moved away (its folder removed,
    // a USB key pulled): such a commit would be acknowledged and lost. Refused; the destructor rolls back.
    if (m_depth == 0 && !m_db.filePath().isEmpty() && !QFileInfo::exists(m_db.filePath()))
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("maillage::Transaction",
                                                 "The change could not be saved: the database file %1 was moved or "
                                                 "deleted while it was open. Nothing of it was kept.")
                         .arg(m_db.filePath()),
                     {}};
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
    const QString problem = storageProblem(error, query.driver());
    return Error{
        isTransient(error, query.driver()) ? Error::Kind::Busy
        : problem.isEmpty()                ? Error::Kind::Internal
                                           : Error::Kind::Io,
        problem.isEmpty()
            ? QCoreApplication::translate("maillage::Transaction", "The database refused to start or end a change.")
            : QCoreApplication::translate("maillage::Transaction",
                                          "The change could not be saved: %1. Nothing of it was kept.")
                  .arg(problem),
        statement + QStringLiteral(": ") + error.text()};
}

} // namespace maillage
