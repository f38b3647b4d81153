#include "ui/detail/catalogs/AddCatalogDialog.h"
#include "ui/detail/members/AddMemberDialog.h"
#include "ui/common/AppSettings.h"
#include "ui/billing/BillingHistoryDialog.h"
#include "ui/detail/members/ChangeRoleDialog.h"
#include "ui/create/CreateCatalogDialog.h"
#include "ui/create/CreateWorkspaceDialog.h"
#include "ui/workspaces/DeleteWorkspaceDialog.h"
#include "ui/tags/EditTagsDialog.h"
#include "ui/common/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/quota/PayAsYouGoQuotaDialog.h"
#include "models/ProductSpec.h"
#include "ui/detail/queues/QueueDialog.h"
#include "ui/detail/jobs/RunJobDialog.h"
#include "models/Session.h"
#include "ui/quota/SubscriptionQuotaDialog.h"
#include "ui/lifecycle/AutoRenewDialog.h"
#include "ui/lifecycle/ConvertToSubscriptionDialog.h"
#include "ui/lifecycle/RenewDialog.h"
#include "tests/testsupport/WidgetSupport.h"
#include "ui/detail/WorkspaceDetailWindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QScrollArea>
#include <QAbstractItemView>
#include <QGroupBox>
#include <QLabel>
#include <QComboBox>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <functional>

