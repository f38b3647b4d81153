#include "ui/workspaces/WorkspaceTableModel.h"

#include "models/Format.h"
#include "models/ProductSpec.h"
#include "models/SubscriptionState.h"
#include "ui/workspaces/NameOrder.h"

#include <QDateTime>
#include <algorithm>
#include <limits>
#include <numeric>

using Slot = WorkspaceRows::Slot;

WorkspaceTableModel::WorkspaceTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    // Whether ASCII names may skip the collator is learnt at the first name comparison, not
    // here: it opens ICU's collator and compares thousands of pairs (about 1 ms of every start,
    // and an empty account never compares a name).
    m_collator.setNumericMode(true);
}

bool WorkspaceTableModel::asciiFastPath() const
{
    if (m_asciiFastPath < 0)
        m_asciiFastPath = NameOrder::asciiAgreesWith(m_collator) ? 1 : 0;
    return m_asciiFastPath == 1;
}

int WorkspaceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int WorkspaceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkspaceTableModel::tagsText(const TagList &tags)
{
    QStringList parts;
    for (const Tag &t : tags)
        parts << (t.value.isEmpty() ? t.key : t.key + QLatin1Char(':') + t.value);
    return parts.join(QStringLiteral(", "));
}

QVariant WorkspaceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_order.size()))
        return {};
    const Slot slot = m_order[size_t(index.row())];
    if (role == IdRole)
        return m_rows.id(slot);
    if (role == Qt::TextAlignmentRole)
        return index.column() == CuQuotaColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != SortRole && role != WorkspaceRole && role != Qt::DisplayRole && role != Qt::AccessibleTextRole
        && role != Qt::ToolTipRole)
        return {};
    // Display text is made here, from the compact row, only for the cells that are painted.
    const Workspace w = m_rows.workspace(slot);
    if (role == WorkspaceRole)
        return QVariant::fromValue(w);
    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn: return w.name;
        case RegionColumn: return w.region;
        case BillingColumn: return w.billing;
        case CuQuotaColumn: return w.cuQuota;
        case StatusColumn: return w.status;
        case TagsColumn: return tagsText(w.tags);
        case CreatedColumn: return w.createdAtMs;
        case ExpiresColumn: return w.billing == ProductSpec::Subscription ? w.expiresAtMs : qint64(0);
        default: return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn: return role == Qt::DisplayRole ? w.name + QLatin1Char('\n') + w.id
                                                        : tr("%1, ID %2").arg(w.name, w.id);
        case RegionColumn: return ProductSpec::regionName(w.region);
        case BillingColumn: return ProductSpec::billingName(w.billing);
        case CuQuotaColumn: return Format::number(w.cuQuota);
        case StatusColumn: return statusText(w);
        case TagsColumn:
            if (role == Qt::DisplayRole)
                return tagsText(w.tags);
            // The cell may show only some tags ("+N more"); a screen reader hears them all.
            return w.tags.isEmpty() ? tr("No tags") : tr("%n tag(s): %1", nullptr, int(w.tags.size())).arg(tagsText(w.tags));
        case CreatedColumn:
            return Format::dateTime(w.createdAtMs);
        case ExpiresColumn:
            return expiresText(w, role == Qt::AccessibleTextRole);
        case ActionsColumn:
            return w.billing == ProductSpec::Subscription ? tr("Unsubscribe  More") : tr("Delete  More");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == NameColumn) // the cell may elide a long name
            return tr("%1, ID %2").arg(w.name, w.id);
        if (index.column() == TagsColumn && !w.tags.isEmpty()) {
            // One tag a line: twenty long tags in one line would be wider than the screen.
            QStringList lines;
            for (const Tag &t : w.tags)
                lines << (t.value.isEmpty() ? t.key : t.key + QLatin1Char(':') + t.value);
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == CreatedColumn)
            return Format::dateTimeFull(w.createdAtMs);
        if (index.column() == ExpiresColumn && w.billing == ProductSpec::Subscription && w.expiresAtMs > 0)
            return Format::dateTimeFull(w.expiresAtMs);
        if (index.column() == ActionsColumn)
            return tr("Click for this workspace's actions (also: Menu key or Shift+F10)");
    }
    return {};
}

QVariant WorkspaceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Workspace Name / ID");
    case RegionColumn: return tr("Region");
    case BillingColumn: return tr("Billing Method");
    case CuQuotaColumn: return tr("CU Quota");
    case StatusColumn: return tr("Status");
    case TagsColumn: return tr("Tags");
    case CreatedColumn: return tr("Created");
    case ExpiresColumn: return tr("Expires");
    case ActionsColumn: return tr("Actions");
    }
    return {};
}

