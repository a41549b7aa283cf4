// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/PrivacySql.h"

#include <QCoreApplication>

class QTextDocument;

namespace maillage {

class Database;

/// The entry of the directory in the council's processing register (registre des activités de
/// traitement, RGPD article 30), printable as one page.
struct RegisterEntry
{
    QString title;
    std::vector<std::pair<QString, QString>> fields; ///< heading → text, in the order of article 30
};

class ProcessingRegister
{
    Q_DECLARE_TR_FUNCTIONS(ProcessingRegister)
public:
    /// The entry filled from the council (controller, coordinator), the directory's size and the
    /// review period. In French whatever the interface language: it is a French legal document.
    static RegisterEntry entry(const DirectoryController& council, const std::vector<int>& counts, int reviewYears,
                               const QDate& today);
    static Result<RegisterEntry> entry(Database& db, const QDate& today);
    static void build(const RegisterEntry& entry, QTextDocument& document);
    static Status writePdf(Database& db, const QString& path, const QDate& today);
};

} // namespace maillage
