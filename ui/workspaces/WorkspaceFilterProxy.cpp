#include "ui/workspaces/WorkspaceFilterProxy.h"

#include "ui/workspaces/WorkspaceTableModel.h"

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
    if (!m_tagKey.isEmpty() || !m_tagWholeKey.isEmpty()) {
        bool found = false;
        for (const Tag &t : m_model->workspace(sourceRow).tags) {
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
