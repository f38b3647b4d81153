#include "ui/workspaces/NameOrder.h"

#include <QStringList>
#include <algorithm>
#include <climits>
#include <cstring>
#include <numeric>

using Slot = WorkspaceRows::Slot;

namespace {
constexpr int Unsure = INT_MIN;

int weight(char c)
{
    if (c == '_')
        return 1;
    if (c == '-')
        return 2;
    if (c >= 'a' && c <= 'z')
        return 10 + (c - 'a');
    if (c >= 'A' && c <= 'Z')
        return 10 + (c - 'A');
    return -1;
}

bool atEnd(char c)
{
    return c == '\0' || c == '\x01'; // a name in the store's text ends at the ID separator
}

QLatin1String latin1(const char *name)
{
    qsizetype n = 0;
    while (!atEnd(name[n]))
        ++n;
    return QLatin1String(name, n);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Primary comparison of two ASCII names; Unsure for a character outside the shortcut's set or
// when the names are primary-equal (case and leading zeros are decided by the collator).
int asciiPrimary(const char *a, const char *b)
{
    while (!atEnd(*a) && !atEnd(*b)) {
        const bool da = isDigit(*a);
        const bool db = isDigit(*b);
        if (da && db) {
            while (*a == '0' && isDigit(a[1]))
                ++a;
            while (*b == '0' && isDigit(b[1]))
                ++b;
            size_t la = 0, lb = 0;
            while (isDigit(a[la]))
                ++la;
            while (isDigit(b[lb]))
                ++lb;
            if (la != lb)
                return la < lb ? -1 : 1;
            if (const int c = std::memcmp(a, b, la))
                return c < 0 ? -1 : 1;
            a += la;
            b += lb;
            continue;
        }
        const int wa = da ? 3 : weight(*a);
        const int wb = db ? 3 : weight(*b);
        if (wa < 0 || wb < 0)
            return Unsure;
        if (wa != wb)
            return wa < wb ? -1 : 1;
        ++a;
        ++b;
    }
    if (!atEnd(*a) || !atEnd(*b))
        return atEnd(*a) ? -1 : 1;
    return Unsure;
}

int sign(int v)
{
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
}
} // namespace

bool NameOrder::asciiAgreesWith(const QCollator &collator)
{
    static const char *const samples[] = {
        "a", "A", "b", "B", "z", "Z", "_", "-", "0", "1", "9", "10", "007", "7", "08", "a_", "a-", "_a", "-a", "a_b",
        "a-b", "ab", "aB", "Ab", "a1", "a01", "a9", "a10", "a-1", "a_1", "a1b", "a10b", "a9b", "1a", "10a", "9a",
        "alpha", "Alpha", "beta", "gamma9", "gamma10", "workspace-0000123", "workspace-123", "workspace_123",
        "workspace123", "workspace", "workspaces", "x-y_z", "x_y-z", "xy", "x0y", "x99999999999999999999", "x1000000"};
    for (const char *a : samples)
        for (const char *b : samples) {
            const int mine = asciiPrimary(a, b);
            if (mine != Unsure && mine != sign(collator.compare(QString::fromLatin1(a), QString::fromLatin1(b))))
                return false;
        }
    return true;
}

int NameOrder::compare(const WorkspaceRows &rows, Slot a, Slot b, const QCollator &collator, bool asciiFastPath)
{
    if (asciiFastPath && rows.nameIsAscii(a) && rows.nameIsAscii(b)) {
        const int c = asciiPrimary(rows.nameBytes(a), rows.nameBytes(b));
        if (c != Unsure)
            return c;
    }
    return sign(collator.compare(rows.name(a), rows.name(b)));
}

std::vector<quint32> NameOrder::ranks(const WorkspaceRows &rows, const QCollator &collator, bool asciiFastPath)
{
    // Two groups: names the ASCII shortcut compares in place, and the others (about one in seven
    // in a mixed list) as QStrings for the collator; each sorted alone, then merged. So no
    // QString a row is made (24 bytes each before any text) and most comparisons skip ICU.
    const Slot n = Slot(rows.slotCount());
    std::vector<Slot> ascii;
    std::vector<Slot> other;
    ascii.reserve(size_t(rows.liveCount()));
    for (Slot s = 0; s < n; ++s)
        if (rows.isLive(s))
            (asciiFastPath && rows.nameIsAscii(s) ? ascii : other).push_back(s);
    const auto asciiCmp = [&](Slot a, Slot b) {
        const int c = asciiPrimary(rows.nameBytes(a), rows.nameBytes(b));
        return c != Unsure ? c : sign(collator.compare(QString(latin1(rows.nameBytes(a))), QString(latin1(rows.nameBytes(b)))));
    };
    std::stable_sort(ascii.begin(), ascii.end(), [&](Slot a, Slot b) { return asciiCmp(a, b) < 0; });
    // The other names as UTF-16 in one buffer (a QString each would cost about 70 bytes more a
    // name, at the moment the whole list is also in memory: issue 12's peak).
    std::vector<char16_t> otherText;
    std::vector<quint32> otherAt(other.size() + 1, 0);
    for (size_t i = 0; i < other.size(); ++i) {
        const QString name = rows.name(other[i]);
        otherText.insert(otherText.end(), name.utf16(), name.utf16() + name.size());
        otherAt[i + 1] = quint32(otherText.size());
    }
    otherText.shrink_to_fit();
    const auto otherNames = [&](size_t i) {
        return QStringView(otherText.data() + otherAt[i], qsizetype(otherAt[i + 1] - otherAt[i]));
    };
    std::vector<quint32> otherOrder(other.size());
    std::iota(otherOrder.begin(), otherOrder.end(), 0);
    std::stable_sort(otherOrder.begin(), otherOrder.end(),
                     [&](quint32 a, quint32 b) { return collator.compare(otherNames(a), otherNames(b)) < 0; });

    std::vector<quint32> rank(n, 0);
    size_t i = 0, j = 0;
    quint32 next = 0;
    int lastGroup = -1; // equal names share a rank, so the sort stays stable
    size_t lastIndex = 0;
    const auto give = [&](int group, size_t index) {
        const Slot s = group == 0 ? ascii[index] : other[otherOrder[index]];
        bool same = false;
        if (lastGroup == 0 && group == 0)
            same = asciiCmp(ascii[lastIndex], s) == 0;
        else if (lastGroup == 1 && group == 1)
            same = collator.compare(otherNames(otherOrder[lastIndex]), otherNames(otherOrder[index])) == 0;
        const Slot previous = lastGroup < 0 ? 0 : (lastGroup == 0 ? ascii[lastIndex] : other[otherOrder[lastIndex]]);
        rank[s] = same ? rank[previous] : next;
        ++next;
        lastGroup = group;
        lastIndex = index;
    };
    while (i < ascii.size() || j < other.size()) {
        if (j == other.size()
            || (i < ascii.size()
                && collator.compare(QString(latin1(rows.nameBytes(ascii[i]))), otherNames(otherOrder[j])) <= 0))
            give(0, i++);
        else
            give(1, j++);
    }
    return rank;
}

namespace {
// One LSD radix pass: digit(i) is row i's digit, move(i, at) puts row i at at. False (nothing
// moved) when every row has the same digit.
template<typename Digit, typename Move>
bool radixPass(size_t n, std::vector<size_t> &count, Digit digit, Move move)
{
    std::fill(count.begin(), count.end(), 0);
    for (size_t i = 0; i < n; ++i)
        ++count[digit(i)];
    if (count[digit(0)] == n)
        return false;
    size_t sum = 0;
    for (size_t &c : count) {
        const size_t here = c;
        c = sum;
        sum += here;
    }
    for (size_t i = 0; i < n; ++i)
        move(i, count[digit(i)]++);
    return true;
}
} // namespace

void NameOrder::stableSortByKey(std::vector<Slot> &order, std::vector<quint64> keys, SortScratch &scratch)
{
    const size_t n = order.size();
    if (n < 2 || keys.size() != n)
        return;
    // Keys counted from the smallest: the high digits every key shares are never passed over.
    const auto [lowest, highest] = std::minmax_element(keys.begin(), keys.end());
    const quint64 least = *lowest;
    const quint64 range = *highest - least;
    if (range == 0)
        return; // all equal: a stable sort moves nothing
    const int bits = 64 - __builtin_clzll(range);
    // As few passes as 16-bit digits need, the digits as narrow as they allow: fewer buckets
    // scatter with fewer cache misses (a million dates: three passes of 13 bits, not 16+16+5).
    const int passes = (bits + 15) / 16;
    const int digitBits = (bits + passes - 1) / passes;
    const size_t mask = (size_t(1) << digitBits) - 1;
    std::vector<size_t> count(mask + 1);
    const Slot largestSlot = *std::max_element(order.begin(), order.end());
    const int slotBits = largestSlot ? 32 - __builtin_clz(largestSlot) : 1;
    // Kept for the next sort: fresh, the two arrays of a million rows are 4,000 page faults.
    scratch.words.resize(n);
    scratch.moved.resize(n);
    std::vector<quint64> &words = scratch.words;
    std::vector<quint64> &moved = scratch.moved;
    if (bits + slotBits <= 64) {
        // Key and slot in one word (every column but the widest dates; those too up to about a
        // million rows): each pass moves 8 bytes a row instead of 12, through one array.
        for (size_t i = 0; i < n; ++i)
            words[i] = (keys[i] - least) << slotBits | order[i];
        std::vector<quint64>().swap(keys);
        for (int shift = slotBits; shift < slotBits + bits; shift += digitBits) {
            if (radixPass(n, count, [&](size_t i) { return size_t(words[i] >> shift) & mask; },
                          [&](size_t i, size_t at) { moved[at] = words[i]; }))
                words.swap(moved);
        }
        const quint64 slotMask = (quint64(1) << slotBits) - 1;
        for (size_t i = 0; i < n; ++i)
            order[i] = Slot(words[i] & slotMask);
        return;
    }
    for (quint64 &k : keys)
        k -= least;
    std::vector<Slot> order2(n);
    for (int shift = 0; shift < bits; shift += digitBits) {
        if (radixPass(n, count, [&](size_t i) { return size_t(keys[i] >> shift) & mask; },
                      [&](size_t i, size_t at) {
                          moved[at] = keys[i];
                          order2[at] = order[i];
                      })) {
            keys.swap(moved);
            order.swap(order2);
        }
    }
}
