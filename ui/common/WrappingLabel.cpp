#include "ui/common/WrappingLabel.h"

#include <QEvent>

WrappingLabel::WrappingLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
}

int WrappingLabel::heightForWidth(int width) const
{
    if (text() != m_answeredText) {
        m_answeredText = text();
        m_answers.clear();
    }
    for (const Answer &a : m_answers)
        if (a.width == width)
            return a.height;
    const int height = QLabel::heightForWidth(width);
    if (m_answers.size() == m_answers.capacity())
        m_answers.remove(0);
    m_answers.append({width, height});
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
        m_answers.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}
