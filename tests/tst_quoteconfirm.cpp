// Widget tests of issue 9 #3: Buy Now, Downgrade, Unsubscribe and Create record exactly the price
// on screen; when it can no longer be confirmed (older than Quote::ValidityMs, or another instance
// changed the workspace), nothing is recorded, the dialog shows the new price and says so, and
// the next click records the new price to the cent.
#include "tests/testsupport/WidgetSupport.h"
#include "tests/testsupport/Fixtures.h"

#include "models/Format.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/Quote.h"
#include "models/Session.h"
#include "ui/common/CuEdit.h"
#include "ui/common/PurchaseConfirm.h"
#include "ui/create/CreateWorkspaceDialog.h"
#include "ui/quota/SubscriptionQuotaDialog.h"
#include "ui/workspaces/DeleteWorkspaceDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// The account owner's Dialog for one workspace of a fresh account (made with the workspace's ID
// and args), shown.
template<typename Dialog>
struct Opened
{
    template<typename... Args>
    explicit Opened(const QString &workspaceName, Args... args)
        : workspace(*env.services->workspaces.findByName(workspaceName)),
          dialog(*env.services, session, workspace.id, args...)
    {
        dialog.show();
    }

    TestEnv env;
    Session session{env.services->account.owner().value()};
    const Workspace workspace;
    Dialog dialog;
};

// Replaces the CU field's value as a user types it; the quote then on screen.
Quote typeCu(SubscriptionQuotaDialog &d, const QString &cu)
{
    d.cuEdit()->selectAll();
    QTest::keyClicks(d.cuEdit(), cu);
    return *d.quote();
}

} // namespace

class tst_QuoteConfirm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void buyNowAfterTheQuoteExpiredAsksAgain();
    void downgradeAfterAnotherInstanceChangedTheQuotaAsksAgain();
    void quotaChangedElsewhereIsShownBeforeTheClick();
    void unsubscribeRecordsTheRefundShown();
    void unsubscribeAfterAnOrderWasAddedShowsTheNewRefund();
    void createAfterTheQuoteExpiredAsksAgain();

private:
    QList<PurchaseConfirm::Question> m_asked;
    std::function<void()> m_whileAsking; // runs while the confirmation is open (time passes, say)
};

void tst_QuoteConfirm::init()
{
    m_asked.clear();
    m_whileAsking = {};
    PurchaseConfirm::setAnswerer([this](const PurchaseConfirm::Question &q) {
        m_asked << q;
        if (m_whileAsking)
            std::exchange(m_whileAsking, {})();
        return true;
    });
}

void tst_QuoteConfirm::cleanup()
{
    PurchaseConfirm::setAnswerer({});
}