QString WorkspaceTableModel::expiresText(const Workspace &w, bool spoken) const
{
    if (w.billing != ProductSpec::Subscription || w.expiresAtMs <= 0)
        return spoken ? tr("Does not expire (pay-as-you-go)") : tr("—", "pay-as-you-go: no expiry");
    const QString date = Format::dateTime(w.expiresAtMs);
    if (!m_clock)
        return date;
    // The rules (expired, days left, the week before, the release date) are SubscriptionState's.
    const SubscriptionState s = SubscriptionState::of(w, m_clock->nowMs());
    if (s.isExpired())
        return spoken ? s.note() : tr("%1\nExpired; Renew restores it").arg(date);
    if (!s.expiresSoon())
        return date;
    const QString soon = s.autoRenew() ? tr("Renews in %n day(s)", nullptr, s.daysLeft())
                                       : tr("Expires in %n day(s)", nullptr, s.daysLeft());
    return spoken ? s.note() : date + QLatin1Char('\n') + soon;
}

namespace {
WorkspaceRows toRows(const QList<Workspace> &workspaces)
{
    WorkspaceRows rows;
    rows.reserve(workspaces.size());
    for (const Workspace &w : workspaces) {
        const qint64 existing = rows.find(w.id);
        if (existing >= 0)
            rows.update(Slot(existing), w);
        else
            rows.append(w);
    }
    return rows;
}
} // namespace

void WorkspaceTableModel::setWorkspaces(const QList<Workspace> &workspaces)
{
    setRows(toRows(workspaces));
}

void WorkspaceTableModel::setRows(WorkspaceRows rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    ++m_generation;
    m_nameRanks.clear();
    m_order.clear();
    m_order.reserve(size_t(m_rows.liveCount()));
    for (Slot s = 0; s < Slot(m_rows.slotCount()); ++s)
        if (m_rows.isLive(s))
            m_order.push_back(s);
    // New rows in the user's sort, the order (descending) and names (ranked afresh) included.
    if (m_sortColumn >= 0)
        m_order = sortedOrder(m_sortColumn, m_sortOrder);
    rebuildRowOf();
    endResetModel();
}

void WorkspaceTableModel::appendWorkspaces(const QList<Workspace> &workspaces)
{
    appendRows(toRows(workspaces));
}

void WorkspaceTableModel::appendRows(WorkspaceRows rows, std::vector<quint32> nameRanks)
{
    // The loaded rest becomes the store (it is by far the larger part); the rows shown so far
    // join it and keep their rows, so the view sees one insertion at the end. Their new slots
    // are past the ranks, so a sort by name places them by comparing.
    WorkspaceRows merged = std::move(rows);
    if (nameRanks.size() > size_t(merged.slotCount()))
        nameRanks.clear();
    std::vector<Slot> order;
    order.reserve(size_t(merged.liveCount() + m_rows.liveCount()));
    for (const Slot s : m_order) {
        const Workspace w = m_rows.workspace(s);
        const qint64 loaded = merged.find(w.id);
        order.push_back(loaded >= 0 ? merged.update(Slot(loaded), w) : merged.append(w));
    }
    const size_t shown = order.size();
    std::vector<bool> taken(size_t(merged.slotCount()), false);
    for (const Slot s : order)
        taken[s] = true;
    for (Slot s = 0; s < Slot(merged.slotCount()); ++s)
        if (merged.isLive(s) && !taken[s])
            order.push_back(s);
    if (order.size() == shown) {
        // Nothing new; the store still changes (slots), without a change of rows.
        m_rows = std::move(merged);
        m_order = std::move(order);
        ++m_generation;
        m_nameRanks = std::move(nameRanks);
        rebuildRowOf();
        return;
    }
    beginInsertRows({}, int(shown), int(order.size()) - 1);
    m_rows = std::move(merged);
    m_order = std::move(order);
    ++m_generation;
    m_nameRanks = std::move(nameRanks);
    rebuildRowOf();
    endInsertRows();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

void WorkspaceTableModel::rebuildRowOf()
{
    m_rowOf.assign(size_t(m_rows.slotCount()), -1);
    for (size_t row = 0; row < m_order.size(); ++row)
        m_rowOf[m_order[row]] = qint32(row);
}

void WorkspaceTableModel::ensureNameRanks()
{
    if (!m_nameRanks.empty() || m_rows.slotCount() == 0)
        return;
    m_nameRanks = NameOrder::ranks(m_rows, m_collator, asciiFastPath());
}

int WorkspaceTableModel::compareNames(Slot a, Slot b) const
{
    return NameOrder::compare(m_rows, a, b, m_collator, asciiFastPath());
}

namespace {
quint64 signedKey(qint64 v)
{
    return quint64(v) ^ (quint64(1) << 63);
}

// Pay-as-you-go never expires: after every subscription when ascending.
qint64 expiryKey(const WorkspaceRows &rows, WorkspaceRows::Slot s)
{
    return rows.billing(s) == ProductSpec::Subscription && rows.expiresAtMs(s) > 0 ? rows.expiresAtMs(s)
                                                                                    : std::numeric_limits<qint64>::max();
}

// Ranks of a code table's strings, by text: the key of a region, billing or status code.
std::vector<quint32> codeRanks(const QStringList &codes, const std::function<QString(const QString &)> &text)
{
    std::vector<int> order(size_t(codes.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return text(codes.at(a)) < text(codes.at(b)); });
    std::vector<quint32> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i) // equal texts share a rank
        rank[size_t(order[i])] = i > 0 && text(codes.at(order[i])) == text(codes.at(order[i - 1])) ? rank[size_t(order[i - 1])]
                                                                                                    : quint32(i);
    return rank;
}
} // namespace

