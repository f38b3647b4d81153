#include "models/Format.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/Session.h"
#include "tests/testsupport/TestSupport.h"
#include "tests/testsupport/WidgetSupport.h"
#include "ui/billing/OrderTableModel.h"
#include "ui/common/LanguageManager.h"
#include "ui/detail/WorkspaceDetailWindow.h"
#include "ui/detail/overview/OverviewTab.h"
#include "ui/common/PurchaseConfirm.h"
#include "ui/lifecycle/RenewDialog.h"
#include "ui/tags/EditTagsDialog.h"
#include "ui/tags/TagEditor.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using F = OverviewTab::Field;

// The Overview tab (issue 10): every setting of a workspace, selectable and copyable, named for
// screen readers by its caption, following live changes; a subscription's period and orders.
class tst_OverviewTab : public QObject
{
    Q_OBJECT

    LanguageManager m_languages;
    std::unique_ptr<TestEnv> m_env;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<WorkspaceDetailWindow> m_window;

    static constexpr qint64 Day = 24LL * 3600 * 1000;

    OverviewTab *open(const char *name)
    {
        const QString id = m_env->services->workspaces.findByName(QString::fromLatin1(name))->id;
        m_window = std::make_unique<WorkspaceDetailWindow>(*m_env->services, *m_session, id);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return nullptr;
        return m_window->overviewTab();
    }
    Workspace workspace(const char *name) const { return *m_env->services->workspaces.findByName(QString::fromLatin1(name)); }
    static QString text(OverviewTab *tab, F f) { return tab->field(f)->text(); }

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(u"en"_s)); }
    void init()
    {
        m_env = std::make_unique<TestEnv>();
        m_session = std::make_unique<Session>(m_env->services->account.owner().value());
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_env.reset();
        QVERIFY(m_languages.setLanguage(u"en"_s));
    }

    void isTheFirstTab()
    {
        OverviewTab *tab = open("spark-etl-prod");
        QVERIFY(tab);
        QCOMPARE(m_window->tabs()->indexOf(tab), 0);
        QCOMPARE(m_window->tabs()->currentWidget(), static_cast<QWidget *>(tab));
        QCOMPARE(m_window->tabs()->tabText(0), u"Overview"_s);
    }

    void showsEverySettingOfASubscription()
    {
        OverviewTab *tab = open("spark-etl-prod");
        QVERIFY(tab);
        const Workspace w = workspace("spark-etl-prod");
        QCOMPARE(text(tab, F::Name), w.name);
        QCOMPARE(text(tab, F::Id), w.id);
        QCOMPARE(text(tab, F::Region), u"China (Hangzhou) (cn-hangzhou)"_s);
        QCOMPARE(text(tab, F::Billing), u"Subscription"_s);
        QCOMPARE(text(tab, F::CuQuota), Format::cus(w.cuQuota));
        QCOMPARE(text(tab, F::Status), ProductSpec::statusName(w.status));
        QCOMPARE(text(tab, F::Directory), w.directory);
        QCOMPARE(text(tab, F::Catalogs), u"%1 (default)"_s.arg(w.catalogId));
        QCOMPARE(text(tab, F::ExecutionRole), w.executionRole);
        QVERIFY(!w.tags.isEmpty());
        for (const Tag &t : w.tags)
            QVERIFY(text(tab, F::Tags).contains(t.key + u':' + t.value));
        QVERIFY2(text(tab, F::CreatedBy).contains(w.createdBy), qPrintable(text(tab, F::CreatedBy)));
        QCOMPARE(text(tab, F::CreatedAt), Format::dateTime(w.createdAtMs));
        QVERIFY(tab->subscriptionBox()->isVisible());
        QCOMPARE(text(tab, F::PurchasedAt), Format::dateTime(w.subscribedAtMs));
        QCOMPARE(text(tab, F::ExpiresAt), Format::dateTime(w.expiresAtMs));
        const qint64 left = w.expiresAtMs - m_env->clock.nowMs();
        const int days = int(left / Day + (left % Day ? 1 : 0)); // a started day counts
        QCOMPARE(text(tab, F::DaysLeft), days == 1 ? u"1 day"_s : u"%1 days"_s.arg(days));
        QCOMPARE(text(tab, F::AutoRenew), w.autoRenew ? u"On, every 1 month"_s : u"Off"_s);
        // The workspace's orders, and only those.
        const QList<Order> orders = m_env->services->billing.orders(w.id).value();
        QVERIFY(!orders.isEmpty());
        QCOMPARE(tab->ordersView()->model()->rowCount(), orders.size());
        for (int row = 0; row < tab->ordersModel()->rowCount(); ++row)
            QCOMPARE(tab->ordersModel()->order(row).workspaceId, w.id);
    }

    void payAsYouGoHasNoSubscriptionPart()
    {
        OverviewTab *tab = open("eu-analytics");
        QVERIFY(tab);
        QCOMPARE(text(tab, F::Billing), u"Pay-as-you-go"_s);
        QVERIFY(!tab->subscriptionBox()->isVisible());
        QVERIFY(!tab->noticeLabel()->isVisible());
    }

    void everyValueIsNamedByItsCaptionAndReadOnly_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }
    void everyValueIsNamedByItsCaptionAndReadOnly()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language));
        OverviewTab *tab = open("spark-etl-prod");
        QVERIFY(tab);
        for (int f = int(F::Name); f <= int(F::AutoRenew); ++f) {
            QLineEdit *edit = tab->field(F(f));
            QLabel *caption = tab->caption(F(f));
            QVERIFY(edit && caption);
            QVERIFY(edit->isReadOnly());
            QCOMPARE(caption->buddy(), edit);
            QString expected = caption->text();
            expected.chop(1); // the colon
            QCOMPARE(QAccessible::queryAccessibleInterface(edit)->text(QAccessible::Name), expected);
            QVERIFY2(edit->focusPolicy() & Qt::TabFocus, "a value Tab cannot reach cannot be copied by keyboard");
        }
        for (QPushButton *button : {tab->copyDirectoryButton(), tab->editTagsButton(), tab->renewButton(), tab->autoRenewButton(), tab->convertButton()}) {
            QString label = button->text().remove(u'&');
            label.remove(QRegularExpression(u"\\([A-Z]\\)$"_s)); // the Chinese "(C)" mnemonic
            QCOMPARE(QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name), label);
        }
    }

    void copyPutsTheDirectoryOnTheClipboard()
    {
        OverviewTab *tab = open("spark-etl-prod");
        QVERIFY(tab);
        QApplication::clipboard()->clear();
        QSignalSpy said(tab, &OverviewTab::statusMessage);
        QTest::mouseClick(tab->copyDirectoryButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), workspace("spark-etl-prod").directory);
        QCOMPARE(said.size(), 1);
    }

    void aValueIsCopiedByKeyboard()
    {
        OverviewTab *tab = open("spark-etl-prod");
        QVERIFY(tab);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QApplication::clipboard()->clear();
        QLineEdit *id = tab->field(F::Id);
        id->setFocus();
        QTest::keyClick(id, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(id, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), workspace("spark-etl-prod").id);
        // Typing changes nothing.
        QTest::keyClicks(id, u"x"_s);
        QCOMPARE(id->text(), workspace("spark-etl-prod").id);
    }

    void followsChangesAsTheyAreCommitted()
    {
        OverviewTab *tab = open("eu-analytics");
        QVERIFY(tab);
        const Workspace w = workspace("eu-analytics");
        const Identity owner = m_env->services->account.owner().value();
        QVERIFY(m_env->services->tags.setTags(owner, w.id, {{u"team"_s, u"atlas"_s}}).ok());
        QTRY_COMPARE(text(tab, F::Tags), u"team:atlas"_s);
        QVERIFY(m_env->services->quotas.setPayAsYouGoQuota(owner, w.id, 1234).ok());
        QTRY_COMPARE(text(tab, F::CuQuota), u"1,234 CUs"_s);
        // Another instance's write arrives through the feed's reload as well.
        TestEnv::Instance other = m_env->openSecondInstance();
        QVERIFY(other.services->tags.setTags(owner, w.id, {}).ok());
        QVERIFY(m_env->services->feed.checkOtherConnections()); // what the app's 300 ms watch does
        QCOMPARE(text(tab, F::Tags), u"None"_s);
    }

    void expiringSoonAndExpiredSaySoInWords_data()
    {
        QTest::addColumn<qint64>("beforeExpiry");
        QTest::addColumn<QString>("notice");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("daysLeft");
        QTest::newRow("a month away: no notice") << 30 * Day << QString() << u"Running"_s << u"30 days"_s;
        QTest::newRow("three days and an hour away") << 3 * Day + 3600'000 << u"Expires in 4 days"_s << u"Running"_s
                                                     << u"4 days"_s;
        QTest::newRow("expired a day ago") << -Day << u"Renew restores it until it is released on"_s << u"Expired"_s
                                           << u"None (expired 1 day ago)"_s;
        QTest::newRow("expired an hour ago") << -3600'000LL << u"Renew restores it"_s << u"Expired"_s
                                             << u"None (expired less than a day ago)"_s;
    }
    void expiringSoonAndExpiredSaySoInWords()
    {
        QFETCH(qint64, beforeExpiry);
        QFETCH(QString, notice);
        QFETCH(QString, status);
        QFETCH(QString, daysLeft);
        const Workspace w = workspace("reporting_hk");
        QVERIFY(!w.autoRenew);
        m_env->clock.set(w.expiresAtMs - beforeExpiry);
        OverviewTab *tab = open("reporting_hk");
        QVERIFY(tab);
        QCOMPARE(text(tab, F::Status), status);
        QCOMPARE(text(tab, F::DaysLeft), daysLeft);
        QCOMPARE(tab->noticeLabel()->isVisible(), !notice.isEmpty());
        QVERIFY2(tab->noticeLabel()->text().contains(notice), qPrintable(tab->noticeLabel()->text()));
        if (!notice.isEmpty())
            QVERIFY(tab->noticeLabel()->text().contains(Format::dateTime(w.expiresAtMs)));
        // The release date, only once expired.
        const bool expired = beforeExpiry <= 0;
        QCOMPARE(tab->field(F::ReleaseAt)->isVisible(), expired);
        QCOMPARE(tab->caption(F::ReleaseAt)->isVisible(), expired);
        if (expired)
            QCOMPARE(text(tab, F::ReleaseAt), Format::dateTime(w.expiresAtMs + ProductSpec::ExpiredGracePeriodMs));
        // Renew restores it, so Renew is right there.
        QVERIFY(tab->renewButton()->isVisible() && tab->renewButton()->isEnabled());
    }

    void daysLeftCountDownWithoutAWrite()
    {
        // 3 days and 1.5 seconds left: "4 days" now, "3 days" once the started day is over.
        const Workspace w = workspace("reporting_hk");
        m_env->clock.set(w.expiresAtMs - 3 * Day - 1500);
        OverviewTab *tab = open("reporting_hk");
        QVERIFY(tab);
        QCOMPARE(text(tab, F::DaysLeft), u"4 days"_s);
        QVERIFY(tab->noticeLabel()->text().contains(u"Expires in 4 days"_s));
        m_env->clock.advance(2000);
        QTRY_COMPARE_WITH_TIMEOUT(text(tab, F::DaysLeft), u"3 days"_s, 4000);
        QVERIFY(tab->noticeLabel()->text().contains(u"Expires in 3 days"_s));
    }

    void lifecycleButtonsFitTheBillingMethod()
    {
        OverviewTab *tab = open("spark-etl-prod");
        QVERIFY(tab);
        QVERIFY(tab->renewButton()->isVisible());
        QVERIFY(tab->autoRenewButton()->isVisible());
        QVERIFY(!tab->convertButton()->isVisible());
        OverviewTab *payg = open("eu-analytics");
        QVERIFY(payg);
        QVERIFY(!payg->renewButton()->isVisible());
        QVERIFY(!payg->autoRenewButton()->isVisible());
        QVERIFY(payg->convertButton()->isVisible() && payg->convertButton()->isEnabled());
        // A read-only identity sees why not.
        m_session->setIdentity(m_env->services->account.identity(u"carol"_s).value());
        QVERIFY(!payg->convertButton()->isEnabled());
        QVERIFY(!payg->convertButton()->toolTip().isEmpty());
        QCOMPARE(payg->convertButton()->accessibleDescription(), payg->convertButton()->toolTip());
    }

    void renewFromTheOverview()
    {
        const Workspace before = workspace("reporting_hk");
        m_env->clock.set(before.expiresAtMs + Day); // expired: Renew restores it
        OverviewTab *tab = open("reporting_hk");
        QVERIFY(tab);
        QCOMPARE(text(tab, F::Status), u"Expired"_s);
        const int ordersBefore = tab->ordersView()->model()->rowCount();
        PurchaseConfirm::setAnswerer([](const PurchaseConfirm::Question &) { return true; });
        const auto restore = qScopeGuard([] { PurchaseConfirm::setAnswerer({}); });
        bool driven = false;
        whenModal<RenewDialog>([](RenewDialog *d) {
            QTest::mouseClick(d->findChild<QPushButton *>(u"buyNowButton"_s), Qt::LeftButton);
        }, &driven);
        QSignalSpy said(tab, &OverviewTab::statusMessage);
        QTest::mouseClick(tab->renewButton(), Qt::LeftButton);
        QVERIFY(driven);
        const Workspace after = workspace("reporting_hk");
        QVERIFY(after.expiresAtMs > m_env->clock.nowMs());
        QCOMPARE(text(tab, F::ExpiresAt), Format::dateTime(after.expiresAtMs));
        QCOMPARE(text(tab, F::Status), u"Running"_s);
        QVERIFY(!tab->noticeLabel()->isVisible() || !tab->noticeLabel()->text().contains(u"Expired"_s));
        QCOMPARE(tab->ordersView()->model()->rowCount(), ordersBefore + 1);
        QCOMPARE(said.size(), 1);
        QVERIFY(tab->messageLabel()->isVisible());
        QCOMPARE(tab->messageLabel()->text(), said.first().first().toString());
    }

    void editTagsOpensTheTagEditor()
    {
        OverviewTab *tab = open("eu-analytics");
        QVERIFY(tab);
        QVERIFY(tab->editTagsButton()->isEnabled());
        bool driven = false;
        whenModal<EditTagsDialog>([](EditTagsDialog *d) {
            TagEditor *editor = d->editor();
            QTest::mouseClick(editor->addButton(), Qt::LeftButton);
            const int row = editor->rowCount() - 1;
            QTest::keyClicks(editor->keyEdit(row), u"project"_s);
            QTest::keyClicks(editor->valueEdit(row), u"atlas"_s);
            QTest::mouseClick(d->okButton(), Qt::LeftButton);
        }, &driven);
        QTest::mouseClick(tab->editTagsButton(), Qt::LeftButton);
        QVERIFY(driven);
        QVERIFY2(text(tab, F::Tags).contains(u"project:atlas"_s), qPrintable(text(tab, F::Tags)));
    }

    void editTagsSaysWhyItIsDisabled()
    {
        OverviewTab *tab = open("eu-analytics");
        QVERIFY(tab);
        m_session->setIdentity(m_env->services->account.identity(u"carol"_s).value());
        QVERIFY(!tab->editTagsButton()->isEnabled());
        QVERIFY(!tab->editTagsButton()->toolTip().isEmpty());
        QCOMPARE(tab->editTagsButton()->accessibleDescription(), tab->editTagsButton()->toolTip());
    }
};

QTEST_MAIN(tst_OverviewTab)
#include "tst_overviewtab.moc"
