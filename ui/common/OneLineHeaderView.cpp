#include "ui/common/OneLineHeaderView.h"

#include <QEvent>
#include <QRawFont>
#include <QStyleOptionHeader>

#include <algorithm>

OneLineHeaderView::OneLineHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    // As QTableView's own header.
    setSectionsClickable(true);
    setHighlightSections(true);
}

QSize OneLineHeaderView::sizeHint() const
{
    if (!model())
        return QHeaderView::sizeHint();
    ensurePolished();
    QStringList titles;
    titles.reserve(count());
    for (int i = 0; i < count(); ++i)
        titles << model()->headerData(i, orientation()).toString();
    if (m_height < 0 || titles != m_measuredTitles || font() != m_measuredFont) {
        QStyleOptionHeader option;
        initStyleOption(&option);
        // Measured in bold, as Qt does (a highlighted section's look; some fonts' bold lines are
        // taller), but a line without glyphs: the style's height for an empty title.
        QFont bold = font();
        bold.setBold(true);
        option.fontMetrics = QFontMetrics(bold);
        if (isSortIndicatorShown())
            option.sortIndicator = QStyleOptionHeader::SortDown;
        option.section = 0;
        int tallest = style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this).height();
        // A title with a character the font lacks is drawn with a fallback font whose lines may
        // be taller (Chinese titles with a Latin font): that title is measured as Qt does.
        // (QFontMetrics::inFontUcs4 counts the fallback fonts in; the raw font is the first one.)
        const QRawFont first = QRawFont::fromFont(bold);
        for (int i = 0; i < titles.size(); ++i) {
            const QList<uint> characters = titles.at(i).toUcs4();
            const bool fallback = std::any_of(characters.cbegin(), characters.cend(),
                                              [&first](uint c) { return !first.supportsCharacter(c); });
            if (fallback)
                tallest = qMax(tallest, sectionSizeFromContents(i).height());
        }
        m_measuredTitles = titles;
        m_measuredFont = font();
        m_height = tallest;
    }
    return QSize(length(), m_height);
}

void OneLineHeaderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        m_height = -1;
    QHeaderView::changeEvent(event);
}
