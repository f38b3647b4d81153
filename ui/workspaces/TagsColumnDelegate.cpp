#include "ui/workspaces/TagsColumnDelegate.h"

#include "ui/workspaces/WorkspaceTableModel.h"

#include <QApplication>
#include <algorithm>
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

TagsColumnDelegate::Layout TagsColumnDelegate::layout(const QStyleOptionViewItem &option, const TagList &tags) const
{
    Layout result;
    QList<Item> &items = result.items;
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

    // "+N more" goes after the last tag shown; tags are taken back from the end until it fits,
    // so the cell always says that something is missing.
    int hidden = int(std::count_if(items.cbegin(), items.cend(), [](const Item &i) { return i.rect.isEmpty(); }));
    while (hidden > 0) {
        result.moreText = tr("+%n more", nullptr, hidden);
        const int moreWidth = fm.horizontalAdvance(result.moreText);
        int last = -1;
        for (int i = int(items.size()) - 1; i >= 0 && last < 0; --i)
            if (!items.at(i).rect.isEmpty())
                last = i;
        if (last < 0) {
            result.moreRect = QRect(area.left(), top, std::min(moreWidth, area.width()), lineHeight);
            line = 0;
            break;
        }
        const Item &item = items.at(last);
        const int endX = item.separator.isEmpty() ? item.rect.right() + 1 + sepWidth : item.separator.right() + 1;
        if (endX + moreWidth <= area.right() + 1) {
            result.moreRect = QRect(endX, item.rect.top(), moreWidth, lineHeight);
            line = (item.rect.top() - top) / lineHeight;
            if (item.separator.isEmpty())
                items[last].separator = QRect(item.rect.right() + 1, item.rect.top(), sepWidth, lineHeight);
            break;
        }
        items[last] = Item();
        ++hidden;
    }

    // Centre the lines actually used, as the other cells centre their text.
    const int shift = (lines - std::min(lines, line + 1)) * lineHeight / 2;
    for (Item &item : items) {
        if (!item.rect.isEmpty())
            item.rect.translate(0, shift);
        if (!item.separator.isEmpty())
            item.separator.translate(0, shift);
    }
    if (!result.moreRect.isEmpty())
        result.moreRect.translate(0, shift);
    return result;
}

QList<QRect> TagsColumnDelegate::tagRects(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QList<QRect> rects;
    for (const Item &item : layout(option, tagsOf(index)).items)
        rects << item.rect;
    return rects;
}

QString TagsColumnDelegate::moreText(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return layout(option, tagsOf(index)).moreText;
}

QRect TagsColumnDelegate::moreRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return layout(option, tagsOf(index)).moreRect;
}

void TagsColumnDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintCell(painter, option, index);

    const Layout laid = layout(option, tagsOf(index));
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor link = selected ? text : option.palette.color(QPalette::Link);
    QFont linkFont = option.font;
    linkFont.setUnderline(true); // clickable tags are marked by underline, not by colour alone
    for (const Item &item : laid.items) {
        if (item.rect.isEmpty())
            continue;
        painter->setFont(linkFont);
        painter->setPen(link);
        painter->drawText(item.rect, Qt::AlignLeft | Qt::AlignVCenter, item.text);
        if (!item.separator.isEmpty()) {
            painter->setFont(option.font);
            painter->setPen(text);
            painter->drawText(item.separator, Qt::AlignLeft | Qt::AlignVCenter, Separator);
        }
    }
    if (!laid.moreRect.isEmpty()) {
        // The tooltip and the accessible text list every tag.
        painter->setFont(option.font);
        painter->setPen(text);
        painter->drawText(laid.moreRect, Qt::AlignLeft | Qt::AlignVCenter, laid.moreText);
    }
    painter->restore();
}

int TagsColumnDelegate::hitTest(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const
{
    const QList<Item> items = layout(option, tagsOf(index)).items;
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
