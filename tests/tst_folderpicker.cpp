// The folder picker of Back Up Job Scripts: Qt's own dialog, shown in the app's language and date
// format, with its detail columns wide enough for their headers and dates (issue 15, item 9).
#include "models/Format.h"
#include "ui/common/FolderPicker.h"
#include "ui/common/LanguageManager.h"

#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

class tst_FolderPicker : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void columnsFitAndDatesFollowTheApp_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }
    void columnsFitAndDatesFollowTheApp()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"job-scripts-backup-with-a-long-folder-name"_s));

        QWidget parent;
        std::unique_ptr<QFileDialog> dialog(FolderPicker::create(&parent, u"Choose"_s));
        auto *files = dialog->findChild<QFileSystemModel *>();
        auto *tree = dialog->findChild<QTreeView *>(u"treeView"_s);
        QVERIFY(files && tree);
        // Narrow widths, as Qt restores them from an earlier session.
        dialog->setViewMode(QFileDialog::Detail);
        for (int column = 1; column < 4; ++column)
            tree->header()->resizeSection(column, 20);
        dialog->setDirectory(dir.path());
        dialog->resize(700, 420);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QTRY_VERIFY(tree->model()->rowCount(tree->rootIndex()) > 0);

        const QModelIndex folder = tree->model()->index(0, 3, tree->rootIndex());
        const QFileInfo info(dir.filePath(u"job-scripts-backup-with-a-long-folder-name"_s));
        QCOMPARE(folder.data().toString(), Format::dateTime(info.lastModified().toMSecsSinceEpoch()));

        const QFontMetrics headerFont(tree->header()->font());
        for (int column = 1; column < 4; ++column) {
            const QString caption = tree->model()->headerData(column, Qt::Horizontal).toString();
            // Wide enough for its caption and for every listed value.
            QTRY_VERIFY2(tree->header()->sectionSize(column) >= headerFont.horizontalAdvance(caption),
                         qPrintable(caption + u" is cut"_s));
            // Qt fills types and dates in late, from its file info thread; the width follows.
            const QFontMetrics cellFont(tree->font());
            const auto widest = [&] {
                int width = 0;
                for (int row = 0; row < tree->model()->rowCount(tree->rootIndex()); ++row)
                    width = std::max(width, cellFont.horizontalAdvance(
                                                tree->model()->index(row, column, tree->rootIndex()).data().toString()));
                return width;
            };
            QTRY_VERIFY2(tree->header()->sectionSize(column) >= widest(), qPrintable(caption + u" cuts its values"_s));
        }
        if (language == u"zh_CN"_s)
            QCOMPARE(tree->model()->headerData(3, Qt::Horizontal).toString(), u"修改日期"_s);
    }
};

QTEST_MAIN(tst_FolderPicker)
#include "tst_folderpicker.moc"
