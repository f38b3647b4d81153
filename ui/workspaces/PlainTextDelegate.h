#pragma once

#include <QStyledItemDelegate>

// Draws a cell's text in one pass where QStyledItemDelegate makes three: for a word-wrapped
// view the style lays the text out once to place it, again to elide it and once more to draw it,
// which was most of the time a repaint of the workspace list took (issue 12: the first frame at
// 1,000,000 rows, every scroll and sort). The cell's panel (selection, hover, background) and
// focus frame are still the style's own; only the text is drawn here, in the colour, font,
// alignment and margins the style uses. Text that does not fit on one line is left to the style
// (it wraps and elides), so nothing looks different.
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The style's panel and focus frame of a cell, without its text.
    static void drawPanel(QPainter *painter, const QStyleOptionViewItem &option);
    // Where the style draws a cell's text (no icon, no check box): inside its focus margins.
    static QRect textArea(const QStyleOptionViewItem &option);
    // The pen the style draws a cell's text with (selected, disabled, inactive window).
    static QColor textColor(const QStyleOptionViewItem &option);
};
