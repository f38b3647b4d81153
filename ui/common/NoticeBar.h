#pragma once

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

// A one-line, non-modal notice at the top of a window ("Workspace x was deleted.", or why a click
// was refused): shown where the user is looking, announced to screen readers as an alert, gone
// after a while or with its close button. The status bar keeps the last message as well.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(const QString &text);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
    QTimer *m_hideTimer = nullptr;
};
