#include "ui/workspaces/ActionsColumnDelegate.h"

#include "models/ProductSpec.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {
constexpr int LinkMargin = 6; // between the cell's edges and its links
} // namespace

void ActionsColumnDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index, QRect *primary,
                                   QRect *more, QString *primaryText, QString *moreText) const
{
    const Workspace w = index.data(WorkspaceTableModel::WorkspaceRole).value<Workspace>();
    *primaryText = w.billing == ProductSpec::Subscription ? tr("Unsubscribe") : tr("Delete");
    *moreText = tr("More") + QStringLiteral(" \u25BE");
    const QFontMetrics fm(option.font);
    const int gap = fm.horizontalAdvance(QLatin1Char(' ')) * 3;
    const QRect r = option.rect.adjusted(LinkMargin, 0, -LinkMargin, 0);
    *primary = QRect(r.left(), r.top(), fm.horizontalAdvance(*primaryText), r.height());
    *more = QRect(primary->right() + gap, r.top(), fm.horizontalAdvance(*moreText), r.height());
}

void ActionsColumnDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintCell(painter, option, index);

    QRect primary, more;
    QString primaryText, moreText;
    layout(option, index, &primary, &more, &primaryText, &moreText);
    painter->save();
    const bool enabled = m_refusal.isEmpty();
    QFont f = option.font;
    f.setUnderline(enabled); // links are marked by underline, not by colour alone
    painter->setFont(f);
    const bool selected = option.state & QStyle::State_Selected;
    if (!enabled) {
        // Dimmed, also on a selected row (Fusion's disabled highlighted text is plain white).
        QColor dim = option.palette.color(QPalette::Disabled, selected ? QPalette::HighlightedText : QPalette::Text);
        if (selected)
            dim.setAlphaF(0.6);
        painter->setPen(dim);
    }
    else
        painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : option.palette.color(QPalette::Link));
    painter->drawText(primary, Qt::AlignLeft | Qt::AlignVCenter, primaryText);
    painter->drawText(more, Qt::AlignLeft | Qt::AlignVCenter, moreText);
    painter->restore();
}

int ActionsColumnDelegate::contentWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QRect primary, more;
    QString primaryText, moreText;
    layout(option, index, &primary, &more, &primaryText, &moreText);
    return more.right() + 1 + LinkMargin - option.rect.left();
}

ActionsColumnDelegate::Hit ActionsColumnDelegate::hitTest(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                          const QPoint &pos) const
{
    QRect primary, more;
    QString primaryText, moreText;
    layout(option, index, &primary, &more, &primaryText, &moreText);
    if (primary.adjusted(-3, 0, 3, 0).contains(pos))
        return Hit::Primary;
    if (more.adjusted(-3, 0, 3, 0).contains(pos))
        return Hit::More;
    return Hit::None;
}

bool ActionsColumnDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                      const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && !m_refusal.isEmpty() && hitTest(option, index, event->pos()) != Hit::None) {
        QToolTip::showText(event->globalPos(), m_refusal, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

bool ActionsColumnDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                        const QModelIndex &index)
{
    // The release carries the click position (QCursor::pos() is stale in tests and remote displays).
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            QRect primary, more;
            QString primaryText, moreText;
            layout(option, index, &primary, &more, &primaryText, &moreText);
            switch (hitTest(option, index, mouse->position().toPoint())) {
            case Hit::Primary:
                emit primaryClicked(index);
                return true;
            case Hit::More: {
                const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
                const QWidget *viewport = view ? view->viewport() : nullptr;
                const QPoint below(more.left(), option.rect.bottom());
                emit moreClicked(index, viewport ? viewport->mapToGlobal(below) : mouse->globalPosition().toPoint());
                return true;
            }
            case Hit::None:
                break;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
