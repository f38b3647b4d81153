#include "ui/workspaces/WorkspaceFilterProxy.h"

#include "ui/workspaces/WorkspaceTableModel.h"

#include <algorithm>

namespace {
// Up to this many rows changed or inserted at once are checked one by one; more, and the whole
// store is searched (one pass over the text buffer).
constexpr int RowByRowLimit = 64;
} // namespace

WorkspaceFilterProxy::WorkspaceFilterProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void WorkspaceFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_model = qobject_cast<WorkspaceTableModel *>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this, &WorkspaceFilterProxy::sourceDataChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &WorkspaceFilterProxy::sourceRowsAboutToBeInserted);
        connect(model, &QAbstractItemModel::rowsInserted, this, &WorkspaceFilterProxy::sourceRowsInserted);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &WorkspaceFilterProxy::sourceRowsAboutToBeRemoved);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &WorkspaceFilterProxy::sourceRowsRemoved);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &WorkspaceFilterProxy::sourceLayoutAboutToBeChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &WorkspaceFilterProxy::sourceLayoutChanged);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &WorkspaceFilterProxy::sourceAboutToBeReset);
        connect(model, &QAbstractItemModel::modelReset, this, &WorkspaceFilterProxy::sourceReset);
    }
    remap();
    endResetModel();
}

QModelIndex WorkspaceFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex WorkspaceFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex WorkspaceFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int WorkspaceFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_model)
        return 0;
    return m_mapped ? int(m_shown.size()) : m_model->rowCount();
}

int WorkspaceFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool WorkspaceFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant WorkspaceFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // QAbstractProxyModel maps a column through row 0, which a filter that matches nothing lacks.
    if (!m_model)
        return {};
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    const QModelIndex source = mapToSource(index(section, 0));
    return source.isValid() ? m_model->headerData(source.row(), orientation, role) : QVariant();
}

QModelIndex WorkspaceFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_model || proxyIndex.model() != this || proxyIndex.row() >= rowCount())
        return {};
    const int row = m_mapped ? m_shown[size_t(proxyIndex.row())] : proxyIndex.row();
    return m_model->index(row, proxyIndex.column());
}

QModelIndex WorkspaceFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || !m_model || sourceIndex.model() != m_model)
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

int WorkspaceFilterProxy::proxyRowOf(int sourceRow) const
{
    if (!m_mapped)
        return sourceRow >= 0 && m_model && sourceRow < m_model->rowCount() ? sourceRow : -1;
    const auto at = std::lower_bound(m_shown.begin(), m_shown.end(), sourceRow);
    return at != m_shown.end() && *at == sourceRow ? int(at - m_shown.begin()) : -1;
}

void WorkspaceFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The view's header calls this; the source sorts and the proxy follows its layoutChanged.
    if (m_model)
        m_model->sort(column, order);
}

void WorkspaceFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_foldedText = text.trimmed().toCaseFolded();
    m_needle = WorkspaceRows::foldedNeedle(text.trimmed());
    refilter();
}

void WorkspaceFilterProxy::setRegion(const QString &regionId)
{
    if (regionId == m_region)
        return;
    m_region = regionId;
    refilter();
}

void WorkspaceFilterProxy::setTag(const QString &key, const QString &value, bool matchValue)
{
    if (key == m_tagKey && value == m_tagValue && matchValue == m_tagMatchValue && m_tagAlternatives.isEmpty()
        && m_tagWholeKey.isEmpty())
        return;
    m_tagKey = key;
    m_tagValue = value;
    m_tagMatchValue = matchValue && !key.isEmpty();
    m_tagAlternatives.clear();
    m_tagWholeKey.clear();
    refilter();
}

