#include "tests/testsupport/WidgetSupport.h"
#include <QApplication>
#include <QTest>
#include <QMap>
#include <QAction>
#include <QMenuBar>
#include <QTabBar>
#include <QGroupBox>
#include <QLabel>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

AppEnv::AppEnv(bool sampleWorkspaces)
    : env(sampleWorkspaces), session(env.services->account.owner().value()),
      settings(settingsDir.filePath(QStringLiteral("settings.ini")))
{
}

void addWindowColumns()
{
    QTest::addColumn<WindowFactory>("factory");
    QTest::addColumn<QString>("language");
}

void addWindowRows(const char *name, const WindowFactory &factory)
{
    QTest::addRow("%s, English", name) << factory << QStringLiteral("en");
    QTest::addRow("%s, Chinese", name) << factory << QStringLiteral("zh_CN");
}

RowWindow::RowWindow(const WindowFactory &factory, const QString &language,
                     const std::function<void(TestEnv &)> &prepare)
    : languageSet(languages.setLanguage(language)), settings(settingsDir.filePath(QStringLiteral("s.ini"))),
      session(env.services->account.owner().value())
{
    if (prepare)
        prepare(env);
    window.reset(factory(env, session, languages, settings));
}

std::unique_ptr<RowWindow> openRowWindow(const std::function<void(TestEnv &)> &prepare)
{
    QFETCH(WindowFactory, factory);
    QFETCH(QString, language);
    auto row = std::make_unique<RowWindow>(factory, language, prepare);
    if (!row->languageSet)
        return nullptr;
    row->window->show();
    return row;
}

QStringList widgetsWithoutAccessibleName(QObject *root)
{
    QStringList missing;
    auto *rootWidget = qobject_cast<QWidget *>(root);
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        // Popups (a combo box's list) belong to their owner; a table's header is exposed as its
        // column headers, not as a control of its own.
        if ((rootWidget && w->window() != rootWidget->window()) || qobject_cast<QHeaderView *>(w))
            continue;
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w);
        if (!interactive || !w->isVisibleTo(w->window()))
            continue;
        // Line edits inside combo boxes and spin boxes are named by their owner.
        if (qobject_cast<QLineEdit *>(w) && (qobject_cast<QComboBox *>(w->parent()) || qobject_cast<QAbstractSpinBox *>(w->parent())))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            missing << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return missing;
}

namespace {
// The letter after a single '&' ("&&" is a literal ampersand), upper-cased; null when none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}
} // namespace

QStringList duplicateMnemonics(QWidget *window)
{
    QMap<QChar, QStringList> owners;
    const auto note = [&](const QString &text) {
        const QChar m = mnemonicOf(text);
        if (!m.isNull())
            owners[m] << QString(text).remove(QLatin1Char('&'));
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            note(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            note(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            note(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i));
        else if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (QAction *a : bar->actions())
                if (a->isVisible())
                    note(a->text());
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    return clashes;
}

QList<QWidget *> tabCycle(QWidget *window, int maxPresses, bool *closed)
{
    QList<QWidget *> stops;
    if (closed)
        *closed = false;
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != window)
        return stops;
    stops << start;
    for (int i = 0; i < maxPresses; ++i) {
        QWidget *current = QApplication::focusWidget();
        if (!current)
            break;
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (next == start && closed)
            *closed = true;
        if (!next || next == start)
            break;
        if (!stops.contains(next))
            stops << next;
    }
    return stops;
}

QString describeWidget(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return QStringLiteral("%1 %2 (%3)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                            iface ? iface->text(QAccessible::Name) : QString());
}

QStyleOptionViewItem cellOption(QAbstractItemView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.font = view->font();
    option.widget = view;
    return option;
}
