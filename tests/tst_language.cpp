#include "ui/common/AppSettings.h"
#include "ui/create/CreateWorkspaceDialog.h"
#include "ui/workspaces/DeleteWorkspaceDialog.h"
#include "ui/detail/jobs/JobsTab.h"
#include "ui/detail/members/MembersTab.h"
#include "ui/detail/WorkspaceDetailWindow.h"
#include <QLineEdit>
#include <QTabWidget>
#include "ui/common/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "models/Session.h"
#include "ui/workspaces/SparkPage.h"
#include "tests/testsupport/TestSupport.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QSettings>
#include <QTemporaryDir>
#include <QAbstractFileIconProvider>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

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

    // Issue 15 item 9: Qt's own folder picker (Back Up Job Scripts) names a folder "Folder" in a
    // Chinese UI, because Qt 6.4's Chinese catalogue lacks its file-type words; the app supplies
    // them.
    void qtFolderPickerWordsAreChinese()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"zh_CN"_s));
        QTemporaryDir dir;
        const QAbstractFileIconProvider provider;
        QCOMPARE(provider.type(QFileInfo(dir.path())), u"文件夹"_s);
        QVERIFY(languages.setLanguage(u"en"_s));
        QCOMPARE(provider.type(QFileInfo(dir.path())), u"Folder"_s);
    }

    void startupLanguageRule_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("remembered");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing chosen, Chinese system") << QString() << QString() << u"zh_CN"_s << u"zh_CN"_s;
        QTest::newRow("nothing chosen, Taiwanese system gets Simplified Chinese")
            << QString() << QString() << u"zh_TW"_s << u"zh_CN"_s;
        QTest::newRow("nothing chosen, German system gets English") << QString() << QString() << u"de_DE"_s << u"en"_s;
        QTest::newRow("nothing chosen, C locale gets English") << QString() << QString() << u"C"_s << u"en"_s;
        QTest::newRow("menu choice beats the system") << QString() << u"zh_CN"_s << u"en_US"_s << u"zh_CN"_s;
        QTest::newRow("menu choice of English beats a Chinese system") << QString() << u"en"_s << u"zh_CN"_s << u"en"_s;
        QTest::newRow("--lang beats the menu choice") << u"en"_s << u"zh_CN"_s << u"zh_CN"_s << u"en"_s;
        QTest::newRow("--lang beats the system") << u"zh_CN"_s << QString() << u"en_US"_s << u"zh_CN"_s;
    }
    void startupLanguageRule()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, remembered);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(LanguageManager::startupLanguage(commandLine, remembered, QLocale(system)), expected);
    }

    void onlyTheMenuChoiceIsRemembered()
    {
        QTemporaryDir settingsDir;
        const QString ini = settingsDir.filePath(QStringLiteral("s.ini"));
        {
            // What an older version wrote for a `--lang zh_CN` launch must not decide later ones.
            QSettings old(ini, QSettings::IniFormat);
            old.setValue(QStringLiteral("ui/language"), QStringLiteral("zh_CN"));
        }
        AppSettings settings(ini);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(LanguageManager::startupLanguage(QString(), settings.language(), QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("en"));
    }

    void switchesToChineseAndBackWithoutRestart()
    {
        TestEnv env;
        QTemporaryDir settingsDir;
        AppSettings settings(settingsDir.filePath(QStringLiteral("s.ini")));
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        Session session(env.services->account.owner().value());
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

    void dialogsSpeakChineseIncludingTheirErrors()
    {
        TestEnv env;
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
        Session session(env.services->account.owner().value());

        CreateWorkspaceDialog create(*env.services, session);
        create.show();
        QVERIFY(QTest::qWaitForWindowExposed(&create));
        QCOMPARE(create.windowTitle(), QStringLiteral("创建工作空间"));
        auto *name = create.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QTest::keyClicks(name, QStringLiteral("bad name"));
        QCOMPARE(create.errorText(Field::Name),
                 QStringLiteral("名称长度必须为 1 到 64 个字符，只能包含中文字符、字母、数字、连字符（-）和下划线（_）。"));
        QVERIFY(!create.createButton()->isEnabled());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("spark-etl-prod"));
        QVERIFY(create.errorText(Field::Name).contains(QStringLiteral("已存在")));
        create.close();

        const QString ml = env.services->workspaces.findByName(QStringLiteral("ml-training"))->id;
        DeleteWorkspaceDialog remove(*env.services, session, ml);
        remove.show();
        QVERIFY(QTest::qWaitForWindowExposed(&remove));
        auto *confirm = remove.findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QCOMPARE(confirm->text().remove(QLatin1Char('&')), QStringLiteral("删除工作空间"));
        // The running-job guard speaks Chinese too.
        auto *active = remove.findChild<QWidget *>(QStringLiteral("activeRunsBox"));
        QVERIFY(active && active->isVisible());
        bool chineseGuard = false;
        for (QLabel *l : active->findChildren<QLabel *>())
            chineseGuard = chineseGuard || l->text().contains(QStringLiteral("作业"));
        QVERIFY(chineseGuard);
        remove.close();

        WorkspaceDetailWindow detail(*env.services, session, ml);
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));
        QCOMPARE(detail.tabs()->tabText(0), QStringLiteral("概览"));
        QCOMPARE(detail.tabs()->tabText(1), QStringLiteral("作业"));
        QCOMPARE(detail.tabs()->tabText(2), QStringLiteral("成员"));
        QCOMPARE(detail.findChild<QPushButton *>(QStringLiteral("addMemberButton"))->text().remove(QLatin1Char('&')).left(4),
                 QStringLiteral("添加用户"));
        QCOMPARE(detail.findChild<QPushButton *>(QStringLiteral("removeMemberButton"))->text().remove(QLatin1Char('&')).left(2),
                 QStringLiteral("移除"));
        QVERIFY(detail.findChild<QPushButton *>(QStringLiteral("stopRunButton"))->text().contains(QStringLiteral("停止")));
        // Back to English while the window is open.
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(detail.tabs()->tabText(0), QStringLiteral("Overview"));
        QCOMPARE(detail.tabs()->tabText(1), QStringLiteral("Jobs"));
        QVERIFY(detail.findChild<QPushButton *>(QStringLiteral("stopRunButton"))->text().contains(QStringLiteral("Stop")));
    }
};

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
