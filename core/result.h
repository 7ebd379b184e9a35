#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace alongside::core {

/**
 * What went wrong, in words a coordinator understands, plus a code that callers (and the command
 * line's exit status) can act on. Messages are already translated when they are created.
 */
struct Error
{
    enum class Code
    {
        None,
        NotFound, // the file does not exist
        NotAlongside, // a file that is not an Alongside database
        TooNew, // made by a newer version of Alongside
        Damaged, // the database failed its integrity check
        Locked, // another copy of Alongside has the file open
        InvalidInput, // the user gave a value that cannot be accepted
        DiskFull, // the disk (or a file-size limit) is full
        Io, // reading or writing a file failed (permissions, a drive disconnected)
        Database, // the database refused an operation
        PermissionDenied, // the acting user's role may not do this
        NotLoggedIn, // wrong user name or password, a disabled account, or too many attempts
        Cancelled, // the user stopped a long task (a report being built) before it finished
    };

    Code code = Code::None;
    QString message;
    QString detail; // technical detail for "Show details"; never identifiable data
};

/** A value a user gave that cannot be accepted; message says what is wrong and what to do. */
inline Error invalidInput(QString message)
{
    return Error { Error::Code::InvalidInput, std::move(message), {} };
}

/** Success or an Error. Used where there is no value to return. */
class Status
{
public:
    Status() = default;

    Status(Error error)
        : m_error(std::move(error))
    { }

    static Status ok() { return {}; }

    bool isOk() const { return m_error.code == Error::Code::None; }

    explicit operator bool() const { return isOk(); }

    const Error& error() const { return m_error; }

    QString message() const { return m_error.message; }

private:
    Error m_error;
};

/** A value or an Error. Invariant: exactly one of the two is present. */
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }

    Result(Error error)
        : m_error(std::move(error))
    { }

    bool isOk() const { return m_value.has_value(); }

    explicit operator bool() const { return isOk(); }

    T& value() { return *m_value; }

    const T& value() const { return *m_value; }

    T takeValue() { return std::move(*m_value); }

    const Error& error() const { return m_error; }

    QString message() const { return m_error.message; }

    Status status() const { return isOk() ? Status::ok() : Status(m_error); }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace alongside::core
