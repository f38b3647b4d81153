#pragma once

#include "ui/workspaces/LinkCellDelegate.h"

// Paints the Actions cell as two links, the primary action (Delete or Unsubscribe) and "More",
// as the web console does, and tells which one a click hit. Painted links are invisible to
// screen readers, so every action is also in the row's context menu and the Actions button.
class ActionsColumnDelegate : public LinkCellDelegate
{
    Q_OBJECT

public:
    enum class Hit { None, Primary, More };
    using LinkCellDelegate::LinkCellDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    Hit hitTest(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;
    // The width the cell's two links take, margins included.
    int contentWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // Why the signed-in identity may not use the row actions (spec §6), or empty when it may.
    // While set, the links are painted disabled (grey and not underlined, so not by colour alone)
    // and hovering them shows the reason; a click still reaches the page, which explains it.
    void setRefusal(const QString &refusal) { m_refusal = refusal; }
    QString refusal() const { return m_refusal; }
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

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

    QString m_refusal;
};
