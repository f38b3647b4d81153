#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>
#include <memory>

// Typed user settings with one defaults table (as KeePassXC's Config), injected into windows so
// tests use a temporary settings file instead of the user's.
class AppSettings
{
public:
    enum class Key { Language, MainWindowGeometry, MainWindowState, WorkspaceHeaderState, DetailWindowGeometry };

    // Reads and writes the user's settings (QSettings with the application's name).
    AppSettings();
    // Reads and writes an INI file at path (tests).
    explicit AppSettings(const QString &iniPath);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QString language() const { return value(Key::Language).toString(); }
    void setLanguage(const QString &code) { setValue(Key::Language, code); }

private:
    std::unique_ptr<QSettings> m_settings;
};
