#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The app's command line, run as a user would: options, and bad --database paths that must give
// a clear message on stderr, a non-zero exit code, no crash and an unchanged file.
class tst_CommandLine : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, const QString &systemLocale = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!systemLocale.isEmpty()) {
            env.insert(QStringLiteral("LC_ALL"), systemLocale);
            env.insert(QStringLiteral("LANG"), systemLocale);
        }
        env.insert(QStringLiteral("WC_NO_ERROR_DIALOG"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path()); // keep the user's settings out
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WC_APP_PATH), args);
        Run r;
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.status = p.exitStatus();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QTemporaryDir m_home;

private slots:
    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QLatin1String(WC_VERSION)));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("--database")));
        QVERIFY(help.out.contains(QLatin1String("--lang")));
    }

    void unknownLanguageIsRefused()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("xx")});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("Unknown language")));
        QVERIFY(r.err.contains(QLatin1String("zh_CN")));
    }

    // A launch that fails on a missing folder reports in the launch's language, so the language
    // of each launch is visible from outside.
    static bool speaksChinese(const Run &r) { return r.err.contains(QStringLiteral("不存在")); }
    static bool speaksEnglish(const Run &r) { return r.err.contains(QLatin1String("does not exist")); }

    void langOptionAppliesToThatLaunchOnly()
    {
        QTemporaryDir dir;
        const QStringList missing{QStringLiteral("--database"), dir.filePath(QStringLiteral("missing/x.sqlite3"))};
        const Run chinese = run(QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} + missing,
                                QStringLiteral("C.UTF-8"));
        QCOMPARE(chinese.exitCode, 2);
        QVERIFY2(speaksChinese(chinese), qPrintable(chinese.err));
        const Run next = run(missing, QStringLiteral("C.UTF-8"));
        QCOMPARE(next.exitCode, 2);
        QVERIFY2(speaksEnglish(next), qPrintable(next.err));
    }

    void systemLocaleDecidesWithoutAChoice_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("chinese");
        QTest::newRow("zh_CN system speaks Chinese") << QStringLiteral("zh_CN.UTF-8") << true;
        QTest::newRow("zh_TW system speaks Simplified Chinese") << QStringLiteral("zh_TW.UTF-8") << true;
        QTest::newRow("de_DE system speaks English") << QStringLiteral("de_DE.UTF-8") << false;
    }
    void systemLocaleDecidesWithoutAChoice()
    {
        QFETCH(QString, locale);
        QFETCH(bool, chinese);
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("--database"), dir.filePath(QStringLiteral("missing/x.sqlite3"))}, locale);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(chinese ? speaksChinese(r) : speaksEnglish(r), qPrintable(r.err));
    }

    void badDatabasePaths_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: do not create the file
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("message");
        QTest::newRow("folder does not exist") << QByteArray() << QStringLiteral("missing/dir/x.sqlite3")
                                               << QStringLiteral("does not exist");
        QTest::newRow("not an SQLite file") << QByteArray("just some notes\n") << QStringLiteral("notes.txt")
                                            << QStringLiteral("not a Workspace Console database");
    }
    void badDatabasePaths()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, relativePath);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(relativePath);
        if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const Run r = run({QStringLiteral("--database"), path});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), content);
        } else {
            QVERIFY(!QFile::exists(path));
        }
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
