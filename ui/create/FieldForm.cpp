#include "ui/create/FieldForm.h"

#include "ui/common/AccessUi.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/HelpTip.h"
#include "ui/common/Mnemonic.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

FieldForm::FieldForm(QGridLayout *grid) : m_grid(grid) {}

FieldRow &FieldForm::add(FieldRow r)
{
    QWidget *parent = m_grid->parentWidget();
    r.labelWidget = new QLabel(parent);
    r.labelWidget->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    r.labelWidget->setBuddy(r.widget);
    m_grid->addWidget(r.labelWidget, m_next, 0, Qt::AlignTop);
    if (r.controls.isEmpty())
        r.controls = r.companion ? QList<QWidget *>{r.widget, r.companion} : QList<QWidget *>{r.widget};

    auto *line = new QHBoxLayout;
    line->addWidget(r.widget, r.alignLeft ? 0 : 1);
    if (r.companion)
        line->addWidget(r.companion);
    r.tipButton = new HelpTip(parent);
    line->addWidget(r.tipButton);
    if (r.alignLeft)
        line->addStretch(1);
    m_grid->addLayout(line, m_next++, 1);

    for (QWidget *w : std::as_const(r.below))
        m_grid->addWidget(w, m_next++, 1);
    if (r.help) {
        r.helpLabel = new QLabel(parent);
        r.helpLabel->setWordWrap(true);
        QFont f = r.helpLabel->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        r.helpLabel->setFont(f);
        m_grid->addWidget(r.helpLabel, m_next++, 1);
    }
    if (!r.key.isEmpty()) {
        r.errorLabel = ErrorStyle::newErrorLabel(parent, r.key + QStringLiteral("Error"));
        m_grid->addWidget(r.errorLabel, m_next++, 1);
    }
    m_rows.push_back(std::move(r));
    return m_rows.back();
}

void FieldForm::retranslate()
{
    for (FieldRow &r : m_rows) {
        r.labelWidget->setText(Mnemonic::apply(r.label(), r.mnemonic));
        r.widget->setAccessibleName(r.label());
    }
    refresh();
}

void FieldForm::refresh()
{
    for (FieldRow &r : m_rows) {
        const QString help = r.help ? r.help() : QString();
        const QString tip = r.tip ? r.tip() : QString();
        if (r.helpLabel) {
            r.helpLabel->setText(help);
            r.helpLabel->setVisible(r.visible && !help.isEmpty());
        }
        r.tipButton->setTip(r.label(), tip);
        r.tipButton->setVisible(r.visible && !tip.isEmpty());
        QStringList description;
        if (r.errorLabel && !r.errorLabel->text().isEmpty())
            description << r.errorLabel->text();
        for (const QString &text : {help, tip})
            if (!text.isEmpty())
                description << text;
        r.widget->setAccessibleDescription(AccessUi::joinSentences(description));
    }
}

void FieldForm::setRowVisible(FieldRow &r, bool visible)
{
    r.visible = visible;
    r.labelWidget->setVisible(visible);
    for (QWidget *w : std::as_const(r.controls))
        w->setVisible(visible);
    if (r.helpLabel)
        r.helpLabel->setVisible(visible && !r.helpLabel->text().isEmpty());
    r.tipButton->setVisible(visible && !r.tipButton->tip().isEmpty());
}

FieldRow *FieldForm::row(const QString &key)
{
    for (FieldRow &r : m_rows)
        if (r.key == key)
            return &r;
    return nullptr;
}

QList<QWidget *> FieldForm::focusChain() const
{
    QList<QWidget *> chain;
    for (const FieldRow &r : m_rows)
        chain << r.controls << r.tipButton;
    return chain;
}
