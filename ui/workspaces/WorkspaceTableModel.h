#pragma once

#include "models/Clock.h"
#include "models/Domain.h"
#include "models/WorkspaceRows.h"
#include "ui/workspaces/NameOrder.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QSet>
#include <vector>

class WorkspaceService;

// The workspace list, held in memory so painting and filtering never touch the database.
// Rows live in a compact store (models/WorkspaceRows, about 90 bytes a workspace); the model
// keeps the display order as a vector of store slots and makes display text in data().
// Sorting happens here on numeric keys (a stable radix sort; names by precomputed QCollator
// ranks), so the proxy above only filters: 1,000,000 rows stay usable (see tests/benchmarks).
class WorkspaceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RegionColumn, BillingColumn, CuQuotaColumn, StatusColumn, TagsColumn, CreatedColumn,
                  ExpiresColumn, ActionsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,        // raw value: name, region id, CU number, creation ms, expiry ms (0: none)
        WorkspaceRole,   // the row as a Workspace (the list's fields)
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

    void setWorkspaces(const QList<Workspace> &workspaces);
    void setRows(WorkspaceRows rows);
    // Adds the rest of a list loaded in the background; skips ids already present (a workspace
    // created meanwhile) and keeps the current sort.
    void appendWorkspaces(const QList<Workspace> &workspaces);
    // nameRanks: NameOrder::ranks() of rows with collationLocale(), made by the loader thread so a
    // first sort by name does not stop the window for seconds at 1,000,000 rows; empty: made here.
    void appendRows(WorkspaceRows rows, std::vector<quint32> nameRanks = {});
    QLocale collationLocale() const { return m_collator.locale(); }
    // Inserts or updates one workspace (after create or an edit), keeping the current sort: a
    // row whose sorted value changed moves to its new place (as a layout change, so the selection
    // and the current row go with it).
    void upsert(const Workspace &workspace);
    void remove(const QString &id);
    // Applies a freshly read list (another instance wrote): rows that are gone are removed, rows
    // that differ are updated, new ones inserted at their sorted place. Never a reset, so the
    // selection and the scroll position survive.
    void mergeWorkspaces(const QList<Workspace> &workspaces);
    // keep: IDs whose rows here are newer than fresh (changed in this window after fresh was
    // read); they are left as they are, neither updated, removed nor added back.
    void mergeRows(const WorkspaceRows &fresh, const QSet<QString> &keep = {});

    // The clock the Status column compares a subscription's expiry with; nullptr: none shows
    // Expired. The Scheduler announces each expiry, so the cell is repainted when it passes.
    void setClock(const Clock *clock) { m_clock = clock; }
    QString statusText(const Workspace &w) const;
    // The Expires cell: "—" for pay-as-you-go, else the expiry; within a week of it or after it,
    // a second line says so in words (never by colour alone). `spoken`: one sentence for screen
    // readers instead of two lines.
    QString expiresText(const Workspace &w, bool spoken = false) const;

    // The row's list fields (directory, catalog, role and creator are read from the database
    // when needed: WorkspaceService::find()).
    Workspace workspace(int row) const { return m_rows.workspace(m_order.at(row)); }
    int rowOf(const QString &id) const;
    QModelIndex indexOf(const QString &id, int column = NameColumn) const;

    // For the filter proxy: the store and the slot shown in a row. generation() changes with
    // every change of the rows (not with their order).
    const WorkspaceRows &rows() const { return m_rows; }
    WorkspaceRows::Slot slotAt(int row) const { return m_order.at(row); }
    const std::vector<WorkspaceRows::Slot> &order() const { return m_order; }
    // The row showing a slot, or -1 (a dead slot).
    int rowOfSlot(WorkspaceRows::Slot s) const { return s < m_rowOf.size() ? m_rowOf[s] : -1; }
    quint64 generation() const { return m_generation; }

    // Text of the Tags cell; "key:value" pairs.
    static QString tagsText(const TagList &tags);

    // Call after the UI language changes: headers and translated cells repaint.
    void retranslate();

private:
    std::vector<quint64> sortKeys(int column) const;
    // The rows' order sorted by column (names ranked when needed); the model is left as it is.
    std::vector<WorkspaceRows::Slot> sortedOrder(int column, Qt::SortOrder order);
    int compareSlots(WorkspaceRows::Slot a, WorkspaceRows::Slot b, int column) const;
    int compareNames(WorkspaceRows::Slot a, WorkspaceRows::Slot b) const;
    bool asciiFastPath() const;
    int sortedInsertPosition(WorkspaceRows::Slot slot) const;
    void rebuildRowOf();
    void ensureNameRanks();
    void insertSlot(WorkspaceRows::Slot slot);
    bool outOfPlace(int row) const;
    // The rows persistent indexes (selection, current row) point at, by slot, and pointing them at
    // those rows again after a reorder.
    struct HeldRows
    {
        QModelIndexList indexes;
        std::vector<WorkspaceRows::Slot> heldSlots;
    };
    HeldRows holdRows() const;
    void restoreRows(const HeldRows &held);
    void moveToSortedPlace(int row);

    WorkspaceRows m_rows;
    std::vector<WorkspaceRows::Slot> m_order;   // row -> slot
    std::vector<qint32> m_rowOf;                // slot -> row, -1 when dead
    quint64 m_generation = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // While a merge updates many rows, rows out of place are sorted once at its end.
    bool m_mergingRows = false;
    bool m_mergeLeftRowsOutOfPlace = false;
    // Collation ranks of names by slot, computed on the first sort by name; slots added since
    // (m_nameRanks.size() <= slot) are placed by comparing names.
    std::vector<quint32> m_nameRanks;
    NameOrder::SortScratch m_sortScratch; // 16 bytes a row once sorted, for the next sort
    quint64 m_nameRanksGeneration = ~0ULL;
    QCollator m_collator;
    mutable int m_asciiFastPath = -1; // unknown until asciiFastPath() is first asked
    const Clock *m_clock = nullptr;
};
