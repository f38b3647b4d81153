#include "models/WorkspaceRows.h"

#include <algorithm>
#include <cstring>
#include <thread>

namespace {
constexpr quint32 Empty = 0;
constexpr quint32 Erased = 0xffffffffu;
constexpr char IdSeparator = '\x01';
} // namespace

void WorkspaceRows::reserve(qsizetype count)
{
    m_records.reserve(size_t(count));
    // Typical rows: a 16-byte name, a 18-byte ID and two separators.
    m_text.reserve(count * 40);
    if (qsizetype(m_table.size()) * 3 < count * 4)
        hashResize(size_t(count) * 4 / 3 + 64);
}

quint16 WorkspaceRows::intern(QStringList &list, QHash<QString, quint16> &index, const QString &value)
{
    const auto it = index.constFind(value);
    if (it != index.constEnd())
        return *it;
    // More distinct values than a code holds is no list this app writes; they share the last code.
    const quint16 code = quint16(std::min<qsizetype>(list.size(), 0xffff));
    if (code == list.size()) {
        list.append(value);
        index.insert(value, code);
    }
    return code;
}

quint32 WorkspaceRows::internTags(const TagList &tags)
{
    if (tags.isEmpty() && !m_tagSets.isEmpty())
        return 0;
    QString key;
    for (const Tag &t : tags)
        key += t.key + QChar(0x1f) + t.value + QChar(0x1e);
    const auto it = m_tagSetIndex.constFind(key);
    if (it != m_tagSetIndex.constEnd())
        return *it;
    if (m_tagSets.isEmpty() && !tags.isEmpty()) { // set 0 is always the empty set
        m_tagSets.append(TagList());
        m_tagSetIndex.insert(QString(), 0);
    }
    const quint32 index = quint32(m_tagSets.size());
    m_tagSets.append(tags);
    m_tagSetIndex.insert(key, index);
    return index;
}

void WorkspaceRows::writeText(Record &r, const Workspace &w)
{
    const QString folded = w.name.toCaseFolded();
    r.text = quint32(m_text.size());
    m_text += folded.toUtf8();
    m_text += IdSeparator;
    const QString foldedId = w.id.toCaseFolded();
    m_text += foldedId.toUtf8();
    if (foldedId != w.id) // IDs are lowercase; another program's may not be
        m_oddIds.insert(quint32(m_records.size()), w.id);
    m_text += '\0';
    bool ascii = true;
    for (const QChar c : w.name)
        ascii = ascii && c.unicode() < 0x80;
    r.flags = quint8((r.flags & ~(AsciiName | FoldedName)) | (ascii ? AsciiName : 0));
    if (folded == w.name) {
        r.flags |= FoldedName;
        r.name = r.text;
    } else {
        r.name = quint32(m_names.size());
        m_names += w.name.toUtf8();
        m_names += '\0';
    }
}

void WorkspaceRows::fill(Record &r, const Workspace &w)
{
    r.createdAtMs = w.createdAtMs;
    r.expiresAtMs = w.expiresAtMs;
    r.cuQuota = w.cuQuota;
    r.tagSet = internTags(w.tags);
    r.region = intern(m_regions, m_regionIndex, w.region);
    r.billing = intern(m_billings, m_billingIndex, w.billing);
    r.status = intern(m_statuses, m_statusIndex, w.status);
    r.durationMonths = quint8(std::clamp(w.durationMonths, 0, 255));
    r.flags = quint8((r.flags & ~AutoRenew) | (w.autoRenew ? AutoRenew : 0));
}

WorkspaceRows::Slot WorkspaceRows::append(const Workspace &w)
{
    Record r{};
    r.flags = Live;
    writeText(r, w);
    fill(r, w);
    m_records.push_back(r);
    const Slot s = Slot(m_records.size() - 1);
    hashInsert(s);
    ++m_live;
    return s;
}

quint16 WorkspaceRows::internUtf8(QStringList &list, QHash<QString, quint16> &index,
                                  std::vector<std::pair<QByteArray, quint16>> &seen, QByteArrayView value)
{
    for (const auto &[bytes, code] : seen)
        if (QByteArrayView(bytes) == value)
            return code;
    const quint16 code = intern(list, index, QString::fromUtf8(value));
    if (seen.size() < 64)
        seen.emplace_back(value.toByteArray(), code);
    return code;
}

