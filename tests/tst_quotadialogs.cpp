// Widget tests of issue 5: the quota, tag and billing dialogs, opened the way a user opens them
// (Actions menu of the Spark page, File menu of the main window), in English and Chinese.
#include "tests/testsupport/WidgetSupport.h"
#include "tests/testsupport/Fixtures.h"

#include "ui/common/AppSettings.h"
#include "ui/billing/BillingHistoryDialog.h"
#include "ui/tags/EditTagsDialog.h"
#include "ui/common/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/billing/OrderTableModel.h"
#include "ui/detail/WorkspaceDetailWindow.h"
#include "ui/quota/PayAsYouGoQuotaDialog.h"
#include "models/Format.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/QueueService.h"
#include "models/Session.h"
#include "ui/workspaces/SparkPage.h"
#include "ui/quota/SubscriptionQuotaDialog.h"
#include "ui/tags/TagEditor.h"
#include "ui/workspaces/TagsColumnDelegate.h"
#include "ui/workspaces/WorkspaceFilterProxy.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include "ui/common/CuEdit.h"
#include "ui/common/PurchaseConfirm.h"
#include <QMessageBox>
#include <QTableView>
#include <QTranslator>
#include <QtTest>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 DayMs = 86400LL * 1000;

// The list page over a seeded account, signed in as the account owner.
struct PageFixture
{
    PageFixture() : session(env.services->account.owner().value()), page(*env.services, session)
    {
        page.resize(1400, 700);
        page.show();
    }
    Workspace workspace(const QString &name) const { return *env.services->workspaces.findByName(name); }
    QString cuShown(const QString &id) const
    {
        return page.model()->index(page.model()->rowOf(id), WorkspaceTableModel::CuQuotaColumn).data().toString();
    }
    QString tagsShown(const QString &id) const
    {
        return page.model()->index(page.model()->rowOf(id), WorkspaceTableModel::TagsColumn).data().toString();
    }

    TestEnv env;
    Session session;
    SparkPage page;
};

QAction *rowMenuAction(SparkPage &page, const QString &objectName)
{
    for (QAction *a : page.rowMenu()->actions())
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

QLabel *labelWithText(QWidget *root, const QString &text)
{
    for (QLabel *l : root->findChildren<QLabel *>())
        if (l->text() == text)
            return l;
    return nullptr;
}

// An error label is drawn in another colour than ordinary text next to it (besides its words).
bool looksLikeAnError(QLabel *error, QLabel *ordinary)
{
    if (!error || !ordinary)
        return false;
    error->ensurePolished();
    ordinary->ensurePolished();
    return error->palette().color(error->foregroundRole()) != ordinary->palette().color(ordinary->foregroundRole());
}

void processLanguageChange()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

} // namespace

class tst_QuotaDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void upgradeThroughMoreMenu();
    void downgradeShowsRefundAndBuysWithEnter();
    void expiredSubscriptionCannotBeChanged();
    void quotaChangedElsewhereIsExplainedAtTheField();
    void refusedQuotaIsShownAsAnErrorAtTheField();
    void actionsFollowBillingMethod();
    void payAsYouGoRejectsNonsense();
    void payAsYouGoBelowInUseShowsHowMuchIsUsed();
    void payAsYouGoQuotaOfOneCu();
    void downgradeShowsTheQueuePlanBeforeBuyNow();
    void payAsYouGoShowsTheQueuePlanBeforeOk();
    void editTagsAddsTagShownInList();
    void editTagsShowsRuleErrorsNextToRow();
    void clickingTagFiltersList();
    void clickingTagWithColonInKeyFiltersList();
    void billingHistoryListsOrders();
    void dialogsHaveAccessibleNames();
    void dialogsInChinese();
    void subscriptionCuStaysAsTyped_data();
    void subscriptionCuStaysAsTyped();
    void purchaseIsConfirmedOnceWithTheAmount();

private:
    QList<PurchaseConfirm::Question> m_asked; // the confirmations answered "yes" by init()'s answerer
};

void tst_QuotaDialogs::init()
{
    // Any warning fails, except the offscreen plugin's notes about window-manager features.
    QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support).*"_s));
    // Purchases confirm by default here; purchaseIsConfirmedOnceWithTheAmount drives the real box.
    m_asked.clear();
    PurchaseConfirm::setAnswerer([this](const PurchaseConfirm::Question &q) {
        m_asked << q;
        return true;
    });
}

void tst_QuotaDialogs::cleanup()
{
    PurchaseConfirm::setAnswerer({});
    qDeleteAll(qApp->findChildren<QTimer *>(u"dialogDriver"_s, Qt::FindDirectChildrenOnly));
    for (QWidget *w : QApplication::topLevelWidgets())
        w->close();
}

