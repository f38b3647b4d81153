#include "ui/shell/MainWindow.h"

#include "ui/common/MenuAccessibility.h"

#include "models/AccountDirectory.h"
#include "ui/common/AppSettings.h"
#include "ui/billing/BillingHistoryDialog.h"
#include "ui/common/Icons.h"
#include "ui/common/LanguageManager.h"
#include "ui/common/NoticeBar.h"
#include "models/Services.h"
#include "models/Session.h"
#include "ui/workspaces/SparkPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QKeyEvent>
#include <QTableView>
#include <QFrame>
#include <QHBoxLayout>
#include <QStyle>
#include <QVBoxLayout>

MainWindow::MainWindow(Services &services, Session &session, LanguageManager &languages, AppSettings &settings,
                       QWidget *parent)
    : QMainWindow(parent), m_services(services), m_session(session), m_languages(languages), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::icon(Icons::Id::App));
    auto *central = new QWidget(this);
    m_page = new SparkPage(services, session, central);
    m_notice = new NoticeBar(central);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_notice);
    centralLayout->addWidget(m_page, 1);
    setCentralWidget(central);
    // Results and refusals appear above the list, where the user is looking, and are announced;
    // the status bar keeps them too.
    connect(m_page, &SparkPage::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
        m_notice->showNotice(message);
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_billingAction = m_fileMenu->addAction(QString(), this, &MainWindow::showBillingHistory);
    m_billingAction->setObjectName(QStringLiteral("billingHistoryAction"));
    m_billingAction->setIcon(Icons::icon(Icons::Id::Billing));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setIcon(Icons::icon(Icons::Id::Quit));

    m_workspaceMenu = menuBar()->addMenu(QString());
    m_createAction = m_workspaceMenu->addAction(QString(), m_page, &SparkPage::createWorkspace);
    m_createAction->setShortcut(QKeySequence::New);
    m_createAction->setIcon(Icons::icon(Icons::Id::Create));
    m_workspaceMenu->addSeparator();
    using RA = SparkPage::RowAction;
    m_page->addRowActions(m_workspaceMenu, {RA::Open, RA::Delete, RA::Separator, RA::UpgradeQuota, RA::DowngradeQuota,
                                            RA::ModifyPayAsYouGoQuota, RA::Separator, RA::Renew, RA::AutoRenew,
                                            RA::ConvertToSubscription, RA::Separator, RA::EditTags});

    m_viewMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_viewMenu->addAction(QString(), m_page, &SparkPage::reload);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setIcon(Icons::icon(Icons::Id::Refresh));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->setIcon(Icons::icon(Icons::Id::Language));
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::availableLanguages()) {
        QAction *a = m_languageMenu->addAction(LanguageManager::nativeName(code));
        a->setCheckable(true);
        a->setData(code);
        a->setObjectName(QStringLiteral("language_") + code);
        a->setChecked(code == m_languages.current());
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            m_languages.setLanguage(code);
            m_settings.setLanguage(code);
        });
    }
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
        for (QAction *a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == code);
    });

    m_helpMenu = menuBar()->addMenu(QString());
    // Disabled items say why, to every user (tool tip, status bar, screen reader).
    for (QMenu *menu : {m_fileMenu, m_workspaceMenu, m_viewMenu, m_languageMenu, m_helpMenu})
        MenuAccessibility::prepare(menu);
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Workspace Console"),
                           tr("<p><b>Workspace Console</b> %1</p><p>Manage EMR Serverless Spark workspaces offline: "
                              "create, delete, quotas, tags, members and roles.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    m_aboutAction->setIcon(Icons::icon(Icons::Id::About));

    // Who is signed in: a row above the page rather than a QToolBar, which would bring a handle,
    // an overflow button with its icon and a toolbar menu nobody needs for one box (about 1 ms
    // of every start-up, issue 12).
    auto *identityRow = new QWidget(central);
    identityRow->setObjectName(QStringLiteral("identityRow"));
    m_identityLabel = new QLabel(identityRow);
    m_identityCombo = new QComboBox(identityRow);
    m_identityCombo->setObjectName(QStringLiteral("identityCombo"));
    m_identityCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_identityLabel->setBuddy(m_identityCombo);
    auto *identityLayout = new QHBoxLayout(identityRow);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    identityLayout->setContentsMargins(margin, margin / 2, margin, margin / 2);
    identityLayout->addWidget(m_identityLabel);
    identityLayout->addWidget(m_identityCombo);
    identityLayout->addStretch();
    auto *identityRule = new QFrame(central);
    identityRule->setFrameShape(QFrame::HLine);
    identityRule->setFrameShadow(QFrame::Sunken);
    centralLayout->insertWidget(0, identityRow);
    centralLayout->insertWidget(1, identityRule);
    // Switching identity changes what every window may do: arrows open the list instead of
    // switching at each press; the choice is made with Enter or a click (activated).
    m_identityCombo->installEventFilter(this);
    connect(m_identityCombo, &QComboBox::activated, this, [this](int index) {
        const Result<Identity> who = m_services.account.identity(m_identityCombo->itemData(index).toString());
        if (!who.ok()) {
            // Fails closed: the identity stays as it was (never the owner by default).
            const int current = m_identityCombo->findData(m_session.identity().name);
            if (current >= 0)
                m_identityCombo->setCurrentIndex(current);
            statusBar()->showMessage(who.text());
            return;
        }
        m_session.setIdentity(who.value());
        statusBar()->showMessage(tr("Signed in as %1").arg(AccountDirectory::displayName(who.value())), 5000);
    });
    connect(&m_session, &Session::identityChanged, this, [this] {
        const int i = m_identityCombo->findData(m_session.identity().name);
        if (i >= 0)
            m_identityCombo->setCurrentIndex(i);
    });

    retranslateUi();
    statusBar();
    const QByteArray geometry = m_settings.value(AppSettings::Key::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First run: the size the page is designed for where it fits, else most of the screen,
        // centred; from then on the size the user left it at.
        const QRect available = screen()->availableGeometry();
        resize(QSize(1180, 720).boundedTo(available.size() * 0.9));
        move(available.center() - QPoint(width() / 2, height() / 2));
    }
    m_page->restoreHeaderState(m_settings.value(AppSettings::Key::WorkspaceHeaderState).toByteArray());
    // Start in the list (Enter opens, the Menu key acts); Tab then goes top-down: Signed in as,
    // Create Workspace, Actions, the filters, and back to the list.
    setTabOrder(m_page->lastInTabOrder(), m_identityCombo);
    m_page->focusList();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_identityCombo && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
                m_identityCombo->showPopup();
                return true;
            }
            break;
        default:
            // Typing a name searches the open list, not the closed box (which would switch).
            if (!key->text().isEmpty() && key->text().at(0).isLetterOrNumber() && key->modifiers() <= Qt::ShiftModifier) {
                m_identityCombo->showPopup();
                return true;
            }
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::~MainWindow() = default;

