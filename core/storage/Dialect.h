// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace maillage {

enum class Engine { Sqlite, Postgres };

/// The few places where SQLite and PostgreSQL differ, answered in one object
/// so that repositories stay portable.
class Dialect
{
public:
    explicit Dialect(Engine engine) : m_engine(engine) {}

    Engine engine() const { return m_engine; }
    QString name() const
    {
        return m_engine == Engine::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    }

    /// Column definition of an identity primary key (replaces @ID@ in migrations).
    QString identityColumn() const;
    /// Statement opening a write transaction that takes the write lock at once.
    QString beginWrite() const;
    /// Statement that realigns a table's identity after rows were inserted with explicit ids.
    QString resetIdentity(const QString& table) const;
    /// The column lower-cased without accents: for comparisons and for sort keys that put
    /// "Élus" among the E on both engines.
    QString folded(const QString& column) const;
    /// Case- and accent-insensitive "contains" test of column against a bound pattern.
    QString foldedLike(const QString& column, const QString& placeholder) const;
    /// The pattern to bind for foldedLike: '%' + folded text + '%'.
    static QString containsPattern(const QString& text);

private:
    Engine m_engine;
};

} // namespace maillage
