#include "models/Pricing.h"
#include "models/ProductSpec.h"

#include <QTest>

class tst_Pricing : public QObject
{
    Q_OBJECT

private slots:
    void publishedMonthlyPrices_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<qint64>("centsPerCuMonth");
        // Spec §4: the x480 rule reproduces the published Singapore and Hong Kong prices.
        QTest::newRow("Singapore 32.21") << QStringLiteral("ap-southeast-1") << qint64(3221);
        QTest::newRow("Hong Kong 35.54") << QStringLiteral("cn-hongkong") << qint64(3554);
        QTest::newRow("Hangzhou 24.14") << QStringLiteral("cn-hangzhou") << qint64(2414);
    }
    void publishedMonthlyPrices()
    {
        QFETCH(QString, region);
        QFETCH(qint64, centsPerCuMonth);
        QCOMPARE(Pricing::subscriptionCents(region, 1, 1), centsPerCuMonth);
    }

    void roundsHalfUpOnlyAtTheEnd()
    {
        // 100 CU x 3 months in Singapore: 67,106 x 480 x 300 micro-USD = 9,663,264,000 -> $9,663.26
        QCOMPARE(Pricing::subscriptionCents(QStringLiteral("ap-southeast-1"), 100, 3), qint64(966326));
        QCOMPARE(ProductSpec::microUsdToCents(5000), qint64(1));
        QCOMPARE(ProductSpec::microUsdToCents(4999), qint64(0));
        QCOMPARE(ProductSpec::microUsdToCents(-5000), qint64(-1));
    }

    void payAsYouGoHourlyAtFullQuota()
    {
        // 1,000 CU x 0.050302 = $50.302 -> $50.30
        QCOMPARE(Pricing::payAsYouGoFullQuotaCentsPerHour(QStringLiteral("cn-beijing"), 1000), qint64(5030));
    }

    void expiryAddsCalendarMonths()
    {
        const qint64 jan31 = QDateTime(QDate(2026, 1, 31), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(Pricing::expiryMs(jan31, 1), Qt::UTC).date(), QDate(2026, 2, 28));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(Pricing::expiryMs(jan31, 12), Qt::UTC).date(), QDate(2027, 1, 31));
    }
};

QTEST_GUILESS_MAIN(tst_Pricing)
#include "tst_pricing.moc"