void WorkspaceFilterProxy::setTagText(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    QList<QPair<QString, QString>> alternatives;
    QString key = t;
    QString value;
    if (colon >= 0) {
        key = t.left(colon).trimmed();
        value = t.mid(colon + 1).trimmed();
        for (qsizetype i = t.indexOf(QLatin1Char(':'), colon + 1); i >= 0; i = t.indexOf(QLatin1Char(':'), i + 1))
            alternatives.append({t.left(i).trimmed(), t.mid(i + 1).trimmed()});
    }
    const QString wholeKey = colon >= 0 ? t : QString();
    const bool matchValue = colon >= 0 && !key.isEmpty();
    if (key == m_tagKey && value == m_tagValue && matchValue == m_tagMatchValue && alternatives == m_tagAlternatives
        && wholeKey == m_tagWholeKey)
        return;
    m_tagKey = key;
    m_tagValue = value;
    m_tagMatchValue = matchValue;
    m_tagAlternatives = alternatives;
    m_tagWholeKey = wholeKey;
    refilter();
}

bool WorkspaceFilterProxy::isFiltering() const
{
    return !m_foldedText.isEmpty() || !m_region.isEmpty() || !m_tagKey.isEmpty() || !m_tagWholeKey.isEmpty();
}

void WorkspaceFilterProxy::invalidate()
{
    m_acceptGeneration = ~0ULL;
    m_shownGeneration = ~0ULL;
    refilter();
}

// The mapping for the filter as it is, without signals (inside a reset).
void WorkspaceFilterProxy::remap()
{
    m_mapped = false;
    std::vector<int>().swap(m_shown);
    m_shownGeneration = ~0ULL;
    m_textCache.clear();
    m_acceptGeneration = ~0ULL;
    if (!m_model || !isFiltering())
        return;
    computeMatches();
    if (m_acceptCount < m_model->rowCount()) {
        m_mapped = true;
        m_shown = mappingFor(m_accept, m_acceptCount);
        m_shownAccept = m_accept;
        m_shownGeneration = m_acceptGeneration;
    }
    m_checkedGeneration = m_model->generation();
}

void WorkspaceFilterProxy::refilter()
{
    if (!m_model) {
        emit filterChanged();
        return;
    }
    if (!isFiltering()) {
        if (m_mapped)
            applyMapping(false, {});
    } else {
        computeMatches();
        // Every row matches (the first letters of a common prefix): no mapping at all. The same
        // rows as shown now (typing on without narrowing): nothing for the view to do.
        if (m_acceptCount == m_model->rowCount()) {
            if (m_mapped)
                applyMapping(false, {});
        } else if (!m_mapped || m_shownGeneration != m_acceptGeneration || m_shownAccept != m_accept) {
            applyMapping(true, mappingFor(m_accept, m_acceptCount));
            m_shownAccept = m_accept;
            m_shownGeneration = m_acceptGeneration;
        }
    }
    m_checkedGeneration = m_model->generation();
    emit filterChanged();
}

// The shown source rows, ascending, of the slots set in accepted (count of them).
std::vector<int> WorkspaceFilterProxy::mappingFor(const std::vector<quint64> &accepted, qsizetype count) const
{
    std::vector<int> shown;
    shown.reserve(size_t(count));
    const std::vector<WorkspaceRows::Slot> &order = m_model->order();
    if (count < qsizetype(order.size()) / 16) {
        // Few: straight from the set bits to their rows.
        for (size_t w = 0; w < accepted.size(); ++w)
            for (quint64 b = accepted[w]; b; b &= b - 1) {
                const int row = m_model->rowOfSlot(WorkspaceRows::Slot(w * 64 + size_t(__builtin_ctzll(b))));
                if (row >= 0)
                    shown.push_back(row);
            }
        std::sort(shown.begin(), shown.end());
        return shown;
    }
    for (size_t row = 0; row < order.size(); ++row) {
        const WorkspaceRows::Slot s = order[row];
        if (s / 64 < accepted.size() && (accepted[s / 64] >> (s % 64)) & 1)
            shown.push_back(int(row));
    }
    return shown;
}