namespace {
bool plainAscii(QByteArrayView text)
{
    for (const char c : text)
        if (quint8(c) >= 0x80 || c == '\0' || c == IdSeparator)
            return false;
    return true;
}

bool hasUpper(QByteArrayView text)
{
    for (const char c : text)
        if (c >= 'A' && c <= 'Z')
            return true;
    return false;
}

void appendLower(QByteArray &to, QByteArrayView text)
{
    const qsizetype at = to.size();
    to.append(text.data(), text.size());
    for (char *c = to.data() + at, *end = to.data() + to.size(); c != end; ++c)
        if (*c >= 'A' && *c <= 'Z')
            *c = char(*c + ('a' - 'A'));
}
} // namespace

WorkspaceRows::Slot WorkspaceRows::append(const Utf8Row &row)
{
    // ASCII case folding is lowering A-Z; anything else goes the QString way.
    if (!plainAscii(row.id) || !plainAscii(row.name)) {
        Workspace w;
        w.id = QString::fromUtf8(row.id);
        w.name = QString::fromUtf8(row.name);
        w.region = QString::fromUtf8(row.region);
        w.billing = QString::fromUtf8(row.billing);
        w.status = QString::fromUtf8(row.status);
        w.createdAtMs = row.createdAtMs;
        w.expiresAtMs = row.expiresAtMs;
        w.cuQuota = row.cuQuota;
        w.durationMonths = row.durationMonths;
        w.autoRenew = row.autoRenew;
        return append(w);
    }
    Record r{};
    r.flags = Live | AsciiName;
    r.text = quint32(m_text.size());
    appendLower(m_text, row.name);
    m_text += IdSeparator;
    appendLower(m_text, row.id);
    m_text += '\0';
    if (hasUpper(row.id))
        m_oddIds.insert(quint32(m_records.size()), QString::fromLatin1(row.id));
    if (hasUpper(row.name)) {
        r.name = quint32(m_names.size());
        m_names.append(row.name.data(), row.name.size());
        m_names += '\0';
    } else {
        r.flags |= FoldedName;
        r.name = r.text;
    }
    r.createdAtMs = row.createdAtMs;
    r.expiresAtMs = row.expiresAtMs;
    r.cuQuota = row.cuQuota;
    r.tagSet = internTags({});
    r.region = internUtf8(m_regions, m_regionIndex, m_regionUtf8, row.region);
    r.billing = internUtf8(m_billings, m_billingIndex, m_billingUtf8, row.billing);
    r.status = internUtf8(m_statuses, m_statusIndex, m_statusUtf8, row.status);
    r.durationMonths = quint8(std::clamp(row.durationMonths, 0, 255));
    if (row.autoRenew)
        r.flags |= AutoRenew;
    m_records.push_back(r);
    const Slot s = Slot(m_records.size() - 1);
    hashInsert(s);
    ++m_live;
    return s;
}

WorkspaceRows::Slot WorkspaceRows::update(Slot s, const Workspace &w)
{
    if (name(s) != w.name || id(s) != w.id) {
        remove(s);
        return append(w);
    }
    fill(m_records[s], w);
    return s;
}

void WorkspaceRows::remove(Slot s)
{
    if (!isLive(s))
        return;
    hashErase(s);
    m_records[s].flags &= ~Live;
    --m_live;
}

std::pair<const char *, qsizetype> WorkspaceRows::idBytes(Slot s) const
{
    const char *t = text(s);
    const char *sep = std::strchr(t, IdSeparator);
    return {sep + 1, qsizetype(std::strlen(sep + 1))};
}

QString WorkspaceRows::id(Slot s) const
{
    if (!m_oddIds.isEmpty()) {
        const auto odd = m_oddIds.constFind(s);
        if (odd != m_oddIds.constEnd())
            return *odd;
    }
    const auto [bytes, size] = idBytes(s);
    return QString::fromUtf8(bytes, size);
}

QByteArray WorkspaceRows::nameUtf8(Slot s) const
{
    const Record &r = m_records[s];
    if (r.flags & FoldedName) {
        const char *t = m_text.constData() + r.text;
        return QByteArray(t, std::strchr(t, IdSeparator) - t);
    }
    return QByteArray(m_names.constData() + r.name);
}

bool WorkspaceRows::sameName(const WorkspaceRows &a, Slot x, const WorkspaceRows &b, Slot y)
{
    // Both end at '\0' or at the ID separator.
    const char *p = a.nameBytes(x);
    const char *q = b.nameBytes(y);
    const auto end = [](char c) { return c == '\0' || c == IdSeparator; };
    for (; !end(*p) && !end(*q); ++p, ++q)
        if (*p != *q)
            return false;
    return end(*p) && end(*q);
}

