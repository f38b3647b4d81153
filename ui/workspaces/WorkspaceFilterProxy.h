#pragma once

#include <QSortFilterProxyModel>
#include <vector>

class WorkspaceTableModel;

// Filters the workspace list by text (name or ID), region and tag. Sorting is delegated to the
// source model, which sorts on raw values with precomputed keys; the proxy itself never sorts.
// A keystroke computes which rows match once, as one bit a row: by one search through the
// model's text buffer, or only among the rows that matched the shorter text when the new text
// contains it; the bits of the last texts are kept, so Backspace costs no search at all.
// filterAcceptsRow() then only reads a bit.
class WorkspaceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit WorkspaceFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    void computeMatches();
    bool matchesNow(int sourceRow) const;

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
    quint64 m_acceptGeneration = ~0ULL;
    QByteArray m_needle;

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
