// Widget tests of issue 10's lifecycle dialogs (ui/lifecycle): Renew, Auto-renew Settings and
// Convert to Subscription, opened from the list's row actions, typed into and clicked.
#include "tests/testsupport/Fixtures.h"
#include "tests/testsupport/WidgetSupport.h"

#include "models/Format.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/Session.h"
#include "ui/common/CuEdit.h"
#include "ui/common/PurchaseConfirm.h"
#include "ui/lifecycle/AutoRenewDialog.h"
#include "ui/lifecycle/ConvertToSubscriptionDialog.h"
#include "ui/lifecycle/LifecycleActions.h"
#include "ui/lifecycle/RenewDialog.h"
#include "ui/workspaces/SparkPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 DayMs = 86400LL * 1000;

struct PageFixture
{
    PageFixture() : session(env.services->account.owner().value()), page(*env.services, session)
    {
        page.resize(1400, 700);
        page.show();
    }
    Workspace workspace(const QString &name) const { return *env.services->workspaces.findByName(name); }
    QList<Order> orders(const QString &id, const QString &type) const
    {
        QList<Order> out;
        for (const Order &o : env.services->billing.orders(id).value())
            if (o.type == type)
                out << o;
        return out;
    }

    TestEnv env;
    Session session;
    SparkPage page;
};

// A check box takes a click on its box or its text only (it may span a whole form row).
void clickCheckBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

QPushButton *button(QWidget *d, const char *name)
{
    return d->findChild<QPushButton *>(QLatin1String(name));
}
} // namespace

