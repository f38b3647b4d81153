#include "ui/workspaces/WorkspaceFilterProxy.h"

#include "ui/workspaces/WorkspaceTableModel.h"

#include <algorithm>

WorkspaceFilterProxy::WorkspaceFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void WorkspaceFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<WorkspaceTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void WorkspaceFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The view's header calls this; the source sorts and the proxy follows its layoutChanged.
    if (sourceModel())
        sourceModel()->sort(column, order);
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

void WorkspaceFilterProxy::refilter()
{
    computeMatches();
    // invalidate() rebuilds the mapping in one pass and emits a single layoutChanged;
    // invalidateFilter() would emit a remove/insert pair for every gap in the matches,
    // which at 100,000 rows costs far more than the filtering itself.
    invalidate();
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

bool WorkspaceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    if (!isFiltering())
        return true;
    // The bits are for the rows as they were when the filter last changed; a row inserted or
    // changed since is checked by itself.
    if (m_acceptGeneration == m_model->generation()) {
        const WorkspaceRows::Slot s = m_model->slotAt(sourceRow);
        return (m_accept[s / 64] >> (s % 64)) & 1;
    }
    return matchesNow(sourceRow);
}
