#include "ui/common/LanguageManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>

namespace {
const QString Prefix = QStringLiteral("workspaceconsole_");
}

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::availableLanguages()
{
    // The catalogues are embedded: listed once (start-up asks several times).
    static const QStringList codes = [] {
        QStringList found;
        const QStringList files =
            QDir(QStringLiteral(":/i18n")).entryList({Prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
        for (const QString &f : files)
            found << f.mid(Prefix.size()).chopped(3);
        if (!found.contains(QLatin1String("en")))
            found.prepend(QStringLiteral("en"));
        return found;
    }();
    return codes;
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

QString LanguageManager::normalize(const QString &code)
{
    const QStringList available = availableLanguages();
    if (available.contains(code))
        return code;
    const QString language = QLocale(code).name().section(QLatin1Char('_'), 0, 0);
    for (const QString &c : available)
        if (c.section(QLatin1Char('_'), 0, 0) == language)
            return c;
    return QStringLiteral("en");
}

QString LanguageManager::startupLanguage(const QString &commandLine, const QString &remembered, const QLocale &system)
{
    if (!commandLine.isEmpty())
        return normalize(commandLine);
    if (!remembered.isEmpty())
        return normalize(remembered);
    return normalize(system.name());
}

bool LanguageManager::setLanguage(const QString &requested)
{
    const QString code = normalize(requested);
    if (code == m_current)
        return true;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    bool ok = true;
    if (m_app->load(QStringLiteral(":/i18n/") + Prefix + code + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(m_app.get());
    else
        ok = code == QLatin1String("en");
    if (code != QLatin1String("en")
        && m_qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    QLocale::setDefault(QLocale(code));
    m_current = code;
    // Qt posts LanguageChange to every window; deliver it now so the whole UI has switched when
    // this returns (menus, dialogs and models in one consistent state).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    emit languageChanged(code);
    return ok;
}
