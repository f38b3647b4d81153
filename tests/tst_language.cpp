#include "AppSettings.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Session.h"
#include "SparkPage.h"
#include "TestSupport.h"
#include "WorkspaceTableModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>

// Switching language at run time: every open window, header and menu follows, without restart.
class tst_Language : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void languagesComeFromTheEmbeddedTranslations()
    {
        const QStringList languages = LanguageManager::availableLanguages();
        QVERIFY(languages.contains(QStringLiteral("en")));
        QVERIFY(languages.contains(QStringLiteral("zh_CN")));
        QCOMPARE(LanguageManager::normalize(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(LanguageManager::normalize(QStringLiteral("zh_SG")), QStringLiteral("zh_CN"));
        QCOMPARE(LanguageManager::normalize(QStringLiteral("fr_FR")), QStringLiteral("en"));
    }

    void switchesToChineseAndBackWithoutRestart()
    {
        TestEnv env;
        QTemporaryDir settingsDir;
        AppSettings settings(settingsDir.filePath(QStringLiteral("s.ini")));
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        Session session(env.services->account.owner());
        MainWindow window(*env.services, session, languages, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *create = window.findChild<QPushButton *>(QStringLiteral("createWorkspaceButton"));
        auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        QTableView *view = window.sparkPage()->view();
        QCOMPARE(create->text(), QStringLiteral("Create Workspace"));

        // Through the View -> Language menu, as a user would.
        QAction *chinese = window.languageMenu()->findChild<QAction *>(QStringLiteral("language_zh_CN"));
        QVERIFY(chinese);
        chinese->trigger();
        QCOMPARE(languages.current(), QStringLiteral("zh_CN"));
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
        QCOMPARE(create->text(), QStringLiteral("创建工作空间"));
        QCOMPARE(create->accessibleName().isEmpty() ? create->text() : create->accessibleName(), QStringLiteral("创建工作空间"));
        QCOMPARE(count->text(), QStringLiteral("5 个工作空间"));
        QCOMPARE(view->model()->headerData(WorkspaceTableModel::ActionsColumn, Qt::Horizontal).toString(), QStringLiteral("操作"));
        QCOMPARE(view->model()->headerData(WorkspaceTableModel::RegionColumn, Qt::Horizontal).toString(), QStringLiteral("地域"));
        QCOMPARE(window.sparkPage()->upgradeAction()->text(), QStringLiteral("升级包年包月配额"));
        QCOMPARE(window.languageMenu()->title(), QStringLiteral("语言(&L)"));
        const QModelIndex hk = view->model()->index(0, WorkspaceTableModel::RegionColumn);
        QVERIFY(!hk.data().toString().isEmpty());
        QVERIFY(hk.data().toString().contains(QChar(0x534E)) || hk.data().toString().contains(QChar(0x4E2D))
                || hk.data().toString().contains(QChar(0x65B0)) || hk.data().toString().contains(QChar(0x5FB7)));
        // Qt's own strings follow too (qtbase_zh_CN.qm).
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));

        QAction *english = window.languageMenu()->findChild<QAction *>(QStringLiteral("language_en"));
        english->trigger();
        QCOMPARE(create->text(), QStringLiteral("Create Workspace"));
        QCOMPARE(count->text(), QStringLiteral("5 workspaces"));
        QCOMPARE(view->model()->headerData(WorkspaceTableModel::ActionsColumn, Qt::Horizontal).toString(), QStringLiteral("Actions"));
    }
};

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
