#include "ui/common/AppSettings.h"

namespace {
struct Entry
{
    AppSettings::Key key;
    const char *name;
    QVariant defaultValue;
};

const Entry &entry(AppSettings::Key key)
{
    static const Entry table[] = {
        // Only the choice made in View -> Language; a new key, because older versions also stored
        // --lang here and that must not keep deciding later launches.
        {AppSettings::Key::Language, "view/language", QString()},
        {AppSettings::Key::MainWindowGeometry, "mainWindow/geometry", QByteArray()},
        {AppSettings::Key::MainWindowState, "mainWindow/state", QByteArray()},
        // A new key when the list's columns change (v2: Expires): QHeaderView would apply an older
        // layout's widths and sort indicator to the wrong sections.
        {AppSettings::Key::WorkspaceHeaderState, "workspaceList/headerState2", QByteArray()},
        {AppSettings::Key::DetailWindowGeometry, "detailWindow/geometry", QByteArray()},
    };
    for (const Entry &e : table)
        if (e.key == key)
            return e;
    return table[0];
}
} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

QVariant AppSettings::value(Key key) const
{
    const Entry &e = entry(key);
    return m_settings->value(QLatin1String(e.name), e.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(entry(key).name), value);
}
