#include "ui/workspaces/WorkspaceTableModel.h"

#include "models/Format.h"
#include "models/ProductSpec.h"
#include "models/SubscriptionState.h"

#include <QCollator>
#include <QDateTime>
#include <algorithm>
#include <limits>
#include <numeric>

WorkspaceTableModel::WorkspaceTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_collator.setNumericMode(true);
}

int WorkspaceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Workspace &w = m_rows.at(index.row()).workspace;
    if (role == IdRole)
        return w.id;
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
    if (role == Qt::TextAlignmentRole && index.column() == CuQuotaColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
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

WorkspaceTableModel::Row WorkspaceTableModel::makeRow(Workspace w)
{
    Row r;
    r.searchKey = QString(w.name + QLatin1Char(' ') + w.id).toCaseFolded();
    r.workspace = std::move(w);
    return r;
}

void WorkspaceTableModel::setWorkspaces(QList<Workspace> workspaces)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(workspaces.size());
    for (Workspace &w : workspaces)
        m_rows.append(makeRow(std::move(w)));
    m_nameRank.clear();
    if (m_sortColumn >= 0) {
        if (m_sortColumn == NameColumn)
            ensureCollationKeys();
        std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
            return m_sortOrder == Qt::AscendingOrder ? lessThan(a, b, m_sortColumn) : lessThan(b, a, m_sortColumn);
        });
    }
    rebuildIndex();
    endResetModel();
}

void WorkspaceTableModel::appendWorkspaces(QList<Workspace> workspaces)
{
    QVector<Row> rows;
    rows.reserve(workspaces.size());
    for (Workspace &w : workspaces)
        if (!m_rowById.contains(w.id))
            rows.append(makeRow(std::move(w)));
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.reserve(first + rows.size());
    for (Row &r : rows) {
        m_rowById.insert(r.workspace.id, int(m_rows.size()));
        m_rows.append(std::move(r));
    }
    endInsertRows();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

void WorkspaceTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).workspace.id, i);
}

void WorkspaceTableModel::ensureCollationKeys()
{
    if (m_nameRank.size() == m_rows.size())
        return;
    // Rank every name once with QCollator so Chinese and mixed-case names sort as people expect;
    // comparing ints afterwards keeps a 100k sort fast.
    const QCollator &collator = m_collator;
    QStringList names;
    names.reserve(m_rows.size());
    for (const Row &r : m_rows)
        names << r.workspace.name;
    std::vector<QCollatorSortKey> keys;
    keys.reserve(names.size());
    for (const QString &n : names)
        keys.push_back(collator.sortKey(n));
    std::vector<int> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys[a].compare(keys[b]) < 0; });
    m_nameRank.clear();
    m_nameRank.reserve(names.size());
    for (int rank = 0; rank < int(order.size()); ++rank)
        m_nameRank.insert(names.at(order[rank]), rank);
}

bool WorkspaceTableModel::lessThan(const Row &a, const Row &b, int column) const
{
    const Workspace &x = a.workspace;
    const Workspace &y = b.workspace;
    switch (column) {
    case NameColumn: {
        const auto rx = m_nameRank.constFind(x.name);
        const auto ry = m_nameRank.constFind(y.name);
        if (rx != m_nameRank.constEnd() && ry != m_nameRank.constEnd())
            return *rx < *ry;
        return m_collator.compare(x.name, y.name) < 0; // a row added since the last ranking
    }
    case RegionColumn: return ProductSpec::regionName(x.region) < ProductSpec::regionName(y.region);
    case BillingColumn: return x.billing < y.billing;
    case CuQuotaColumn: return x.cuQuota < y.cuQuota;
    case StatusColumn: return x.status < y.status;
    case TagsColumn: return x.tags.size() < y.tags.size();
    case CreatedColumn: return x.createdAtMs < y.createdAtMs;
    case ExpiresColumn: {
        // Pay-as-you-go never expires: after every subscription when ascending.
        const auto key = [](const Workspace &w) {
            return w.billing == ProductSpec::Subscription && w.expiresAtMs > 0 ? w.expiresAtMs
                                                                                : std::numeric_limits<qint64>::max();
        };
        return key(x) < key(y);
    }
    default: return false;
    }
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
    if (column == NameColumn)
        ensureCollationKeys();
    QVector<int> permutation(m_rows.size());
    std::iota(permutation.begin(), permutation.end(), 0);
    std::stable_sort(permutation.begin(), permutation.end(), [&](int a, int b) {
        return order == Qt::AscendingOrder ? lessThan(m_rows.at(a), m_rows.at(b), column)
                                           : lessThan(m_rows.at(b), m_rows.at(a), column);
    });
    QVector<Row> sorted;
    sorted.reserve(m_rows.size());
    QVector<int> newRowOf(m_rows.size());
    for (int newRow = 0; newRow < permutation.size(); ++newRow) {
        newRowOf[permutation[newRow]] = newRow;
        sorted.append(std::move(m_rows[permutation[newRow]]));
    }
    m_rows = std::move(sorted);
    rebuildIndex();
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &i : from)
        to << index(newRowOf.at(i.row()), i.column());
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int WorkspaceTableModel::sortedInsertPosition(const Row &row) const
{
    if (m_sortColumn < 0)
        return int(m_rows.size());
    const auto cmp = [&](const Row &a, const Row &b) {
        return m_sortOrder == Qt::AscendingOrder ? lessThan(a, b, m_sortColumn) : lessThan(b, a, m_sortColumn);
    };
    return int(std::upper_bound(m_rows.begin(), m_rows.end(), row, cmp) - m_rows.begin());
}

void WorkspaceTableModel::upsert(const Workspace &workspace)
{
    const int existing = rowOf(workspace.id);
    if (existing >= 0) {
        m_rows[existing] = makeRow(workspace);
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    Row row = makeRow(workspace);
    const int at = sortedInsertPosition(row);
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(row));
    for (int i = at; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).workspace.id, i);
    endInsertRows();
}

void WorkspaceTableModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowById.remove(id);
    for (int i = row; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).workspace.id, i);
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
bool sameRow(const Workspace &a, const Workspace &b)
{
    return a.name == b.name && a.region == b.region && a.billing == b.billing && a.cuQuota == b.cuQuota
        && a.status == b.status && a.tags == b.tags && a.expiresAtMs == b.expiresAtMs && a.autoRenew == b.autoRenew
        && a.durationMonths == b.durationMonths && a.createdAtMs == b.createdAtMs;
}
} // namespace

void WorkspaceTableModel::mergeWorkspaces(const QList<Workspace> &workspaces)
{
    QHash<QString, const Workspace *> fresh;
    fresh.reserve(workspaces.size());
    for (const Workspace &w : workspaces)
        fresh.insert(w.id, &w);
    QStringList gone;
    for (const Row &r : std::as_const(m_rows))
        if (!fresh.contains(r.workspace.id))
            gone << r.workspace.id;
    for (const QString &id : std::as_const(gone))
        remove(id);
    for (const Workspace &w : workspaces) {
        const int row = rowOf(w.id);
        if (row < 0 || !sameRow(m_rows.at(row).workspace, w))
            upsert(w);
    }
}

int WorkspaceTableModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

QModelIndex WorkspaceTableModel::indexOf(const QString &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

void WorkspaceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