void tst_QuotaDialogs::upgradeThroughMoreMenu()
{
    PageFixture f;
    const Workspace w = f.workspace(u"spark-etl-prod"_s); // cn-hangzhou, 200 CUs
    f.env.clock.set(w.expiresAtMs - 30 * DayMs);          // exactly one 30-day month left
    f.page.selectWorkspace(w.id);
    QSignalSpy status(&f.page, &SparkPage::statusMessage);

    bool driven = false;
    whenModal<SubscriptionQuotaDialog>([&](SubscriptionQuotaDialog *d) {
        QCOMPARE(d->windowTitle(), u"Upgrade Subscription Quota"_s);
        QVERIFY(d->buyButton()->isEnabled());
        QCOMPARE(d->cuEdit()->valueOr(-1), 201);
        QVERIFY(d->findChild<QLabel *>(u"currentCuValue"_s)->text().contains(u"200"_s));
        QVERIFY(d->findChild<QLabel *>(u"remainingTimeValue"_s)->text().contains(u"30"_s));
        // +1 CU for a month in Hangzhou: $24.14496 -> $24.14.
        QCOMPARE(d->priceLabel()->text(), Format::money(2414) + u" to pay"_s);

        d->cuEdit()->selectAll();
        QTest::keyClicks(d->cuEdit(), u"300"_s);
        QCOMPARE(d->cuEdit()->valueOr(-1), 300);
        // +100 CUs: $2,414.496 -> 241,450 cents.
        QCOMPARE(d->priceLabel()->text(), Format::money(241450) + u" to pay"_s);
        QTest::keyClick(d->cuEdit(), Qt::Key_Up);
        QCOMPARE(d->cuEdit()->valueOr(-1), 301);
        // +101 CUs: $2,438.64096 -> 243,864 cents.
        QCOMPARE(d->priceLabel()->text(), Format::money(243864) + u" to pay"_s);
        QTest::mouseClick(d->buyButton(), Qt::LeftButton);
    }, &driven);

    // Actions -> More -> Upgrade Subscription Quota, with the mouse.
    QMenu *more = f.page.moreMenu();
    more->popup(f.page.mapToGlobal(QPoint(100, 100)));
    QVERIFY(QTest::qWaitForWindowExposed(more));
    QAction *upgrade = f.page.rowAction(SparkPage::RowAction::UpgradeQuota, more);
    QVERIFY(upgrade && upgrade->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton, {}, more->actionGeometry(upgrade).center());
    QVERIFY(driven);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(f.cuShown(w.id), QLocale().toString(301));
    QCOMPARE(f.page.selectedWorkspaceId(), w.id);
    const Order order = f.env.services->billing.orders().value().first();
    QCOMPARE(order.type, ProductSpec::OrderUpgrade);
    QCOMPARE(order.cuBefore, 200);
    QCOMPARE(order.cuAfter, 301);
    QCOMPARE(order.amountCents, qint64(243864));
    QCOMPARE(status.count(), 1);
    QVERIFY(status.first().first().toString().contains(Format::money(243864)));
}

void tst_QuotaDialogs::downgradeShowsRefundAndBuysWithEnter()
{
    PageFixture f;
    const Workspace w = f.workspace(u"reporting_hk"_s); // cn-hongkong, 50 CUs
    f.env.clock.set(w.expiresAtMs - 84375 * 1000LL);
    f.page.selectWorkspace(w.id);

    bool driven = false;
    whenModal<SubscriptionQuotaDialog>([&](SubscriptionQuotaDialog *d) {
        QCOMPARE(d->windowTitle(), u"Downgrade Subscription Quota"_s);
        QCOMPARE(d->cuEdit()->valueOr(-1), 49);
        // -1 CU: 35.54304 x 84,375 / 2,592,000 = $1.157 -> refund 116 cents.
        QCOMPARE(d->priceLabel()->text(), Format::money(116) + u" refund"_s);
        d->cuEdit()->selectAll();
        QTest::keyClicks(d->cuEdit(), u"45"_s);
        // -5 CUs: 578.5 cents, rounded half up to 579.
        QCOMPARE(d->priceLabel()->text(), Format::money(579) + u" refund"_s);
        QTest::keyClick(d->cuEdit(), Qt::Key_Return); // Buy Now is the default button
    }, &driven);
    rowMenuAction(f.page, u"downgradeQuotaAction"_s)->trigger();
    QVERIFY(driven);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(f.cuShown(w.id), u"45"_s);
    const Order order = f.env.services->billing.orders().value().first();
    QCOMPARE(order.type, ProductSpec::OrderDowngrade);
    QCOMPARE(order.amountCents, qint64(-579));
    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked.first().text.contains(Format::money(579) + u" is refunded"_s), qPrintable(m_asked.first().text));
    QCOMPARE(f.env.services->workspaces.find(w.id)->expiresAtMs, w.expiresAtMs);
}

void tst_QuotaDialogs::quotaChangedElsewhereIsExplainedAtTheField()
{
    TestEnv env;
    Session session(env.services->account.owner().value());
    const Workspace w = *env.services->workspaces.findByName(u"reporting_hk"_s); // 50 CUs
    SubscriptionQuotaDialog d(*env.services, session, w.id, QuotaService::Direction::Upgrade);
    d.show();
    d.cuEdit()->setValue(80);
    const QString shownPrice = d.priceLabel()->text();
    // Another app instance upgrades to 60 CUs while this dialog shows the price of 50 -> 80.
    QVERIFY(env.services->quotas.changeSubscriptionQuota(session.identity(), w.id, 60, QuotaService::Direction::Upgrade).ok());
    const int orders = int(env.services->billing.orders().value().size());
    QTest::mouseClick(d.buyButton(), Qt::LeftButton);
    // Nothing is bought at a price the user has not seen; the page shows what is true now.
    QVERIFY(d.isVisible());
    QCOMPARE(int(env.services->billing.orders().value().size()), orders);
    QCOMPARE(env.services->workspaces.find(w.id)->cuQuota, 60);
    QVERIFY(d.messageLabel()->isVisible());
    QVERIFY2(d.messageLabel()->text().contains(u"changed to 60 CUs elsewhere"_s), qPrintable(d.messageLabel()->text()));
    QVERIFY(d.findChild<QLabel *>(u"currentCuValue"_s)->text().startsWith(u"60 CU"_s));
    QCOMPARE(d.cuEdit()->valueOr(-1), 80); // the chosen quota is kept
    QVERIFY(d.priceLabel()->text() != shownPrice);
    QCOMPARE(d.priceLabel()->text(),
             Format::money(env.services->quotas.priceDifferenceCents(w.region, 60, 80, w.expiresAtMs)) + u" to pay"_s);
    // Buying again buys what is shown now.
    QTest::mouseClick(d.buyButton(), Qt::LeftButton);
    QVERIFY(!d.isVisible());
    QCOMPARE(d.order()->cuBefore, 60);
    QCOMPARE(d.order()->cuAfter, 80);
}

