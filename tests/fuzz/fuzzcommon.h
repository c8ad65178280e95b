#pragma once

// Shared by the libFuzzer targets: the input as text the way the app receives
// it (UTF-8 from a field, a file or a scanner, invalid sequences included) and
// a check that stops the run with a message when a property breaks.
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Motcua::Fuzz {

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void fail(const char *what, const QString &input)
{
    std::fprintf(stderr, "property broken: %s\ninput: %s\n", what, qPrintable(input));
    std::abort();
}

} // namespace Motcua::Fuzz

#define FUZZ_CHECK(cond, input) \
    do { \
        if (!(cond)) \
            ::Motcua::Fuzz::fail(#cond, input); \
    } while (false)
