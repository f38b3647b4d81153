#pragma once

#include <QtGlobal>
#include <QtNumeric>
#include <algorithm>
#include <limits>

// Arithmetic on stored numbers (CUs, money, times) that a crafted or damaged file can make huge:
// 64-bit and saturating, never overflowing (undefined behaviour in C++).
namespace Checked {

inline qint64 add(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (qAddOverflow(a, b, &r))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return r;
}

inline qint64 sub(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (qSubOverflow(a, b, &r))
        return b < 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return r;
}

// Into an int field (a CU count), clamped.
inline int toInt(qint64 v)
{
    return int(std::clamp<qint64>(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

} // namespace Checked
