#include "ui/tags/EditTagsDialog.h"

#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/Session.h"
#include "ui/tags/TagEditor.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

EditTagsDialog::EditTagsDialog(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : QDialog(parent), m_services(services), m_session(session), m_workspaceId(workspaceId)
{
    setObjectName(QStringLiteral("editTagsDialog"));
    const Result<Workspace> found = m_services.workspaces.find(workspaceId);
    if (found.ok())
        m_workspace = found.value();
    else
        m_readError = found.text(); // "no longer exists" only when it is gone

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_editor = new TagEditor;
    m_editor->setObjectName(QStringLiteral("tagEditor"));
    if (m_workspace)
        m_editor->setTags(m_workspace->tags);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("tagScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: it scrolls to the focused tag field.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(m_editor);
    connect(m_editor, &TagEditor::changed, this, [this] { m_message->hide(); });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditTagsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_buttons);
    setMinimumSize(560, 360);
    retranslateUi();
    if (m_editor->rowCount() > 0)
        m_editor->keyEdit(0)->setFocus();
    else
        m_editor->addButton()->setFocus();
}

void EditTagsDialog::retranslateUi()
{
    setWindowTitle(tr("Edit Tags"));
    m_scroll->setAccessibleName(tr("Tags"));
    if (m_workspace)
        m_intro->setText(tr("Tags of %1 (%2). At most %3 tags; keys must be unique and may not start with "
                            "\"aliyun\" or \"acs:\" nor contain \"http://\" or \"https://\".")
                             .arg(m_workspace->name, m_workspace->id)
                             .arg(ProductSpec::MaxTags));
    QString message;
    if (!m_workspace)
        message = m_readError;
    else if (const Status manage = Permissions::canManageWorkspaces(m_session.identity()); !manage.ok())
        message = manage.text();
    if (!message.isEmpty()) {
        m_message->setText(message);
        m_message->show();
    }
    m_okButton->setEnabled(m_workspace.has_value());
}

void EditTagsDialog::save()
{
    const TagList tags = m_editor->tags();
    const Status s = m_services.tags.setTags(m_session.identity(), m_workspaceId, tags);
    if (!s.ok()) {
        m_editor->showErrors(s);
        QStringList others;
        for (const FieldError &e : s.errors())
            if (!e.field.startsWith(Field::Tags))
                others << e.message;
        m_message->setText(others.join(QLatin1Char('\n')));
        m_message->setVisible(!others.isEmpty());
        for (int row = 0; row < m_editor->rowCount(); ++row) {
            if (s.hasField(Field::tagKey(row))) {
                m_editor->keyEdit(row)->setFocus();
                break;
            }
            if (s.hasField(Field::tagValue(row))) {
                m_editor->valueEdit(row)->setFocus();
                break;
            }
        }
        return;
    }
    m_saved = tags;
    accept();
}

void EditTagsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
