#include "ui/common/NoticeBar.h"

#include "ui/common/Announce.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace {
constexpr int VisibleMs = 12000; // long enough to read a two-line message twice
}

NoticeBar::NoticeBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("noticeText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("noticeCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_hideTimer = new QTimer(this);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(VisibleMs);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    retranslateUi();
    hide();
}

void NoticeBar::showNotice(const QString &text)
{
    if (text.isEmpty())
        return;
    m_label->setText(text);
    m_label->setAccessibleName(text);
    show();
    m_hideTimer->start();
    Announce::alert(m_label);
}

QString NoticeBar::text() const
{
    return isVisible() || !isHidden() ? m_label->text() : QString();
}

void NoticeBar::retranslateUi()
{
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
}

void NoticeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}
