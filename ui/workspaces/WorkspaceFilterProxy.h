#pragma once

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>
#include <vector>

class WorkspaceTableModel;

// Filters the workspace list by text (name or ID), region and tag. Sorting is delegated to the
// source model, which sorts on raw values with precomputed keys; the proxy itself never sorts.
//
// A QAbstractProxyModel rather than a QSortFilterProxyModel because of its mapping (issue 12):
// QSortFilterProxyModel rebuilds a hash-held mapping of every row and asks filterAcceptsRow()
// a row at a time on each keystroke and after each sort, which at 1,000,000 rows was 84 % of a
// keystroke. Here the mapping is one vector of the shown source rows, in source order, and only
// while a filter is set (without one the proxy is the identity and holds nothing).
//
// A keystroke computes which rows match once, as one bit a store slot: by one search through the
// model's text buffer, or only among the rows that matched the shorter text when the new text
// contains it; the bits of the last texts are kept, so Backspace costs no search at all. The
// mapping is then one pass over the rows. Rows inserted or changed later are checked by
// themselves, so the filter is always current (like a dynamic QSortFilterProxyModel).
class WorkspaceFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit WorkspaceFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setRegion(const QString &regionId); // empty: all regions
    QString region() const { return m_region; }
    // Tag filter: key only, or key and value. Empty key: no tag filter.
    void setTag(const QString &key, const QString &value = {}, bool matchValue = false);
    // The tag filter as typed: "key" matches any value, "key:value" both. Keys and values may
    // contain ':' themselves, so "a:b:c" matches the tag a = "b:c", the tag a:b = "c" and any
    // tag whose key is "a:b:c". Surrounding spaces are ignored.
    void setTagText(const QString &text);
    QString tagKey() const { return m_tagKey; }
    QString tagValue() const { return m_tagValue; }
    bool tagMatchesValue() const { return m_tagMatchValue; }
    bool isFiltering() const;
    // Applies the filter to every row again (rows are otherwise checked as they change).
    void invalidate();

signals:
    // After every change of the filter, also when the shown rows stayed the same.
    void filterChanged();

private:
    void refilter();
    void remap();
    void computeMatches();
    bool matchesNow(int sourceRow) const;
    // The proxy row of a source row, or -1 (binary search: the mapping is in source order).
    int proxyRowOf(int sourceRow) const;
    std::vector<int> mappingFor(const std::vector<quint64> &accepted, qsizetype count) const;
    void applyMapping(bool mapped, std::vector<int> rows);
    void ensureMapped();

    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void sourceAboutToBeReset();
    void sourceReset();

    // Rows (by store slot) whose name or ID contains a text, for the last texts typed.
    struct TextMatches
    {
        QByteArray needle;
        std::vector<quint64> bits;
        qsizetype count = 0;
    };
    std::vector<TextMatches> m_textCache; // newest last
    QByteArray m_positionsNeedle;          // the text m_firstPos belongs to
    std::vector<quint8> m_firstPos;
    quint64 m_cacheGeneration = ~0ULL;
    // Every filter at once, by slot; valid while m_acceptGeneration is the model's generation.
    std::vector<quint64> m_accept;
    qsizetype m_acceptCount = 0;
    quint64 m_acceptGeneration = ~0ULL;
    QByteArray m_needle;

    // The mapping: proxy row -> source row, ascending; used only while m_mapped (a filter that
    // hides some rows). Without it the proxy is the identity.
    bool m_mapped = false;
    std::vector<int> m_shown;
    // The accept bits m_shown was made from, while no row changed since (m_shownGeneration).
    std::vector<quint64> m_shownAccept;
    quint64 m_shownGeneration = ~0ULL;
    // The model's generation up to which every change was checked against the filter.
    quint64 m_checkedGeneration = ~0ULL;
    // Across a source change: whether shown rows are being removed or inserted, and what a
    // layout change must restore.
    bool m_removing = false;
    bool m_identityInsert = false;
    QModelIndexList m_layoutProxyIndexes;
    QList<QPersistentModelIndex> m_layoutSourceIndexes;
    std::vector<quint64> m_layoutShownSlots;

    WorkspaceTableModel *m_model = nullptr;
    QString m_text;
    QString m_foldedText;
    QString m_region;
    QString m_tagKey;
    QString m_tagValue;
    bool m_tagMatchValue = false;
    QList<QPair<QString, QString>> m_tagAlternatives; // further key/value splits of the typed text
    QString m_tagWholeKey;                             // the whole typed text as a key
};