void tst_QuotaDialogs::refusedQuotaIsShownAsAnErrorAtTheField()
{
    TestEnv env;
    Session session(env.services->account.owner().value());
    const Workspace w = *env.services->workspaces.findByName(u"reporting_hk"_s); // 50 CUs
    // A job run holds 30 CUs of it right now.
    Fixtures::Run run;
    run.id = u"jr-busy000000000000"_s;
    run.jobName = u"busy"_s;
    run.state = ProductSpec::RunRunning;
    run.cu = 30;
    run.submittedAtMs = run.startedAtMs = run.stateChangedAtMs = env.clock.nowMs();
    Fixtures::addRun(env, w.id, run);
    SubscriptionQuotaDialog d(*env.services, session, w.id, QuotaService::Direction::Downgrade);
    d.show();
    d.cuEdit()->setValue(25);
    QTest::mouseClick(d.buyButton(), Qt::LeftButton);
    QVERIFY(d.isVisible());
    QVERIFY(d.fieldErrorLabel()->isVisible());
    QVERIFY2(d.fieldErrorLabel()->text().contains(u"use 30 CU"_s), qPrintable(d.fieldErrorLabel()->text()));
    QCOMPARE(d.cuEdit()->valueOr(-1), 25);
    QVERIFY(looksLikeAnError(d.fieldErrorLabel(), d.findChild<QLabel *>(u"rangeHint"_s)));
    QCOMPARE(env.services->workspaces.find(w.id)->cuQuota, 50);
}

void tst_QuotaDialogs::expiredSubscriptionCannotBeChanged()
{
    PageFixture f;
    const Workspace w = f.workspace(u"spark-etl-prod"_s);
    f.env.clock.set(w.expiresAtMs + 1000);
    f.page.selectWorkspace(w.id);
    const int orders = int(f.env.services->billing.orders().value().size());

    for (const QString &action : {u"upgradeQuotaAction"_s, u"downgradeQuotaAction"_s}) {
        bool driven = false;
        whenModal<SubscriptionQuotaDialog>([&](SubscriptionQuotaDialog *d) {
            QVERIFY(d->messageLabel()->isVisibleTo(d));
            QVERIFY2(d->messageLabel()->text().contains(u"expired"_s), qPrintable(d->messageLabel()->text()));
            QVERIFY(d->messageLabel()->text().contains(u"renew"_s));
            QVERIFY(!d->buyButton()->isEnabled());
            QVERIFY(!d->cuEdit()->isEnabled());
            QTest::keyClick(d, Qt::Key_Escape);
            QVERIFY(!d->isVisible());
        }, &driven);
        rowMenuAction(f.page, action)->trigger();
        QVERIFY(driven);
    }
    QCOMPARE(f.cuShown(w.id), u"200"_s);
    QCOMPARE(int(f.env.services->billing.orders().value().size()), orders);
}

void tst_QuotaDialogs::actionsFollowBillingMethod()
{
    PageFixture f;
    f.page.selectWorkspace(f.workspace(u"eu-analytics"_s).id);
    QVERIFY(!f.page.upgradeAction()->isEnabled());
    QVERIFY(!f.page.downgradeAction()->isEnabled());
    QVERIFY(f.page.modifyPayAsYouGoAction()->isEnabled());
    QVERIFY(f.page.editTagsAction()->isEnabled());
    f.page.selectWorkspace(f.workspace(u"spark-etl-prod"_s).id);
    QVERIFY(f.page.upgradeAction()->isEnabled());
    QVERIFY(f.page.downgradeAction()->isEnabled());
    QVERIFY(!f.page.modifyPayAsYouGoAction()->isEnabled());
    // A read-only RAM user can open none of them.
    f.session.setIdentity(f.env.services->account.identity(u"carol"_s).value());
    QVERIFY(!f.page.upgradeAction()->isEnabled());
    QVERIFY(!f.page.editTagsAction()->isEnabled());
}

void tst_QuotaDialogs::payAsYouGoRejectsNonsense()
{
    PageFixture f;
    const Workspace w = f.workspace(u"数据分析平台"_s); // 1,000 CUs
    f.page.selectWorkspace(w.id);

    bool driven = false;
    whenModal<PayAsYouGoQuotaDialog>([&](PayAsYouGoQuotaDialog *d) {
        QCOMPARE(d->windowTitle(), u"Modify Pay-as-you-go Quota"_s);
        QLineEdit *edit = d->quotaEdit();
        // Issue 9 finding 5: the same number the same way in every window ("1,000", never "1000").
        QCOMPARE(edit->text(), u"1,000"_s);
        QCOMPARE(f.cuShown(w.id), u"1,000"_s);
        QCOMPARE(edit->accessibleName(), u"Maximum Pay-as-you-go Quota (CUs)"_s);
        const struct { QString typed; QString message; } wrong[] = {
            {u"abc"_s, u"not a whole number"_s},
            {u"12.5"_s, u"not a whole number"_s},
            {u"10 CUs"_s, u"not a whole number"_s},
            {u"0"_s, u"from 1 to"_s},
            {u"5001"_s, u"from 1 to"_s},
            {u"-3"_s, u"from 1 to"_s},
            {QString(), u"Enter a number of CUs"_s},
        };
        for (const auto &c : wrong) {
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Backspace);
            QTest::keyClicks(edit, c.typed);
            QVERIFY2(d->errorLabel()->isVisibleTo(d), qPrintable(c.typed));
            QVERIFY2(d->errorLabel()->text().contains(c.message), qPrintable(d->errorLabel()->text()));
            QCOMPARE(edit->text(), c.typed); // kept exactly as typed
            QVERIFY(!d->okButton()->isEnabled());
            QTest::keyClick(edit, Qt::Key_Return);
            QVERIFY2(d->isVisible(), qPrintable(c.typed)); // OK changed nothing
            QVERIFY(d->errorLabel()->text().contains(c.message));
            QCOMPARE(f.env.services->workspaces.find(w.id)->cuQuota, 1000);
        }
        edit->selectAll();
        QTest::keyClicks(edit, u"2500"_s);
        QVERIFY(!d->errorLabel()->isVisibleTo(d));
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    }, &driven);
    rowMenuAction(f.page, u"modifyPayAsYouGoQuotaAction"_s)->trigger();
    QVERIFY(driven);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(f.env.services->workspaces.find(w.id)->cuQuota, 2500);
    QCOMPARE(f.cuShown(w.id), u"2,500"_s);
    WorkspaceDetailWindow window(*f.env.services, f.session, w.id);
    window.refresh();
    QVERIFY2(window.summaryLabel()->text().contains(u"CU Quota: 2,500"_s), qPrintable(window.summaryLabel()->text()));
}

