// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace maillage {

/// What went wrong, said twice: once for the user (translated, names the problem)
/// and once for the technician (driver text, SQL state, path).
struct Error {
    enum class Kind {
        Invalid,      ///< the input breaks a rule (validation, archive content)
        NotFound,     ///< the record or file does not exist
        Conflict,     ///< someone else changed the record since it was read
        Constraint,   ///< the database refused the write (foreign key, uniqueness)
        Unsupported,  ///< a file from a newer Maillage, or not a Maillage file
        Io,           ///< disk, network or server
        Busy,         ///< a concurrent writer got in the way (lock, deadlock, serialization): try the unit again
        Internal,
    };
    Kind kind = Kind::Internal;
    QString message;
    QString detail;

    /// The message, followed by the detail when there is one.
    QString fullText() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')'; }
};

/// A value or an Error. Core returns these; the UI and the CLI decide how to show the error.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Success or an Error, for operations that return nothing.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}
    template <typename T>
    Status(const Result<T>& result) : m_failed(!result.ok()), m_error(result.ok() ? Error{} : result.error())
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace maillage
