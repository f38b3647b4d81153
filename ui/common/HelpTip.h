#pragma once

#include <QToolButton>

// The "?" after a field: the longer help that does not fit the one line under the field. Clicking
// it (or Space) shows the text as a What's This bubble; hovering shows it as a tooltip; a screen
// reader gets it as the button's description.
class HelpTip : public QToolButton
{
    Q_OBJECT

public:
    explicit HelpTip(QWidget *parent = nullptr);

    // topic: the field's label, for the accessible name ("More about Region").
    void setTip(const QString &topic, const QString &text);
    QString tip() const { return m_tip; }

private:
    void showTip();

    QString m_tip;
};