void tst_QuotaDialogs::payAsYouGoBelowInUseShowsHowMuchIsUsed()
{
    PageFixture f;
    const Workspace w = f.workspace(u"ml-training"_s); // 500 CUs, 64 in use by a running job
    f.page.selectWorkspace(w.id);

    bool driven = false;
    whenModal<PayAsYouGoQuotaDialog>([&](PayAsYouGoQuotaDialog *d) {
        QVERIFY(d->findChild<QLabel *>(u"inUseValue"_s)->text().contains(u"64"_s));
        d->quotaEdit()->selectAll();
        QTest::keyClicks(d->quotaEdit(), u"10"_s);
        QTest::keyClick(d->quotaEdit(), Qt::Key_Return);
        QVERIFY(d->isVisible());
        QVERIFY(d->errorLabel()->isVisibleTo(d));
        QVERIFY2(d->errorLabel()->text().contains(u"use 64 CU"_s), qPrintable(d->errorLabel()->text()));
        QCOMPARE(d->quotaEdit()->accessibleDescription(), d->errorLabel()->text());
        // The error looks different from the hint above it, as field errors do in every dialog.
        QVERIFY(looksLikeAnError(d->errorLabel(), d->findChild<QLabel *>(u"rangeHint"_s)));
    }, &driven);
    rowMenuAction(f.page, u"modifyPayAsYouGoQuotaAction"_s)->trigger();
    QVERIFY(driven);
    QCOMPARE(f.env.services->workspaces.find(w.id)->cuQuota, 500);
    QCOMPARE(f.cuShown(w.id), u"500"_s);
}

void tst_QuotaDialogs::downgradeShowsTheQueuePlanBeforeBuyNow()
{
    PageFixture f;
    const Workspace w = f.workspace(u"spark-etl-prod"_s); // 200 CUs: root_queue 160, dev_queue 40
    f.page.selectWorkspace(w.id);

    bool driven = false;
    QString shown;
    whenModal<SubscriptionQuotaDialog>([&](SubscriptionQuotaDialog *d) {
        d->cuEdit()->selectAll();
        QTest::keyClicks(d->cuEdit(), u"100"_s);
        shown = d->queuePlanLabel()->text();
        QVERIFY(d->queuePlanLabel()->isVisibleTo(d));
        QTest::mouseClick(d->buyButton(), Qt::LeftButton);
    }, &driven);
    rowMenuAction(f.page, u"downgradeQuotaAction"_s)->trigger();
    QVERIFY(driven);
    QCOMPARE(shown, u"root_queue: 160 → 60 CUs"_s);
    // What was shown is what happened.
    QCOMPARE(f.env.services->queues.find(w.id, ProductSpec::RootQueue).value()->cu, 60);
    QCOMPARE(f.env.services->queues.find(w.id, ProductSpec::DevQueue).value()->cu, 40);
}

void tst_QuotaDialogs::payAsYouGoShowsTheQueuePlanBeforeOk()
{
    PageFixture f;
    const Workspace w = f.workspace(u"ml-training"_s); // 500 CUs: root_queue 400, dev_queue 100
    f.page.selectWorkspace(w.id);

    bool driven = false;
    QString shown;
    whenModal<PayAsYouGoQuotaDialog>([&](PayAsYouGoQuotaDialog *d) {
        d->quotaEdit()->selectAll();
        QTest::keyClicks(d->quotaEdit(), u"1200"_s);
        shown = d->queuePlanLabel()->text();
        QVERIFY(d->queuePlanLabel()->isVisibleTo(d));
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    }, &driven);
    rowMenuAction(f.page, u"modifyPayAsYouGoQuotaAction"_s)->trigger();
    QVERIFY(driven);
    QVERIFY2(shown.endsWith(u"root_queue: 400 → %1 CUs"_s.arg(QLocale().toString(1100))), qPrintable(shown));
    QCOMPARE(f.env.services->queues.find(w.id, ProductSpec::RootQueue).value()->cu, 1100);
}

