#include "ui/detail/WorkspaceDetailWindow.h"

#include "ui/common/LongText.h"
#include "models/Format.h"
#include "ui/detail/catalogs/DataCatalogsTab.h"
#include "ui/detail/jobs/JobsTab.h"
#include "ui/detail/members/MembersTab.h"
#include "ui/detail/overview/OverviewTab.h"
#include "models/ProductSpec.h"
#include "ui/detail/queues/QueuesTab.h"
#include "models/Services.h"
#include "models/Session.h"
#include "ui/common/FollowFeed.h"

#include <QAccessibleWidget>
#include <QEvent>
#include <QLabel>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
// A top-level QWidget is exposed as a "filler"; screen readers announce this one as a window.
QAccessibleInterface *accessibleWindow(const QString &className, QObject *object)
{
    if (className == QLatin1String("WorkspaceDetailWindow") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Window);
    return nullptr;
}
} // namespace

WorkspaceDetailWindow::WorkspaceDetailWindow(Services &services, Session &session, const QString &workspaceId,
                                             QWidget *parent)
    : QWidget(parent, Qt::Window), m_services(services), m_workspaceId(workspaceId)
{
    setObjectName(QStringLiteral("workspaceDetailWindow"));
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(accessibleWindow);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    m_title = new ElidedLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setSelectable(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("workspaceSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_overview = new OverviewTab(services, session, workspaceId, this);
    m_jobs = new JobsTab(services, session, workspaceId, this);
    m_members = new MembersTab(services, session, workspaceId, this);
    m_queues = new QueuesTab(services, session, workspaceId, this);
    m_catalogs = new DataCatalogsTab(services, session, workspaceId, this);
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_jobs, QString());
    m_tabs->addTab(m_members, QString());
    m_tabs->addTab(m_queues, QString());
    m_tabs->addTab(m_catalogs, QString());
    for (auto *tab : {static_cast<QWidget *>(m_overview), static_cast<QWidget *>(m_jobs), static_cast<QWidget *>(m_members), static_cast<QWidget *>(m_queues),
                      static_cast<QWidget *>(m_catalogs)})
        connect(tab, SIGNAL(statusMessage(QString)), this, SIGNAL(statusMessage(QString)));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshShortcut, &QShortcut::activated, this, &WorkspaceDetailWindow::refresh);
    auto *closeShortcut = new QShortcut(QKeySequence::Close, this);
    connect(closeShortcut, &QShortcut::activated, this, &QWidget::close);
    // Escape closes it as it closes a dialog (a combo's open list takes Escape first).
    auto *escapeShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escapeShortcut, &QShortcut::activated, this, &QWidget::close);
    connect(&session, &Session::identityChanged, this, &WorkspaceDetailWindow::refresh);
    // The header shows status and CU quota; the tabs follow the feed themselves.
    followFeed(this, m_services.feed, m_workspaceId,
               {Change::Kind::WorkspaceChanged, Change::Kind::WorkspaceRemoved}, [this] { retranslateUi(); });

    resize(900, 560);
    retranslateUi();
}

void WorkspaceDetailWindow::refresh()
{
    retranslateUi();
    m_overview->refresh();
    m_jobs->refresh();
    m_members->refresh();
    m_queues->refresh();
    m_catalogs->refresh();
}

void WorkspaceDetailWindow::showJobsTab()
{
    m_tabs->setCurrentWidget(m_jobs);
    m_jobs->refresh();
}

void WorkspaceDetailWindow::retranslateUi()
{
    const auto w = m_services.workspaces.find(m_workspaceId);
    const QString name = w ? w->name : m_workspaceId;
    setWindowTitle(tr("%1 — Workspace").arg(name));
    m_title->setFullText(name);
    if (w)
        m_summary->setText(tr("ID: %1 · Region: %2 · Billing Method: %3 · CU Quota: %4 · Status: %5")
                               .arg(w->id, ProductSpec::regionName(w->region), ProductSpec::billingName(w->billing))
                               .arg(Format::number(w->cuQuota))
                               .arg(ProductSpec::statusName(w->status)));
    else
        m_summary->setText(w.text()); // "no longer exists" only when it is gone
    m_tabs->setTabText(m_tabs->indexOf(m_overview), tr("Overview"));
    m_tabs->setTabText(m_tabs->indexOf(m_jobs), tr("Jobs"));
    m_tabs->setTabText(m_tabs->indexOf(m_members), tr("Members"));
    m_tabs->setTabText(m_tabs->indexOf(m_queues), tr("Queues"));
    m_tabs->setTabText(m_tabs->indexOf(m_catalogs), tr("Data Catalogs"));
}

void WorkspaceDetailWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
