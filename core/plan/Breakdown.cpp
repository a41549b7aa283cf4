// SPDX-License-Identifier: EUPL-1.2
#include "core/plan/Breakdown.h"

#include "core/domain/Contact.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace maillage::plan {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 12);
}

} // namespace

QString BreakdownDimension::labelOf(const QString& category) const
{
    const qsizetype at = categories.indexOf(category);
    return at >= 0 && at < categoryLabels.size() ? categoryLabels.at(at) : category;
}

double BreakdownPart::sum() const
{
    double total = 0;
    for (const auto& [category, value] : values)
        total += value;
    return total;
}

std::optional<double> BreakdownPart::valueOf(const QString& category) const
{
    for (const auto& [name, value] : values)
        if (name == category)
            return value;
    return std::nullopt;
}

std::vector<BreakdownDimension> Breakdown::dimensions(const std::vector<Sector>& sectors)
{
    std::vector<BreakdownDimension> all;
    BreakdownDimension pillar{QStringLiteral("pillar"), tr("Pillar"), {}, {}};
    for (Pillar p : allValues<Pillar>()) {
        pillar.categories << codeOf(p);
        pillar.categoryLabels << maillage::labelOf(p);
    }
    all.push_back(pillar);
    BreakdownDimension sector{QStringLiteral("sector"), tr("Sector"), {}, {}};
    for (const Sector& s : sectors) {
        sector.categories << s.code;
        sector.categoryLabels << s.label;
    }
    all.push_back(sector);
    all.push_back({QStringLiteral("sex"), tr("Sex"), {QStringLiteral("F"), QStringLiteral("M")}, {tr("Women"), tr("Men")}});
    all.push_back({QStringLiteral("age"),
                   tr("Age band"),
                   {QStringLiteral("0-17"), QStringLiteral("18-25"), QStringLiteral("26-59"), QStringLiteral("60+")},
                   {tr("Under 18"), tr("18 to 25"), tr("26 to 59"), tr("60 and over")}});
    return all;
}

BreakdownDimension Breakdown::dimension(const std::vector<BreakdownDimension>& known, const QString& key)
{
    for (const BreakdownDimension& d : known)
        if (d.key == key)
            return d;
    return {key, key, {}, {}};
}

Result<std::vector<BreakdownPart>> Breakdown::parse(const QString& json)
{
    std::vector<BreakdownPart> parts;
    if (json.trimmed().isEmpty())
        return parts;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{Error::Kind::Invalid, tr("The breakdown is not readable: %1").arg(json.left(80)), {}};
    const QJsonObject object = document.object();
    for (auto dimension = object.begin(); dimension != object.end(); ++dimension) {
        if (!dimension.value().isObject())
            return Error{Error::Kind::Invalid,
                         tr("The breakdown by “%1” is not a list of categories.").arg(dimension.key()), {}};
        BreakdownPart part;
        part.dimension = dimension.key();
        const QJsonObject values = dimension.value().toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (!it.value().isDouble())
                return Error{Error::Kind::Invalid,
                             tr("The breakdown by “%1” holds “%2” for “%3”, which is not a number.")
                                 .arg(dimension.key(), it.value().toVariant().toString(), it.key()),
                             {}};
            part.values.emplace_back(it.key(), it.value().toDouble());
        }
        parts.push_back(part);
    }
    return parts;
}

QString Breakdown::toJson(const std::vector<BreakdownPart>& parts)
{
    QJsonObject object;
    for (const BreakdownPart& part : parts) {
        if (part.values.empty())
            continue;
        QJsonObject values;
        for (const auto& [category, value] : part.values)
            values.insert(category, value);
        object.insert(part.dimension, values);
    }
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString Breakdown::summary(const QString& json, const std::vector<BreakdownDimension>& known)
{
    Result<std::vector<BreakdownPart>> parts = parse(json);
    if (!parts.ok())
        return json;
    QStringList texts;
    for (const BreakdownPart& part : parts.value()) {
        const BreakdownDimension d = dimension(known, part.dimension);
        // In the dimension's order first, then the others as stored.
        std::vector<std::pair<QString, double>> values = part.values;
        std::stable_sort(values.begin(), values.end(), [&](const auto& a, const auto& b) {
            const auto rank = [&](const QString& c) {
                const qsizetype at = d.categories.indexOf(c);
                return at < 0 ? d.categories.size() : at;
            };
            return rank(a.first) < rank(b.first);
        });
        QStringList items;
        for (const auto& [category, value] : values)
            items << tr("%1 %2").arg(d.labelOf(category), number(value));
        texts << tr("%1: %2").arg(d.label, items.join(QStringLiteral(", ")));
    }
    return texts.join(QStringLiteral(" · "));
}

QStringList Breakdown::mismatches(const std::vector<BreakdownPart>& parts, double total,
                                  const std::vector<BreakdownDimension>& known)
{
    QStringList messages;
    for (const BreakdownPart& part : parts)
        if (!part.values.empty() && std::abs(part.sum() - total) > 1e-9)
            messages << tr("The breakdown by %1 adds up to %2, not the value %3.")
                            .arg(dimension(known, part.dimension).label.toLower(), number(part.sum()), number(total));
    return messages;
}

} // namespace maillage::plan