// One layout change for the whole new mapping: the view relayouts once, and what was selected
// or current stays so when it is still shown.
void WorkspaceFilterProxy::applyMapping(bool mapped, std::vector<int> rows)
{
    emit layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(from.size()));
    for (const QModelIndex &i : from)
        sourceRows.push_back(m_mapped ? m_shown[size_t(i.row())] : i.row());
    m_mapped = mapped;
    m_shown = std::move(rows);
    if (!m_mapped) {
        std::vector<int>().swap(m_shown); // no memory held without a mapping
        m_shownGeneration = ~0ULL;
    }
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = proxyRowOf(sourceRows[size_t(i)]);
        to << (row < 0 ? QModelIndex() : createIndex(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged();
}

// Before rows change while every row matched: from here on the shown rows are listed.
void WorkspaceFilterProxy::ensureMapped()
{
    if (m_mapped || !m_model)
        return;
    m_shown.resize(size_t(m_model->rowCount()));
    for (size_t i = 0; i < m_shown.size(); ++i)
        m_shown[i] = int(i);
    m_mapped = true;
}

void WorkspaceFilterProxy::computeMatches()
{
    m_acceptGeneration = ~0ULL;
    if (!m_model || !isFiltering())
        return;
    const WorkspaceRows &rows = m_model->rows();
    const size_t words = size_t((rows.slotCount() + 63) / 64);
    if (m_cacheGeneration != m_model->generation()) {
        m_textCache.clear();
        m_positionsNeedle.clear();
        m_cacheGeneration = m_model->generation();
    }
    // The text part: from the cache, by narrowing a cached shorter text, or one full search.
    const std::vector<quint64> *text = nullptr;
    if (!m_needle.isEmpty()) {
        auto hit = std::find_if(m_textCache.begin(), m_textCache.end(), [&](const TextMatches &m) { return m.needle == m_needle; });
        if (hit == m_textCache.end()) {
            TextMatches fresh;
            fresh.needle = m_needle;
            const TextMatches *base = nullptr;
            for (const TextMatches &m : m_textCache) // the longest cached text the new one contains
                if (m_needle.contains(m.needle) && (!base || m.needle.size() > base->needle.size()))
                    base = &m;
            const auto typedOn = std::find_if(m_textCache.begin(), m_textCache.end(), [&](const TextMatches &m) {
                return !m_positionsNeedle.isEmpty() && m.needle == m_positionsNeedle && m_needle.startsWith(m.needle);
            });
            // Typing on: where the shorter text was found decides most rows at once. Else
            // narrowing pays when few rows are left; otherwise one search through the buffer.
            if (typedOn != m_textCache.end()) {
                rows.narrow(m_needle, typedOn->bits, m_firstPos, fresh.bits);
                m_positionsNeedle = m_needle;
            } else if (base && base->count < rows.slotCount() / 8) {
                fresh.bits.assign(words, 0);
                for (size_t w = 0; w < words; ++w)
                    for (quint64 bits = base->bits[w]; bits; bits &= bits - 1) {
                        const auto slot = WorkspaceRows::Slot(w * 64 + size_t(__builtin_ctzll(bits)));
                        if (rows.contains(slot, m_needle))
                            fresh.bits[w] |= quint64(1) << (slot % 64);
                    }
            } else {
                rows.findAll(m_needle, fresh.bits, &m_firstPos);
                m_positionsNeedle = m_needle;
            }
            for (const quint64 b : fresh.bits)
                fresh.count += __builtin_popcountll(b);
            if (m_textCache.size() >= 24)
                m_textCache.erase(m_textCache.begin());
            m_textCache.push_back(std::move(fresh));
            hit = m_textCache.end() - 1;
        }
        text = &hit->bits;
    }
    // Region and tag: decided once per region code and tag set, then read a row at a time.
    const int region = m_region.isEmpty() ? -1 : rows.regionCodeOf(m_region);
    const bool tagFilter = !m_tagKey.isEmpty() || !m_tagWholeKey.isEmpty();
    std::vector<bool> tagSetMatches;
    if (tagFilter) {
        tagSetMatches.reserve(size_t(rows.tagSets().size()));
        for (const TagList &tags : rows.tagSets()) {
            bool found = false;
            for (const Tag &t : tags) {
                if (!m_tagKey.isEmpty() && t.key == m_tagKey && (!m_tagMatchValue || t.value == m_tagValue))
                    found = true;
                else if (!m_tagWholeKey.isEmpty() && t.key == m_tagWholeKey)
                    found = true;
                else
                    for (const auto &[key, value] : m_tagAlternatives)
                        found = found || (t.key == key && t.value == value);
                if (found)
                    break;
            }
            tagSetMatches.push_back(found);
        }
    }
    m_accept.assign(words, 0);
    const bool regionFilter = !m_region.isEmpty();
    for (size_t w = 0; w < words; ++w) {
        quint64 candidates = text ? (*text)[w] : ~quint64(0);
        if (!regionFilter && !tagFilter) {
            m_accept[w] = candidates;
            continue;
        }
        for (quint64 bits = candidates; bits; bits &= bits - 1) {
            const size_t slot = w * 64 + size_t(__builtin_ctzll(bits));
            if (slot >= size_t(rows.slotCount()) || !rows.isLive(WorkspaceRows::Slot(slot)))
                continue;
            const auto s = WorkspaceRows::Slot(slot);
            if (regionFilter && int(rows.regionCode(s)) != region)
                continue;
            if (tagFilter && !tagSetMatches[rows.tagSet(s)])
                continue;
            m_accept[w] |= quint64(1) << (slot % 64);
        }
    }
    m_acceptCount = 0;
    for (const quint64 b : m_accept)
        m_acceptCount += __builtin_popcountll(b);
    m_acceptGeneration = m_model->generation();
}

bool WorkspaceFilterProxy::matchesNow(int sourceRow) const
{
    const WorkspaceRows &rows = m_model->rows();
    const WorkspaceRows::Slot s = m_model->slotAt(sourceRow);
    if (!m_region.isEmpty() && rows.region(s) != m_region)
        return false;
    if (!m_needle.isEmpty() && !rows.contains(s, m_needle))
        return false;
    if (!m_tagKey.isEmpty() || !m_tagWholeKey.isEmpty()) {
        bool found = false;
        for (const Tag &t : rows.tags(s)) {
            if (!m_tagKey.isEmpty() && t.key == m_tagKey && (!m_tagMatchValue || t.value == m_tagValue))
                found = true;
            else if (!m_tagWholeKey.isEmpty() && t.key == m_tagWholeKey)
                found = true;
            else
                for (const auto &[key, value] : m_tagAlternatives)
                    found = found || (t.key == key && t.value == value);
            if (found)
                break;
        }
        if (!found)
            return false;
    }
    return true;
}

void WorkspaceFilterProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                             const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    // The rows' texts, regions and tags are as before (a repaint, a language switch): the same
    // rows stay shown.
    if (!isFiltering() || m_model->generation() == m_checkedGeneration) {
        if (!m_mapped) {
            emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
            return;
        }
        const int from = int(std::lower_bound(m_shown.begin(), m_shown.end(), first) - m_shown.begin());
        const int to = int(std::upper_bound(m_shown.begin(), m_shown.end(), last) - m_shown.begin()) - 1;
        if (from <= to)
            emit dataChanged(index(from, topLeft.column()), index(to, bottomRight.column()), roles);
        return;
    }
    if (last - first >= RowByRowLimit) {
        refilter();
        if (rowCount() > 0)
            emit dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
        m_checkedGeneration = m_model->generation();
        return;
    }
    // A changed row may now match, or no longer: it is shown, hidden or repainted by itself.
    ensureMapped();
    m_shownGeneration = ~0ULL;
    for (int row = first; row <= last; ++row) {
        const bool match = matchesNow(row);
        const int shownAt = proxyRowOf(row);
        if (shownAt >= 0 && match) {
            emit dataChanged(index(shownAt, topLeft.column()), index(shownAt, bottomRight.column()), roles);
        } else if (shownAt >= 0) {
            beginRemoveRows({}, shownAt, shownAt);
            m_shown.erase(m_shown.begin() + shownAt);
            endRemoveRows();
        } else if (match) {
            const int at = int(std::lower_bound(m_shown.begin(), m_shown.end(), row) - m_shown.begin());
            beginInsertRows({}, at, at);
            m_shown.insert(m_shown.begin() + at, row);
            endInsertRows();
        }
    }
    m_checkedGeneration = m_model->generation();
}

