// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/SearchRepository.h"

#include "core/storage/ActivitySql.h"
#include "core/storage/Database.h"
#include "core/storage/SqliteFunctions.h"

#include <QRegularExpression>

namespace maillage {

namespace {

constexpr int MaxTerms = 12;

QString plainText(const QString& body)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = body;
    text.replace(tags, QStringLiteral(" "));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text.simplified();
}

} // namespace

SearchRepository::SearchRepository(Database& db) : m_db(db) {}

QStringList SearchRepository::terms(const QString& text)
{
    QStringList words;
    QString current;
    const QString folded = sqlite::fold(text);
    for (const QChar c : folded + u' ') {
        if (c.isLetterOrNumber()) {
            current += c;
            continue;
        }
        if (!current.isEmpty() && !words.contains(current))
            words << current;
        current.clear();
    }
    return words.mid(0, MaxTerms);
}

QString SearchRepository::snippet(const QString& body, const QStringList& terms, int width)
{
    const QString text = plainText(body);
    // Fold character by character so a match in the folded text maps back to the original.
    QString folded;
    std::vector<int> origin;
    for (int i = 0; i < text.size(); ++i) {
        const QString f = sqlite::fold(text.mid(i, 1));
        folded += f;
        for (int k = 0; k < f.size(); ++k)
            origin.push_back(i);
    }
    int hit = -1;
    for (const QString& term : terms) {
        static const QRegularExpression wordStart(QStringLiteral("(?<![\\p{L}\\p{N}])"));
        const QRegularExpression pattern(wordStart.pattern() + QRegularExpression::escape(term));
        const QRegularExpressionMatch match = pattern.match(folded);
        if (match.hasMatch() && (hit < 0 || origin[size_t(match.capturedStart())] < hit))
            hit = origin[size_t(match.capturedStart())];
    }
    if (text.size() <= width)
        return text;
    int start = hit < 0 ? 0 : std::max(0, hit - width / 3);
    if (start + width > text.size())
        start = std::max(0, int(text.size()) - width);
    QString part = text.mid(start, width);
    if (start > 0)
        part = QStringLiteral("…") + part;
    if (start + width < text.size())
        part += QStringLiteral("…");
    return part;
}

Result<std::vector<SearchHit>> SearchRepository::search(const QString& text, int limit) const
{
    const QStringList words = terms(text);
    std::vector<SearchHit> hits;
    if (words.isEmpty() || limit <= 0)
        return hits;
    QString statement;
    QString query;
    if (m_db.engine() == Engine::Sqlite) {
        // Each word quoted (no FTS5 syntax gets through) and made a prefix; juxtaposed words mean AND.
        QStringList phrases;
        for (const QString& word : words)
            phrases << u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*");
        query = phrases.join(u' ');
        statement = QStringLiteral("SELECT kind, ref_id, title, body FROM search_index WHERE search_index MATCH :query "
                                   "ORDER BY bm25(search_index, 0.0, 0.0, 10.0, 1.0), kind, ref_id LIMIT %1")
                        .arg(limit);
    } else {
        // Words are letters and digits only, so the tsquery cannot be malformed.
        QStringList prefixes;
        for (const QString& word : words)
            prefixes << word + QStringLiteral(":*");
        query = prefixes.join(QStringLiteral(" & "));
        const QString vector =
            QStringLiteral("(setweight(to_tsvector('simple', %1), 'A') || to_tsvector('simple', %2))")
                .arg(m_db.dialect().folded(QStringLiteral("title")), m_db.dialect().folded(QStringLiteral("body")));
        statement = QStringLiteral("SELECT kind, ref_id, title, body FROM search_index "
                                   "WHERE %1 @@ to_tsquery('simple', :query) "
                                   "ORDER BY ts_rank(%1, to_tsquery('simple', :query2)) DESC, kind, ref_id LIMIT %2")
                        .arg(vector)
                        .arg(limit);
    }
    SqlQuery select(m_db, statement);
    select.bind(QStringLiteral(":query"), query);
    if (m_db.engine() == Engine::Postgres)
        select.bind(QStringLiteral(":query2"), query);
    if (Status status = select.exec(tr("search")); !status.ok())
        return status.error();
    while (select.next()) {
        SearchHit hit;
        hit.kind = select.text(QStringLiteral("kind"));
        hit.refId = select.value(QStringLiteral("ref_id")).toLongLong();
        hit.title = select.text(QStringLiteral("title")).simplified();
        hit.snippet = snippet(select.text(QStringLiteral("body")), words);
        hits.push_back(hit);
    }
    return hits;
}

} // namespace maillage
