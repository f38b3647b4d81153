#include "ui/common/Icons.h"

#include <QCoreApplication>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

#include <utility>

namespace {
struct Entry
{
    Icons::Id id;
    const char *theme; // freedesktop icon naming spec; empty: none fits, always the bundled one
    const char *file;
};

const Entry &entry(Icons::Id id)
{
    static const Entry table[] = {
        {Icons::Id::App, "io.github.workspaceconsole.WorkspaceConsole", "workspace-console"},
        {Icons::Id::Create, "list-add", "create"},
        {Icons::Id::Refresh, "view-refresh", "refresh"},
        {Icons::Id::Open, "document-open", "open"},
        {Icons::Id::Delete, "edit-delete", "delete"},
        {Icons::Id::UpgradeQuota, "go-up", "quota-up"},
        {Icons::Id::DowngradeQuota, "go-down", "quota-down"},
        {Icons::Id::Quota, "", "quota"},
        {Icons::Id::Tags, "", "tags"},
        {Icons::Id::Billing, "", "billing"},
        {Icons::Id::Language, "preferences-desktop-locale", "language"},
        {Icons::Id::Quit, "application-exit", "quit"},
        {Icons::Id::About, "help-about", "about"},
    };
    for (const Entry &e : table)
        if (e.id == id)
            return e;
    return table[0];
}

// What was drawn ahead (useDrawnAhead()): the application icon, and the other images by icon.
struct DrawnAhead
{
    QIcon app;
    QHash<int, QList<QImage>> images;
};
DrawnAhead &drawnAhead()
{
    static DrawnAhead drawn;
    return drawn;
}

// Only a desktop's own theme is asked. hicolor alone (no theme chosen: a bare window manager, a
// remote session) holds applications' icons, this app's being the bundled drawing, and reading
// its 55 KB index would cost milliseconds on the first frame.
bool isDesktopTheme(const QString &theme)
{
    return !theme.isEmpty() && theme != QLatin1String("hicolor");
}

// The theme or bundled icon of id, looked up once a theme (each menu has actions of its own,
// all sharing it).
QIcon resolve(Icons::Id id)
{
    struct Resolved
    {
        QString theme;
        QIcon icon;
    };
    static QHash<int, Resolved> cache;
    const QString theme = QIcon::themeName();
    const bool desktopTheme = isDesktopTheme(theme);
    if (id == Icons::Id::App && !desktopTheme && !drawnAhead().app.isNull())
        return drawnAhead().app;
    Resolved &r = cache[int(id)];
    if (r.icon.isNull() || r.theme != theme) {
        const Entry &e = entry(id);
        r.theme = theme;
        r.icon = *e.theme == '\0' || !desktopTheme ? Icons::bundled(id)
                                                   : QIcon::fromTheme(QLatin1String(e.theme), Icons::bundled(id));
    }
    return r.icon;
}

// Looks the icon up when it is first drawn or measured, not when an action is made: reading the
// icon theme's index and parsing an SVG cost milliseconds at start-up, for icons of menus that
// may never open.
class DeferredIconEngine : public QIconEngine
{
public:
    explicit DeferredIconEngine(Icons::Id id) : m_id(id) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        resolve(m_id).paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return resolve(m_id).actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QPixmap ahead = drawnAheadPixmap(size, mode, state, 1.0);
        return ahead.isNull() ? resolve(m_id).pixmap(size, 1.0, mode, state) : ahead;
    }
    // QIcon asks for device pixels and gives the scale; the icon it forwards to wants them back.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QPixmap ahead = drawnAheadPixmap(size, mode, state, scale > 0 ? scale : 1.0);
        return ahead.isNull() ? resolve(m_id).pixmap(scale > 0 ? size / scale : size, scale, mode, state) : ahead;
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return resolve(m_id).availableSizes(mode, state);
    }
    QString iconName() override { return resolve(m_id).name(); }
    // Never null: the bundled SVG is there when the theme has nothing.
    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("WcDeferredIconEngine"); }
    QIconEngine *clone() const override { return new DeferredIconEngine(m_id); }

private:
    // The image drawn ahead for exactly these device pixels, if any (normal and off only).
    QPixmap drawnAheadPixmap(const QSize &devicePixels, QIcon::Mode mode, QIcon::State state, qreal scale) const
    {
        if (mode != QIcon::Normal || state != QIcon::Off || isDesktopTheme(QIcon::themeName()))
            return {};
        for (const QImage &image : drawnAhead().images.value(int(m_id)))
            if (image.size() == devicePixels) {
                QPixmap pixmap = QPixmap::fromImage(image);
                pixmap.setDevicePixelRatio(scale);
                return pixmap;
            }
        return {};
    }

    Icons::Id m_id;
};
} // namespace

QString Icons::resourcePath(Id id)
{
    return QStringLiteral(":/icons/") + QLatin1String(entry(id).file) + QStringLiteral(".svg");
}

QIcon Icons::bundled(Id id)
{
    return QIcon(resourcePath(id));
}

QIcon Icons::icon(Id id)
{
    return QIcon(new DeferredIconEngine(id));
}


QList<Icons::Drawn> Icons::drawAhead()
{
    QList<Drawn> drawn;
    // Through Qt's SVG image plugin, loaded here on first use: the app does not link QtSvg, so
    // the dynamic loader does not resolve it before main() (the icon engine plugin loads it too).
    const auto draw = [&drawn](Id id, std::initializer_list<int> sizes) {
        for (const int size : sizes) {
            QImageReader reader(resourcePath(id), "svg");
            reader.setScaledSize(QSize(size, size));
            QImage image = reader.read();
            if (image.isNull())
                return;
            if (image.format() != QImage::Format_ARGB32_Premultiplied)
                image.convertTo(QImage::Format_ARGB32_Premultiplied);
            drawn.append({id, image});
        }
    };
    draw(Id::App, {16, 32, 64, 128});
    draw(Id::Create, {16, 32});
    return drawn;
}

void Icons::useDrawnAhead(const QList<Drawn> &drawn)
{
    DrawnAhead ahead;
    for (const Drawn &d : drawn) {
        if (d.id == Id::App)
            ahead.app.addPixmap(QPixmap::fromImage(d.image));
        else
            ahead.images[int(d.id)].append(d.image);
    }
    // The pixmaps go with the application, not after it.
    static bool cleanup = false;
    if (!std::exchange(cleanup, true))
        qAddPostRoutine([] { drawnAhead() = DrawnAhead(); });
    drawnAhead() = ahead;
}
