// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/SqliteFunctions.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace maillage::sqlite {

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x153)) // œ
            result += QStringLiteral("oe");
        else if (c == QChar(0x152))
            result += QStringLiteral("oe");
        else
            result += c.toLower();
    }
    return result;
}

namespace {

void foldFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray folded = fold(QString::fromUtf8(text)).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

void registerFunctions(QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    auto* connection = *static_cast<sqlite3* const*>(handle.data());
    if (!connection)
        return;
    sqlite3_create_function_v2(connection, "maillage_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               &foldFunction, nullptr, nullptr, nullptr);
}

} // namespace maillage::sqlite
