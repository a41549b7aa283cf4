// SPDX-License-Identifier: EUPL-1.2
// Internal to core/sync: how one field of a record is shown, compared and copied.
#pragma once

#include "core/domain/EnumText.h"
#include "core/sync/FieldComparison.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace maillage::sync::detail {

inline QString tr(const char* text)
{
    return QCoreApplication::translate("maillage::sync", text);
}

inline QString showText(const QString& text)
{
    return text;
}
inline QString showDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}
inline QString showFlag(const bool& flag)
{
    // Spelled out so lupdate files them under the context they are looked up in.
    return flag ? QCoreApplication::translate("maillage::sync", "Yes")
                : QCoreApplication::translate("maillage::sync", "No");
}
template <typename E> QString showEnum(const E& value)
{
    return labelOf(value);
}
inline QString nameOf(const std::function<QString(qint64)>& lookup, qint64 id)
{
    if (id <= 0)
        return {};
    const QString name = lookup ? lookup(id) : QString();
    return name.isEmpty() ? QStringLiteral("#%1").arg(id) : name;
}

/// One field of T: its column (the key), its label (QT_TRANSLATE_NOOP in "maillage::sync"), how it is
/// shown and how it is copied from one record to another.
template <typename T> struct FieldSpec
{
    const char* key;
    const char* label;
    std::function<QString(const T&, const Names&)> show;
    std::function<void(T&, const T&)> copy;
};

template <typename T, typename M>
FieldSpec<T> field(const char* key, const char* label, M T::*member, QString (*show)(const M&))
{
    return FieldSpec<T>{key, label, [member, show](const T& value, const Names&) { return show(value.*member); },
                        [member](T& to, const T& from) { to.*member = from.*member; }};
}

template <typename T>
std::vector<FieldValue> valuesOf(const std::vector<FieldSpec<T>>& specs, const T& record, const QString& entity,
                                 const Names& names)
{
    std::vector<FieldValue> values;
    for (const FieldSpec<T>& spec : specs)
        values.push_back(FieldValue{QString::fromLatin1(spec.key),
                                    tr(spec.label),
                                    spec.show(record, names),
                                    entity,
                                    record.id,
                                    {QString::fromLatin1(spec.key)}});
    return values;
}

template <typename T>
void applySpecs(const std::vector<FieldSpec<T>>& specs, T& result, const T& mine, const Choices& choices)
{
    for (const FieldSpec<T>& spec : specs)
        if (choices.value(QString::fromLatin1(spec.key), Side::Theirs) == Side::Mine)
            spec.copy(result, mine);
}

/// The differences between the three versions' fields, in mine's order then theirs' extra keys.
Comparison compareValues(const std::vector<FieldValue>& base, const std::vector<FieldValue>& mine,
                         const std::vector<FieldValue>& theirs);

} // namespace maillage::sync::detail