void tst_QuoteConfirm::buyNowAfterTheQuoteExpiredAsksAgain()
{
    Opened<SubscriptionQuotaDialog> f(u"spark-etl-prod"_s, QuotaService::Direction::Upgrade); // 200 CUs
    SubscriptionQuotaDialog &d = f.dialog;
    const Quote first = typeCu(d, u"900"_s);
    QCOMPARE(d.priceLabel()->text(), Quote::amountText(first.amountCents));
    const int orders = int(f.env.services->billing.orders().value().size());

    // The user looks at the confirmation for 61 seconds.
    m_whileAsking = [&] { f.env.clock.advance(Quote::ValidityMs + 1000); };
    QTest::mouseClick(d.buyButton(), Qt::LeftButton);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(m_asked.first().text.contains(Format::money(first.amountCents)));
    QVERIFY(d.isVisible());
    QCOMPARE(int(f.env.services->billing.orders().value().size()), orders);
    QCOMPARE(f.env.services->workspaces.find(f.workspace.id)->cuQuota, 200);
    const Quote second = *d.quote();
    QVERIFY(second.amountCents != first.amountCents);
    QCOMPARE(d.priceLabel()->text(), Quote::amountText(second.amountCents));
    QVERIFY(d.messageLabel()->isVisible());
    QVERIFY2(d.messageLabel()->text().contains(Format::money(first.amountCents))
                 && d.messageLabel()->text().contains(Format::money(second.amountCents)),
             qPrintable(d.messageLabel()->text()));
    QCOMPARE(d.cuEdit()->valueOr(-1), 900);

    // The second click confirms the new price, which is recorded to the cent.
    f.env.clock.advance(20'000);
    QTest::mouseClick(d.buyButton(), Qt::LeftButton);
    QCOMPARE(m_asked.size(), 2);
    QVERIFY(m_asked.last().text.contains(Format::money(second.amountCents)));
    QVERIFY(!d.isVisible());
    QCOMPARE(d.order()->amountCents, second.amountCents);
    QCOMPARE(f.env.services->billing.orders(f.workspace.id).value().first().amountCents, second.amountCents);
}

void tst_QuoteConfirm::downgradeAfterAnotherInstanceChangedTheQuotaAsksAgain()
{
    Opened<SubscriptionQuotaDialog> f(u"spark-etl-prod"_s, QuotaService::Direction::Downgrade); // 200 CUs
    SubscriptionQuotaDialog &d = f.dialog;
    const Quote first = typeCu(d, u"100"_s);
    TestEnv::Instance other = f.env.openSecondInstance();
    m_whileAsking = [&] {
        QVERIFY(other.services->quotas
                    .changeSubscriptionQuota(f.session.identity(), f.workspace.id, 150,
                                             QuotaService::Direction::Downgrade)
                    .ok());
    };
    const int ordersBefore = int(f.env.services->billing.orders().value().size());
    QTest::mouseClick(d.buyButton(), Qt::LeftButton);
    QVERIFY(d.isVisible());
    QCOMPARE(int(f.env.services->billing.orders().value().size()), ordersBefore + 1); // the other instance's
    QCOMPARE(f.env.services->workspaces.find(f.workspace.id)->cuQuota, 150);
    const Quote second = *d.quote();
    QCOMPARE(second.inputs.cuBefore, 150);
    QVERIFY2(d.messageLabel()->text().contains(u"150 CUs elsewhere"_s), qPrintable(d.messageLabel()->text()));
    QVERIFY(d.findChild<QLabel *>(u"currentCuValue"_s)->text().startsWith(u"150 CU"_s));

    QTest::mouseClick(d.buyButton(), Qt::LeftButton);
    QVERIFY(!d.isVisible());
    QCOMPARE(d.order()->cuBefore, 150);
    QCOMPARE(d.order()->amountCents, second.amountCents);
    QVERIFY(first.amountCents < second.amountCents); // refund of 100 CUs, then of 50
}

namespace {
bool choose(QComboBox *combo, const QVariant &data)
{
    const int target = combo->findData(data);
    combo->setFocus();
    for (int guard = 0; target >= 0 && combo->currentIndex() != target && guard < 100; ++guard)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    return target >= 0 && combo->currentIndex() == target;
}

DeleteWorkspaceDialog *typeName(DeleteWorkspaceDialog &d, const QString &name)
{
    d.show();
    QTest::keyClicks(d.confirmationEdit(), name);
    return &d;
}
} // namespace

void tst_QuoteConfirm::quotaChangedElsewhereIsShownBeforeTheClick()
{
    Opened<SubscriptionQuotaDialog> f(u"spark-etl-prod"_s, QuotaService::Direction::Upgrade); // 200 CUs
    SubscriptionQuotaDialog &d = f.dialog;
    const Quote first = typeCu(d, u"500"_s);
    TestEnv::Instance other = f.env.openSecondInstance();
    QVERIFY(other.services->quotas
                .changeSubscriptionQuota(f.session.identity(), f.workspace.id, 300, QuotaService::Direction::Upgrade)
                .ok());
    // The page follows the price every second: it says what changed before anyone clicks, and
    // keeps the typed quota.
    QTRY_VERIFY_WITH_TIMEOUT(d.messageLabel()->isVisible(), 3000);
    QVERIFY2(d.messageLabel()->text().contains(u"300 CUs elsewhere"_s), qPrintable(d.messageLabel()->text()));
    QCOMPARE(d.cuEdit()->valueOr(-1), 500);
    const Quote second = *d.quote();
    QCOMPARE(second.inputs.cuBefore, 300);
    QVERIFY(second.amountCents < first.amountCents);
    QVERIFY(d.findChild<QLabel *>(u"currentCuValue"_s)->text().startsWith(u"300 CU"_s));
    QTest::mouseClick(d.buyButton(), Qt::LeftButton);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(!d.isVisible());
    QCOMPARE(d.order()->amountCents, second.amountCents);
}

void tst_QuoteConfirm::unsubscribeRecordsTheRefundShown()
{
    Opened<DeleteWorkspaceDialog> f(u"reporting_hk"_s);
    DeleteWorkspaceDialog &d = *typeName(f.dialog, f.workspace.name);
    const Quote shown = *d.refundQuote();
    QCOMPARE(d.findChild<QLabel *>(u"refundValue"_s)->text(), Format::money(-shown.amountCents));
    // Time passes before the click (less than the validity): the refund shown is recorded.
    f.env.clock.advance(30'000);
    QTest::mouseClick(d.confirmButton(), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.refundOrder()->amountCents, shown.amountCents);
}

void tst_QuoteConfirm::unsubscribeAfterAnOrderWasAddedShowsTheNewRefund()
{
    Opened<DeleteWorkspaceDialog> f(u"reporting_hk"_s);
    DeleteWorkspaceDialog &d = *typeName(f.dialog, f.workspace.name);
    const Quote first = *d.refundQuote();
    TestEnv::Instance other = f.env.openSecondInstance();
    QVERIFY(other.services->quotas
                .changeSubscriptionQuota(f.session.identity(), f.workspace.id, f.workspace.cuQuota + 50,
                                         QuotaService::Direction::Upgrade)
                .ok());
    QTest::mouseClick(d.confirmButton(), Qt::LeftButton);
    QVERIFY(d.isVisible());
    QVERIFY(f.env.services->workspaces.find(f.workspace.id).ok());
    const Quote second = *d.refundQuote();
    QVERIFY(second.amountCents < first.amountCents); // the upgrade's payment is refunded too
    QCOMPARE(d.findChild<QLabel *>(u"refundValue"_s)->text(), Format::money(-second.amountCents));
    const auto *error = d.findChild<QLabel *>(u"errorLabel"_s);
    const QString message = error ? error->text() : QString();
    QVERIFY2(message.contains(Format::money(-first.amountCents))
                 && message.contains(Format::money(-second.amountCents)),
             qPrintable(message));

    QTest::mouseClick(d.confirmButton(), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.refundOrder()->amountCents, second.amountCents);
}

void tst_QuoteConfirm::createAfterTheQuoteExpiredAsksAgain()
{
    TestEnv env;
    Session session(env.services->account.owner().value());
    CreateWorkspaceDialog dialog(*env.services, session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(choose(dialog.findChild<QComboBox *>(u"regionCombo"_s), u"cn-hangzhou"_s));
    QVERIFY(choose(dialog.findChild<QComboBox *>(u"billingCombo"_s), ProductSpec::Subscription));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"quoted_late"_s);
    QVERIFY(dialog.createButton()->isEnabled());
    m_whileAsking = [&] { env.clock.advance(Quote::ValidityMs + 1); };
    const int before = int(env.services->workspaces.list().value().size());
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(int(env.services->workspaces.list().value().size()), before);
    const auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
    QVERIFY2(message->isVisible() && message->text().contains(u"confirm again"_s), qPrintable(message->text()));

    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<Order> orders = env.services->billing.orders(dialog.createdWorkspace().id).value();
    QCOMPARE(orders.size(), 1);
    QVERIFY(m_asked.last().text.contains(Format::money(orders.first().amountCents)));
}

QTEST_MAIN(tst_QuoteConfirm)
#include "tst_quoteconfirm.moc"
