// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace maillage::sqlite {

/// Lower case without accents ("Étienne" → "etienne"), for searches as you type.
QString fold(const QString& text);
/// Registers maillage_fold() on a SQLite connection.
void registerFunctions(QSqlDatabase& db);

} // namespace maillage::sqlite
