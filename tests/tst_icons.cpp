#include "models/Services.h"
#include "models/Session.h"
#include "tests/testsupport/WidgetSupport.h"
#include "ui/common/AppSettings.h"
#include "ui/common/Icons.h"
#include "ui/common/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/workspaces/SparkPage.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <thread>

using namespace Qt::StringLiterals;

// Actions carry icons: the bundled SVGs load (the SVG icon engine is there) and render sharp at
// 1x and 2x, and every toolbar and menu action named in the issue has one.
class tst_Icons : public QObject
{
    Q_OBJECT

    static int opaquePixels(const QImage &image)
    {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += qAlpha(image.pixel(x, y)) > 0;
        return n;
    }

private slots:
    void bundledIconsRenderAtEveryScale_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<qreal>("scale");
        const QList<std::pair<const char *, Icons::Id>> ids{
            {"create", Icons::Id::Create}, {"refresh", Icons::Id::Refresh}, {"open", Icons::Id::Open},
            {"delete", Icons::Id::Delete}, {"upgrade quota", Icons::Id::UpgradeQuota},
            {"downgrade quota", Icons::Id::DowngradeQuota}, {"quota", Icons::Id::Quota}, {"tags", Icons::Id::Tags},
            {"billing", Icons::Id::Billing}, {"language", Icons::Id::Language}, {"quit", Icons::Id::Quit},
            {"about", Icons::Id::About}, {"application", Icons::Id::App}};
        for (const auto &[name, id] : ids)
            for (const qreal scale : {1.0, 2.0})
                QTest::addRow("%s at %gx", name, scale) << int(id) << scale;
    }
    void bundledIconsRenderAtEveryScale()
    {
        QFETCH(int, id);
        QFETCH(qreal, scale);
        const auto icon = Icons::Id(id);
        QVERIFY(QFile::exists(Icons::resourcePath(icon)));
        const QPixmap pixmap = Icons::bundled(icon).pixmap(QSize(16, 16), scale);
        QVERIFY(!pixmap.isNull());
        // Drawn for the device pixels from the SVG, not a 16 px image scaled up.
        QCOMPARE(pixmap.size(), QSize(16, 16) * scale);
        QCOMPARE(pixmap.devicePixelRatio(), scale);
        QVERIFY(opaquePixels(pixmap.toImage()) > 0);
    }

    // The icons actions carry are looked up when first drawn; drawn, they are the theme's or the
    // bundled SVG, at the screen's scale.
    void actionIconsRenderAtEveryScale_data() { bundledIconsRenderAtEveryScale_data(); }
    void actionIconsRenderAtEveryScale()
    {
        QFETCH(int, id);
        QFETCH(qreal, scale);
        const QIcon icon = Icons::icon(Icons::Id(id));
        QVERIFY(!icon.isNull());
        const QPixmap pixmap = icon.pixmap(QSize(16, 16), scale);
        QVERIFY(!pixmap.isNull());
        QVERIFY(opaquePixels(pixmap.toImage()) > 0);
        QCOMPARE(pixmap.devicePixelRatio(), scale);
        if (icon.name().isEmpty()) // the bundled SVG: drawn for the device pixels
            QCOMPARE(pixmap.size(), QSize(16, 16) * scale);
        else // a theme's image may be smaller, never larger
            QVERIFY(pixmap.width() <= 16 * scale && pixmap.height() <= 16 * scale);
        QImage painted(QSize(16, 16) * scale, QImage::Format_ARGB32_Premultiplied);
        painted.setDevicePixelRatio(scale);
        painted.fill(Qt::transparent);
        QPainter painter(&painted);
        icon.paint(&painter, QRect(0, 0, 16, 16));
        painter.end();
        QVERIFY(opaquePixels(painted) > 0);
    }

    // The desktop's icon theme comes first; hicolor alone (no theme chosen) is not asked: the
    // bundled drawing is used.
    void desktopThemeIconsComeFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkpath(u"TestTheme/16x16/actions"_s);
        QFile index(dir.filePath(u"TestTheme/index.theme"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=TestTheme\nDirectories=16x16/actions\n\n"
                    "[16x16/actions]\nSize=16\nContext=Actions\nType=Fixed\n");
        index.close();
        QPixmap red(16, 16);
        red.fill(Qt::red);
        QVERIFY(red.save(dir.filePath(u"TestTheme/16x16/actions/list-add.png"_s)));
        // A package that put a list-add into hicolor is not asked either.
        QDir(dir.path()).mkpath(u"hicolor/16x16/actions"_s);
        QVERIFY(QFile::copy(index.fileName(), dir.filePath(u"hicolor/index.theme"_s)));
        QVERIFY(red.save(dir.filePath(u"hicolor/16x16/actions/list-add.png"_s)));
        const QStringList paths = QIcon::themeSearchPaths();
        const QString theme = QIcon::themeName();
        QIcon::setThemeSearchPaths(QStringList{dir.path()} + paths);
        QIcon::setThemeName(u"TestTheme"_s);
        const QImage themed = Icons::icon(Icons::Id::Create).pixmap(QSize(16, 16), 1.0).toImage();
        QIcon::setThemeName(u"hicolor"_s);
        const QImage hicolor = Icons::icon(Icons::Id::Create).pixmap(QSize(16, 16), 1.0).toImage();
        QIcon::setThemeName(theme);
        QIcon::setThemeSearchPaths(paths);
        QCOMPARE(themed.pixelColor(8, 8), QColor(Qt::red));
        QCOMPARE(hicolor, Icons::bundled(Icons::Id::Create).pixmap(QSize(16, 16), 1.0).toImage());
    }

    // The first frame's icons are drawn on a second core during start-up: drawn there they are
    // what the SVG gives, and once handed over the window's icon has them in the sizes the
    // platform gives the window manager, and Create Workspace's button shows its own.
    void iconsDrawnAheadOnAnotherThreadAreTheSvgs()
    {
        QList<Icons::Drawn> drawn;
        std::thread drawer([&drawn] { drawn = Icons::drawAhead(); });
        drawer.join();
        QList<int> appSizes;
        QList<int> createSizes;
        for (const Icons::Drawn &d : std::as_const(drawn)) {
            const int size = d.image.width();
            QCOMPARE(d.image.height(), size);
            (d.id == Icons::Id::App ? appSizes : createSizes) << size;
            const QImage svg = Icons::bundled(d.id).pixmap(QSize(size, size), 1.0).toImage();
            QCOMPARE(d.image.convertToFormat(QImage::Format_ARGB32), svg.convertToFormat(QImage::Format_ARGB32));
        }
        QCOMPARE(appSizes, (QList<int>{16, 32, 64, 128}));
        QCOMPARE(createSizes, (QList<int>{16, 32}));

        // Marked, so what is shown is seen to be what was handed over, not drawn again.
        for (Icons::Drawn &d : drawn) {
            d.image = d.image.convertToFormat(QImage::Format_ARGB32);
            d.image.setPixel(0, 0, qRgba(255, 0, 0, 255));
        }
        Icons::useDrawnAhead(drawn);
        AppEnv app;
        MainWindow window(*app.env.services, app.session, app.languages, app.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QIcon icon = window.windowHandle()->icon();
        for (const Icons::Drawn &d : std::as_const(drawn)) {
            const int size = d.image.width();
            const QImage expected = d.image.convertToFormat(QImage::Format_ARGB32);
            if (d.id == Icons::Id::App) {
                QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
                QCOMPARE(icon.pixmap(QSize(size, size), 1.0).toImage().convertToFormat(QImage::Format_ARGB32), expected);
                continue;
            }
            // At 1x and 2x: the device pixels drawn ahead, with the scale they are for.
            const qreal scale = size / 16.0;
            const QPixmap shown = Icons::icon(d.id).pixmap(QSize(16, 16), scale);
            QCOMPARE(shown.devicePixelRatio(), scale);
            QImage pixels = shown.toImage().convertToFormat(QImage::Format_ARGB32);
            pixels.setDevicePixelRatio(1.0);
            QCOMPARE(pixels, expected);
        }
        // Other sizes and modes are still drawn from the SVG.
        const QPixmap large = Icons::icon(Icons::Id::Create).pixmap(QSize(48, 48), 1.0);
        QCOMPARE(large.toImage().convertToFormat(QImage::Format_ARGB32),
                 Icons::bundled(Icons::Id::Create).pixmap(QSize(48, 48), 1.0).toImage().convertToFormat(QImage::Format_ARGB32));
        const QImage disabled = Icons::icon(Icons::Id::Create).pixmap(QSize(16, 16), 1.0, QIcon::Disabled).toImage();
        QVERIFY(disabled.pixelColor(0, 0) != QColor(Qt::red));
    }

    void actionsHaveIcons()
    {
        AppEnv app;
        MainWindow window(*app.env.services, app.session, app.languages, app.settings);
        QStringList missing;
        const QStringList names{u"billingHistoryAction"_s, u"refreshAction"_s, u"openWorkspaceAction"_s,
                                u"deleteWorkspaceAction"_s, u"upgradeQuotaAction"_s, u"downgradeQuotaAction"_s,
                                u"modifyPayAsYouGoQuotaAction"_s, u"editTagsAction"_s};
        for (const QString &name : names) {
            const QList<QAction *> actions = window.findChildren<QAction *>(name);
            if (actions.isEmpty())
                missing << name + u" (not found)"_s;
            for (QAction *a : actions)
                if (a->icon().isNull())
                    missing << name;
        }
        bool createHasIcon = false;
        for (QAction *a : window.menuBar()->actions())
            for (QAction *item : a->menu() ? a->menu()->actions() : QList<QAction *>())
                if (item->shortcut() == QKeySequence(QKeySequence::New))
                    createHasIcon = !item->icon().isNull();
        if (!createHasIcon)
            missing << u"Create Workspace…"_s;
        if (window.languageMenu()->icon().isNull())
            missing << u"Language"_s;
        if (window.findChild<QPushButton *>(u"createWorkspaceButton"_s)->icon().isNull())
            missing << u"createWorkspaceButton"_s;
        if (window.windowIcon().isNull())
            missing << u"window icon"_s;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }
};

QTEST_MAIN(tst_Icons)
#include "tst_icons.moc"
