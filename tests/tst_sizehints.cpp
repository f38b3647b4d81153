#include "ui/common/OneLineHeaderView.h"
#include "ui/common/WrappingLabel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;

// Widgets that answer a layout's size questions with less work than Qt's own (issue 12: the
// app's first frame) must answer exactly as Qt's own would, whatever the language, the font or
// the text in them, and never with a stale answer.
class tst_SizeHints : public QObject
{
    Q_OBJECT

    static QStandardItemModel *titledModel(const QStringList &titles, QObject *parent)
    {
        auto *model = new QStandardItemModel(0, int(titles.size()), parent);
        model->setHorizontalHeaderLabels(titles);
        return model;
    }

    // The header Qt gives a table, measured against the same model and settings.
    static int qtHeaderHeight(QAbstractItemModel *model, const QFont &font, bool sortIndicator)
    {
        QHeaderView qt(Qt::Horizontal);
        qt.setSectionsClickable(true);
        qt.setHighlightSections(true);
        qt.setFont(font);
        qt.setSortIndicatorShown(sortIndicator);
        qt.setModel(model);
        return qt.sizeHint().height();
    }

private slots:
    void headerIsAsTallAsQtsOwn_data()
    {
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<bool>("sortIndicator");
        QTest::addColumn<int>("pointSize");
        const QStringList english{u"Workspace Name / ID"_s, u"Region"_s, u"Billing Method"_s, u"CU Quota"_s,
                                  u"Status"_s, u"Tags"_s, u"Created"_s, u"Expires"_s, u"Actions"_s};
        const QStringList chinese{u"工作空间名称/ID"_s, u"地域"_s, u"付费类型"_s, u"CU 配额"_s, u"状态"_s,
                                  u"标签"_s, u"创建时间"_s, u"到期时间"_s, u"操作"_s};
        QTest::newRow("English") << english << true << 0;
        QTest::newRow("English, no sort arrow") << english << false << 0;
        QTest::newRow("Chinese") << chinese << true << 0;
        QTest::newRow("one Chinese title among English") << (QStringList(english) << u"到期"_s) << true << 0;
        QTest::newRow("large font") << english << true << 22;
        QTest::newRow("Chinese, large font") << chinese << true << 22;
        QTest::newRow("Arabic") << QStringList{u"المنطقة"_s, u"Tags"_s} << true << 0;
    }

    void headerIsAsTallAsQtsOwn()
    {
        QFETCH(QStringList, titles);
        QFETCH(bool, sortIndicator);
        QFETCH(int, pointSize);
        QObject owner;
        QAbstractItemModel *model = titledModel(titles, &owner);
        QFont font = QApplication::font();
        if (pointSize > 0)
            font.setPointSize(pointSize);
        OneLineHeaderView header;
        header.setFont(font);
        header.setSortIndicatorShown(sortIndicator);
        header.setModel(model);
        QCOMPARE(header.sizeHint().height(), qtHeaderHeight(model, font, sortIndicator));
        QVERIFY(header.sectionsClickable());
        QVERIFY(header.highlightSections());
    }

    void headerFollowsTitlesAndFont()
    {
        QObject owner;
        auto *model = titledModel({u"Region"_s, u"Tags"_s}, &owner);
        OneLineHeaderView header;
        header.setSortIndicatorShown(true);
        header.setModel(model);
        const int english = header.sizeHint().height();
        QCOMPARE(english, qtHeaderHeight(model, header.font(), true));

        // A language switch changes the titles, not the header's font.
        model->setHorizontalHeaderLabels({u"地域"_s, u"标签"_s});
        QCOMPARE(header.sizeHint().height(), qtHeaderHeight(model, header.font(), true));

        QFont large = header.font();
        large.setPointSize(large.pointSize() * 3);
        header.setFont(large);
        QCOMPARE(header.sizeHint().height(), qtHeaderHeight(model, large, true));
        QVERIFY(header.sizeHint().height() > english);
    }

    void wrappingLabelIsAsTallAsQLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("nextText");
        QTest::addRow("English") << u"No workspaces yet. Click Create Workspace to create the first one."_s
                                 << u"No workspace matches these filters."_s;
        QTest::addRow("Chinese") << u"还没有工作空间。点击“创建工作空间”创建第一个。"_s
                                 << u"没有符合筛选条件的工作空间。"_s;
        QTest::addRow("one long word") << QString(300, u'x') << u"short"_s;
    }

    void wrappingLabelIsAsTallAsQLabel()
    {
        QFETCH(QString, text);
        QFETCH(QString, nextText);
        WrappingLabel label;
        QLabel qt;
        qt.setWordWrap(true);
        QVERIFY(label.wordWrap());
        const auto compareAt = [&label, &qt](const QString &what) {
            for (int width : {0, 40, 120, 300, 700, 2000, QWIDGETSIZE_MAX}) {
                const int expected = qt.heightForWidth(width);
                // Twice: the second answer is the remembered one.
                QVERIFY2(label.heightForWidth(width) == expected, qPrintable(what + u" at "_s + QString::number(width)));
                QVERIFY2(label.heightForWidth(width) == expected, qPrintable(what + u" again at "_s + QString::number(width)));
            }
        };
        label.setText(text);
        qt.setText(text);
        QVERIFY(label.hasHeightForWidth());
        compareAt(u"text"_s);
        // A new text, then a new font: never an answer for what was there before.
        label.setText(nextText);
        qt.setText(nextText);
        compareAt(u"new text"_s);
        QFont large = label.font();
        large.setPointSize(large.pointSize() * 2);
        label.setFont(large);
        qt.setFont(large);
        compareAt(u"large font"_s);
        QCOMPARE(label.sizeHint(), qt.sizeHint());
        QCOMPARE(label.minimumSizeHint(), qt.minimumSizeHint());
    }
};

QTEST_MAIN(tst_SizeHints)
#include "tst_sizehints.moc"
