#include "models/Format.h"
#include "models/OrderCsv.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "tests/testsupport/TestSupport.h"
#include "tests/testsupport/WidgetSupport.h"
#include "ui/billing/BillingHistoryDialog.h"
#include "ui/billing/OrderFilterProxy.h"
#include "ui/billing/OrderTableModel.h"
#include "ui/common/LanguageManager.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Billing History (issue 10): filters by workspace, order type and date range, totals of what is
// shown, and Export CSV of exactly that.
class tst_BillingHistory : public QObject
{
    Q_OBJECT

    static constexpr qint64 Day = 24LL * 3600 * 1000;

    LanguageManager m_languages;
    std::unique_ptr<TestEnv> m_env;
    std::unique_ptr<BillingHistoryDialog> m_dialog;
    QString m_etl;
    QString m_hk;
    qint64 m_start = 0;

    QStringList shownIds() const
    {
        QStringList ids;
        for (const Order &o : m_dialog->proxy()->shownOrders())
            ids << o.id;
        return ids;
    }
    QStringList idsWhere(const std::function<bool(const Order &)> &keep) const
    {
        QStringList ids;
        for (const Order &o : m_env->services->billing.orders().value()) // newest first, as shown
            if (keep(o))
                ids << o.id;
        return ids;
    }
    static void typeDate(QDateEdit *edit, const QDate &date)
    {
        edit->setFocus();
        edit->setCurrentSection(QDateTimeEdit::YearSection);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, date.toString(u"yyyy-MM-dd"_s));
        QTest::keyClick(edit, Qt::Key_Tab);
    }

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(u"en"_s)); }

    void init()
    {
        // Orders on four days: the demo account's purchases of spark-etl-prod (40 days before the
        // start) and reporting_hk (15 days before), an upgrade of spark-etl-prod 3 days after the
        // start and a downgrade of reporting_hk 10 days after it.
        m_env = std::make_unique<TestEnv>();
        Services &s = *m_env->services;
        const Identity owner = s.account.owner().value();
        m_etl = s.workspaces.findByName(u"spark-etl-prod"_s)->id;
        m_hk = s.workspaces.findByName(u"reporting_hk"_s)->id;
        m_start = m_env->clock.nowMs();
        m_env->clock.advance(3 * Day);
        QVERIFY(s.quotas.changeSubscriptionQuota(owner, m_etl, 300, QuotaService::Direction::Upgrade).ok());
        m_env->clock.advance(7 * Day);
        QVERIFY(s.quotas.changeSubscriptionQuota(owner, m_hk, 40, QuotaService::Direction::Downgrade).ok());
        m_dialog = std::make_unique<BillingHistoryDialog>(s);
        new QAbstractItemModelTester(m_dialog->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_dialog.get());
        m_dialog->show();
        QApplication::setActiveWindow(m_dialog.get());
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_env.reset();
    }

    void showsEveryOrderAtFirst()
    {
        QCOMPARE(shownIds(), idsWhere([](const Order &) { return true; }));
        QCOMPARE(m_dialog->view()->model()->rowCount(), 4);
        QVERIFY2(m_dialog->summaryLabel()->text().startsWith(u"4 orders;"_s), qPrintable(m_dialog->summaryLabel()->text()));
        QCOMPARE(m_dialog->fromEdit()->date(), QDateTime::fromMSecsSinceEpoch(m_env->services->billing.orders()->last().createdAtMs).date());
        QCOMPARE(m_dialog->toEdit()->date(), QDateTime::fromMSecsSinceEpoch(m_env->clock.nowMs()).date());
    }

    void filtersByWorkspaceTyped()
    {
        // A combo box's keyboard search: typing the start of a name chooses it.
        m_dialog->workspaceCombo()->setFocus();
        QTest::keyClicks(m_dialog->workspaceCombo(), u"rep"_s);
        QCOMPARE(m_dialog->workspaceCombo()->currentData().toString(), m_hk);
        QCOMPARE(shownIds(), idsWhere([this](const Order &o) { return o.workspaceId == m_hk; }));
        QCOMPARE(shownIds().size(), 2);
        QVERIFY2(m_dialog->summaryLabel()->text().startsWith(u"2 of 4 orders shown;"_s),
                 qPrintable(m_dialog->summaryLabel()->text()));
    }

    void filtersByType()
    {
        m_dialog->typeCombo()->setFocus();
        QTest::keyClicks(m_dialog->typeCombo(), u"Up"_s);
        QCOMPARE(m_dialog->typeCombo()->currentData().toString(), ProductSpec::OrderUpgrade);
        QCOMPARE(shownIds(), idsWhere([](const Order &o) { return o.type == ProductSpec::OrderUpgrade; }));
        QCOMPARE(shownIds().size(), 1);
    }

    void filtersByDateRangeTyped_data()
    {
        QTest::addColumn<int>("fromDay"); // days after the start
        QTest::addColumn<int>("toDay");
        QTest::addColumn<int>("count");
        QTest::newRow("the first purchase's day only") << -40 << -40 << 1;
        QTest::newRow("both purchases") << -40 << -15 << 2;
        QTest::newRow("from the upgrade's day on") << 3 << 10 << 2;
        QTest::newRow("the upgrade's day only") << 3 << 3 << 1;
        QTest::newRow("a day without orders") << 5 << 5 << 0;
    }
    void filtersByDateRangeTyped()
    {
        QFETCH(int, fromDay);
        QFETCH(int, toDay);
        QFETCH(int, count);
        const QDate first = QDateTime::fromMSecsSinceEpoch(m_start).date();
        typeDate(m_dialog->fromEdit(), first.addDays(fromDay));
        typeDate(m_dialog->toEdit(), first.addDays(toDay));
        QCOMPARE(m_dialog->fromEdit()->date(), first.addDays(fromDay));
        QCOMPARE(m_dialog->toEdit()->date(), first.addDays(toDay));
        const qint64 from = first.addDays(fromDay).startOfDay().toMSecsSinceEpoch();
        const qint64 to = first.addDays(toDay + 1).startOfDay().toMSecsSinceEpoch();
        QCOMPARE(shownIds(), idsWhere([&](const Order &o) { return o.createdAtMs >= from && o.createdAtMs < to; }));
        QCOMPARE(shownIds().size(), count);
        QCOMPARE(m_dialog->exportButton()->isEnabled(), count > 0);
    }

    void anEndBeforeTheStartSaysSo()
    {
        const QDate first = QDateTime::fromMSecsSinceEpoch(m_start).date();
        typeDate(m_dialog->fromEdit(), first.addDays(3));
        typeDate(m_dialog->toEdit(), first.addDays(1));
        QVERIFY(shownIds().isEmpty());
        auto *error = m_dialog->findChild<QLabel *>(u"rangeError"_s);
        QVERIFY(error && error->isVisible());
        QVERIFY(error->text().contains(u"before the start date"_s));
        QVERIFY(!m_dialog->exportButton()->isEnabled());
        QVERIFY(!m_dialog->exportButton()->toolTip().isEmpty());
    }

    void totalsAreOfWhatIsShown()
    {
        m_dialog->workspaceCombo()->setFocus();
        QTest::keyClicks(m_dialog->workspaceCombo(), u"rep"_s);
        qint64 paid = 0;
        qint64 refunded = 0;
        for (const Order &o : m_env->services->billing.orders(m_hk).value())
            (o.amountCents >= 0 ? paid : refunded) += o.amountCents;
        QVERIFY(paid > 0 && refunded < 0);
        const QString summary = m_dialog->summaryLabel()->text();
        QVERIFY2(summary.contains(u"paid %1, refunded %2, net %3"_s.arg(Format::money(paid), Format::money(-refunded),
                                                                          Format::money(paid + refunded))),
                 qPrintable(summary));
    }

    void newOrdersAppearWhileOpen()
    {
        const Identity owner = m_env->services->account.owner().value();
        QVERIFY(m_env->services->quotas.changeSubscriptionQuota(owner, m_etl, 310, QuotaService::Direction::Upgrade).ok());
        QTRY_COMPARE(m_dialog->view()->model()->rowCount(), 5);
    }

    void exportWritesWhatIsShownThroughTheFileDialog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"billing export.csv"_s);
        m_dialog->typeCombo()->setFocus();
        QTest::keyClicks(m_dialog->typeCombo(), u"New"_s);
        const QList<Order> shown = m_dialog->proxy()->shownOrders();
        QCOMPARE(shown.size(), 2);
        bool driven = false;
        whenModal<QFileDialog>([&](QFileDialog *picker) {
            QCOMPARE(picker->acceptMode(), QFileDialog::AcceptSave);
            auto *name = picker->findChild<QLineEdit *>(u"fileNameEdit"_s);
            QVERIFY(name);
            picker->setDirectory(dir.path()); // as a user would browse there
            name->selectAll();
            QTest::keyClicks(name, QFileInfo(path).fileName());
            // The file name completer's popup takes Return; the Save button is what a user clicks.
            auto *buttons = picker->findChild<QDialogButtonBox *>(u"buttonBox"_s);
            QVERIFY(buttons && buttons->button(QDialogButtonBox::Save));
            QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        }, &driven);
        QTest::mouseClick(m_dialog->exportButton(), Qt::LeftButton);
        QVERIFY(driven);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes, OrderCsv::toCsv(shown));
        const Result<QList<QStringList>> records = OrderCsv::parse(bytes);
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(1).at(0), shown.at(0).id);
        QVERIFY(m_dialog->exportMessageLabel()->isVisible());
        QVERIFY2(m_dialog->exportMessageLabel()->text().startsWith(u"Exported 2 orders to "_s),
                 qPrintable(m_dialog->exportMessageLabel()->text()));
    }

    void anExportThatFailsSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no such folder/billing.csv"_s);
        m_dialog->setSaveFileChooser([&](QWidget *, const QString &, const QString &) { return path; });
        QTest::mouseClick(m_dialog->exportButton(), Qt::LeftButton);
        QVERIFY(m_dialog->exportMessageLabel()->isVisible());
        QVERIFY2(m_dialog->exportMessageLabel()->text().startsWith(u"Could not write "_s + path),
                 qPrintable(m_dialog->exportMessageLabel()->text()));
        QVERIFY(!QFile::exists(path));
    }

    void cancellingTheFileDialogWritesNothing()
    {
        m_dialog->setSaveFileChooser([](QWidget *, const QString &, const QString &) { return QString(); });
        QTest::mouseClick(m_dialog->exportButton(), Qt::LeftButton);
        QVERIFY(!m_dialog->exportMessageLabel()->isVisible());
    }

    void filtersInChinese()
    {
        QVERIFY(m_languages.setLanguage(u"zh_CN"_s));
        QCOMPARE(m_dialog->typeCombo()->itemText(0), u"全部类型"_s);
        QCOMPARE(m_dialog->workspaceCombo()->itemText(0), u"全部工作空间"_s);
        QVERIFY(m_dialog->summaryLabel()->text().contains(u"4"_s));
        QVERIFY(m_languages.setLanguage(u"en"_s));
        QCOMPARE(m_dialog->typeCombo()->itemText(0), u"All types"_s);
    }
};

QTEST_MAIN(tst_BillingHistory)
#include "tst_billinghistory.moc"
