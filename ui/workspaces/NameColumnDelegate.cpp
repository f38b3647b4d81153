#include "ui/workspaces/NameColumnDelegate.h"

#include "models/Domain.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QPainter>

namespace {
// The display text is "name\nID" (the model's; QStyledItemDelegate makes the break a
// QChar::LineSeparator); the two lines, each elided on its own.
QStringList linesOf(const QStyleOptionViewItem &opt)
{
    const int width = PlainTextDelegate::textArea(opt).width();
    int split = opt.text.indexOf(QChar::LineSeparator);
    if (split < 0)
        split = opt.text.indexOf(QLatin1Char('\n'));
    const QString name = split < 0 ? opt.text : opt.text.left(split);
    const QString id = split < 0 ? QString() : opt.text.mid(split + 1);
    return {opt.fontMetrics.elidedText(name, Qt::ElideRight, width), opt.fontMetrics.elidedText(id, Qt::ElideRight, width)};
}
} // namespace

QStringList NameColumnDelegate::shownLines(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    return linesOf(opt);
}

void NameColumnDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStringList lines = linesOf(opt);
    drawPanel(painter, opt);

    const QRect area = textArea(opt);
    const QFontMetrics &fm = opt.fontMetrics;
    const int lineHeight = fm.height();
    const int top = area.top() + std::max(0, (area.height() - 2 * lineHeight) / 2);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(textColor(opt));
    for (int i = 0; i < lines.size(); ++i)
        painter->drawText(QRect(area.left(), top + i * lineHeight, area.width(), lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, lines.at(i));
    painter->restore();
}
