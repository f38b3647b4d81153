#pragma once

#include "models/Domain.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <vector>

// The workspace list as the Spark page holds it in memory: about 90 bytes a workspace instead of
// the ~2 KB of a Workspace struct (issue 12). A row keeps only what the list shows, sorts and
// filters by: numbers as numbers, region/billing/status as small codes of interned strings, the tag
// list as the index of an interned tag set, and the name and ID as UTF-8 in one shared buffer
// that is also the case-folded text the name/ID filter searches (one memmem over the buffer
// instead of a call per row). Display text is made when asked for.
//
// A row is addressed by its slot, which never changes while the row lives: removing a row only
// marks its slot dead, and an update that changes the name or ID moves the row to a new slot
// (texts are laid out in slot order, which the whole-buffer search relies on).
class WorkspaceRows
{
public:
    using Slot = quint32;

    WorkspaceRows() = default;
    // Room for count rows without growing (the loader knows how many it reads).
    void reserve(qsizetype count);

    qsizetype slotCount() const { return qsizetype(m_records.size()); }
    qsizetype liveCount() const { return m_live; }
    bool isLive(Slot s) const { return m_records[s].flags & Live; }

    // Adds w (its list fields) in a new slot; the caller makes sure its ID is not present.
    Slot append(const Workspace &w);
    // A row as SQLite hands it over: UTF-8 texts, read without a QString each (the loader reads
    // 1,000,000 of them; ASCII names and IDs, the usual case, are folded in place).
    struct Utf8Row
    {
        QByteArrayView id, name, region, billing, status;
        qint64 createdAtMs = 0;
        qint64 expiresAtMs = 0;
        int cuQuota = 0;
        int durationMonths = 0;
        bool autoRenew = false;
    };
    Slot append(const Utf8Row &row);
    // Updates the row of w.id in place; returns its slot (a new one if the name or ID changed).
    Slot update(Slot s, const Workspace &w);
    void remove(Slot s);
    void setTags(Slot s, const TagList &tags) { m_records[s].tagSet = internTags(tags); }
    // The same in two steps, for a loader that recognises a tag list it has seen by its bytes.
    quint32 tagSetOf(const TagList &tags) { return internTags(tags); }
    void setTagSet(Slot s, quint32 tagSet) { m_records[s].tagSet = tagSet; }
    // The slot of the live row with this ID, or -1.
    qint64 find(const QString &id) const;
    qint64 find(QByteArrayView utf8Id) const;

    QString id(Slot s) const;
    // The ID's UTF-8 bytes in place (no copy; valid until the next change), for an ID that is its
    // own case-folded text, as every ID this app makes is; idIsOdd() tells the others.
    QByteArrayView idUtf8(Slot s) const
    {
        const auto [bytes, size] = idBytes(s);
        return QByteArrayView(bytes, size);
    }
    bool idIsOdd(Slot s) const { return !m_oddIds.isEmpty() && m_oddIds.contains(s); }
    QString name(Slot s) const;
    const QString &region(Slot s) const { return m_regions.at(m_records[s].region); }
    const QString &billing(Slot s) const { return m_billings.at(m_records[s].billing); }
    const QString &status(Slot s) const { return m_statuses.at(m_records[s].status); }
    int cuQuota(Slot s) const { return m_records[s].cuQuota; }
    qint64 createdAtMs(Slot s) const { return m_records[s].createdAtMs; }
    qint64 expiresAtMs(Slot s) const { return m_records[s].expiresAtMs; }
    bool autoRenew(Slot s) const { return m_records[s].flags & AutoRenew; }
    int durationMonths(Slot s) const { return m_records[s].durationMonths; }
    const TagList &tags(Slot s) const { return m_tagSets.at(m_records[s].tagSet); }
    // The same list fields as a Workspace (directory, catalog, role, creator are not kept).
    Workspace workspace(Slot s) const;
    // True when the row shows what w shows.
    bool sameAs(Slot s, const Workspace &w) const;

    // Small codes for sorting and filtering: equal codes, equal strings.
    quint16 regionCode(Slot s) const { return m_records[s].region; }
    quint16 billingCode(Slot s) const { return m_records[s].billing; }
    quint16 statusCode(Slot s) const { return m_records[s].status; }
    quint32 tagSet(Slot s) const { return m_records[s].tagSet; }
    const QStringList &regionCodes() const { return m_regions; }
    const QStringList &billingCodes() const { return m_billings; }
    const QStringList &statusCodes() const { return m_statuses; }
    const QList<TagList> &tagSets() const { return m_tagSets; }
    // The code of an interned region, or -1 when no row has it.
    int regionCodeOf(const QString &region) const { return m_regionIndex.value(region, -1); }