std::vector<quint64> WorkspaceTableModel::sortKeys(int column) const
{
    // One key a row, in the rows' order (no key a slot to gather from: at 1,000,000 rows that
    // was 8 MB more and a pass of cache misses); rows added since the name ranks were made get
    // the largest key and are placed by comparing names (sort()).
    std::vector<quint64> keys;
    keys.reserve(m_order.size());
    const auto same = [](const QString &s) { return s; };
    std::vector<quint32> codeRank;
    if (column == RegionColumn)
        codeRank = codeRanks(m_rows.regionCodes(), [](const QString &r) { return ProductSpec::regionName(r); });
    else if (column == BillingColumn)
        codeRank = codeRanks(m_rows.billingCodes(), same);
    else if (column == StatusColumn)
        codeRank = codeRanks(m_rows.statusCodes(), same);
    for (const Slot s : m_order) {
        quint64 k = 0;
        switch (column) {
        case NameColumn: k = s < m_nameRanks.size() ? m_nameRanks[s] : ~quint64(0); break;
        case RegionColumn: k = codeRank[m_rows.regionCode(s)]; break;
        case BillingColumn: k = codeRank[m_rows.billingCode(s)]; break;
        case CuQuotaColumn: k = signedKey(m_rows.cuQuota(s)); break;
        case StatusColumn: k = codeRank[m_rows.statusCode(s)]; break;
        case TagsColumn: k = quint64(m_rows.tags(s).size()); break;
        case CreatedColumn: k = signedKey(m_rows.createdAtMs(s)); break;
        case ExpiresColumn: k = signedKey(expiryKey(m_rows, s)); break;
        default: break;
        }
        keys.push_back(k);
    }
    return keys;
}

int WorkspaceTableModel::compareSlots(Slot a, Slot b, int column) const
{
    const auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case NameColumn: return compareNames(a, b);
    case RegionColumn: return cmp(ProductSpec::regionName(m_rows.region(a)), ProductSpec::regionName(m_rows.region(b)));
    case BillingColumn: return cmp(m_rows.billing(a), m_rows.billing(b));
    case CuQuotaColumn: return cmp(m_rows.cuQuota(a), m_rows.cuQuota(b));
    case StatusColumn: return cmp(m_rows.status(a), m_rows.status(b));
    case TagsColumn: return cmp(m_rows.tags(a).size(), m_rows.tags(b).size());
    case CreatedColumn: return cmp(m_rows.createdAtMs(a), m_rows.createdAtMs(b));
    case ExpiresColumn: return cmp(expiryKey(m_rows, a), expiryKey(m_rows, b));
    default: return 0;
    }
}

