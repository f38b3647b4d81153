#pragma once

#include "models/Clock.h"
#include "models/Domain.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QVector>

class WorkspaceService;

// The workspace list, held in memory so painting and filtering never touch the database.
// Loaded once (two queries); single changes update one row with precise signals.
// Sorting happens here, on raw values with precomputed collation keys, so the proxy above only
// filters: 100,000 rows stay instant (see tests/benchmarks).
class WorkspaceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RegionColumn, BillingColumn, CuQuotaColumn, StatusColumn, TagsColumn, CreatedColumn,
                  ActionsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,        // raw value: name, region id, CU number, creation ms
        WorkspaceRole,   // the whole Workspace
    };

    explicit WorkspaceTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // True while a sort requested with sort() is still being computed (the rows keep their old
    // order meanwhile and input is never blocked).
    bool isSorting() const { return false; }

    void setWorkspaces(QList<Workspace> workspaces);
    // Adds the rest of a list loaded in the background; skips ids already present (a workspace
    // created meanwhile) and keeps the current sort.
    void appendWorkspaces(QList<Workspace> workspaces);
    // Inserts or updates one workspace (after create or an edit), keeping the current sort.
    void upsert(const Workspace &workspace);
    void remove(const QString &id);
    // Applies a freshly read list (another instance wrote): rows that are gone are removed, rows
    // that differ are updated, new ones inserted at their sorted place. Never a reset, so the
    // selection and the scroll position survive.
    void mergeWorkspaces(const QList<Workspace> &workspaces);

    // The clock the Status column compares a subscription's expiry with; nullptr: none shows
    // Expired. The Scheduler announces each expiry, so the cell is repainted when it passes.
    void setClock(const Clock *clock) { m_clock = clock; }
    static bool isExpired(const Workspace &w, qint64 nowMs);
    QString statusText(const Workspace &w) const;

    const Workspace &workspace(int row) const { return m_rows.at(row).workspace; }
    // Case-folded "name id" for the filter proxy.
    const QString &searchKey(int row) const { return m_rows.at(row).searchKey; }
    int rowOf(const QString &id) const;
    QModelIndex indexOf(const QString &id, int column = NameColumn) const;

    // Text of the Tags cell; "key:value" pairs.
    static QString tagsText(const TagList &tags);

    // Call after the UI language changes: headers and translated cells repaint.
    void retranslate();

private:
    struct Row
    {
        Workspace workspace;
        QString searchKey;
    };
    static Row makeRow(Workspace w);
    bool lessThan(const Row &a, const Row &b, int column) const;
    int sortedInsertPosition(const Row &row) const;
    void rebuildIndex();
    void ensureCollationKeys();

    QVector<Row> m_rows;
    QHash<QString, int> m_rowById;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Collation ranks of names, computed lazily on the first sort by name.
    QHash<QString, int> m_nameRank;
    QCollator m_collator;
    const Clock *m_clock = nullptr;
};
