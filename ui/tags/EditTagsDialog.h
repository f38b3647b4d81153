#pragma once

#include "models/Domain.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QScrollArea;
class Session;
class TagEditor;
class Services;

// Edit Tags from the list: the shared TagEditor filled with the workspace's tags; OK replaces
// them all through TagService, which checks the tag rules again. Errors appear under their rows.
class EditTagsDialog : public QDialog
{
    Q_OBJECT

public:
    EditTagsDialog(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

    TagEditor *editor() const { return m_editor; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const { return m_okButton; }
    TagList savedTags() const { return m_saved; }

public slots:
    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
    std::optional<Workspace> m_workspace;
    TagList m_saved;

    QLabel *m_intro = nullptr;
    QLabel *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    TagEditor *m_editor = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
};
