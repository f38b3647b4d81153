#pragma once

#include <QStyledItemDelegate>

// Paints the Actions cell as two links, the primary action (Delete or Unsubscribe) and "More",
// as the web console does, and tells which one a click hit. Painted links are invisible to
// screen readers, so every action is also in the row's context menu and the Actions button.
class ActionsColumnDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Hit { None, Primary, More };
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    Hit hitTest(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;

signals:
    void primaryClicked(const QModelIndex &index);
    // globalPos: where to open the "More" menu (below the link).
    void moreClicked(const QModelIndex &index, const QPoint &globalPos);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    void layout(const QStyleOptionViewItem &option, const QModelIndex &index, QRect *primary, QRect *more,
                QString *primaryText, QString *moreText) const;
};
