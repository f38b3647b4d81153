#include "ui/common/ClearButton.h"

#include <QEvent>
#include <QLineEdit>

namespace {
class Enabler : public QObject
{
public:
    explicit Enabler(QLineEdit *edit) : QObject(edit), m_edit(edit)
    {
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (!text.isEmpty())
                enable();
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit && event->type() == QEvent::FocusIn)
            enable();
        return QObject::eventFilter(watched, event);
    }

private:
    void enable()
    {
        m_edit->setClearButtonEnabled(true);
        m_edit->removeEventFilter(this);
        deleteLater();
    }

    QLineEdit *m_edit;
};
} // namespace

void ClearButton::enableOnFirstUse(QLineEdit *edit)
{
    if (!edit->isClearButtonEnabled())
        new Enabler(edit);
}
