#include "ui/tags/TagEditor.h"

#include "ui/common/Announce.h"
#include "ui/common/ErrorStyle.h"

#include "models/ProductSpec.h"
#include "models/TagRules.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TagEditor::TagEditor(QWidget *parent) : QWidget(parent)
{
    m_keyHeader = new QLabel(this);
    m_valueHeader = new QLabel(this);
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addTagButton"));
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.last().key->setFocus();
    });
    m_countLabel = new QLabel(this);
    m_generalError = ErrorStyle::newErrorLabel(this, QStringLiteral("tagsError"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_countLabel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addLayout(buttons);
    layout->addWidget(m_generalError);
    layout->addStretch(); // extra height below the rows, not between them
    retranslateUi();
    relayout();
}

TagList TagEditor::tags() const
{
    TagList list;
    for (const Row &r : m_rows)
        list.append({r.key->text(), r.value->text()});
    return list;
}

void TagEditor::setTags(const TagList &tags)
{
    while (!m_rows.isEmpty())
        removeRow(m_rows.last().remove);
    for (const Tag &t : tags)
        addRow(t);
    validate();
}

void TagEditor::addRow(const Tag &tag)
{
    Row r;
    r.key = new QLineEdit(tag.key, this);
    r.value = new QLineEdit(tag.value, this);
    r.remove = new QPushButton(this);
    r.error = ErrorStyle::newErrorLabel(this, QString());
    // Keys are checked in code points (spec: 128 characters); the edit's limit is a backstop.
    r.key->setMaxLength(ProductSpec::TagKeyMaxLength * 2);
    r.value->setMaxLength(ProductSpec::TagValueMaxLength * 2);
    connect(r.key, &QLineEdit::textChanged, this, [this] { validate(); emit changed(); });
    connect(r.value, &QLineEdit::textChanged, this, [this] { validate(); emit changed(); });
    QPushButton *remove = r.remove;
    connect(remove, &QPushButton::clicked, this, [this, remove] {
        removeRow(remove);
        validate();
        emit changed();
    });
    m_rows.append(r);
    retranslateUi();
    relayout();
    validate();
    emit changed();
}

void TagEditor::removeRow(QPushButton *button)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).remove != button)
            continue;
        const Row r = m_rows.takeAt(i);
        const bool hadFocus = r.key->hasFocus() || r.value->hasFocus() || r.remove->hasFocus();
        // Deleted later (the Remove button may be sending the click); until then hidden and unnamed.
        for (QWidget *w : {static_cast<QWidget *>(r.key), static_cast<QWidget *>(r.value),
                           static_cast<QWidget *>(r.remove), static_cast<QWidget *>(r.error)}) {
            w->hide();
            w->setObjectName(QString());
            w->deleteLater();
        }
        m_grid->removeWidget(r.key);
        m_grid->removeWidget(r.value);
        m_grid->removeWidget(r.remove);
        m_grid->removeWidget(r.error);
        relayout();
        retranslateUi();
        if (hadFocus) {
            if (!m_rows.isEmpty())
                m_rows.at(std::min<int>(i, int(m_rows.size()) - 1)).key->setFocus();
            else
                m_addButton->setFocus();
        }
        return;
    }
}

void TagEditor::relayout()
{
    m_grid->addWidget(m_keyHeader, 0, 0);
    m_grid->addWidget(m_valueHeader, 0, 1);
    m_keyHeader->setVisible(!m_rows.isEmpty());
    m_valueHeader->setVisible(!m_rows.isEmpty());
    // New rows' fields start at the end of the window's Tab chain (after OK / Cancel): chain them
    // right after Add Tag, which stays where the editor sits, then move Add Tag after the last row.
    QWidget *previous = m_addButton;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        // Names follow the row's position, so they stay unique after a row is removed.
        r.key->setObjectName(QStringLiteral("tagKey%1").arg(i));
        r.value->setObjectName(QStringLiteral("tagValue%1").arg(i));
        r.remove->setObjectName(QStringLiteral("removeTag%1").arg(i));
        r.error->setObjectName(QStringLiteral("tagError%1").arg(i));
        m_grid->addWidget(r.key, 1 + 2 * i, 0);
        m_grid->addWidget(r.value, 1 + 2 * i, 1);
        m_grid->addWidget(r.remove, 1 + 2 * i, 2);
        m_grid->addWidget(r.error, 2 + 2 * i, 0, 1, 3);
        setTabOrder(previous, r.key);
        setTabOrder(r.key, r.value);
        setTabOrder(r.value, r.remove);
        previous = r.remove;
    }
    if (previous != m_addButton)
        setTabOrder(previous, m_addButton);
    m_addButton->setEnabled(m_rows.size() < ProductSpec::MaxTags);
    m_countLabel->setText(tr("%1 of %2 tags").arg(m_rows.size()).arg(ProductSpec::MaxTags));
}

Status TagEditor::validate()
{
    const Status status = TagRules::validate(tags());
    showErrors(status);
    return status;
}

void TagEditor::showErrors(const Status &status)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        QStringList messages;
        // The field is named once: not again when the rule's message already names it.
        const auto named = [](const QString &message, const QString &field) {
            return message.contains(field, Qt::CaseInsensitive) ? message : tr("%1: %2").arg(field, message);
        };
        if (const QString k = status.message(Field::tagKey(i)); !k.isEmpty())
            messages << named(k, tr("Tag Key"));
        if (const QString v = status.message(Field::tagValue(i)); !v.isEmpty())
            messages << named(v, tr("Tag Value"));
        const Row &r = m_rows.at(i);
        const QString text = messages.join(QLatin1Char('\n'));
        const bool news = !text.isEmpty() && (r.error->isHidden() || r.error->text() != text);
        r.error->setText(text);
        r.error->setVisible(!messages.isEmpty());
        if (news)
            Announce::alert(r.error);
        r.key->setAccessibleDescription(status.message(Field::tagKey(i)));
        r.value->setAccessibleDescription(status.message(Field::tagValue(i)));
    }
    const QString general = status.message(Field::Tags);
    m_generalError->setText(general);
    m_generalError->setVisible(!general.isEmpty());
}

void TagEditor::retranslateUi()
{
    m_keyHeader->setText(tr("Tag Key"));
    m_valueHeader->setText(tr("Tag Value"));
    m_addButton->setText(tr("Add Tag"));
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        // Numbered, so a screen reader tells the rows apart ("Tag Key 2").
        r.key->setAccessibleName(tr("Tag Key %1").arg(i + 1));
        r.value->setAccessibleName(tr("Tag Value %1").arg(i + 1));
        r.key->setPlaceholderText(tr("Tag Key"));
        r.value->setPlaceholderText(tr("Tag Value (optional)"));
        r.remove->setText(tr("Remove"));
        r.remove->setAccessibleName(tr("Remove tag %1").arg(i + 1));
        r.remove->setToolTip(tr("Remove tag %1").arg(i + 1));
    }
    m_countLabel->setText(tr("%1 of %2 tags").arg(m_rows.size()).arg(ProductSpec::MaxTags));
}

void TagEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