void tst_QuotaDialogs::payAsYouGoQuotaOfOneCu()
{
    // English as the app loads it (its plural forms), in both languages.
    const QLocale previousLocale;
    LanguageManager languages;
    QVERIFY(languages.setLanguage(u"en"_s));
    auto restore = qScopeGuard([&] { QLocale::setDefault(previousLocale); });
    PageFixture f;
    const Workspace w = f.workspace(u"eu-analytics"_s); // no running jobs
    f.page.selectWorkspace(w.id);
    QSignalSpy status(&f.page, &SparkPage::statusMessage);
    bool driven = false;
    whenModal<PayAsYouGoQuotaDialog>([&](PayAsYouGoQuotaDialog *d) {
        d->quotaEdit()->selectAll();
        QTest::keyClicks(d->quotaEdit(), u"1"_s);
        QTest::keyClick(d->quotaEdit(), Qt::Key_Return);
    }, &driven);
    rowMenuAction(f.page, u"modifyPayAsYouGoQuotaAction"_s)->trigger();
    QVERIFY(driven);
    QCOMPARE(f.env.services->workspaces.find(w.id)->cuQuota, 1);
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.first().first().toString(), u"The maximum pay-as-you-go quota of eu-analytics is now 1 CU."_s);

    QVERIFY(languages.setLanguage(u"zh_CN"_s));
    driven = false;
    whenModal<PayAsYouGoQuotaDialog>([&](PayAsYouGoQuotaDialog *d) {
        d->quotaEdit()->selectAll();
        QTest::keyClicks(d->quotaEdit(), u"2500"_s);
        QTest::keyClick(d->quotaEdit(), Qt::Key_Return);
    }, &driven);
    rowMenuAction(f.page, u"modifyPayAsYouGoQuotaAction"_s)->trigger();
    QVERIFY(driven);
    QCOMPARE(status.last().first().toString(), u"eu-analytics 的按量付费最大配额已修改为 2,500 CU。"_s);
    languages.setLanguage(u"en"_s);
}

void tst_QuotaDialogs::editTagsAddsTagShownInList()
{
    PageFixture f;
    const Workspace w = f.workspace(u"spark-etl-prod"_s); // env:prod, team:data-platform
    f.page.selectWorkspace(w.id);
    QSignalSpy status(&f.page, &SparkPage::statusMessage);

    bool driven = false;
    whenModal<EditTagsDialog>([&](EditTagsDialog *d) {
        QCOMPARE(d->windowTitle(), u"Edit Tags"_s);
        TagEditor *editor = d->editor();
        QCOMPARE(editor->rowCount(), 2);
        QCOMPARE(editor->keyEdit(0)->text(), u"env"_s);
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QCOMPARE(editor->rowCount(), 3);
        QTest::keyClicks(editor->keyEdit(2), u"project"_s);
        QTest::keyClicks(editor->valueEdit(2), u"atlas"_s);
        // Change a value and remove a tag as well.
        editor->valueEdit(0)->selectAll();
        QTest::keyClicks(editor->valueEdit(0), u"staging"_s);
        QTest::mouseClick(editor->removeButton(1), Qt::LeftButton);
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    }, &driven);
    rowMenuAction(f.page, u"editTagsAction"_s)->trigger();
    QVERIFY(driven);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(f.tagsShown(w.id), u"env:staging, project:atlas"_s);
    const TagList expected = {{u"env"_s, u"staging"_s}, {u"project"_s, u"atlas"_s}};
    QCOMPARE(f.env.services->workspaces.find(w.id)->tags, expected);
    QCOMPARE(status.count(), 1);
}

void tst_QuotaDialogs::editTagsShowsRuleErrorsNextToRow()
{
    PageFixture f;
    const Workspace w = f.workspace(u"eu-analytics"_s); // no tags
    f.page.selectWorkspace(w.id);

    bool driven = false;
    whenModal<EditTagsDialog>([&](EditTagsDialog *d) {
        TagEditor *editor = d->editor();
        QCOMPARE(editor->rowCount(), 0);
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QTest::keyClicks(editor->keyEdit(0), u"aliyun-team"_s);
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
        QVERIFY(d->isVisible());
        QVERIFY(!editor->keyEdit(0)->accessibleDescription().isEmpty());
        QLabel *error = nullptr;
        for (QLabel *l : editor->findChildren<QLabel *>())
            if (l->isVisibleTo(d) && l->text().contains(u"aliyun"_s))
                error = l;
        QVERIFY(error);
        QVERIFY(looksLikeAnError(error, d->findChild<QLabel *>(u"introLabel"_s)));

        // Rows keep unique object names after one is removed and another added.
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QTest::keyClicks(editor->keyEdit(1), u"second"_s);
        QTest::mouseClick(editor->removeButton(0), Qt::LeftButton);
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QCOMPARE(editor->rowCount(), 2);
        QCOMPARE(editor->findChildren<QLineEdit *>(u"tagKey0"_s).size(), 1);
        QCOMPARE(editor->findChildren<QLineEdit *>(u"tagKey1"_s).size(), 1);
        QCOMPARE(editor->findChild<QLineEdit *>(u"tagKey0"_s)->text(), u"second"_s);
    }, &driven);
    rowMenuAction(f.page, u"editTagsAction"_s)->trigger();
    QVERIFY(driven);
    QVERIFY(f.env.services->workspaces.find(w.id)->tags.isEmpty());
    QCOMPARE(f.tagsShown(w.id), QString());
}

void tst_QuotaDialogs::clickingTagFiltersList()
{
    PageFixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    const Workspace w = f.workspace(u"spark-etl-prod"_s);
    QTableView *view = f.page.view();
    const QModelIndex index = f.page.proxy()->mapFromSource(f.page.model()->indexOf(w.id, WorkspaceTableModel::TagsColumn));
    auto *delegate = qobject_cast<TagsColumnDelegate *>(view->itemDelegateForColumn(WorkspaceTableModel::TagsColumn));
    QVERIFY(delegate);
    const QStyleOptionViewItem option = cellOption(view, index);
    const QList<QRect> rects = delegate->tagRects(option, index);
    QCOMPARE(rects.size(), 2);
    QVERIFY(!rects.at(0).isEmpty());
    QCOMPARE(delegate->hitTest(option, index, rects.at(0).center()), 0);

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rects.at(0).center());
    auto *tagEdit = f.page.findChild<QLineEdit *>(u"tagFilterEdit"_s);
    QCOMPARE(tagEdit->text(), u"env:prod"_s);
    QCOMPARE(f.page.proxy()->tagKey(), u"env"_s);
    QCOMPARE(f.page.proxy()->tagValue(), u"prod"_s);
    QVERIFY(f.page.proxy()->tagMatchesValue());
    QStringList names;
    for (int row = 0; row < f.page.proxy()->rowCount(); ++row)
        names << f.page.proxy()->index(row, 0).data(WorkspaceTableModel::SortRole).toString();
    names.sort();
    QCOMPARE(names, (QStringList{u"ml-training"_s, u"spark-etl-prod"_s}));

    // Clicking beside the tags does not change the filter.
    tagEdit->clear();
    const QRect cell = view->visualRect(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(cell.right() - 2, cell.bottom() - 2));
    QCOMPARE(tagEdit->text(), QString());
    QCOMPARE(f.page.proxy()->rowCount(), 5);
}

