#pragma once

#include "models/Domain.h"

#include <QDialog>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
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
    ~EditTagsDialog() override;

    TagEditor *editor() const;
    QLabel *messageLabel() const;
    QPushButton *okButton() const;
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
    QString m_readError; // why the workspace could not be shown
    TagList m_saved;

    // The dialog's widgets: only the dialog reads them (tests through the accessors above).
    struct Widgets;
    const std::unique_ptr<Widgets> m_widgets;
};
