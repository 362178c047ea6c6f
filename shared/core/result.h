#pragma once
// One error type and a small Result<T> (C++17; std::expected needs C++23). No exceptions cross
// the event loop: every fallible call returns a Result.
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace mlc {

struct Error {
    QString code;    // stable machine code, e.g. "b1.business", "concur.auth", "input.malformed"
    QString message; // one readable sentence for finance staff
    QString detail;  // technical detail for the log (never a secret)

    bool isNull() const { return code.isEmpty(); }
    QString toString() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')'); }
};

template <typename T>
class Result {
public:
    Result(const T &value) : m_v(value) {}
    Result(T &&value) : m_v(std::move(value)) {}
    Result(const Error &error) : m_v(error) {}
    Result(Error &&error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    // By value, not T&&: `for (const auto &x : call().value())` then extends the value's lifetime
    // instead of dangling into the destroyed temporary Result.
    T value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class Result<void> {
public:
    Result() = default;
    Result(const Error &error) : m_error(error) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(const QString &code, const QString &message, const QString &detail = {})
{
    return Error{code, message, detail};
}

} // namespace mlc

// Returns the error of a Result-returning expression from the enclosing function, whose return
// type must be constructible from an Error (any Result<T>).
#define MLC_TRY(expr)                                                                              \
    do {                                                                                           \
        auto _r = (expr);                                                                          \
        if (!_r.ok())                                                                              \
            return _r.error();                                                                     \
    } while (0)