std::vector<WorkspaceRows::Slot> WorkspaceTableModel::sortedOrder(int column, Qt::SortOrder order)
{
    if (column == NameColumn) {
        // Many rows added since the ranks were made: ranking again beats placing each one.
        if (std::count_if(m_order.begin(), m_order.end(), [&](Slot s) { return s >= m_nameRanks.size(); }) > 1024)
            m_nameRanks.clear();
        ensureNameRanks();
    }
    std::vector<quint64> keys = sortKeys(column);
    if (order == Qt::DescendingOrder)
        for (quint64 &k : keys)
            k = ~k;
    std::vector<Slot> sorted = m_order;
    NameOrder::stableSortByKey(sorted, std::move(keys), m_sortScratch);
    if (column == NameColumn) {
        // Rows added since the ranks were made: placed one by one by comparing names.
        std::vector<Slot> unranked;
        sorted.erase(std::remove_if(sorted.begin(), sorted.end(),
                                    [&](Slot s) {
                                        if (s < m_nameRanks.size())
                                            return false;
                                        unranked.push_back(s);
                                        return true;
                                    }),
                     sorted.end());
        // Sorted among themselves, then merged in one pass: inserting each one would move the
        // million ranked rows once per unranked row (the first page's rows are unranked).
        const auto less = [&](Slot a, Slot b) {
            const int c = compareNames(a, b);
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        };
        // Each one's place is found by a binary search (a name comparison can be a collator
        // call, so not one per ranked row), then everything is copied once.
        std::stable_sort(unranked.begin(), unranked.end(), less);
        std::vector<Slot> merged;
        merged.reserve(sorted.size() + unranked.size());
        auto from = sorted.begin();
        for (const Slot s : unranked) {
            const auto at = std::upper_bound(from, sorted.end(), s, less);
            merged.insert(merged.end(), from, at);
            merged.push_back(s);
            from = at;
        }
        merged.insert(merged.end(), from, sorted.end());
        sorted = std::move(merged);
    }
    return sorted;
}

void WorkspaceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ActionsColumn) {
        m_sortColumn = -1;
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<Slot> sorted = sortedOrder(column, order);
    const HeldRows held = holdRows();
    m_order = std::move(sorted);
    rebuildRowOf();
    restoreRows(held);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

WorkspaceTableModel::HeldRows WorkspaceTableModel::holdRows() const
{
    HeldRows held{persistentIndexList(), {}};
    held.heldSlots.reserve(size_t(held.indexes.size()));
    for (const QModelIndex &i : std::as_const(held.indexes))
        held.heldSlots.push_back(m_order[size_t(i.row())]);
    return held;
}

void WorkspaceTableModel::restoreRows(const HeldRows &held)
{
    QModelIndexList to;
    to.reserve(held.indexes.size());
    for (qsizetype i = 0; i < held.indexes.size(); ++i)
        to << index(m_rowOf[held.heldSlots[size_t(i)]], held.indexes.at(i).column());
    changePersistentIndexList(held.indexes, to);
}

int WorkspaceTableModel::sortedInsertPosition(Slot slot) const
{
    if (m_sortColumn < 0)
        return int(m_order.size());
    const auto less = [&](Slot a, Slot b) {
        const int c = compareSlots(a, b, m_sortColumn);
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    };
    return int(std::upper_bound(m_order.begin(), m_order.end(), slot, less) - m_order.begin());
}

void WorkspaceTableModel::insertSlot(Slot slot)
{
    const int at = sortedInsertPosition(slot);
    beginInsertRows({}, at, at);
    m_order.insert(m_order.begin() + at, slot);
    if (m_rowOf.size() < size_t(m_rows.slotCount()))
        m_rowOf.resize(size_t(m_rows.slotCount()), -1);
    for (size_t row = size_t(at); row < m_order.size(); ++row)
        m_rowOf[m_order[row]] = qint32(row);
    endInsertRows();
}

void WorkspaceTableModel::upsert(const Workspace &workspace)
{
    ++m_generation;
    const qint64 existing = m_rows.find(workspace.id);
    if (existing >= 0) {
        const int row = m_rowOf[size_t(existing)];
        const Slot slot = m_rows.update(Slot(existing), workspace);
        if (slot != Slot(existing)) { // renamed: the row keeps its place, its text a new slot
            m_rowOf.resize(size_t(m_rows.slotCount()), -1);
            m_rowOf[size_t(existing)] = -1;
            m_rowOf[slot] = row;
            m_order[size_t(row)] = slot;
        }
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (outOfPlace(row)) {
            if (m_mergingRows)
                m_mergeLeftRowsOutOfPlace = true;
            else
                moveToSortedPlace(row);
        }
        return;
    }
    insertSlot(m_rows.append(workspace));
}

bool WorkspaceTableModel::outOfPlace(int row) const
{
    if (m_sortColumn < 0)
        return false;
    const auto before = [&](Slot a, Slot b) {
        const int c = compareSlots(a, b, m_sortColumn);
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    };
    const Slot slot = m_order[size_t(row)];
    return (row > 0 && before(slot, m_order[size_t(row) - 1]))
        || (size_t(row) + 1 < m_order.size() && before(m_order[size_t(row) + 1], slot));
}

void WorkspaceTableModel::moveToSortedPlace(int row)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const HeldRows held = holdRows();
    const Slot slot = m_order[size_t(row)];
    m_order.erase(m_order.begin() + row);
    const int at = sortedInsertPosition(slot);
    m_order.insert(m_order.begin() + at, slot);
    for (int r = std::min(row, at); r <= std::max(row, at); ++r)
        m_rowOf[m_order[size_t(r)]] = qint32(r);
    restoreRows(held);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void WorkspaceTableModel::remove(const QString &id)
{
    const qint64 slot = m_rows.find(id);
    if (slot < 0)
        return;
    const int row = m_rowOf[size_t(slot)];
    beginRemoveRows({}, row, row);
    ++m_generation;
    m_rows.remove(Slot(slot));
    m_order.erase(m_order.begin() + row);
    m_rowOf[size_t(slot)] = -1;
    for (size_t r = size_t(row); r < m_order.size(); ++r)
        m_rowOf[m_order[r]] = qint32(r);
    endRemoveRows();
}

QString WorkspaceTableModel::statusText(const Workspace &w) const
{
    // The rule and its word live in models/ (SubscriptionState), shared with the services.
    if (m_clock) {
        if (const QString word = SubscriptionState::of(w, m_clock->nowMs()).statusWord(); !word.isEmpty())
            return word;
    }
    return ProductSpec::statusName(w.status);
}

void WorkspaceTableModel::mergeWorkspaces(const QList<Workspace> &workspaces)
{
    mergeRows(toRows(workspaces));
}

namespace {
bool sameRow(const WorkspaceRows &a, Slot x, const WorkspaceRows &b, Slot y)
{
    return a.cuQuota(x) == b.cuQuota(y) && a.createdAtMs(x) == b.createdAtMs(y) && a.expiresAtMs(x) == b.expiresAtMs(y)
        && a.autoRenew(x) == b.autoRenew(y) && a.durationMonths(x) == b.durationMonths(y) && a.region(x) == b.region(y)
        && a.billing(x) == b.billing(y) && a.status(x) == b.status(y) && a.tags(x) == b.tags(y)
        && WorkspaceRows::sameName(a, x, b, y);
}
} // namespace

void WorkspaceTableModel::mergeRows(const WorkspaceRows &fresh, const QSet<QString> &keep)
{
    m_mergingRows = true;
    m_mergeLeftRowsOutOfPlace = false;
    // Rows are matched by their IDs' bytes (no QString a row: 1,000,000 rows on the GUI thread),
    // first at the slot where the last match suggests: both stores usually hold the rows in the
    // order of the table (the list and this read both follow it), so the walk is sequential
    // instead of a hash lookup and a cache miss a row.
    const auto matcher = [](const WorkspaceRows &in, const WorkspaceRows &of) {
        return [&in, &of, delta = qint64(0)](Slot s) mutable -> qint64 {
            const qint64 guess = qint64(s) + delta;
            if (!of.idIsOdd(s) && guess >= 0 && guess < in.slotCount() && in.isLive(Slot(guess))
                && !in.idIsOdd(Slot(guess)) && in.idUtf8(Slot(guess)) == of.idUtf8(s))
                return guess;
            const qint64 found = of.idIsOdd(s) ? in.find(of.id(s)) : in.find(of.idUtf8(s));
            if (found >= 0)
                delta = found - qint64(s);
            return found;
        };
    };
    QStringList gone;
    auto inFresh = matcher(fresh, m_rows);
    for (Slot s = 0; s < Slot(m_rows.slotCount()); ++s)
        if (m_rows.isLive(s) && inFresh(s) < 0 && (keep.isEmpty() || !keep.contains(m_rows.id(s))))
            gone << m_rows.id(s);
    for (const QString &id : std::as_const(gone))
        remove(id);
    auto inModel = matcher(m_rows, fresh);
    for (Slot f = 0; f < Slot(fresh.slotCount()); ++f) {
        if (!fresh.isLive(f))
            continue;
        const qint64 s = inModel(f);
        if ((s < 0 || !sameRow(m_rows, Slot(s), fresh, f)) && (keep.isEmpty() || !keep.contains(fresh.id(f))))
            upsert(fresh.workspace(f));
    }
    m_mergingRows = false;
    // One sort for every row that changed its sorted value, not one move each.
    if (m_mergeLeftRowsOutOfPlace)
        sort(m_sortColumn, m_sortOrder);
}

int WorkspaceTableModel::rowOf(const QString &id) const
{
    const qint64 slot = m_rows.find(id);
    return slot < 0 ? -1 : m_rowOf[size_t(slot)];
}

QModelIndex WorkspaceTableModel::indexOf(const QString &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

void WorkspaceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_order.empty())
        emit dataChanged(index(0, 0), index(int(m_order.size()) - 1, ColumnCount - 1));
}