class tst_LifecycleDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support).*"_s));
        m_asked.clear();
        PurchaseConfirm::setAnswerer([this](const PurchaseConfirm::Question &q) {
            m_asked << q;
            return m_confirm;
        });
        m_confirm = true;
    }
    void cleanup()
    {
        PurchaseConfirm::setAnswerer({});
        qDeleteAll(qApp->findChildren<QTimer *>(u"dialogDriver"_s, Qt::FindDirectChildrenOnly));
        for (QWidget *w : QApplication::topLevelWidgets())
            w->close();
    }

    void renewFromTheMoreMenu()
    {
        PageFixture f;
        const Workspace w = f.workspace(u"spark-etl-prod"_s); // cn-hangzhou, 200 CUs
        f.page.selectWorkspace(w.id);
        QSignalSpy status(&f.page, &SparkPage::statusMessage);
        const qint64 twoMonths = Pricing::subscriptionCents(w.region, w.cuQuota, 2);

        bool driven = false;
        whenModal<RenewDialog>([&](RenewDialog *d) {
            QCOMPARE(d->windowTitle(), u"Renew"_s);
            QCOMPARE(d->durationCombo()->currentData().toInt(), 1);
            QCOMPARE(d->priceLabel()->text(), Format::money(Pricing::subscriptionCents(w.region, w.cuQuota, 1)));
            // Keyboard: Down in the duration list picks 2 months.
            d->durationCombo()->setFocus();
            QTest::keyClick(d->durationCombo(), Qt::Key_Down);
            QCOMPARE(d->durationCombo()->currentData().toInt(), 2);
            QCOMPARE(d->priceLabel()->text(), Format::money(twoMonths));
            QCOMPARE(d->newExpiryLabel()->text(), Format::dateTime(Pricing::expiryMs(w.expiresAtMs, 2)));
            QTest::mouseClick(button(d, "buyNowButton"), Qt::LeftButton);
        }, &driven);

        QMenu *more = f.page.moreMenu();
        more->popup(f.page.mapToGlobal(QPoint(100, 100)));
        QVERIFY(QTest::qWaitForWindowExposed(more));
        QAction *renew = f.page.rowAction(SparkPage::RowAction::Renew, more);
        QVERIFY(renew && renew->isEnabled());
        QCOMPARE(renew->text(), u"Renew"_s);
        QTest::mouseClick(more, Qt::LeftButton, {}, more->actionGeometry(renew).center());
        QVERIFY(driven);
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(m_asked.size(), 1); // one confirmation naming the amount
        QVERIFY(m_asked.first().text.contains(Format::money(twoMonths)));
        const QList<Order> renewals = f.orders(w.id, ProductSpec::OrderRenewal);
        QCOMPARE(renewals.size(), 1);
        QCOMPARE(renewals.first().amountCents, twoMonths);
        QCOMPARE(f.workspace(u"spark-etl-prod"_s).expiresAtMs, Pricing::expiryMs(w.expiresAtMs, 2));
        QCOMPARE(status.size(), 1);
        QVERIFY(status.first().first().toString().contains(renewals.first().id));
    }

    void renewingAnExpiredWorkspaceAfterAStalePrice()
    {
        PageFixture f;
        const Workspace w = f.workspace(u"reporting_hk"_s);
        f.env.clock.set(w.expiresAtMs + 2 * DayMs);
        RenewDialog d(*f.env.services, f.session, w.id);
        d.show();
        QVERIFY(d.findChild<QLabel *>(u"stateValue"_s)->text().startsWith(u"Expired on"_s));
        const qint64 price = Pricing::subscriptionCents(w.region, w.cuQuota, 1);
        QCOMPARE(d.priceLabel()->text(), Format::money(price));
        // The price was shown more than a minute ago: nothing is charged, it is shown again.
        f.env.clock.advance(Quote::ValidityMs + 1000);
        QTest::mouseClick(button(&d, "buyNowButton"), Qt::LeftButton);
        QVERIFY(d.isVisible());
        QVERIFY(f.orders(w.id, ProductSpec::OrderRenewal).isEmpty());
        QVERIFY2(d.errorLabel(Field::General)->text().contains(u"60 seconds"_s),
                 qPrintable(d.errorLabel(Field::General)->text()));
        // Confirming again renews, from now, and restores the workspace.
        QTest::mouseClick(button(&d, "buyNowButton"), Qt::LeftButton);
        QVERIFY(!d.isVisible());
        QVERIFY(d.order());
        QCOMPARE(d.order()->amountCents, price);
        QCOMPARE(f.workspace(u"reporting_hk"_s).expiresAtMs, Pricing::expiryMs(f.env.clock.nowMs(), 1));
        QVERIFY(f.env.services->jobs.checkAcceptsRuns(w.id).ok());
    }

    void cancellingTheConfirmationBuysNothing()
    {
        PageFixture f;
        const Workspace w = f.workspace(u"spark-etl-prod"_s);
        m_confirm = false;
        RenewDialog d(*f.env.services, f.session, w.id);
        d.show();
        QTest::mouseClick(button(&d, "buyNowButton"), Qt::LeftButton);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(d.isVisible());
        QVERIFY(f.orders(w.id, ProductSpec::OrderRenewal).isEmpty());
    }

    void autoRenewSettingsByKeyboard()
    {
        PageFixture f;
        const Workspace w = f.workspace(u"reporting_hk"_s);
        AutoRenewDialog d(*f.env.services, f.session, w.id);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QCOMPARE(d.autoRenewCheck()->isChecked(), w.autoRenew);
        if (!d.autoRenewCheck()->isChecked())
            QTest::keyClick(d.autoRenewCheck(), Qt::Key_Space);
        QVERIFY(d.autoRenewCheck()->isChecked());
        QVERIFY(d.periodCombo()->isEnabled());
        // 1, 2, 3, 6 months: three steps down.
        d.periodCombo()->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(d.periodCombo(), Qt::Key_Down);
        QCOMPARE(d.periodCombo()->currentData().toInt(), 6);
        QVERIFY(d.renewalPriceLabel()->text().startsWith(
            Format::money(Pricing::subscriptionCents(w.region, w.cuQuota, 6))));
        QTest::mouseClick(button(&d, "saveButton"), Qt::LeftButton);
        QVERIFY(!d.isVisible());
        const Workspace after = f.workspace(u"reporting_hk"_s);
        QVERIFY(after.autoRenew);
        QCOMPARE(after.autoRenewMonths, 6);
    }

    void autoRenewOnForAnExpiredSubscriptionIsRefusedInTheDialog()
    {
        PageFixture f;
        const Workspace w = f.workspace(u"reporting_hk"_s);
        QVERIFY(f.env.services->lifecycle.setAutoRenew(f.session.identity(), w.id, false, 1).ok());
        f.env.clock.set(w.expiresAtMs + DayMs);
        AutoRenewDialog d(*f.env.services, f.session, w.id);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        clickCheckBox(d.autoRenewCheck());
        QVERIFY(d.autoRenewCheck()->isChecked());
        QTest::mouseClick(button(&d, "saveButton"), Qt::LeftButton);
        QVERIFY(d.isVisible());
        QVERIFY2(d.errorLabel(Field::General)->text().contains(u"renew it first"_s),
                 qPrintable(d.errorLabel(Field::General)->text()));
        QVERIFY(!f.workspace(u"reporting_hk"_s).autoRenew);
    }

    void convertTypedQuota_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("buyable");

        QTest::newRow("24: below the subscription range") << u"24"_s << false;
        QTest::newRow("1,001: above it") << u"1001"_s << false;
        QTest::newRow("not a number") << u"lots"_s << false;
        QTest::newRow("25: the smallest") << u"25"_s << true;
        QTest::newRow("1,000: the largest") << u"1000"_s << true;
    }
    void convertTypedQuota()
    {
        QFETCH(QString, typed);
        QFETCH(bool, buyable);
        PageFixture f;
        const Workspace w = f.workspace(u"eu-analytics"_s);
        ConvertToSubscriptionDialog d(*f.env.services, f.session, w.id);
        d.show();
        d.cuEdit()->selectAll();
        QTest::keyClicks(d.cuEdit(), typed);
        QCOMPARE(button(&d, "buyNowButton")->isEnabled(), buyable);
        QCOMPARE(d.errorLabel(Field::CuQuota)->isVisible(), !buyable);
        if (buyable)
            QCOMPARE(d.priceLabel()->text(),
                     Format::money(Pricing::subscriptionCents(w.region, d.cuEdit()->valueOr(0), 1)));
    }

    void convertFromTheRowMenuKeepsTheWorkspace()
    {
        PageFixture f;
        const Workspace w = f.workspace(u"eu-analytics"_s); // pay-as-you-go, 300 CUs
        const int jobs = f.env.services->jobs.jobs(w.id).value().size();
        const int members = f.env.services->members.list(w.id).value().size();
        f.page.selectWorkspace(w.id);
        QVERIFY(!f.page.renewAction()->isEnabled()); // nothing to renew yet
        QVERIFY(f.page.convertAction()->isEnabled());

        bool driven = false;
        whenModal<ConvertToSubscriptionDialog>([&](ConvertToSubscriptionDialog *d) {
            QCOMPARE(d->windowTitle(), u"Convert to Subscription"_s);
            QCOMPARE(d->cuEdit()->valueOr(-1), 300);
            d->cuEdit()->selectAll();
            QTest::keyClicks(d->cuEdit(), u"100"_s);
            // Three months.
            d->durationCombo()->setFocus();
            QTest::keyClick(d->durationCombo(), Qt::Key_Down);
            QTest::keyClick(d->durationCombo(), Qt::Key_Down);
            QCOMPARE(d->durationCombo()->currentData().toInt(), 3);
            clickCheckBox(d->autoRenewCheck());
            QVERIFY(d->periodCombo()->isEnabled());
            QCOMPARE(d->priceLabel()->text(), Format::money(Pricing::subscriptionCents(w.region, 100, 3)));
            QVERIFY2(d->queuePlanLabel()->text().contains(u"root_queue"_s), qPrintable(d->queuePlanLabel()->text()));
            QTest::mouseClick(button(d, "buyNowButton"), Qt::LeftButton);
        }, &driven);
        f.page.convertAction()->trigger();
        QVERIFY(driven);
        if (QTest::currentTestFailed())
            return;

        const Workspace after = f.workspace(u"eu-analytics"_s);
        QCOMPARE(after.id, w.id);
        QCOMPARE(after.billing, ProductSpec::Subscription);
        QCOMPARE(after.cuQuota, 100);
        QVERIFY(after.autoRenew);
        QCOMPARE(f.env.services->jobs.jobs(w.id).value().size(), jobs);
        QCOMPARE(f.env.services->members.list(w.id).value().size(), members);
        const QList<Order> news = f.orders(w.id, ProductSpec::OrderNew);
        QCOMPARE(news.size(), 1);
        QCOMPARE(news.first().amountCents, Pricing::subscriptionCents(w.region, 100, 3));
        // Now a subscription: renewable, not convertible.
        QVERIFY(f.page.renewAction()->isEnabled());
        QVERIFY(!f.page.convertAction()->isEnabled());
    }

    void whoMayUseTheActions_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("account owner") << QString() << true;
        QTest::newRow("alice: full access") << u"alice"_s << true;
        QTest::newRow("carol: read-only") << u"carol"_s << false;
    }
    void whoMayUseTheActions()
    {
        QFETCH(QString, who);
        QFETCH(bool, allowed);
        PageFixture f;
        if (!who.isEmpty())
            f.session.setIdentity(f.env.services->account.identity(who).value());
        f.page.selectWorkspace(f.workspace(u"spark-etl-prod"_s).id);
        QCOMPARE(f.page.renewAction()->isEnabled(), allowed);
        QCOMPARE(f.page.autoRenewAction()->isEnabled(), allowed);
        QVERIFY(!f.page.convertAction()->isEnabled());
        if (allowed)
            QVERIFY(f.page.convertAction()->toolTip().contains(u"pay-as-you-go"_s));
        else
            QVERIFY(!f.page.renewAction()->toolTip().isEmpty());
        // The same answer for the Overview's buttons.
        const auto w = std::optional<Workspace>(f.workspace(u"spark-etl-prod"_s));
        QCOMPARE(LifecycleActions::check(LifecycleActions::Action::Renew, f.session, w).ok(), allowed);
    }

private:
    QList<PurchaseConfirm::Question> m_asked;
    bool m_confirm = true;
};

QTEST_MAIN(tst_LifecycleDialogs)
#include "tst_lifecycledialogs.moc"