void tst_QuotaDialogs::clickingTagWithColonInKeyFiltersList()
{
    // The tag rules allow ':' inside a key (only the prefix "acs:" is reserved).
    PageFixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    const Workspace w = f.workspace(u"eu-analytics"_s);
    QVERIFY(f.env.services->tags.setTags(f.env.services->account.owner().value(), w.id, {{u"app:tier"_s, u"web"_s}}).ok());
    f.page.refreshWorkspace(w.id);
    QTableView *view = f.page.view();
    const QModelIndex index = f.page.proxy()->mapFromSource(f.page.model()->indexOf(w.id, WorkspaceTableModel::TagsColumn));
    view->scrollTo(index);
    auto *delegate = qobject_cast<TagsColumnDelegate *>(view->itemDelegateForColumn(WorkspaceTableModel::TagsColumn));
    const QStyleOptionViewItem option = cellOption(view, index);
    const QList<QRect> rects = delegate->tagRects(option, index);
    QCOMPARE(rects.size(), 1);

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rects.at(0).center());
    QCOMPARE(f.page.findChild<QLineEdit *>(u"tagFilterEdit"_s)->text(), u"app:tier:web"_s);
    QCOMPARE(f.page.proxy()->rowCount(), 1);
    QCOMPARE(f.page.proxy()->index(0, 0).data(WorkspaceTableModel::IdRole).toString(), w.id);
}

void tst_QuotaDialogs::billingHistoryListsOrders()
{
    TestEnv env;
    const Identity owner = env.services->account.owner().value();
    const Workspace etl = *env.services->workspaces.findByName(u"spark-etl-prod"_s);
    const Workspace hk = *env.services->workspaces.findByName(u"reporting_hk"_s);
    const auto up = env.services->quotas.changeSubscriptionQuota(owner, etl.id, 300, QuotaService::Direction::Upgrade);
    QVERIFY(up.ok());
    env.clock.advance(60000);
    const auto down = env.services->quotas.changeSubscriptionQuota(owner, hk.id, 40, QuotaService::Direction::Downgrade);
    QVERIFY(down.ok());
    QVERIFY(down->amountCents < 0);

    Session session(owner);
    LanguageManager languages;
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(u"settings.ini"_s));
    MainWindow window(*env.services, session, languages, settings);
    window.show();
    auto *action = window.findChild<QAction *>(u"billingHistoryAction"_s);
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<BillingHistoryDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"Billing History"_s);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QTableView *view = dialog->view();
    QAbstractItemModel *shown = view->model();
    QCOMPARE(shown->rowCount(), 4); // two new purchases, one upgrade, one downgrade
    const auto cell = [&](int row, int column) { return shown->index(row, column).data().toString(); };
    // Newest first: the downgrade of reporting_hk.
    QCOMPARE(cell(0, OrderTableModel::IdColumn), down->id);
    QCOMPARE(cell(0, OrderTableModel::WorkspaceColumn), u"reporting_hk"_s);
    QCOMPARE(cell(0, OrderTableModel::TypeColumn), u"Downgrade"_s);
    QCOMPARE(cell(0, OrderTableModel::CuBeforeColumn), u"50"_s);
    QCOMPARE(cell(0, OrderTableModel::CuAfterColumn), u"40"_s);
    QCOMPARE(cell(0, OrderTableModel::AmountColumn), Format::money(down->amountCents));
    // Issue 9 finding 5: the dialog says refunds are negative, and the column shows a minus sign
    // (it showed "($912.26)").
    QCOMPARE(cell(0, OrderTableModel::AmountColumn), u"-"_s + Format::money(-down->amountCents));
    QCOMPARE(cell(0, OrderTableModel::TimeColumn), Format::dateTime(env.clock.nowMs()));
    QCOMPARE(cell(1, OrderTableModel::TypeColumn), u"Upgrade"_s);
    QCOMPARE(cell(1, OrderTableModel::AmountColumn), Format::money(up->amountCents));
    QCOMPARE(cell(2, OrderTableModel::TypeColumn), u"New purchase"_s);
    QCOMPARE(cell(2, OrderTableModel::CuBeforeColumn), u"—"_s);

    // Sorting by Amount (a header click) orders by cents, not by text.
    QHeaderView *header = view->horizontalHeader();
    const QPoint amountHeader(header->sectionViewportPosition(OrderTableModel::AmountColumn) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, amountHeader);
    qint64 previous = std::numeric_limits<qint64>::min();
    const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const qint64 cents = shown->index(row, OrderTableModel::AmountColumn).data(OrderTableModel::SortRole).toLongLong();
        if (row > 0)
            QVERIFY(ascending ? cents >= previous : cents <= previous);
        previous = cents;
    }
    QCOMPARE(header->sortIndicatorSection(), int(OrderTableModel::AmountColumn));

    // Reopening rereads the orders.
    dialog->close();
    QVERIFY(env.services->quotas.changeSubscriptionQuota(owner, etl.id, 310, QuotaService::Direction::Upgrade).ok());
    action->trigger();
    QCOMPARE(window.findChildren<BillingHistoryDialog *>().size(), 1);
    QCOMPARE(shown->rowCount(), 5);
    QVERIFY(dialog->summaryLabel()->text().contains(u"5"_s));
}