QString WorkspaceRows::name(Slot s) const
{
    const Record &r = m_records[s];
    if (r.flags & FoldedName) {
        const char *t = m_text.constData() + r.text;
        return QString::fromUtf8(t, std::strchr(t, IdSeparator) - t);
    }
    return QString::fromUtf8(m_names.constData() + r.name);
}

Workspace WorkspaceRows::workspace(Slot s) const
{
    Workspace w;
    w.id = id(s);
    w.name = name(s);
    w.region = region(s);
    w.billing = billing(s);
    w.cuQuota = cuQuota(s);
    w.status = status(s);
    w.createdAtMs = createdAtMs(s);
    w.expiresAtMs = expiresAtMs(s);
    w.autoRenew = autoRenew(s);
    w.durationMonths = durationMonths(s);
    w.tags = tags(s);
    return w;
}

bool WorkspaceRows::sameAs(Slot s, const Workspace &w) const
{
    return cuQuota(s) == w.cuQuota && createdAtMs(s) == w.createdAtMs && expiresAtMs(s) == w.expiresAtMs
        && autoRenew(s) == w.autoRenew && durationMonths(s) == std::clamp(w.durationMonths, 0, 255)
        && region(s) == w.region && billing(s) == w.billing && status(s) == w.status && tags(s) == w.tags
        && name(s) == w.name && id(s) == w.id;
}

QByteArray WorkspaceRows::foldedNeedle(const QString &text)
{
    return text.toCaseFolded().toUtf8();
}

bool WorkspaceRows::contains(Slot s, const QByteArray &needle) const
{
    if (needle.isEmpty())
        return true;
    const char *t = text(s);
    return std::strstr(t, needle.constData()) != nullptr;
}

namespace {
// Runs work(firstWord, endWord) over the words of a slot bit set, split across the cores when
// the list is large: a keystroke at 1,000,000 rows reads about 80 MB, which one core cannot do
// within a frame. Parts end on word boundaries, so no two threads write the same word.
template<typename Work>
void inParts(size_t words, Work work)
{
    const size_t cores = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
    const size_t parts = words >= 2048 ? cores : 1; // 131,072 rows and more
    if (parts <= 1) {
        work(size_t(0), words);
        return;
    }
    std::vector<std::thread> threads;
    const size_t per = (words + parts - 1) / parts;
    for (size_t i = 1; i < parts && i * per < words; ++i)
        threads.emplace_back(work, i * per, std::min(words, (i + 1) * per));
    work(size_t(0), std::min(words, per));
    for (std::thread &t : threads)
        t.join();
}
} // namespace

void WorkspaceRows::findAll(const QByteArray &needle, std::vector<quint64> &bits, std::vector<quint8> *firstPos) const
{
    bits.assign((m_records.size() + 63) / 64, 0);
    if (firstPos)
        firstPos->assign(m_records.size(), 0);
    if (m_records.empty())
        return;
    if (needle.isEmpty()) {
        for (Slot s = 0; s < m_records.size(); ++s)
            if (isLive(s))
                bits[s / 64] |= quint64(1) << (s % 64);
        return;
    }
    if (needle.contains('\0'))
        return;
    inParts(bits.size(), [&](size_t firstWord, size_t endWord) {
        findInSlots(needle, Slot(firstWord * 64), Slot(std::min(m_records.size(), endWord * 64)), bits, firstPos);
    });
}

void WorkspaceRows::findInSlots(const QByteArray &needle, Slot from, Slot to, std::vector<quint64> &bits,
                                std::vector<quint8> *firstPos) const
{
    // Texts are in slot order, so the slot of a hit is found by walking forward; a hit never
    // spans two rows (the needle holds no '\0'). After a hit the search goes on at the next row.
    const char *begin = m_text.constData();
    const char *end = to < m_records.size() ? begin + m_records[to].text : begin + m_text.size();
    const char *p = begin + m_records[from].text;
    Slot slot = from;
    const Slot last = to - 1;
    while (p < end) {
        const char *hit = static_cast<const char *>(memmem(p, size_t(end - p), needle.constData(), size_t(needle.size())));
        if (!hit)
            break;
        const quint32 offset = quint32(hit - begin);
        while (slot < last && m_records[slot + 1].text <= offset)
            ++slot;
        if (isLive(slot)) {
            bits[slot / 64] |= quint64(1) << (slot % 64);
            if (firstPos)
                (*firstPos)[slot] = quint8(std::min<quint32>(255, offset - m_records[slot].text));
        }
        if (slot >= last)
            break;
        p = begin + m_records[++slot].text;
    }
}

