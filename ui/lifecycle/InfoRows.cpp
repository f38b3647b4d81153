#include "ui/lifecycle/InfoRows.h"

#include <QFormLayout>
#include <QLabel>

QLabel *InfoRows::add(QFormLayout *form, QWidget *parent, const char *objectName, std::function<QString()> label)
{
    auto *name = new QLabel(label(), parent);
    auto *value = new QLabel(parent);
    value->setObjectName(QLatin1String(objectName));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(name, value);
    m_rows.append({name, std::move(label)});
    return value;
}

void InfoRows::retranslate()
{
    for (const Row &r : std::as_const(m_rows))
        r.label->setText(r.text());
}
