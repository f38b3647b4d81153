#include "ui/common/HelpTip.h"

#include <QWhatsThis>

HelpTip::HelpTip(QWidget *parent) : QToolButton(parent)
{
    setText(QStringLiteral("?"));
    setAutoRaise(true);
    setFocusPolicy(Qt::TabFocus);
    connect(this, &QToolButton::clicked, this, &HelpTip::showTip);
}

void HelpTip::setTip(const QString &topic, const QString &text)
{
    m_tip = text;
    setAccessibleName(tr("More about %1").arg(topic));
    setAccessibleDescription(text);
    setToolTip(text);
    setWhatsThis(text);
}

void HelpTip::showTip()
{
    if (!m_tip.isEmpty())
        QWhatsThis::showText(mapToGlobal(rect().bottomLeft()), m_tip, this);
}