void tst_QuotaDialogs::dialogsHaveAccessibleNames()
{
    PageFixture f;
    const QString sub = f.workspace(u"spark-etl-prod"_s).id;
    const QString payg = f.workspace(u"ml-training"_s).id;
    QVERIFY(f.env.services->quotas.changeSubscriptionQuota(f.session.identity(), sub, 300,
                                                           QuotaService::Direction::Upgrade).ok());
    const auto check = [](QDialog &d) {
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const QStringList missing = widgetsWithoutAccessibleName(&d);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        d.close();
    };
    {
        SubscriptionQuotaDialog d(*f.env.services, f.session, sub, QuotaService::Direction::Upgrade, &f.page);
        QCOMPARE(d.cuEdit()->accessibleName(), u"CU Quota"_s);
        check(d);
    }
    {
        SubscriptionQuotaDialog d(*f.env.services, f.session, sub, QuotaService::Direction::Downgrade, &f.page);
        check(d);
    }
    {
        PayAsYouGoQuotaDialog d(*f.env.services, f.session, payg, &f.page);
        check(d);
    }
    {
        EditTagsDialog d(*f.env.services, f.session, sub, &f.page);
        QCOMPARE(d.editor()->rowCount(), 2);
        check(d);
    }
    {
        BillingHistoryDialog d(*f.env.services, &f.page);
        QCOMPARE(d.view()->accessibleName(), u"Orders"_s);
        check(d);
    }
}

void tst_QuotaDialogs::dialogsInChinese()
{
    const QLocale previousLocale;
    LanguageManager languages;
    QVERIFY(languages.setLanguage(u"zh_CN"_s));

    PageFixture f;
    const Workspace sub = f.workspace(u"spark-etl-prod"_s);
    f.env.clock.set(sub.expiresAtMs - 30 * DayMs);
    f.page.selectWorkspace(sub.id);

    bool driven = false;
    whenModal<SubscriptionQuotaDialog>([&](SubscriptionQuotaDialog *d) {
        QCOMPARE(d->windowTitle(), u"升级包年包月配额"_s);
        QCOMPARE(d->buyButton()->text(), u"立即购买(&B)"_s);
        QVERIFY(labelWithText(d, u"差价："_s));
        QCOMPARE(d->cuEdit()->accessibleName(), u"CU 配额"_s);
        QCOMPARE(d->priceLabel()->text(), u"需支付 "_s + Format::money(2414));
        d->cuEdit()->selectAll();
        QTest::keyClicks(d->cuEdit(), u"300"_s);
        QCOMPARE(d->priceLabel()->text(), u"需支付 "_s + Format::money(241450));
        QCOMPARE(widgetsWithoutAccessibleName(d), QStringList());

        // Switching back to English while the dialog is open retranslates it at once.
        languages.setLanguage(u"en"_s);
        QCOMPARE(d->windowTitle(), u"Upgrade Subscription Quota"_s);
        QCOMPARE(d->buyButton()->text(), u"&Buy Now"_s);
        QCOMPARE(d->priceLabel()->text(), Format::money(241450) + u" to pay"_s);
        languages.setLanguage(u"zh_CN"_s);
        QCOMPARE(d->buyButton()->text(), u"立即购买(&B)"_s);
        QTest::mouseClick(d->buyButton(), Qt::LeftButton);
    }, &driven);
    rowMenuAction(f.page, u"upgradeQuotaAction"_s)->trigger();
    QVERIFY(driven);
    QCOMPARE(f.env.services->workspaces.find(sub.id)->cuQuota, 300);

    const Workspace payg = f.workspace(u"eu-analytics"_s);
    f.page.selectWorkspace(payg.id);
    driven = false;
    whenModal<PayAsYouGoQuotaDialog>([&](PayAsYouGoQuotaDialog *d) {
        QCOMPARE(d->windowTitle(), u"修改按量付费配额"_s);
        QCOMPARE(d->quotaEdit()->accessibleName(), u"按量付费最大配额（CU）"_s);
        QCOMPARE(d->okButton()->text().remove(QLatin1Char('&')).left(2), u"确定"_s); // Qt's own translation
        d->quotaEdit()->selectAll();
        QTest::keyClicks(d->quotaEdit(), u"xyz"_s);
        QVERIFY(d->errorLabel()->isVisibleTo(d));
        QCOMPARE(widgetsWithoutAccessibleName(d), QStringList());
    }, &driven);
    rowMenuAction(f.page, u"modifyPayAsYouGoQuotaAction"_s)->trigger();
    QVERIFY(driven);

    driven = false;
    whenModal<EditTagsDialog>([&](EditTagsDialog *d) {
        QCOMPARE(d->windowTitle(), u"编辑标签"_s);
        QTest::mouseClick(d->editor()->addButton(), Qt::LeftButton);
        QCOMPARE(d->editor()->keyEdit(0)->accessibleName(), u"标签键 1"_s);
        QCOMPARE(widgetsWithoutAccessibleName(d), QStringList());
    }, &driven);
    rowMenuAction(f.page, u"editTagsAction"_s)->trigger();
    QVERIFY(driven);

    BillingHistoryDialog billing(*f.env.services, &f.page);
    billing.show();
    QCOMPARE(billing.windowTitle(), u"账单记录"_s);
    QCOMPARE(billing.view()->accessibleName(), u"订单"_s);
    QCOMPARE(billing.model()->headerData(OrderTableModel::AmountColumn, Qt::Horizontal).toString(), u"金额"_s);
    QCOMPARE(billing.view()->model()->index(0, OrderTableModel::TypeColumn).data().toString(), u"升级"_s);
    billing.close();

    languages.setLanguage(u"en"_s);
    QLocale::setDefault(previousLocale);
    processLanguageChange();
}

