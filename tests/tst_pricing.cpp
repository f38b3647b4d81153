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

    void formatsCentsWithoutFloatingPoint()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Pricing::formatCents(123456789), QStringLiteral("$1,234,567.89"));
        QCOMPARE(Pricing::formatCents(5), QStringLiteral("$0.05"));
        QCOMPARE(Pricing::formatMicroUsd(67106), QStringLiteral("$0.067106"));
        QCOMPARE(Pricing::formatMicroUsd(1234067106), QStringLiteral("$1,234.067106"));
        QCOMPARE(Pricing::formatUnitPrice(67106), QStringLiteral("$0.067106"));
        QCOMPARE(Pricing::formatUnitPrice(24144960), QStringLiteral("$24.14496"));
        QCOMPARE(Pricing::formatUnitPrice(32210000), QStringLiteral("$32.21"));
        QCOMPARE(Pricing::formatUnitPrice(5000000), QStringLiteral("$5.00"));
    }

    // Issue 5: amounts in the UI locale's currency format, i.e. QLocale::toCurrencyString with the
    // USD symbol (symbol position, separators and the negative form), yet computed from integers.
    void formatsInTheLocalesCurrencyFormat_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("expected");
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale zh(QLocale::Chinese, QLocale::China);
        const QLocale de(QLocale::German, QLocale::Germany);
        QTest::newRow("English") << en << qint64(123456789) << QStringLiteral("$1,234,567.89");
        QTest::newRow("English refund") << en << qint64(-11600) << QStringLiteral("($116.00)");
        QTest::newRow("Chinese") << zh << qint64(241450) << QStringLiteral("$2,414.50");
        QTest::newRow("Chinese refund") << zh << qint64(-5) << QStringLiteral("($0.05)");
        QTest::newRow("German: symbol after, comma") << de << qint64(123456789) << QStringLiteral("1.234.567,89\u00A0$");
        QTest::newRow("German refund") << de << qint64(-579) << QStringLiteral("-5,79\u00A0$");
        QTest::newRow("C locale uses the US format") << QLocale::c() << qint64(-123456) << QStringLiteral("($1,234.56)");
    }

    void formatsInTheLocalesCurrencyFormat()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, cents);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);
        QCOMPARE(Pricing::formatCents(cents), expected);
        if (locale.language() != QLocale::C) {
            // The same text Qt gives for the amount as a currency value.
            QCOMPARE(Pricing::formatCents(cents), locale.toCurrencyString(double(cents) / 100, QStringLiteral("$"), 2));
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_GUILESS_MAIN(tst_Pricing)
#include "tst_pricing.moc"
