#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

namespace Motcua {

// The one result type of the application: the value of an operation or the
// reason it failed, as a value, so no exception ever crosses a Qt slot.
// The reason's type is the layer's domain error: a translated message (QString)
// in core (Result, Status), a DbError in data (DbResult, DbStatus).
//
// Made with success()/failure(), or implicitly from a value or an error where
// their types differ.
template<class T, class E>
class Expected
{
public:
    using Value = T;
    using Error = E;

    static Expected success(T value = T{}) { return Expected(std::in_place, std::move(value)); }
    static Expected failure(E error) { return Expected(std::nullopt, std::move(error)); }

    template<class U = T, std::enable_if_t<!std::is_same_v<U, E>, int> = 0>
    Expected(T value)
        : m_value(std::move(value))
    {}
    template<class U = T, std::enable_if_t<!std::is_same_v<U, E>, long> = 0>
    Expected(E error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // The value; only of a successful result.
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    // The value, or `fallback` for a failed result.
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

    // The reason; default-constructed for a successful result.
    const E &error() const { return m_error; }

private:
    Expected(std::in_place_t, T value)
        : m_value(std::move(value))
    {}
    Expected(std::nullopt_t, E error)
        : m_error(std::move(error))
    {}

    std::optional<T> m_value;
    E m_error{};
};

// The value of operations that return nothing but may fail.
struct Done
{};

// A rule's result: the value or a translated, user-visible message.
template<class T>
using Result = Expected<T, QString>;

// A rule that yields nothing but may fail.
using Status = Result<Done>;

} // namespace Motcua
