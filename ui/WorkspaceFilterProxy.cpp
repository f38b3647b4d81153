#include "WorkspaceFilterProxy.h"

#include "WorkspaceTableModel.h"

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
    if (key == m_tagKey && value == m_tagValue && matchValue == m_tagMatchValue)
        return;
    m_tagKey = key;
    m_tagValue = value;
    m_tagMatchValue = matchValue && !key.isEmpty();
    refilter();
}

bool WorkspaceFilterProxy::isFiltering() const
{
    return !m_foldedText.isEmpty() || !m_region.isEmpty() || !m_tagKey.isEmpty();
}

void WorkspaceFilterProxy::refilter()
{
    // invalidate() rebuilds the mapping in one pass and emits a single layoutChanged;
    // invalidateFilter() would emit a remove/insert pair for every gap in the matches,
    // which at 100,000 rows costs far more than the filtering itself.
    invalidate();
}

bool WorkspaceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    if (!m_region.isEmpty() && m_model->workspace(sourceRow).region != m_region)
        return false;
    if (!m_foldedText.isEmpty() && !m_model->searchKey(sourceRow).contains(m_foldedText))
        return false;
    if (!m_tagKey.isEmpty()) {
        bool found = false;
        for (const Tag &t : m_model->workspace(sourceRow).tags) {
            if (t.key == m_tagKey && (!m_tagMatchValue || t.value == m_tagValue)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}