void WorkspaceFilterProxy::sourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (isFiltering())
        ensureMapped(); // the new rows may not match
    if (m_mapped)
        return;
    beginInsertRows({}, first, last);
    m_identityInsert = true;
}

void WorkspaceFilterProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_identityInsert) {
        m_identityInsert = false;
        endInsertRows();
        m_checkedGeneration = m_model->generation();
        return;
    }
    if (!m_mapped)
        return;
    m_shownGeneration = ~0ULL;
    std::vector<int> added;
    if (last - first >= RowByRowLimit) {
        computeMatches(); // e.g. the rest of the list, read in the background, arrives
        for (int row = first; row <= last; ++row) {
            const WorkspaceRows::Slot s = m_model->slotAt(row);
            if ((m_accept[s / 64] >> (s % 64)) & 1)
                added.push_back(row);
        }
    } else {
        for (int row = first; row <= last; ++row)
            if (matchesNow(row))
                added.push_back(row);
    }
    m_checkedGeneration = m_model->generation();
    const int count = last - first + 1;
    const int proxyAt = int(std::lower_bound(m_shown.begin(), m_shown.end(), first) - m_shown.begin());
    const auto shift = [&] {
        for (auto it = m_shown.begin() + proxyAt; it != m_shown.end(); ++it)
            *it += count;
    };
    if (added.empty()) {
        shift();
        return;
    }
    // The rows already shown get their new source numbers first: a view that reads the proxy
    // while the insertion is announced sees them, not the new rows, at their places.
    shift();
    beginInsertRows({}, proxyAt, proxyAt + int(added.size()) - 1);
    m_shown.insert(m_shown.begin() + proxyAt, added.begin(), added.end());
    endInsertRows();
}

void WorkspaceFilterProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    m_removing = false;
    if (parent.isValid())
        return;
    int from = first, to = last;
    if (m_mapped) {
        from = int(std::lower_bound(m_shown.begin(), m_shown.end(), first) - m_shown.begin());
        to = int(std::lower_bound(m_shown.begin(), m_shown.end(), last + 1) - m_shown.begin()) - 1;
    }
    if (from > to)
        return;
    m_removing = true;
    beginRemoveRows({}, from, to);
}

void WorkspaceFilterProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_mapped) {
        m_shownGeneration = ~0ULL;
        const int count = last - first + 1;
        const auto from = std::lower_bound(m_shown.begin(), m_shown.end(), first);
        const auto to = std::lower_bound(from, m_shown.end(), last + 1);
        const auto next = m_shown.erase(from, to);
        for (auto it = next; it != m_shown.end(); ++it)
            *it -= count;
    }
    m_checkedGeneration = m_model->generation();
    if (m_removing) {
        m_removing = false;
        endRemoveRows();
    }
}

// A sort: the same rows in another order. Which rows are shown is kept by slot across it.
void WorkspaceFilterProxy::sourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutProxyIndexes = persistentIndexList();
    m_layoutSourceIndexes.clear();
    m_layoutSourceIndexes.reserve(m_layoutProxyIndexes.size());
    for (const QModelIndex &i : std::as_const(m_layoutProxyIndexes))
        m_layoutSourceIndexes << QPersistentModelIndex(mapToSource(i));
    m_layoutShownSlots.clear();
    if (m_mapped) {
        m_layoutShownSlots.assign(size_t((m_model->rows().slotCount() + 63) / 64), 0);
        for (const int row : m_shown) {
            const WorkspaceRows::Slot s = m_model->slotAt(row);
            m_layoutShownSlots[s / 64] |= quint64(1) << (s % 64);
        }
    }
}

void WorkspaceFilterProxy::sourceLayoutChanged()
{
    if (m_mapped) {
        qsizetype count = 0;
        for (const quint64 b : m_layoutShownSlots)
            count += __builtin_popcountll(b);
        m_shown = mappingFor(m_layoutShownSlots, count);
    }
    std::vector<quint64>().swap(m_layoutShownSlots);
    QModelIndexList to;
    to.reserve(m_layoutProxyIndexes.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSourceIndexes))
        to << mapFromSource(source);
    changePersistentIndexList(m_layoutProxyIndexes, to);
    m_layoutProxyIndexes.clear();
    m_layoutSourceIndexes.clear();
    emit layoutChanged();
}

void WorkspaceFilterProxy::sourceAboutToBeReset()
{
    beginResetModel();
}

void WorkspaceFilterProxy::sourceReset()
{
    remap();
    m_checkedGeneration = m_model->generation();
    endResetModel();
}