void tst_QuotaDialogs::subscriptionCuStaysAsTyped_data()
{
    QTest::addColumn<bool>("upgrade");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("error");
    const QString range = u"For Subscription, the CU quota must be from 25 to 1,000 CUs."_s;
    QTest::newRow("upgrade to 30, below the current 200") << true << u"30"_s
                                                          << u"An upgrade needs a CU quota above the current 200 CUs."_s;
    QTest::newRow("upgrade above the maximum") << true << u"1500"_s << range;
    QTest::newRow("upgrade to the current quota") << true << u"200"_s
                                                  << u"An upgrade needs a CU quota above the current 200 CUs."_s;
    QTest::newRow("downgrade above the current") << false << u"300"_s
                                                 << u"A downgrade needs a CU quota below the current 200 CUs."_s;
    QTest::newRow("downgrade below the minimum") << false << u"10"_s << range;
    QTest::newRow("downgrade to nothing") << false << QString() << u"Enter a number of CUs."_s;
    QTest::newRow("upgrade to words") << true << u"lots"_s << u"\"lots\" is not a whole number. Enter a number of CUs."_s;
}

void tst_QuotaDialogs::subscriptionCuStaysAsTyped()
{
    QFETCH(bool, upgrade);
    QFETCH(QString, typed);
    QFETCH(QString, error);
    TestEnv env;
    Session session(env.services->account.owner().value());
    const Workspace w = *env.services->workspaces.findByName(u"spark-etl-prod"_s); // 200 CUs
    SubscriptionQuotaDialog d(*env.services, session, w.id,
                              upgrade ? QuotaService::Direction::Upgrade : QuotaService::Direction::Downgrade);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(d.buyButton()->isEnabled());
    const int orders = int(env.services->billing.orders().value().size());
    CuEdit *cu = d.cuEdit();
    cu->setFocus();
    QTest::keyClick(cu, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(cu, Qt::Key_Backspace);
    QTest::keyClicks(cu, typed);
    QCOMPARE(cu->text(), typed);
    QVERIFY(d.fieldErrorLabel()->isVisibleTo(&d));
    QCOMPARE(d.fieldErrorLabel()->text(), error);
    QVERIFY(cu->accessibleDescription().startsWith(error));
    QVERIFY(!d.buyButton()->isEnabled());
    QVERIFY2(!d.priceLabel()->text().contains(u'$'), qPrintable(d.priceLabel()->text()));
    // Enter and Tab change nothing: no order, no question, the text as typed.
    QTest::keyClick(cu, Qt::Key_Return);
    QTest::keyClick(cu, Qt::Key_Tab);
    QVERIFY(d.isVisible());
    QCOMPARE(cu->text(), typed);
    QVERIFY(m_asked.isEmpty());
    QCOMPARE(int(env.services->billing.orders().value().size()), orders);
    QCOMPARE(env.services->workspaces.find(w.id)->cuQuota, 200);
    // The timer that refreshes the price keeps the message.
    QTest::qWait(1100);
    QCOMPARE(d.fieldErrorLabel()->text(), error);
    QVERIFY(!d.buyButton()->isEnabled());
}

void tst_QuotaDialogs::purchaseIsConfirmedOnceWithTheAmount()
{
    PurchaseConfirm::setAnswerer({}); // the real message box
    TestEnv env;
    Session session(env.services->account.owner().value());
    const Workspace w = *env.services->workspaces.findByName(u"spark-etl-prod"_s); // 200 CUs
    env.clock.set(w.expiresAtMs - 30 * DayMs);
    const int orders = int(env.services->billing.orders().value().size());
    {
        SubscriptionQuotaDialog down(*env.services, session, w.id, QuotaService::Direction::Downgrade);
        QCOMPARE(down.buyButton()->text(), u"&Downgrade"_s); // it refunds: not "Buy Now"
    }
    SubscriptionQuotaDialog d(*env.services, session, w.id, QuotaService::Direction::Upgrade);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.cuEdit()->setFocus();
    QTest::keyClick(d.cuEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(d.cuEdit(), u"300"_s);
    const QString amount = Format::money(241450);
    QCOMPARE(d.priceLabel()->text(), amount + u" to pay"_s);

    // Enter asks; Enter again is Cancel (the default): nothing is recorded.
    bool asked = false;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        QVERIFY2(box->text().contains(amount), qPrintable(box->text()));
        QVERIFY(box->text().contains(u"300"_s));
        QTest::keyClick(box, Qt::Key_Return);
    }, &asked);
    QTest::keyClick(d.cuEdit(), Qt::Key_Return);
    QVERIFY(asked);
    QVERIFY(d.isVisible());
    QCOMPARE(int(env.services->billing.orders().value().size()), orders);
    QCOMPARE(env.services->workspaces.find(w.id)->cuQuota, 200);

    // Confirmed with its own button (Space on it): exactly the amount shown is charged.
    asked = false;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        auto *confirm = box->findChild<QPushButton *>(u"confirmPurchaseButton"_s);
        QCOMPARE(confirm->text(), u"&Pay "_s + amount);
        confirm->setFocus();
        QTest::keyClick(confirm, Qt::Key_Space);
    }, &asked);
    QTest::keyClick(d.cuEdit(), Qt::Key_Return);
    QVERIFY(asked);
    QVERIFY(!d.isVisible());
    QCOMPARE(env.services->workspaces.find(w.id)->cuQuota, 300);
    QCOMPARE(d.order()->amountCents, qint64(241450));
}

QTEST_MAIN(tst_QuotaDialogs)
#include "tst_quotadialogs.moc"
