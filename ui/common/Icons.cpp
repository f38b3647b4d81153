#include "ui/common/Icons.h"

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
    const Entry &e = entry(id);
    if (*e.theme == '\0')
        return bundled(id);
    return QIcon::fromTheme(QLatin1String(e.theme), bundled(id));
}
