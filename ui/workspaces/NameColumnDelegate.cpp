#include "ui/workspaces/NameColumnDelegate.h"

#include "models/Domain.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QApplication>
#include <QPainter>

namespace {
QRect textArea(const QStyleOptionViewItem &option)
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    return style->subElementRect(QStyle::SE_ItemViewItemText, &option, widget)
        .adjusted(style->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, widget) + 1, 0, -1, 0);
}
} // namespace

QStringList NameColumnDelegate::shownLines(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Workspace w = index.data(WorkspaceTableModel::WorkspaceRole).value<Workspace>();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = textArea(opt).width();
    const QFontMetrics fm(opt.font);
    return {fm.elidedText(w.name, Qt::ElideRight, width), fm.elidedText(w.id, Qt::ElideRight, width)};
}

void NameColumnDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStringList lines = shownLines(option, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = textArea(opt);
    const QFontMetrics fm(opt.font);
    const int lineHeight = fm.height();
    const int top = area.top() + std::max(0, (area.height() - 2 * lineHeight) / 2);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    for (int i = 0; i < lines.size(); ++i)
        painter->drawText(QRect(area.left(), top + i * lineHeight, area.width(), lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, lines.at(i));
    painter->restore();
}
