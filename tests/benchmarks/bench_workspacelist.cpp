// Opens the app's main window on an empty account and on 100,000 workspaces and reports:
// open + first paint, the median time of one filter keystroke, and peak RSS, next to a bare
// QApplication window as the floor. Reports only; never fails on time.
#include "ui/common/AppSettings.h"
#include "models/Clock.h"
#include "models/Database.h"
#include "models/DemoSeeder.h"
#include "ui/common/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/Session.h"
#include "ui/workspaces/SparkPage.h"
#include "models/WorkspaceService.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

void fill(const QString &path, int count)
{
    auto opened = Database::open(path);
    Clock clock;
    DemoSeeder::Options options;
    options.sampleWorkspaces = false;
    DemoSeeder::seed(*opened.db, clock, options);
    const qint64 now = clock.nowMs();
    const QStringList regions = ProductSpec::regionIds();
    opened.db->write([&]() -> Status {
        QSqlQuery w(opened.db->connection());
        QSqlQuery t(opened.db->connection());
        w.prepare(QStringLiteral("INSERT INTO workspaces (id, name, region, billing, cu_quota, directory, catalog_id,"
                                 " execution_role, status, ready_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?,"
                                 " 'default_catalog', ?, 'Running', ?, ?, ?)"));
        t.prepare(QStringLiteral("INSERT INTO workspace_tags (workspace_id, position, key, value) VALUES (?, 0, 'env', ?)"));
        for (int i = 0; i < count; ++i) {
            const QString id = WorkspaceService::newWorkspaceId();
            QString region = regions.at(i % regions.size());
            if (region == QLatin1String("na-south-1"))
                region = QStringLiteral("cn-beijing"); // no DLF catalog there
            w.addBindValue(id);
            w.addBindValue(i % 7 == 0 ? QStringLiteral("数据平台-%1").arg(i) : QStringLiteral("workspace-%1").arg(i, 6, 10, QLatin1Char('0')));
            w.addBindValue(region);
            w.addBindValue(i % 3 == 0 ? ProductSpec::Subscription : ProductSpec::PayAsYouGo);
            w.addBindValue(25 + i % 900);
            w.addBindValue(QStringLiteral("oss://emr-spark-logs-%1/w/").arg(region));
            w.addBindValue(ProductSpec::DefaultExecutionRole);
            w.addBindValue(now - i * 1000LL);
            w.addBindValue(now - i * 1000LL);
            w.addBindValue(QStringLiteral("1234567890123456"));
            if (!w.exec())
                return Database::storageError(QStringLiteral("fill"));
            if (i % 2 == 0) {
                t.addBindValue(id);
                t.addBindValue(i % 4 == 0 ? QStringLiteral("prod") : QStringLiteral("dev"));
                t.exec();
            }
        }
        return Status();
    });
}

struct Measurement
{
    double openAndPaintMs = 0;
    double fullyLoadedMs = 0;
    double medianKeystrokeMs = 0;
    double maxKeystrokeMs = 0;
    int rows = 0;
};

Measurement measure(const QString &path, bool keystrokes)
{
    Measurement m;
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("s.ini")));
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));

    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path);
    Clock clock;
    DemoSeeder::seed(*opened.db, clock);
    Services services(*opened.db, clock);
    Session session(services.account.owner().value());
    {
        MainWindow window(services, session, languages, settings);
        window.show();
        QTest::qWaitForWindowExposed(&window);
        window.repaint();
        QCoreApplication::processEvents();
        m.openAndPaintMs = timer.nsecsElapsed() / 1e6;
        // The rest of the list arrives from a worker thread; the window stays usable meanwhile.
        while (window.sparkPage()->isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        m.fullyLoadedMs = timer.nsecsElapsed() / 1e6;
        m.rows = window.sparkPage()->model()->rowCount();

        if (keystrokes) {
            auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
            filter->setFocus();
            // Typing, then erasing: both narrowing and widening filters.
            const QString typed = QStringLiteral("workspace-0123");
            QList<double> times;
            const auto stroke = [&](auto action) {
                QElapsedTimer t;
                t.start();
                action();
                window.sparkPage()->view()->viewport()->repaint();
                QCoreApplication::processEvents();
                times << t.nsecsElapsed() / 1e6;
            };
            for (const QChar c : typed)
                stroke([&] { QTest::keyClick(filter, c.toLatin1()); });
            for (int i = 0; i < typed.size(); ++i)
                stroke([&] { QTest::keyClick(filter, Qt::Key_Backspace); });
            std::sort(times.begin(), times.end());
            m.medianKeystrokeMs = times.at(times.size() / 2);
            m.maxKeystrokeMs = times.last();
        }
    }
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;

    QElapsedTimer floorTimer;
    floorTimer.start();
    {
        QWidget bare;
        bare.resize(1180, 720);
        bare.show();
        QTest::qWaitForWindowExposed(&bare);
        bare.repaint();
        QCoreApplication::processEvents();
    }
    const double floorMs = floorTimer.nsecsElapsed() / 1e6;
    const double floorRss = peakRssMiB();

    const QString emptyPath = dir.filePath(QStringLiteral("empty.sqlite3"));
    {
        auto opened = Database::open(emptyPath);
        Clock clock;
        DemoSeeder::Options options;
        options.sampleWorkspaces = false;
        DemoSeeder::seed(*opened.db, clock, options);
    }
    const Measurement empty = measure(emptyPath, false);
    const double emptyRss = peakRssMiB();

    const QString bigPath = dir.filePath(QStringLiteral("big.sqlite3"));
    QElapsedTimer fillTimer;
    fillTimer.start();
    fill(bigPath, count);
    const double fillMs = fillTimer.nsecsElapsed() / 1e6;
    const Measurement big = measure(bigPath, true);
    const double bigRss = peakRssMiB();

    std::printf("Workspace list benchmark (%d workspaces; fill took %.0f ms)\n", count, fillMs);
    std::printf("  bare QApplication window: first paint %8.1f ms   peak RSS %7.1f MiB\n", floorMs, floorRss);
    std::printf("  app, empty account:       open+paint  %8.1f ms   peak RSS %7.1f MiB\n", empty.openAndPaintMs, emptyRss);
    std::printf("  app, %6d workspaces:   open+paint  %8.1f ms   peak RSS %7.1f MiB   (%.2fx empty; goal <= 1.5x)\n",
                big.rows, big.openAndPaintMs, bigRss, big.openAndPaintMs / std::max(0.001, empty.openAndPaintMs));
    std::printf("  app, %6d workspaces:   all rows loaded in the background after %.1f ms\n", big.rows, big.fullyLoadedMs);
    std::printf("  filter keystroke at %d:   median %6.2f ms, max %6.2f ms (goal: median < 16 ms)\n", big.rows,
                big.medianKeystrokeMs, big.maxKeystrokeMs);
    return 0;
}
