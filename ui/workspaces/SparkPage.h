#pragma once

#include "models/Domain.h"
#include "models/Result.h"
#include "models/WorkspaceRows.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QThread;
class ActionsColumnDelegate;
class Session;
class WorkspaceFilterProxy;
class WorkspaceTableModel;
class WorkspaceDetailWindow;
class Services;

// The "Spark" page: the workspace list with its filters, the Create Workspace button, and every
// per-workspace action, reachable from the Actions column, the row's context menu (mouse, Menu
// key, Shift+F10) and the Actions button above the table.
class SparkPage : public QWidget
{
    Q_OBJECT

public:
    SparkPage(Services &services, Session &session, QWidget *parent = nullptr);
    ~SparkPage() override;

    WorkspaceTableModel *model() const { return m_model; }
    WorkspaceFilterProxy *proxy() const { return m_proxy; }
    // The list, made when it first has a row to show or is asked for: an empty account never
    // builds it (about 2 ms of its first frame, issue 12).
    QTableView *view();
    // The list when it is shown, else Create Workspace.
    void focusList();
    // The last of the page's widgets in Tab order (the list once it is made).
    QWidget *lastInTabOrder() const;
    QMenu *rowMenu() const { return m_rowMenu; }
    QMenu *moreMenu() const { return m_moreMenu; }

    std::optional<Workspace> selectedWorkspace() const;
    QString selectedWorkspaceId() const;
    void selectWorkspace(const QString &id);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

    // "Expires in 3 days" is worked out from the clock when a cell is painted, so the shown rows'
    // Expires cells are painted again every ExpiryRepaintMs: a window left open overnight counts
    // the days down without a click (the Scheduler writes the expiry itself when it comes).
    static constexpr int ExpiryRepaintMs = 60'000;
    void repaintExpiryCells();

    // The per-workspace actions. Each menu gets QActions of its own, made from one description
    // (SparkPageActions.cpp), because Qt keeps one accessible object per QAction, owned by the
    // first menu that asks: a shared action would report the other menu's state and position
    // to screen readers. Separator marks a separator in addRowActions().
    enum class RowAction {
        Open,
        Delete,
        UpgradeQuota,
        DowngradeQuota,
        ModifyPayAsYouGoQuota,
        EditTags,
        Renew,
        AutoRenew,
        ConvertToSubscription,
        Separator
    };
    // Adds new actions for kinds to menu; they follow the selection and language like the others.
    void addRowActions(QMenu *menu, const QList<RowAction> &kinds);
    // The action of that kind in menu (nullptr if menu has none).
    QAction *rowAction(RowAction kind, const QMenu *menu) const;

    // The actions of the row menu (context menu and Actions button), for tests.
    QAction *openAction() const { return rowAction(RowAction::Open, m_rowMenu); }
    QAction *deleteAction() const { return rowAction(RowAction::Delete, m_rowMenu); }
    QAction *upgradeAction() const { return rowAction(RowAction::UpgradeQuota, m_rowMenu); }
    QAction *downgradeAction() const { return rowAction(RowAction::DowngradeQuota, m_rowMenu); }
    QAction *modifyPayAsYouGoAction() const { return rowAction(RowAction::ModifyPayAsYouGoQuota, m_rowMenu); }
    QAction *editTagsAction() const { return rowAction(RowAction::EditTags, m_rowMenu); }
    QAction *renewAction() const { return rowAction(RowAction::Renew, m_rowMenu); }
    QAction *autoRenewAction() const { return rowAction(RowAction::AutoRenew, m_rowMenu); }
    QAction *convertAction() const { return rowAction(RowAction::ConvertToSubscription, m_rowMenu); }

    Services &services() const { return m_services; }
    Session &session() const { return m_session; }

public slots:
    void reload();             // F5: reread the list (another instance may have written)
    void refreshWorkspace(const QString &id); // reread one row after an operation
    bool isLoading() const { return m_loader != nullptr; }
    void createWorkspace();
    void openWorkspace();
    void deleteWorkspace();
    void upgradeQuota();
    void downgradeQuota();
    void modifyPayAsYouGoQuota();
    void editTags();
    // Issue 10's lifecycle dialogs (ui/lifecycle), for the selected workspace.
    void renew();
    void changeAutoRenew();
    void convertToSubscription();
    void applyTagFilter(const QString &key, const QString &value, bool matchValue);
    WorkspaceDetailWindow *detailWindow(const QString &id) const;
    void clearFilters();

signals:
    void statusMessage(const QString &message);
    void countChanged(int visible, int total);
    void loadingFinished();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reportRenewals(const QStringList &workspaceIds);
    void buildUi();
    // The Actions button and the filter bar (Filter, Region, Tag), made when the account first
    // has a workspace.
    void ensureListTools();
    void retranslateUi();
    void retranslateListTools();
    void updateActions();
    void updateCountAndEmptyState();
    void applyHeaderState(const QByteArray &state);
    void showRowMenu(const QPoint &globalPos);
    // Another instance wrote: reread the list on a worker thread (about a second at 1,000,000
    // rows) and apply only the differences. While the list is still loading or another merge
    // reads, one more merge follows it.
    void mergeFromDatabase();
    void finishMerge(int generation, Result<WorkspaceRows> all);
    void stopMerge();
    void startBackgroundLoad();
    void startPendingLoad();
    void stopBackgroundLoad();

    Services &m_services;
    Session &m_session;
    WorkspaceTableModel *m_model = nullptr;
    WorkspaceFilterProxy *m_proxy = nullptr;
    ActionsColumnDelegate *m_actionsDelegate = nullptr;

    QLabel *m_title = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_actionsButton = nullptr;
    QHBoxLayout *m_toolbar = nullptr;
    QLabel *m_filterLabel = nullptr; // the list tools: made with the account's first workspace
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QLabel *m_tagLabel = nullptr;
    QLineEdit *m_tagEdit = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QByteArray m_headerState; // restored before the list was made
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_clearFiltersButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QString m_loadError; // why the list (or its rest) could not be read, or empty
    QMenu *m_rowMenu = nullptr;
    QMenu *m_moreMenu = nullptr;
    struct RowActionEntry
    {
        RowAction kind;
        const QMenu *menu;
        QPointer<QAction> action; // owned by its menu
    };
    QList<RowActionEntry> m_rowActions;
    void retranslateRowActions();
    QHash<QString, QPointer<WorkspaceDetailWindow>> m_detailWindows;
    QThread *m_loader = nullptr;   // loads the rows after the first page
    int m_loadGeneration = 0;      // a reload while loading discards the older result
    QThread *m_merger = nullptr;   // rereads the list after another instance wrote
    int m_mergeGeneration = 0;     // a reload while merging discards the older result
    bool m_mergePending = false;   // another instance wrote while loading or merging
    QSet<QString> m_changedWhileMerging; // rows this window reread after the merge's read began
};
