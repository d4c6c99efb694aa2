#pragma once

#include "model/Saved.h"
#include "model/Validation.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tl {

// Why an operation did not produce its value. The kind decides what the caller does with it:
// invalid input is shown beside the fields, a database error names the file's problem (disk full,
// read-only, busy …), a cancellation is silent. Never compare message strings to find out.
struct Error
{
    enum class Kind { InvalidInput, Database, Cancelled, NotFound, ReadOnly };

    Kind kind = Kind::Database;
    QString message;    // translated; for invalid input the fields' messages joined
    FieldErrors fields; // per field, when known (invalid input)

    static Error invalid(const FieldErrors &fields)
    {
        QStringList parts;
        for (const FieldError &e : fields)
            parts << e.message;
        return Error{Kind::InvalidInput, parts.join(QStringLiteral("; ")), fields};
    }
    static Error invalid(const QString &field, const QString &message)
    {
        return invalid(FieldErrors{{field, message}});
    }
    static Error database(const QString &message) { return Error{Kind::Database, message, {}}; }
    static Error notFound(const QString &message) { return Error{Kind::NotFound, message, {}}; }
    static Error readOnly(const QString &message) { return Error{Kind::ReadOnly, message, {}}; }
    static Error cancelled() { return Error{Kind::Cancelled, {}, {}}; }
    // A repository's refusal: field errors are invalid input, anything else is the database's.
    static Error fromSaved(const Saved &saved)
    {
        for (const FieldError &e : saved.errors)
            if (!e.field.isEmpty())
                return invalid(saved.errors);
        return database(saved.message());
    }
};

// A value or the reason there is none: what reads and writes return.
template<class T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_value); }
    T &value() { return std::get<0>(m_value); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }
    const Error &error() const { return std::get<1>(m_value); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_value;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

// The outcome without the value (an edit whose caller needs no id).
template<class T>
Result<void> withoutValue(const Result<T> &result)
{
    return result ? Result<void>() : Result<void>(result.error());
}

} // namespace tl
