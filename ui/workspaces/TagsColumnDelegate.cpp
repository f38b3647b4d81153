#include "ui/workspaces/TagsColumnDelegate.h"

#include "ui/workspaces/WorkspaceTableModel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace {
const QString Separator = QStringLiteral(", ");

QString tagText(const Tag &t)
{
    return t.value.isEmpty() ? t.key : t.key + QLatin1Char(':') + t.value;
}
} // namespace

TagList TagsColumnDelegate::tagsOf(const QModelIndex &index)
{
    return index.data(WorkspaceTableModel::WorkspaceRole).value<Workspace>().tags;
}

QList<TagsColumnDelegate::Item> TagsColumnDelegate::layout(const QStyleOptionViewItem &option, const TagList &tags) const
{
    QList<Item> items;
    const QFontMetrics fm(option.font);
    const QRect area = option.rect.adjusted(4, 2, -4, -2);
    const int lineHeight = fm.height();
    const int lines = std::max(1, area.height() / std::max(1, fm.lineSpacing()));
    const int blockHeight = lines * lineHeight;
    const int top = area.top() + std::max(0, (area.height() - blockHeight) / 2);
    const int sepWidth = fm.horizontalAdvance(Separator);
    int line = 0;
    int x = area.left();
    for (int i = 0; i < tags.size(); ++i) {
        Item item;
        const QString full = tagText(tags.at(i));
        int width = fm.horizontalAdvance(full);
        // A tag that does not fit the rest of this line starts the next one.
        if (x > area.left() && x + width > area.right() + 1) {
            ++line;
            x = area.left();
        }
        if (line >= lines) {
            items.append(item); // hidden: empty rect
            continue;
        }
        item.text = full;
        if (width > area.width()) {
            item.text = fm.elidedText(full, Qt::ElideRight, area.width());
            width = fm.horizontalAdvance(item.text);
        }
        item.rect = QRect(x, top + line * lineHeight, width, lineHeight);
        x += width;
        if (i + 1 < tags.size()) {
            item.separator = QRect(x, item.rect.top(), sepWidth, lineHeight);
            x += sepWidth;
        }
        items.append(item);
    }
    // Centre the lines actually used, as the other cells centre their text.
    const int shift = (lines - std::min(lines, line + 1)) * lineHeight / 2;
    for (Item &item : items) {
        if (!item.rect.isEmpty())
            item.rect.translate(0, shift);
        if (!item.separator.isEmpty())
            item.separator.translate(0, shift);
    }
    return items;
}

QList<QRect> TagsColumnDelegate::tagRects(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QList<QRect> rects;
    for (const Item &item : layout(option, tagsOf(index)))
        rects << item.rect;
    return rects;
}

void TagsColumnDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintCell(painter, option, index);

    const QList<Item> items = layout(option, tagsOf(index));
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor link = selected ? text : option.palette.color(QPalette::Link);
    QFont linkFont = option.font;
    linkFont.setUnderline(true); // clickable tags are marked by underline, not by colour alone
    int hidden = 0;
    QRect last;
    for (const Item &item : items) {
        if (item.rect.isEmpty()) {
            ++hidden;
            continue;
        }
        painter->setFont(linkFont);
        painter->setPen(link);
        painter->drawText(item.rect, Qt::AlignLeft | Qt::AlignVCenter, item.text);
        last = item.rect;
        if (!item.separator.isEmpty()) {
            painter->setFont(option.font);
            painter->setPen(text);
            painter->drawText(item.separator, Qt::AlignLeft | Qt::AlignVCenter, Separator);
            last = item.separator;
        }
    }
    if (hidden > 0 && last.isValid()) {
        // The tooltip lists every tag; this says that some are not shown.
        painter->setFont(option.font);
        painter->setPen(text);
        const QRect more(last.right() + 1, last.top(), option.rect.right() - last.right(), last.height());
        painter->drawText(more, Qt::AlignLeft | Qt::AlignVCenter, tr("+%1").arg(hidden));
    }
    painter->restore();
}

int TagsColumnDelegate::hitTest(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const
{
    const QList<Item> items = layout(option, tagsOf(index));
    for (int i = 0; i < items.size(); ++i)
        if (!items.at(i).rect.isEmpty() && items.at(i).rect.contains(pos))
            return i;
    return -1;
}

bool TagsColumnDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    // The release carries the click position; QCursor::pos() would be stale in tests and over
    // remote displays.
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && mouse->modifiers() == Qt::NoModifier) {
            const int hit = hitTest(option, index, mouse->position().toPoint());
            if (hit >= 0) {
                emit tagClicked(tagsOf(index).at(hit));
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
