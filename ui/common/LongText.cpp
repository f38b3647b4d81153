#include "ui/common/LongText.h"

#include <QEvent>
#include <QFontMetrics>

namespace LongText {

QString breakable(const QString &text)
{
    static const QChar Zwsp(0x200B);
    // Ordinary values wrap (or fit) as they are and are copied exactly as shown.
    if (text.size() <= 64)
        return text;
    QString out;
    out.reserve(text.size() + text.size() / 16);
    int run = 0;
    for (const QChar c : text) {
        out += c;
        if (c.isSpace()) {
            run = 0;
        } else if (c == QLatin1Char('/') || ++run >= 32) {
            out += Zwsp;
            run = 0;
        }
    }
    return out;
}

} // namespace LongText

ElidedLabel::ElidedLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_full = text;
    updateGeometry();
    updateShown();
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_full) + m.left() + m.right() + 2 * margin() + 1,
            QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for about a dozen characters and the ellipsis.
    const QMargins m = contentsMargins();
    const int few = fontMetrics().horizontalAdvance(m_full.left(12) + QChar(0x2026));
    return {qMin(sizeHint().width(), few + m.left() + m.right() + 2 * margin()), QLabel::minimumSizeHint().height()};
}

bool ElidedLabel::event(QEvent *event)
{
    const bool handled = QLabel::event(event);
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        updateShown();
        break;
    default:
        break;
    }
    return handled;
}

void ElidedLabel::updateShown()
{
    const int width = contentsRect().width() - 2 * margin();
    const QString shown = fontMetrics().horizontalAdvance(m_full) <= width
        ? m_full
        : fontMetrics().elidedText(m_full, Qt::ElideMiddle, width);
    if (shown != QLabel::text())
        QLabel::setText(shown);
    const bool whole = shown == m_full;
    // Copying an elided name would copy the ellipsis: selectable only when whole.
    setTextInteractionFlags(whole ? m_selectable : Qt::NoTextInteraction);
    setToolTip(whole ? QString() : m_full);
    setAccessibleName(whole ? QString() : m_full);
    setAccessibleDescription(whole ? QString() : m_full);
}
