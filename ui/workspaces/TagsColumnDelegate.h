#pragma once

#include "models/Domain.h"

#include "ui/workspaces/LinkCellDelegate.h"

// Paints the Tags cell as one underlined link per tag ("key:value"), flowing over the row's lines,
// ending with "+N more" when not all fit, and turns a click on a tag into tagClicked() so the list
// can be filtered by that tag. The full list is the model's tooltip and accessible text; the same
// filter is reachable through the Tag filter field next to the text filter.
class TagsColumnDelegate : public LinkCellDelegate
{
    Q_OBJECT

public:
    using LinkCellDelegate::LinkCellDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Index of the tag under pos (viewport coordinates), or -1.
    int hitTest(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;
    // Where each tag is drawn; an empty rect for a tag that does not fit in the cell.
    QList<QRect> tagRects(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The "+N more" text and where it is drawn; empty when every tag is shown.
    QString moreText(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QRect moreRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

signals:
    void tagClicked(const Tag &tag);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Item
    {
        QRect rect;
        QString text; // elided to the rect
        QRect separator;
    };
    struct Layout
    {
        QList<Item> items;
        QString moreText;
        QRect moreRect;
    };
    Layout layout(const QStyleOptionViewItem &option, const TagList &tags) const;
    static TagList tagsOf(const QModelIndex &index);
};
