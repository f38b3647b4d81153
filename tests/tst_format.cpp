#include "models/Format.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

#include <ctime>
#include <limits>

// Issue 9 finding 5: one formatter for CUs, money and date-times. Every window calls it, so these
// rows are what the list, the workspace window, the dialogs and Billing History all show.
class tst_Format : public QObject
{
    Q_OBJECT

    static QLocale en() { return QLocale(QLocale::English, QLocale::UnitedStates); }
    static QLocale zh() { return QLocale(QLocale::Chinese, QLocale::China); }

private slots:
    void initTestCase()
    {
        // A fixed zone east of UTC, so "local time" is visibly not UTC.
        qputenv("TZ", "Asia/Shanghai");
        tzset();
    }
    void cleanup() { QLocale::setDefault(en()); }

    void numbers_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("cus");
        QTest::newRow("English groups thousands") << en() << qint64(1200) << QStringLiteral("1,200") << QStringLiteral("1,200 CUs");
        QTest::newRow("English one CU") << en() << qint64(1) << QStringLiteral("1") << QStringLiteral("1 CU");
        QTest::newRow("Chinese groups thousands too") << zh() << qint64(1200) << QStringLiteral("1,200") << QStringLiteral("1,200 CUs");
        QTest::newRow("C locale reads as English") << QLocale::c() << qint64(1000000) << QStringLiteral("1,000,000") << QStringLiteral("1,000,000 CUs");
        QTest::newRow("Largest quota") << en() << qint64(2147483647) << QStringLiteral("2,147,483,647") << QStringLiteral("2,147,483,647 CUs");
    }
    void numbers()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, n);
        QFETCH(QString, number);
        QFETCH(QString, cus);
        QLocale::setDefault(locale);
        QCOMPARE(Format::number(n), number);
        QCOMPARE(Format::cus(n), cus); // untranslated here: the test installs no translator
    }

    void money_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("expected");
        const QLocale de(QLocale::German, QLocale::Germany);
        QTest::newRow("English") << en() << qint64(123456789) << QStringLiteral("$1,234,567.89");
        QTest::newRow("English cents") << en() << qint64(5) << QStringLiteral("$0.05");
        // Billing History says refunds are negative: a minus sign, never parentheses.
        QTest::newRow("English refund") << en() << qint64(-966233) << QStringLiteral("-$9,662.33");
        QTest::newRow("Chinese") << zh() << qint64(241450) << QStringLiteral("$2,414.50");
        QTest::newRow("Chinese refund") << zh() << qint64(-5) << QStringLiteral("-$0.05");
        QTest::newRow("German: symbol after, comma") << de << qint64(123456789) << QStringLiteral("1.234.567,89\u00A0$");
        QTest::newRow("German refund") << de << qint64(-579) << QStringLiteral("-5,79\u00A0$");
        QTest::newRow("C locale uses the US layout") << QLocale::c() << qint64(-123456) << QStringLiteral("-$1,234.56");
        QTest::newRow("most negative amount does not overflow")
            << en() << std::numeric_limits<qint64>::min() << QStringLiteral("-$92,233,720,368,547,758.08");
    }
    void money()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, cents);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);
        QCOMPARE(Format::money(cents), expected);
        if (cents >= 0 && locale.language() != QLocale::C) // Qt's own layout for the same amount
            QCOMPARE(Format::money(cents), locale.toCurrencyString(double(cents) / 100, QStringLiteral("$"), 2));
    }

    void unitPrices_data()
    {
        QTest::addColumn<qint64>("microUsd");
        QTest::addColumn<QString>("expected");
        QTest::newRow("six decimals") << qint64(67106) << QStringLiteral("$0.067106");
        QTest::newRow("trailing zeros dropped") << qint64(24144960) << QStringLiteral("$24.14496");
        QTest::newRow("at least two decimals") << qint64(5000000) << QStringLiteral("$5.00");
        QTest::newRow("grouped") << qint64(1234067106) << QStringLiteral("$1,234.067106");
    }
    void unitPrices()
    {
        QFETCH(qint64, microUsd);
        QFETCH(QString, expected);
        QCOMPARE(Format::unitPrice(microUsd), expected);
    }

    void nameLists_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("expected");
        const QStringList two{QStringLiteral("alice"), QStringLiteral("bob")};
        const QStringList three{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};
        QTest::newRow("English two") << en() << two << QStringLiteral("alice and bob");
        QTest::newRow("English three") << en() << three << QStringLiteral("alice, bob, and carol");
        // Issue 15 item 9: "已将 alice和bob 添加为…" ran the names into the conjunction.
        QTest::newRow("Chinese two") << zh() << two << QStringLiteral("alice、bob");
        QTest::newRow("Chinese three") << zh() << three << QStringLiteral("alice、bob、carol");
        QTest::newRow("one name") << zh() << QStringList{QStringLiteral("alice")} << QStringLiteral("alice");
    }
    void nameLists()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, names);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);
        QCOMPARE(Format::nameList(names), expected);
    }

    void dateTimes_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("shortText");
        QTest::addColumn<QString>("fullText");
        // 2027-02-15 08:58:01 UTC is 16:58:01 in Shanghai (UTC+8).
        QTest::newRow("English") << en() << QStringLiteral("Feb 15, 2027, 16:58") << QStringLiteral("Feb 15, 2027, 16:58:01 (UTC+08:00)");
        // The "2027年2月15日星期一 UTC 16:58:01": no weekday, local time, year first.
        QTest::newRow("Chinese") << zh() << QStringLiteral("2027年2月15日 16:58") << QStringLiteral("2027年2月15日 16:58:01 (UTC+08:00)");
    }
    void dateTimes()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, shortText);
        QFETCH(QString, fullText);
        QLocale::setDefault(locale);
        const qint64 ms = QDateTime(QDate(2027, 2, 15), QTime(8, 58, 1), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(Format::dateTime(ms), shortText);
        QCOMPARE(Format::dateTimeFull(ms), fullText);
    }
};

QTEST_GUILESS_MAIN(tst_Format)
#include "tst_format.moc"
