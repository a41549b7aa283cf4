// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

class QTextDocument;

namespace maillage {

class Database;

/// "Exporter les données de cette personne" (RGPD right of access): every row about a contact as
/// JSON, and the same as a readable PDF.
class PersonExport
{
    Q_DECLARE_TR_FUNCTIONS(PersonExport)
public:
    /// The data as JSON: {"exported_on", "application", "person": {contact, affiliations, …}}.
    static Result<QJsonObject> collect(Database& db, qint64 contactId, const QDate& today);
    static Status writeJson(Database& db, qint64 contactId, const QString& path, const QDate& today);
    static Status writePdf(Database& db, qint64 contactId, const QString& path, const QDate& today);
    /// Fills document with a readable account of data (what collect() gives).
    static void build(const QJsonObject& data, QTextDocument& document);
    /// Writes the file of the extension (.json or .pdf).
    static Status write(Database& db, qint64 contactId, const QString& path, const QDate& today);
};

} // namespace maillage
