// SPDX-License-Identifier: EUPL-1.2
#include "core/partners/DuplicateFinder.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace maillage {

namespace {

double weightOf(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameEmail:
    case DuplicateReason::SameSiret:
    case DuplicateReason::SameFiness:
        return 0.9;
    case DuplicateReason::SamePhone:
        return 0.7;
    case DuplicateReason::SameName:
        return 0.6;
    }
    return 0.5;
}

/// Pairs found so far, keyed by (lower id, higher id).
class PairCollector
{
public:
    void addBucket(const std::vector<qint64>& ids, DuplicateReason reason)
    {
        // A bucket of dozens (a shared switchboard number) says little: skip it rather than pair everyone.
        if (ids.size() < 2 || ids.size() > 12)
            return;
        for (size_t i = 0; i < ids.size(); ++i)
            for (size_t j = i + 1; j < ids.size(); ++j) {
                auto& reasons = m_pairs[{std::min(ids[i], ids[j]), std::max(ids[i], ids[j])}];
                if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end())
                    reasons.push_back(reason);
            }
    }

    std::vector<DuplicatePair> pairs() const
    {
        std::vector<DuplicatePair> list;
        for (const auto& [key, reasons] : m_pairs) {
            double notSame = 1;
            for (DuplicateReason reason : reasons)
                notSame *= 1 - weightOf(reason);
            list.push_back({key.first, key.second, reasons, 1 - notSame});
        }
        std::stable_sort(list.begin(), list.end(),
                         [](const DuplicatePair& a, const DuplicatePair& b) { return a.score > b.score; });
        return list;
    }

private:
    std::map<std::pair<qint64, qint64>, std::vector<DuplicateReason>> m_pairs;
};

using Buckets = std::unordered_map<QString, std::vector<qint64>>;

void addTo(Buckets& buckets, const QString& key, qint64 id)
{
    if (key.isEmpty())
        return;
    auto& ids = buckets[key];
    if (ids.empty() || ids.back() != id)
        ids.push_back(id);
}

void collect(PairCollector& collector, const Buckets& buckets, DuplicateReason reason)
{
    for (const auto& [key, ids] : buckets)
        collector.addBucket(ids, reason);
}

const QSet<QString>& civilities()
{
    static const QSet<QString> words{
        QStringLiteral("m"),      QStringLiteral("mr"),         QStringLiteral("mme"), QStringLiteral("mlle"),
        QStringLiteral("madame"), QStringLiteral("monsieur"),   QStringLiteral("dr"),  QStringLiteral("docteur"),
        QStringLiteral("pr"),     QStringLiteral("professeur"), QStringLiteral("me"),  QStringLiteral("maitre"),
        QStringLiteral("mrs"),    QStringLiteral("ms")};
    return words;
}

} // namespace

QString DuplicateFinder::reasonText(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameEmail:
        return tr("same e-mail");
    case DuplicateReason::SamePhone:
        return tr("same phone number");
    case DuplicateReason::SameName:
        return tr("same name");
    case DuplicateReason::SameSiret:
        return tr("same SIRET");
    case DuplicateReason::SameFiness:
        return tr("same FINESS");
    }
    return {};
}

QStringList DuplicatePair::reasonTexts() const
{
    QStringList texts;
    for (DuplicateReason reason : reasons)
        texts << DuplicateFinder::reasonText(reason);
    return texts;
}

QString DuplicateFinder::fold(const QString& text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.isLetterOrNumber() ? c.toLower() : QChar(u' ');
    }
    return out.simplified();
}

QString DuplicateFinder::nameKey(const QString& civility, const QString& firstName, const QString& lastName)
{
    QStringList words = fold(civility + u' ' + firstName + u' ' + lastName).split(u' ', Qt::SkipEmptyParts);
    words.erase(std::remove_if(words.begin(), words.end(), [](const QString& w) { return civilities().contains(w); }),
                words.end());
    if (words.size() < 2) // a lone "Martin" is not enough to call two people the same
        return {};
    words.sort();
    return words.join(u' ');
}

QString DuplicateFinder::phoneKey(const QString& phone)
{
    QString digits;
    for (QChar c : phone)
        if (c.isDigit())
            digits += c;
    const bool international = phone.trimmed().startsWith(u'+') || digits.startsWith(QLatin1String("00"));
    QString national = digits;
    if (digits.startsWith(QLatin1String("0033")))
        national = digits.mid(4);
    else if (international && digits.startsWith(QLatin1String("33")))
        national = digits.mid(2);
    if (national != digits) // "+33 6…" and "+33 (0)6…" both mean "06…"
        digits = national.startsWith(u'0') ? national : u'0' + national;
    return digits.size() >= 9 ? digits : QString();
}

QString DuplicateFinder::emailKey(const QString& email)
{
    const QString key = email.trimmed().toLower();
    return key.contains(u'@') ? key : QString();
}

std::vector<DuplicatePair> DuplicateFinder::contacts(const std::vector<ContactKeys>& rows)
{
    Buckets emails, phones, names;
    for (const ContactKeys& row : rows) {
        addTo(emails, emailKey(row.email), row.id);
        addTo(phones, phoneKey(row.phone), row.id);
        if (phoneKey(row.mobile) != phoneKey(row.phone))
            addTo(phones, phoneKey(row.mobile), row.id);
        addTo(names, nameKey(row.civility, row.firstName, row.lastName), row.id);
    }
    PairCollector collector;
    collect(collector, emails, DuplicateReason::SameEmail);
    collect(collector, phones, DuplicateReason::SamePhone);
    collect(collector, names, DuplicateReason::SameName);
    return collector.pairs();
}

std::vector<DuplicatePair> DuplicateFinder::organisations(const std::vector<OrganisationKeys>& rows)
{
    static const QRegularExpression nonDigits(QStringLiteral("[^0-9A-Za-z]"));
    Buckets names, sirets, finesses;
    for (const OrganisationKeys& row : rows) {
        addTo(names, fold(row.name), row.id);
        addTo(sirets, QString(row.siret).remove(nonDigits), row.id);
        addTo(finesses, QString(row.finess).remove(nonDigits).toUpper(), row.id);
    }
    PairCollector collector;
    collect(collector, names, DuplicateReason::SameName);
    collect(collector, sirets, DuplicateReason::SameSiret);
    collect(collector, finesses, DuplicateReason::SameFiness);
    return collector.pairs();
}

Result<std::vector<DuplicatePair>> DuplicateFinder::contacts(Database& db)
{
    auto rows = duplicatequeries::contacts(db);
    if (!rows)
        return rows.error();
    return contacts(rows.value());
}

Result<std::vector<DuplicatePair>> DuplicateFinder::organisations(Database& db)
{
    auto rows = duplicatequeries::organisations(db);
    if (!rows)
        return rows.error();
    return organisations(rows.value());
}

} // namespace maillage
