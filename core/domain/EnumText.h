// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

#include <span>
#include <vector>

namespace maillage {

/// One value of a domain enum: its stable storage code and its label (translated on use).
template <typename E>
struct EnumEntry {
    E value;
    const char* code;
    const char* label;
};

/// Specialised once per enum, next to the enum, listing every value in display order.
template <typename E>
std::span<const EnumEntry<E>> enumEntries();

/// The code stored in the database and the archive ("planned", "titulaire"…).
template <typename E>
QString codeOf(E value)
{
    for (const auto& entry : enumEntries<E>())
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    return {};
}

/// The value of a stored code; ok (when given) says whether the code was known.
template <typename E>
E fromCode(const QString& code, E fallback, bool* ok = nullptr)
{
    for (const auto& entry : enumEntries<E>())
        if (code == QLatin1String(entry.code)) {
            if (ok)
                *ok = true;
            return entry.value;
        }
    if (ok)
        *ok = false;
    return fallback;
}

/// Whether code is one of the enum's codes.
template <typename E>
bool isKnownCode(const QString& code)
{
    bool ok = false;
    fromCode<E>(code, enumEntries<E>().front().value, &ok);
    return ok;
}

/// The label shown to the user, in the interface language.
template <typename E>
QString labelOf(E value)
{
    for (const auto& entry : enumEntries<E>())
        if (entry.value == value)
            return QCoreApplication::translate("maillage::domain", entry.label);
    return {};
}

template <typename E>
std::vector<E> allValues()
{
    std::vector<E> values;
    for (const auto& entry : enumEntries<E>())
        values.push_back(entry.value);
    return values;
}

#define MAILLAGE_ENUM_ENTRIES(Enum, ...)                                                                              \
    template <>                                                                                                       \
    inline std::span<const EnumEntry<Enum>> enumEntries<Enum>()                                                       \
    {                                                                                                                 \
        static const EnumEntry<Enum> entries[] = {__VA_ARGS__};                                                      \
        return entries;                                                                                               \
    }

} // namespace maillage
