// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The one error convention of Teamspace: a fallible call returns Result<T>, carrying either the value or
// an Error whose text was captured where the failure happened (libgit2's and errno's state is per thread).
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ts {

// The kind decides the CLI's exit code (see CLI.md): BadInput → 3, Failed → 4, Usage → 2, Cancelled → 4.
enum class ErrorKind {
    Usage,     // the caller asked for something that cannot be meant (unknown member, wrong arguments)
    BadInput,  // untrusted input refused (invalid manifest, notebook, hostile path); nothing was changed
    Failed,    // the operation failed (I/O, permissions, git, network, keychain)
    Cancelled, // the user cancelled; what was already done is consistent
};

struct Error
{
    ErrorKind kind = ErrorKind::Failed;
    // One line that names the path or field, what is wrong and, where there is one, what to do:
    // `teamspace.json: members[2].id "../x" is not a valid member id (use a-z, 0-9, . _ -)`.
    QString message;

    static Error badInput(QString message) { return {ErrorKind::BadInput, std::move(message)}; }
    static Error failed(QString message) { return {ErrorKind::Failed, std::move(message)}; }
    static Error usage(QString message) { return {ErrorKind::Usage, std::move(message)}; }
    static Error cancelled(QString message = QStringLiteral("cancelled")) { return {ErrorKind::Cancelled, std::move(message)}; }
    // "PATH: what failed: strerror(errnum)" — for POSIX failures.
    static Error fromErrno(const QString& path, const QString& what, int errnum);

    // Prefix the message with context ("sync: " + …), keeping the kind.
    Error prefixed(const QString& context) const { return {kind, context + message}; }
};

int exitCodeFor(ErrorKind kind);

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace ts
