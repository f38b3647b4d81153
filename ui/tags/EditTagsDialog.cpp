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

struct EditTagsDialog::Widgets
{
    QLabel *intro = nullptr;
    QLabel *message = nullptr;
    QScrollArea *scroll = nullptr;
    TagEditor *editor = nullptr;
    QPushButton *okButton = nullptr;
};

EditTagsDialog::EditTagsDialog(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : QDialog(parent), m_services(services), m_session(session), m_workspaceId(workspaceId),
      m_widgets(std::make_unique<Widgets>())
{
    setObjectName(QStringLiteral("editTagsDialog"));
    const Result<Workspace> found = m_services.workspaces.find(workspaceId);
    if (found.ok())
        m_workspace = found.value();
    else
        m_readError = found.text(); // "no longer exists" only when it is gone

    Widgets &w = *m_widgets;
    w.intro = new QLabel(this);
    w.intro->setObjectName(QStringLiteral("introLabel"));
    w.intro->setWordWrap(true);
    w.intro->setTextFormat(Qt::PlainText);
    w.intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    w.message = new QLabel(this);
    w.message->setObjectName(QStringLiteral("messageLabel"));
    w.message->setWordWrap(true);
    w.message->hide();

    w.editor = new TagEditor;
    w.editor->setObjectName(QStringLiteral("tagEditor"));
    if (m_workspace)
        w.editor->setTags(m_workspace->tags);
    w.scroll = new QScrollArea(this);
    w.scroll->setObjectName(QStringLiteral("tagScrollArea"));
    w.scroll->setWidgetResizable(true);
    w.scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: it scrolls to the focused tag field.
    w.scroll->setFocusPolicy(Qt::NoFocus);
    w.scroll->setWidget(w.editor);
    connect(w.editor, &TagEditor::changed, this, [this] { m_widgets->message->hide(); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    w.okButton = buttons->button(QDialogButtonBox::Ok);
    w.okButton->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EditTagsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(w.intro);
    layout->addWidget(w.message);
    layout->addWidget(w.scroll, 1);
    layout->addWidget(buttons);
    setMinimumSize(560, 360);
    retranslateUi();
    if (w.editor->rowCount() > 0)
        w.editor->keyEdit(0)->setFocus();
    else
        w.editor->addButton()->setFocus();
}

EditTagsDialog::~EditTagsDialog() = default;

TagEditor *EditTagsDialog::editor() const
{
    return m_widgets->editor;
}

QLabel *EditTagsDialog::messageLabel() const
{
    return m_widgets->message;
}

QPushButton *EditTagsDialog::okButton() const
{
    return m_widgets->okButton;
}

void EditTagsDialog::retranslateUi()
{
    Widgets &w = *m_widgets;
    setWindowTitle(tr("Edit Tags"));
    w.scroll->setAccessibleName(tr("Tags"));
    if (m_workspace)
        w.intro->setText(tr("Tags of %1 (%2). At most %3 tags; keys must be unique and may not start with "
                            "\"aliyun\" or \"acs:\" nor contain \"http://\" or \"https://\".")
                             .arg(m_workspace->name, m_workspace->id)
                             .arg(ProductSpec::MaxTags));
    QString message;
    if (!m_workspace)
        message = m_readError;
    else if (const Status manage = Permissions::canManageWorkspaces(m_session.identity()); !manage.ok())
        message = manage.text();
    if (!message.isEmpty()) {
        w.message->setText(message);
        w.message->show();
    }
    w.okButton->setEnabled(m_workspace.has_value());
}

void EditTagsDialog::save()
{
    Widgets &w = *m_widgets;
    const TagList tags = w.editor->tags();
    const Status s = m_services.tags.setTags(m_session.identity(), m_workspaceId, tags);
    if (!s.ok()) {
        w.editor->showErrors(s);
        QStringList others;
        for (const FieldError &e : s.errors())
            if (!e.field.startsWith(Field::Tags))
                others << e.message;
        w.message->setText(others.join(QLatin1Char('\n')));
        w.message->setVisible(!others.isEmpty());
        for (int row = 0; row < w.editor->rowCount(); ++row) {
            if (s.hasField(Field::tagKey(row))) {
                w.editor->keyEdit(row)->setFocus();
                break;
            }
            if (s.hasField(Field::tagValue(row))) {
                w.editor->valueEdit(row)->setFocus();
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
