#pragma once

#include <QString>

#include <utility>

namespace Motcua {

// Errors are values in the rules engine: a failed operation carries a translated, user-visible
// message instead of throwing, so no exception can ever cross a Qt slot above this layer.
template<class T>
struct Result
{
    T value{};
    QString error;

    bool ok() const { return error.isEmpty(); }

    static Result success(T v) { return Result{std::move(v), QString()}; }
    static Result failure(QString message) { return Result{T{}, std::move(message)}; }
};

// Outcome of an operation that yields nothing but may fail.
struct Status
{
    QString error;

    bool ok() const { return error.isEmpty(); }

    static Status success() { return Status{}; }
    static Status failure(QString message) { return Status{std::move(message)}; }
};

} // namespace Motcua
