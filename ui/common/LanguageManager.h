#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>
#include <memory>

// Installs the app's and Qt's own translators and switches language at run time. The list of
// languages comes from the .qm files embedded at :/i18n/, so adding a language is one .ts file.
// Installing a translator makes Qt send QEvent::LanguageChange to every widget; item models are
// told through languageChanged().
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList availableLanguages();     // e.g. {"en", "zh_CN"}
    static QString nativeName(const QString &code); // "English", "简体中文"
    static QString normalize(const QString &code); // best match among available, or "en"
    // The language of a launch: --lang (this launch only) if given, else the one chosen in
    // View -> Language, else the system's (zh_* -> Simplified Chinese, anything else English).
    static QString startupLanguage(const QString &commandLine, const QString &remembered,
                                   const QLocale &system = QLocale::system());

    QString current() const { return m_current; }
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    QString m_current;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
