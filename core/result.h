// The value every fallible operation returns: an error code plus a translated, whole-sentence
// message meant for the user. Propagate with `if (auto r = step(); !r) return r;`.
#pragma once

#include <QMetaType>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace Patagon {

enum class ErrorCode
{
    None,
    InvalidInput,
    NotFound,
    PermissionDenied,
    Io,
    Network,
    HostKey,
    Authentication,
    Remote,
    Cancelled,
    Timeout,
    Unsupported, // the other side lacks a service (e.g. a server without SFTP)
    Internal,
};

class [[nodiscard]] Result
{
public:
    Result() = default;
    static Result ok() { return {}; }
    static Result error(ErrorCode code, QString message)
    {
        Result r;
        r.m_code = code;
        r.m_message = std::move(message);
        return r;
    }
    // A message written anew each time it is read: in the language in use then, so that a
    // page showing it again after a change of language shows it translated.
    static Result error(ErrorCode code, std::function<QString()> message)
    {
        Result r;
        r.m_code = code;
        r.m_say = std::move(message);
        return r;
    }

    bool isOk() const { return m_code == ErrorCode::None; }
    explicit operator bool() const { return isOk(); }
    ErrorCode code() const { return m_code; }
    QString message() const { return m_say ? m_say() : m_message; }

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
    std::function<QString()> m_say;
};

// A value or the Result that says why there is none.
template<typename T> class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_value(std::move(value))
    {}
    Expected(Result error)
        : m_error(std::move(error))
    {}

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    // The failure; Result::ok() when there is a value.
    Result result() const { return m_value ? Result::ok() : m_error; }
    QString errorMessage() const { return m_error.message(); }
    ErrorCode errorCode() const { return m_error.code(); }

private:
    std::optional<T> m_value;
    Result m_error;
};

} // namespace Patagon

Q_DECLARE_METATYPE(Patagon::Result)
