#include "ui/common/ErrorStyle.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QPainter>
#include <QStyle>
#include <algorithm>

namespace {
constexpr int IconSize = 16;
constexpr int IconGap = 6;
} // namespace

MessageLabel::MessageLabel(Kind kind, QWidget *parent) : QLabel(parent), m_kind(kind)
{
    setWordWrap(true);
    // Top-aligned: when the layout gives a wrapped label more height than its lines need, the
    // spare space goes below the message instead of between it and its field.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(IconSize + IconGap, 0, 0, 0);
    setMinimumHeight(IconSize);
    applyPalette();
}

QColor MessageLabel::color(Kind kind, const QPalette &palette)
{
    // The palette has no role for errors: keep the hue fixed and take the lightness from the
    // window colour, dark text on light windows and light text on dark ones.
    const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
    if (kind == Kind::Error)
        return darkWindow ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    return darkWindow ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x5a, 0x00);
}

void MessageLabel::applyPalette()
{
    m_applying = true;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, color(m_kind, p));
    setPalette(p);
    m_applying = false;
}

void MessageLabel::changeEvent(QEvent *event)
{
    // A theme change (light to dark) reaches the label as a palette change: recolour for it.
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyPalette();
    QLabel::changeEvent(event);
}

void MessageLabel::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    if (text().isEmpty())
        return;
    const QStyle::StandardPixmap which =
        m_kind == Kind::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
    const QIcon icon = style()->standardIcon(which, nullptr, this);
    QPainter painter(this);
    icon.paint(&painter, QRect(0, std::max(0, (fontMetrics().height() - IconSize) / 2), IconSize, IconSize));
}

namespace ErrorStyle {

MessageLabel *newErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new MessageLabel(MessageLabel::Kind::Error, parent);
    label->setObjectName(objectName);
    label->hide();
    return label;
}

MessageLabel *newWarningLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new MessageLabel(MessageLabel::Kind::Warning, parent);
    label->setObjectName(objectName);
    label->hide();
    return label;
}

} // namespace ErrorStyle