// Walks every window and dialog of the app, in English and in Simplified Chinese: every
// interactive widget has an accessible name (a field's equals its visible label), and in Chinese
// the window title, every button and every field label are translated.
namespace {

// A label's text as a name: no mnemonic ("&Filter:", "筛选(&F)："), no trailing colon.
QString normalizedLabel(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
        text.chop(1);
    text.remove(QRegularExpression(QStringLiteral("\\(&?[A-Za-z0-9]\\)$")));
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

bool labelledBy(QAccessibleInterface *iface, QLabel *label)
{
    const auto relations = iface->relations(QAccessible::Label);
    for (const auto &relation : relations)
        if (relation.first && relation.first->object() == label)
            return true;
    return false;
}

// English words left in a Chinese UI (acronyms such as CU or OK are fine).
bool looksEnglish(QString s)
{
    s.remove(QLatin1Char('&'));
    return s.contains(QRegularExpression(QStringLiteral("[A-Za-z][a-z]{2,}")));
}

bool hasHan(const QString &s)
{
    for (const uint c : s.toUcs4())
        if (QChar::script(c) == QChar::Script_Han)
            return true;
    return false;
}

QString idOf(TestEnv &env, const char *name)
{
    return env.services->workspaces.findByName(QString::fromUtf8(name))->id;
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void everyWindowAndDialog_data()
    {
        addWindowColumns();
        const QList<QPair<const char *, WindowFactory>> windows = {
            {"main window", [](TestEnv &env, Session &s, LanguageManager &l, AppSettings &a) -> QWidget * {
                 return new MainWindow(*env.services, s, l, a);
             }},
            {"Create Workspace", [](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                 auto *d = new CreateWorkspaceDialog(*env.services, s);
                 return d;
             }},
            {"Create Catalog", [](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                 return new CreateCatalogDialog(*env.services, s, QStringLiteral("cn-hangzhou"));
             }},
            {"Delete (pay-as-you-go)", [](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                 return new DeleteWorkspaceDialog(*env.services, s, idOf(env, "eu-analytics"));
             }},
            {"Delete with a running job", [](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                 return new DeleteWorkspaceDialog(*env.services, s, idOf(env, "ml-training"));
             }},
            {"Unsubscribe", [](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                 return new DeleteWorkspaceDialog(*env.services, s, idOf(env, "reporting_hk"));
             }},
            {"Upgrade", [](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                 return new SubscriptionQuotaDialog(*env.services, s, idOf(env, "spark-etl-prod"), QuotaService::Direction::Upgrade);
             }},
            {"Downgrade", [](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                 return new SubscriptionQuotaDialog(*env.services, s, idOf(env, "spark-etl-prod"), QuotaService::Direction::Downgrade);
             }},
            {"Renew", [](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                 return new RenewDialog(*env.services, s, idOf(env, "spark-etl-prod"));
             }},
            {"Auto-renew Settings", [](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                 return new AutoRenewDialog(*env.services, s, idOf(env, "reporting_hk"));
             }},
            {"Convert to Subscription", [](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                 return new ConvertToSubscriptionDialog(*env.services, s, idOf(env, "eu-analytics"));
             }},
            {"Modify Pay-as-you-go Quota", [](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                 return new PayAsYouGoQuotaDialog(*env.services, s, idOf(env, "eu-analytics"));
             }},
            {"Edit Tags", [](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                 return new EditTagsDialog(*env.services, s, idOf(env, "spark-etl-prod"));
             }},
            {"Billing History", [](TestEnv &env, Session &, LanguageManager &, AppSettings &) -> QWidget * {
                 return new BillingHistoryDialog(*env.services);
             }},
            {"Run Job", [](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                 return new RunJobDialog(*env.services, s, idOf(env, "ml-training"));
             }},
            {"Add User", [](TestEnv &, Session &, LanguageManager &, AppSettings &) -> QWidget * {
                 return new AddMemberDialog({QStringLiteral("alice"), QStringLiteral("bob")});
             }},
            {"Change Role", [](TestEnv &, Session &, LanguageManager &, AppSettings &) -> QWidget * {
                 return new ChangeRoleDialog(QStringLiteral("bob"), ProductSpec::RoleDataScience);
             }},
            {"Add Queue", [](TestEnv &, Session &, LanguageManager &, AppSettings &) -> QWidget * {
                 return new QueueDialog(QueueDialog::Mode::Add, QString(), 0, 40, 200);
             }},
            {"Add Catalog", [](TestEnv &, Session &, LanguageManager &, AppSettings &) -> QWidget * {
                 return new AddCatalogDialog(QStringLiteral("cn-hangzhou"),
                                             {DlfCatalog{QStringLiteral("sales"), QStringLiteral("cn-hangzhou")}});
             }},
        };
        for (const auto &[name, factory] : windows)
            addWindowRows(name, factory);
        for (int tab = 0; tab < 5; ++tab) { // Overview, Jobs, Members, Queues, Data Catalogs
            const WindowFactory detail = [tab](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                auto *w = new WorkspaceDetailWindow(*env.services, s, idOf(env, "spark-etl-prod"));
                w->refresh();
                w->tabs()->setCurrentIndex(tab);
                return w;
            };
            addWindowRows(QByteArray("workspace window tab " + QByteArray::number(tab)).constData(), detail);
        }
        // The Overview of a pay-as-you-go workspace has Convert to Subscription instead of Renew.
        addWindowRows("Overview of a pay-as-you-go workspace",
                      [](TestEnv &env, Session &s, LanguageManager &, AppSettings &) -> QWidget * {
                          return new WorkspaceDetailWindow(*env.services, s, idOf(env, "eu-analytics"));
                      });
    }

    void everyWindowAndDialog()
    {
        const std::unique_ptr<RowWindow> row = openRowWindow();
        QVERIFY2(row, "the row's language could not be loaded");
        QWidget *window = row->window.get();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        const QStringList missing = widgetsWithoutAccessibleName(window);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("without a name: ") + missing.join(QStringLiteral(", "))));

        QFETCH(QString, language);
        QStringList mismatched;
        QStringList untranslated;
        const bool chinese = language == QLatin1String("zh_CN");
        if (chinese && !hasHan(window->windowTitle()))
            untranslated << QStringLiteral("window title \"%1\"").arg(window->windowTitle());
        for (QLabel *label : window->findChildren<QLabel *>()) {
            QWidget *buddy = label->buddy();
            if (!buddy || !label->isVisibleTo(window) || !buddy->isVisibleTo(window))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(buddy);
            const QString name = iface ? iface->text(QAccessible::Name) : QString();
            // Qt on Linux names a combo box by its current value and exposes the label through
            // the "labelled by" relation, which is what AT-SPI screen readers announce.
            if (qobject_cast<QComboBox *>(buddy)) {
                if (!iface || !labelledBy(iface, label))
                    mismatched << QStringLiteral("%1: not labelled by \"%2\"").arg(buddy->objectName(), label->text());
            } else if (normalizedLabel(name) != normalizedLabel(label->text()))
                mismatched << QStringLiteral("%1: name \"%2\", label \"%3\"").arg(buddy->objectName(), name, label->text());
            if (chinese && looksEnglish(label->text()))
                untranslated << QStringLiteral("label \"%1\"").arg(label->text());
        }
        if (chinese) {
            for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
                if (button->isVisibleTo(window) && looksEnglish(button->text()))
                    untranslated << QStringLiteral("button \"%1\"").arg(button->text());
            }
        }
        QVERIFY2(mismatched.isEmpty(), qPrintable(mismatched.join(QLatin1Char('\n'))));
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }

    // Keyboard only (issue 15): unique Alt keys, and Tab reaches every control, stopping only at
    // visible, named ones.
    void keyboardOnly_data() { everyWindowAndDialog_data(); }
    void keyboardOnly()
    {
        const std::unique_ptr<RowWindow> row = openRowWindow();
        QVERIFY2(row, "the row's language could not be loaded");
        QWidget *window = row->window.get();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));

        const QStringList clashes = duplicateMnemonics(window);
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("shared Alt keys: ") + clashes.join(QStringLiteral("; "))));

        if (!QApplication::focusWidget())
            QTest::keyClick(window, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget());
        bool closed = false;
        const QList<QWidget *> stops = tabCycle(window, 400, &closed);
        QStringList bad;
        if (!closed)
            bad << QStringLiteral("Tab never comes back to ") + describeWidget(stops.value(0));
        for (QWidget *w : stops) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!w->isVisible())
                bad << QStringLiteral("invisible stop ") + describeWidget(w);
            else if (qobject_cast<QScrollArea *>(w))
                bad << QStringLiteral("scroll area as a stop ") + describeWidget(w);
            else if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                bad << QStringLiteral("unnamed stop ") + describeWidget(w);
        }
        for (QWidget *w : window->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w);
            if (!control || w->window() != window || !w->isVisible() || !w->isEnabled()
                || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
                continue;
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parent()))
                continue;
            if (!stops.contains(w))
                bad << QStringLiteral("Tab never reaches ") + describeWidget(w);
        }
        QStringList order;
        for (QWidget *w : stops)
            order << describeWidget(w);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n')) + QStringLiteral("\nTab order: ")
                                           + order.join(QStringLiteral(" -> "))));
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
