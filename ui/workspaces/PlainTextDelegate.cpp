#include "ui/workspaces/PlainTextDelegate.h"

#include <QApplication>
#include <QPainter>

namespace {
QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}
} // namespace

void PlainTextDelegate::drawPanel(QPainter *painter, const QStyleOptionViewItem &option)
{
    // A cell that is not selected, has no focus, no background of its own, no check box and no
    // icon: the style draws nothing on it (the row's background is the view's), but laying the
    // empty cell out costs as much as its text. Most cells of a repaint are such cells.
    if (!(option.state & (QStyle::State_Selected | QStyle::State_HasFocus))
        && option.backgroundBrush.style() == Qt::NoBrush
        && !(option.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration)))
        return;
    QStyleOptionViewItem panel = option;
    // Without text the style measures nothing.
    panel.text.clear();
    panel.features &= ~QStyleOptionViewItem::HasDisplay;
    styleOf(option)->drawControl(QStyle::CE_ItemViewItem, &panel, painter, option.widget);
}

QRect PlainTextDelegate::textArea(const QStyleOptionViewItem &option)
{
    // QCommonStyle's margin around item text (viewItemDrawText).
    const int margin = styleOf(option)->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    return option.rect.adjusted(margin, 0, -margin, 0);
}

QColor PlainTextDelegate::textColor(const QStyleOptionViewItem &option)
{
    QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    return option.palette.color(group, option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
}

void PlainTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QRect area = textArea(opt);
    const bool oneLine = !opt.text.contains(QLatin1Char('\n')) && !opt.text.contains(QChar::LineSeparator)
        && opt.fontMetrics.horizontalAdvance(opt.text) <= area.width();
    if (!oneLine || (opt.state & QStyle::State_Editing)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    drawPanel(painter, opt);
    if (opt.text.isEmpty())
        return;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(textColor(opt));
    painter->drawText(area, int(QStyle::visualAlignment(opt.direction, opt.displayAlignment)) | Qt::TextSingleLine,
                      opt.text);
    painter->restore();
}
