#pragma once

// Shared by the libFuzzer targets: turns the fuzzer's bytes into the strings a user could type
// or paste, and stops the run (a crash libFuzzer records) when a rule's promise is broken.
#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

// The first byte chooses the decoding: even = UTF-8 (invalid sequences become U+FFFD, as text
// from a clipboard would), odd = raw UTF-16 units, which also gives lone surrogates, U+3000,
// combining marks and every other code unit a QString can hold.
inline QString text(const uint8_t *data, size_t size)
{
    if (size == 0)
        return {};
    const bool utf16 = data[0] & 1;
    ++data;
    --size;
    if (utf16)
        return QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2));
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Several fields from one input, separated by U+0000 (which no rule accepts anyway).
inline QStringList fields(const uint8_t *data, size_t size)
{
    return text(data, size).split(QChar(0));
}

inline bool hasLoneSurrogate(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        else if (s.at(i).isSurrogate())
            return true;
    }
    return false;
}

[[noreturn]] inline void fail(const char *what, const QString &input)
{
    std::fprintf(stderr, "fuzz check failed: %s\ninput (UTF-16 units):", what);
    for (QChar c : input)
        std::fprintf(stderr, " %04x", unsigned(c.unicode()));
    std::fprintf(stderr, "\n");
    std::abort();
}

} // namespace fuzz

#define FUZZ_CHECK(condition, input) \
    do { \
        if (!(condition)) \
            fuzz::fail(#condition, input); \
    } while (false)