void MainWindow::fillIdentities()
{
    const QSignalBlocker blocker(m_identityCombo);
    m_identityCombo->clear();
    const Result<QList<Identity>> identities = m_services.account.identities();
    if (!identities.ok())
        statusBar()->showMessage(identities.text());
    // Without the list, only the identity signed in now is offered.
    for (const Identity &who : identities.ok() ? identities.value() : QList<Identity>{m_session.identity()})
        m_identityCombo->addItem(AccountDirectory::displayName(who), who.name);
    m_identityCombo->setCurrentIndex(std::max(0, m_identityCombo->findData(m_session.identity().name)));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Workspace Console — EMR Serverless Spark"));
    m_fileMenu->setTitle(tr("&File"));
    m_billingAction->setText(tr("&Billing History…"));
    m_quitAction->setText(tr("&Quit"));
    m_workspaceMenu->setTitle(tr("&Workspace"));
    m_createAction->setText(tr("Create Workspace…"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Workspace Console"));
    m_identityLabel->setText(tr("&Signed in as:"));
    fillIdentities();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::saveState()
{
    m_settings.setValue(AppSettings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(AppSettings::Key::WorkspaceHeaderState, m_page->saveHeaderState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

// --- Billing history (issue 5) ---
void MainWindow::showBillingHistory()
{
    // One modeless window, kept and reread on every opening, so it can stay open beside the list.
    auto *dialog = findChild<BillingHistoryDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new BillingHistoryDialog(m_services, this);
    dialog->reload();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}
