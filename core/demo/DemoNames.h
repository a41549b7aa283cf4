// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace maillage::demo {

/// A small deterministic generator (splitmix64): the demo must come out byte-identical for the same year,
/// on every platform, so neither std::rand nor QRandomGenerator::global will do.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next();
    /// A number in [0, n).
    int below(int n);
    /// A number in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    /// True percent times out of a hundred.
    bool chance(int percent) { return below(100) < percent; }
    /// An independent generator for one entity, so that what one part draws never shifts another.
    Rng fork(std::uint64_t salt) const;

    const QString& pick(const QStringList& list) { return list.at(below(int(list.size()))); }
    template <typename T>
    const T& pick(const std::vector<T>& list)
    {
        return list.at(std::size_t(below(int(list.size()))));
    }
    /// count distinct indexes of [0, n), in increasing order.
    std::vector<int> sample(int n, int count);

private:
    std::uint64_t m_state;
};

/// A fictional person's name.
struct PersonName {
    QString civility; ///< "Mme" or "M."
    QString firstName;
    QString lastName;
};

/// Word lists: common French first names and surnames, combined at random (fictional people).
const QStringList& femaleFirstNames();
const QStringList& maleFirstNames();
const QStringList& lastNames();

/// A hash of a text that never changes between runs or platforms (unlike qHash), to fork generators.
std::uint64_t stableHash(const QString& text);
/// Replaces each "{masculine|feminine}" of a job title by the form that fits.
QString genderise(const QString& text, bool female);

/// "prenom.nom" in lower-case ASCII, for fictional e-mail addresses.
QString emailLocalPart(const QString& firstName, const QString& lastName);
/// A fictional landline in the 03 area ("03 20 …"), stable for a given number.
QString phoneNumber(Rng& rng, bool mobile = false);

} // namespace maillage::demo