    // The name/ID filter: text case-folded and as UTF-8, as the buffer holds it.
    static QByteArray foldedNeedle(const QString &text);
    // Whether the row's case-folded "name ID" contains needle.
    bool contains(Slot s, const QByteArray &needle) const;
    // Sets bit s of bits (one bit a slot, slotCount() bits) for every live row that contains
    // needle; one pass over the text buffer.
    // firstPos (if given) gets, for each hit, where in the row's text the needle first occurs
    // (255: at 255 or later), for narrow().
    void findAll(const QByteArray &needle, std::vector<quint64> &bits, std::vector<quint8> *firstPos = nullptr) const;
    // Typing on: the rows of base (hits of a text that needle starts with, firstPos as
    // findAll() left it) that contain needle; firstPos is updated for them. Most rows are
    // decided by one comparison where the shorter text was found, without a search.
    void narrow(const QByteArray &needle, const std::vector<quint64> &base, std::vector<quint8> &firstPos,
                std::vector<quint64> &bits) const;
    // The name as UTF-8 (for sorting without a QString a row).
    QByteArray nameUtf8(Slot s) const;
    // The name's UTF-8 bytes in place, ended by '\0' or '\x01' (no copy; valid until the next change).
    const char *nameBytes(Slot s) const
    {
        const Record &r = m_records[s];
        return (r.flags & FoldedName) ? m_text.constData() + r.text : m_names.constData() + r.name;
    }
    bool nameIsAscii(Slot s) const { return m_records[s].flags & AsciiName; }
    // Whether the names of two rows (of any two stores) are the same, without a copy.
    static bool sameName(const WorkspaceRows &a, Slot x, const WorkspaceRows &b, Slot y);

private:
    enum Flag : quint8 { Live = 1, AutoRenew = 2, AsciiName = 4, FoldedName = 8 };
    struct Record
    {
        qint64 createdAtMs;
        qint64 expiresAtMs;
        quint32 text;    // folded name, '\x01', ID, '\0' in m_text
        quint32 name;    // the name in m_names ('\0' ended) unless FoldedName: then it is the text's
        qint32 cuQuota;
        quint32 tagSet;
        quint16 region;
        quint16 billing;
        quint16 status;
        quint8 flags;
        quint8 durationMonths;
    };
    void fill(Record &r, const Workspace &w);
    // findAll() over the slots [from, to).
    void findInSlots(const QByteArray &needle, Slot from, Slot to, std::vector<quint64> &bits,
                     std::vector<quint8> *firstPos) const;
    void writeText(Record &r, const Workspace &w);
    static quint16 intern(QStringList &list, QHash<QString, quint16> &index, const QString &value);
    // intern() of UTF-8 text, remembering the bytes of the codes seen (a handful of values).
    static quint16 internUtf8(QStringList &list, QHash<QString, quint16> &index,
                              std::vector<std::pair<QByteArray, quint16>> &seen, QByteArrayView value);
    quint32 internTags(const TagList &tags);
    const char *text(Slot s) const { return m_text.constData() + m_records[s].text; }
    // The ID's hash table: open addressing, slot + 1 per entry, 0 for empty.
    static size_t hashId(const char *id, qsizetype size);
    void hashInsert(Slot s);
    void hashErase(Slot s);
    void hashResize(size_t size);
    size_t hashStart(size_t hash) const;
    size_t hashNext(size_t i) const;
    std::pair<const char *, qsizetype> idBytes(Slot s) const;

    std::vector<Record> m_records;
    QByteArray m_text;
    QByteArray m_names;
    std::vector<quint32> m_table;
    qsizetype m_live = 0;
    qsizetype m_tableUsed = 0; // live and erased entries (erased ones are tombstones)
    QStringList m_regions, m_billings, m_statuses;
    QHash<QString, quint16> m_regionIndex, m_billingIndex, m_statusIndex;
    std::vector<std::pair<QByteArray, quint16>> m_regionUtf8, m_billingUtf8, m_statusUtf8;
    QList<TagList> m_tagSets;
    QHash<QString, quint32> m_tagSetIndex;
    QHash<Slot, QString> m_oddIds; // IDs that differ from their case-folded text
};
