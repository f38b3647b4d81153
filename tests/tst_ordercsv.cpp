#include "models/OrderCsv.h"
#include "models/ProductSpec.h"

#include <QDir>
#include <ctime>
#include <limits>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Billing History's CSV (issue 10): RFC 4180 quoting, UTF-8 with a BOM, amounts as decimal
// numbers, times in ISO 8601 UTC; any workspace name survives a round trip.
class tst_OrderCsv : public QObject
{
    Q_OBJECT

    static Order order(const QString &name, qint64 cents = 1234, int before = 0, int after = 100)
    {
        Order o;
        o.id = u"o-1000000001"_s;
        o.workspaceId = u"w-00000000000000aa"_s;
        o.workspaceName = name;
        o.type = ProductSpec::OrderNew;
        o.cuBefore = before;
        o.cuAfter = after;
        o.amountCents = cents;
        o.createdAtMs = 1'802'000'000'000LL;
        return o;
    }

private slots:
    void quotesOnlyWhatRfc4180Requires_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain text as it is") << u"spark-etl-prod"_s << u"spark-etl-prod"_s;
        QTest::newRow("empty stays empty") << QString() << QString();
        QTest::newRow("Chinese as it is") << u"数据分析平台"_s << u"数据分析平台"_s;
        QTest::newRow("spaces are kept, unquoted") << u" a b "_s << u" a b "_s;
        QTest::newRow("a comma is quoted") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("a quote is doubled inside quotes") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("a line feed is quoted") << u"line1\nline2"_s << u"\"line1\nline2\""_s;
        QTest::newRow("a carriage return is quoted") << u"a\rb"_s << u"\"a\rb\""_s;
    }
    void quotesOnlyWhatRfc4180Requires()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(OrderCsv::field(value), written);
    }

    void amountsAreDecimalNumbers_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("written");
        QTest::newRow("zero") << qint64(0) << u"0.00"_s;
        QTest::newRow("cents only") << qint64(5) << u"0.05"_s;
        QTest::newRow("a refund is negative") << qint64(-1234) << u"-12.34"_s;
        QTest::newRow("no grouping in thousands") << qint64(5'794'790) << u"57947.90"_s;
        QTest::newRow("a refund under a dollar") << qint64(-7) << u"-0.07"_s;
        QTest::newRow("the most negative amount") << std::numeric_limits<qint64>::min()
                                                  << u"-92233720368547758.08"_s;
    }
    void amountsAreDecimalNumbers()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, written);
        QCOMPARE(OrderCsv::amount(cents), written);
    }

    void timesAreIsoUtc_data()
    {
        QTest::addColumn<QByteArray>("timeZone");
        QTest::newRow("in UTC") << QByteArray("UTC");
        QTest::newRow("in Shanghai") << QByteArray("Asia/Shanghai");
        QTest::newRow("in New York") << QByteArray("America/New_York");
    }
    void timesAreIsoUtc()
    {
        QFETCH(QByteArray, timeZone);
        const QByteArray old = qgetenv("TZ");
        qputenv("TZ", timeZone);
        tzset();
        const QString written = OrderCsv::time(1'802'000'000'000LL);
        qputenv("TZ", old);
        tzset();
        QCOMPARE(written, u"2027-02-07T11:33:20Z"_s);
    }

    void aRecordHasEveryColumn()
    {
        const QStringList r = OrderCsv::record(order(u"n"_s, -1234, 200, 0));
        QCOMPARE(r.size(), OrderCsv::header().size());
        QCOMPARE(r, (QStringList{u"o-1000000001"_s, u"w-00000000000000aa"_s, u"n"_s, u"New purchase"_s, u"200"_s,
                                 QString(), u"-12.34"_s, u"2027-02-07T11:33:20Z"_s}));
    }

    void fileIsUtf8WithBomAndCrlf()
    {
        const QByteArray csv = OrderCsv::toCsv({order(u"数据"_s)});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.endsWith("\r\n"));
        QCOMPARE(csv.count("\r\n"), 2); // the header and one record
        QVERIFY(csv.contains(u"数据"_s.toUtf8()));
    }

    void namesSurviveARoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << u"spark-etl-prod"_s;
        QTest::newRow("comma") << u"etl, nightly"_s;
        QTest::newRow("quote") << u"the \"prod\" one"_s;
        QTest::newRow("newline") << u"first line\nsecond line"_s;
        QTest::newRow("CRLF inside") << u"a\r\nb"_s;
        QTest::newRow("Chinese") << u"数据分析平台"_s;
        QTest::newRow("all of them") << u"数据, \"平台\"\n第二行"_s;
        QTest::newRow("only a quote") << u"\""_s;
        QTest::newRow("empty") << QString();
    }
    void namesSurviveARoundTrip()
    {
        QFETCH(QString, name);
        const QList<Order> orders = {order(name, 5'794'790), order(u"next"_s, -1234, 200, 0)};
        const Result<QList<QStringList>> parsed = OrderCsv::parse(OrderCsv::toCsv(orders));
        QVERIFY2(parsed.ok(), qPrintable(parsed.text()));
        QCOMPARE(parsed->size(), 3);
        QCOMPARE(parsed->at(0), OrderCsv::header());
        QCOMPARE(parsed->at(1), OrderCsv::record(orders.at(0)));
        QCOMPARE(parsed->at(1).at(2), name);
        QCOMPARE(parsed->at(2), OrderCsv::record(orders.at(1)));
    }

    void malformedCsvIsRefused_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("unterminated quote") << QByteArray("a,\"b\r\n");
        QTest::newRow("text after a closing quote") << QByteArray("\"a\"b,c\r\n");
    }
    void malformedCsvIsRefused()
    {
        QFETCH(QByteArray, csv);
        QVERIFY(!OrderCsv::parse(csv).ok());
    }

    void saveWritesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"订单 billing.csv"_s);
        const QList<Order> orders = {order(u"数据, \"平台\""_s)};
        const Status saved = OrderCsv::save(path, orders);
        QVERIFY2(saved.ok(), qPrintable(saved.text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), OrderCsv::toCsv(orders));
    }

    void saveSaysWhyItFailed_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("a folder that does not exist") << u"missing/billing.csv"_s;
        QTest::newRow("a path that is a folder") << u"folder"_s;
    }
    void saveSaysWhyItFailed()
    {
        QFETCH(QString, where);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
        const QString path = dir.filePath(where);
        const Status saved = OrderCsv::save(path, {order(u"x"_s)});
        QVERIFY(!saved.ok());
        QVERIFY2(saved.text().contains(path), qPrintable(saved.text()));
        QVERIFY(saved.has(ErrorCode::Storage));
    }
};

QTEST_GUILESS_MAIN(tst_OrderCsv)
#include "tst_ordercsv.moc"
