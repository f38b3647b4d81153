#pragma once

#include "models/Permissions.h"

#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class Session;
class Services;

// What the Members, Queues and Data Catalogs tabs share: an intro line, the permission note, a
// row of buttons, a single-selection table whose rows are known by a key, the rows' context-menu
// actions, a message line under the table, the remove confirmation and retranslation.
// Subclasses fill the table in refresh() and say what may be done in retranslateUi().
class WorkspaceTab : public QWidget
{
    Q_OBJECT

public:
    QTableView *view() const { return m_view; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *permissionLabel() const { return m_permission; }
    // The key (keyRole of the key column) of the selected row, or empty.
    QString selectedKey() const;
    void selectKey(const QString &key);

public slots:
    // Rereads the rows from the services, keeping the selected row when it is still there.
    virtual void refresh() = 0;

signals:
    void statusMessage(const QString &message);

protected:
    // prefix names the tab's parts for tests and accessibility tools: <prefix>Table,
    // <prefix>Permission, <prefix>Message.
    WorkspaceTab(Services &services, Session &session, const QString &workspaceId, const QString &prefix,
                 QWidget *parent);

    // The rows: each is known by the keyRole data of its keyColumn, which is keyColumnWidth wide.
    void setTable(QAbstractItemModel *model, int keyColumn, int keyRole, int keyColumnWidth);

    // A button in the row above the table, in tab order before the table.
    QPushButton *newButton(const QString &objectName, const std::function<void()> &clicked);
    // A command of the row's context menu; the remove command also answers the Delete key.
    QAction *newRowAction(const std::function<void()> &triggered, bool removes = false);
    // Calls the subclass's retranslateUi() and refresh(): the last line of its constructor.
    void finishSetup();
    virtual void retranslateUi() = 0;

    // Shows why the identity may not view or change the rows (viewOnly: the "you can view but
    // not change" sentence, with %1 for the reason) and returns the refusal for changes (empty
    // when they are allowed).
    QString showPermission(Permissions::InWorkspace manage, const QString &viewOnly);
    bool canView() const;
    // After the rows were replaced: selects previous again, or else the first row.
    void restoreSelection(const QString &previous);
    // Asks before removing; true when the user chose Remove.
    bool confirmRemoval(const QString &objectName, const QString &title, const QString &question,
                        const QString &consequence);
    void showMessage(const QString &text);
    // A change that happened: shown under the table and in the window's status bar.
    void reportDone(const QString &text);
    // After a change that a dialog made: rereads the rows, selects the changed one, reports it.
    void showChanged(const QString &key, const QString &text);
    // Rereads the rows after a change and reports it, or says why it did not happen.
    void reportOutcome(const Status &status, const QString &done, const QString &failed);

    void changeEvent(QEvent *event) override;

    Services &m_services;
    Session &m_session;
    const QString m_workspaceId;
    QLabel *m_intro = nullptr;

private:
    void retranslateCommon();

    QAbstractItemModel *m_model = nullptr;
    int m_keyColumn = 0;
    int m_keyRole = 0;
    QLabel *m_permission = nullptr;
    QTableView *m_view = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_lastInTabOrder = nullptr;
};
