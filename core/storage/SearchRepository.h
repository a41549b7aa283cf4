// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace maillage {

class Database;

/// One result of the full-text search.
struct SearchHit
{
    QString kind; ///< "organisation", "contact", "agenda_item" or "action_sheet"
    qint64 refId = 0;
    QString title;
    QString snippet; ///< plain text around the first match (tags removed)
};

/// Full-text search over names, minutes and fiches actions (search_index: FTS5 on SQLite, a table
/// with a stored tsvector and a GIN index on PostgreSQL). Every word typed must appear, as a word or
/// the start of one, ignoring case and accents ("etien" finds "Étienne"); a French plural also finds
/// its singular. PostgreSQL adds the 'french' stems (a verb finds its noun) on top of the same matches.
class SearchRepository
{
    Q_DECLARE_TR_FUNCTIONS(SearchRepository)

public:
    explicit SearchRepository(Database& db);

    /// Best matches first (title matches weigh more). Never fails on odd input such as `"foo`
    /// or `AND`: the user's text is reduced to words before it reaches the engine.
    Result<std::vector<SearchHit>> search(const QString& text, int limit = 50) const;

    /// The words of text, lower case without accents, in order and without repeats.
    static QStringList terms(const QString& text);
    /// The forms of one term searched as prefixes: the term, and its singular when it looks plural.
    static QStringList alternatives(const QString& term);
    /// Plain text of body around the first of terms, at most about width characters.
    static QString snippet(const QString& body, const QStringList& terms, int width = 120);

private:
    Database& m_db;
};

} // namespace maillage