void WorkspaceRows::narrow(const QByteArray &needle, const std::vector<quint64> &base, std::vector<quint8> &firstPos,
                           std::vector<quint64> &bits) const
{
    bits.assign(base.size(), 0);
    firstPos.resize(m_records.size(), 0);
    const char *n = needle.constData();
    const size_t length = size_t(needle.size());
    inParts(base.size(), [&](size_t firstWord, size_t endWord) {
        for (size_t w = firstWord; w < endWord; ++w)
            for (quint64 b = base[w]; b; b &= b - 1) {
                const Slot s = Slot(w * 64 + size_t(__builtin_ctzll(b)));
                if (s >= m_records.size() || !isLive(s))
                    continue;
                const char *t = text(s);
                const quint8 at = firstPos[s];
                const char *found = nullptr;
                if (at < 255 && std::strncmp(t + at, n, length) == 0)
                    found = t + at;
                else
                    found = std::strstr(at < 255 ? t + at + 1 : t, n);
                if (!found)
                    continue;
                bits[w] |= quint64(1) << (s % 64);
                firstPos[s] = quint8(std::min<qptrdiff>(255, found - t));
            }
    });
}

size_t WorkspaceRows::hashId(const char *id, qsizetype size)
{
    // FNV-1a: IDs are short and random already.
    size_t h = 1469598103934665603ULL;
    for (qsizetype i = 0; i < size; ++i)
        h = (h ^ quint8(id[i])) * 1099511628211ULL;
    return h;
}

void WorkspaceRows::hashResize(size_t size)
{
    std::vector<quint32> old;
    old.swap(m_table);
    m_table.assign(std::max<size_t>(64, size), Empty);
    m_tableUsed = 0;
    for (const quint32 e : old)
        if (e != Empty && e != Erased)
            hashInsert(e - 1);
}

// Any table size (not only powers of two, which would double 4 MB to 8 MB at 1,000,000 rows):
// the hash's high bits pick the start, probing goes on linearly and wraps.
size_t WorkspaceRows::hashStart(size_t hash) const
{
    return size_t((unsigned __int128)(hash) * m_table.size() >> 64);
}

size_t WorkspaceRows::hashNext(size_t i) const
{
    return i + 1 == m_table.size() ? 0 : i + 1;
}

void WorkspaceRows::hashInsert(Slot s)
{
    // At most three quarters full (tombstones count): probes stay short.
    if (qsizetype(m_table.size()) * 3 < (m_tableUsed + 1) * 4)
        hashResize(m_table.size() * 2);
    const auto [bytes, size] = idBytes(s);
    for (size_t i = hashStart(hashId(bytes, size));; i = hashNext(i)) {
        if (m_table[i] == Empty) {
            m_table[i] = s + 1;
            ++m_tableUsed;
            return;
        }
    }
}

void WorkspaceRows::hashErase(Slot s)
{
    const auto [bytes, size] = idBytes(s);
    for (size_t i = hashStart(hashId(bytes, size)); m_table[i] != Empty; i = hashNext(i))
        if (m_table[i] == s + 1) {
            m_table[i] = Erased;
            return;
        }
}

qint64 WorkspaceRows::find(QByteArrayView utf8) const
{
    // Lowercase ASCII, as IDs are: the bytes are the key, without a QString.
    if (!plainAscii(utf8) || hasUpper(utf8))
        return find(QString::fromUtf8(utf8));
    if (m_table.empty())
        return -1;
    for (size_t i = hashStart(hashId(utf8.data(), utf8.size())); m_table[i] != Empty; i = hashNext(i)) {
        const quint32 e = m_table[i];
        if (e == Erased)
            continue;
        const auto [bytes, size] = idBytes(e - 1);
        if (size == utf8.size() && std::memcmp(bytes, utf8.data(), size_t(size)) == 0
            && (m_oddIds.isEmpty() || !m_oddIds.contains(e - 1)))
            return qint64(e) - 1;
    }
    return -1;
}

qint64 WorkspaceRows::find(const QString &id) const
{
    if (m_table.empty())
        return -1;
    const QByteArray key = id.toCaseFolded().toUtf8();
    for (size_t i = hashStart(hashId(key.constData(), key.size())); m_table[i] != Empty; i = hashNext(i)) {
        const quint32 e = m_table[i];
        if (e == Erased)
            continue;
        const auto [bytes, size] = idBytes(e - 1);
        if (size == key.size() && std::memcmp(bytes, key.constData(), size_t(size)) == 0 && id == this->id(e - 1))
            return qint64(e) - 1;
    }
    return -1;
}
