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

QStringList SearchRepository::alternatives(const QString& term)
{
    QStringList forms{term};
    // Neither FTS5 nor a prefix knows French plurals: the singular is searched as a prefix too.
    QString singular;
    if (term.size() >= 5 && term.endsWith(QLatin1String("aux")) && !term.endsWith(QLatin1String("eaux")))
        singular = term.chopped(3) + QStringLiteral("al"); // hôpitaux → hopital
    else if (term.size() >= 4 && (term.endsWith(QLatin1String("eux")) || term.endsWith(QLatin1String("eaux"))))
        singular = term.chopped(1); // lieux → lieu, bureaux → bureau
    else if (term.size() >= 4 && term.endsWith(u's') && !term.endsWith(QLatin1String("ss")))
        singular = term.chopped(1); // associations → association
    if (!singular.isEmpty() && !term.startsWith(singular))
        forms << singular;
    else if (!singular.isEmpty())
        forms[0] = singular; // "association*" already covers "associations*"
    return forms;
}

Result<std::vector<SearchHit>> SearchRepository::search(const QString& text, int limit) const
{
    const QStringList words = terms(text);
    std::vector<SearchHit> hits;
    if (words.isEmpty() || limit <= 0)
        return hits;
    QString statement;
    QVariantMap values;
    if (m_db.engine() == Engine::Sqlite) {
        // Each form quoted (no FTS5 syntax gets through) and made a prefix; every word must match.
        QStringList groups;
        for (const QString& word : words) {
            QStringList phrases;
            for (const QString& form : alternatives(word))
                phrases << u'"' + QString(form).replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*");
            groups << u'(' + phrases.join(QStringLiteral(" OR ")) + u')';
        }
        values.insert(QStringLiteral(":query"), groups.join(QStringLiteral(" AND ")));
        statement = QStringLiteral("SELECT kind, ref_id, title, body FROM search_index WHERE search_index MATCH :query "
                                   "ORDER BY bm25(search_index, 0.0, 0.0, 10.0, 1.0), kind, ref_id LIMIT %1")
                        .arg(limit);
    } else {
        // The stored tsvector (migrations/008) holds 'simple' lexemes for the same prefixes as FTS5 and
        // 'french' stems on top, so a word also finds its other forms (accompagner → accompagnement).
        // Words are letters and digits only, so no tsquery can be malformed.
        QStringList groups;
        for (qsizetype i = 0; i < words.size(); ++i) {
            QStringList prefixes;
            for (const QString& form : alternatives(words.at(i)))
                prefixes << form + QStringLiteral(":*");
            const QString prefix = QStringLiteral(":p%1").arg(i);
            const QString stem = QStringLiteral(":s%1").arg(i);
            values.insert(prefix, prefixes.join(QStringLiteral(" | ")));
            values.insert(stem, words.at(i) + QStringLiteral(":C")); // stems only: "martine" is no "martin"
            groups << QStringLiteral("(to_tsquery('simple', %1) || to_tsquery('french', %2))").arg(prefix, stem);
        }
        statement = QStringLiteral("SELECT kind, ref_id, title, body, ts_rank(document, query) AS rank "
                                   "FROM search_index, (SELECT %1 AS query) AS q WHERE document @@ query "
                                   "ORDER BY rank DESC, kind, ref_id LIMIT %2")
                        .arg(groups.join(QStringLiteral(" && ")))
                        .arg(limit);
    }
    SqlQuery select(m_db, statement);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        select.bind(it.key(), it.value());
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
