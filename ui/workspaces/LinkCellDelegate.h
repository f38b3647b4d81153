#pragma once

#include <QStyledItemDelegate>

// What the Actions and Tags cells share: the cell is painted as any item (background, selection,
// focus) without its text, then the delegate draws its links on top.
class LinkCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void paintCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};
