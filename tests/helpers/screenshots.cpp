// Makes the README's screenshots from the real windows on the sample account (run under Xvfb by
// scripts/screenshots.sh, so fonts and styles are the ones users see).
//   wc_screenshots OUTPUT_FOLDER [--only-2x]
#include "models/Services.h"
#include "tests/testsupport/WidgetSupport.h"
#include "ui/common/CuEdit.h"
#include "ui/common/ScreenFit.h"
#include "ui/create/CreateWorkspaceDialog.h"
#include "ui/detail/WorkspaceDetailWindow.h"
#include "ui/detail/members/MembersTab.h"
#include "ui/quota/SubscriptionQuotaDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/workspaces/DeleteWorkspaceDialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <cstdio>

namespace {
QString g_out;

void shoot(QWidget *w, const QString &name)
{
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        qWarning("%s: window not exposed; the shot may be blank", qPrintable(name));
    QTest::qWait(200); // let delegates and fonts settle
    const QString path = QDir(g_out).filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    w->close();
}

QString idOf(AppEnv &app, const QString &name)
{
    return app.env.services->workspaces.findByName(name)->id;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication qapp(argc, argv);
    ScreenFit fit;
    qapp.installEventFilter(&fit);
    const QStringList args = qapp.arguments();
    if (args.size() < 2)
        return 2;
    g_out = args.at(1);
    const bool only2x = args.contains(QStringLiteral("--only-2x"));
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        AppEnv app;
        app.languages.setLanguage(lang);
        {
            MainWindow window(*app.env.services, app.session, app.languages, app.settings);
            window.resize(1180, 640);
            shoot(&window, only2x ? QStringLiteral("spark-page-2x-") + lang : QStringLiteral("spark-page-") + lang);
        }
        if (only2x)
            continue;
        {
            CreateWorkspaceDialog dialog(*app.env.services, app.session);
            for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
                if (e->objectName().contains(QStringLiteral("name"), Qt::CaseInsensitive)) {
                    e->setFocus();
                    QTest::keyClicks(e, QStringLiteral("my workspace!"));
                    break;
                }
            dialog.createButton()->click(); // shows every field's error next to the field
            shoot(&dialog, QStringLiteral("create-workspace-") + lang);
        }
        {
            DeleteWorkspaceDialog dialog(*app.env.services, app.session, idOf(app, QStringLiteral("ml-training")));
            dialog.show();
            QTest::keyClicks(dialog.confirmationEdit(), QStringLiteral("ml-training"));
            dialog.confirmButton()->click(); // refused: a job is running
            shoot(&dialog, QStringLiteral("delete-running-job-") + lang);
        }
        {
            SubscriptionQuotaDialog dialog(*app.env.services, app.session, idOf(app, QStringLiteral("spark-etl-prod")),
                                           QuotaService::Direction::Upgrade);
            dialog.cuEdit()->selectAll();
            QTest::keyClicks(dialog.cuEdit(), QStringLiteral("300"));
            shoot(&dialog, QStringLiteral("upgrade-quota-") + lang);
        }
        {
            WorkspaceDetailWindow window(*app.env.services, app.session, idOf(app, QStringLiteral("spark-etl-prod")));
            window.refresh();
            window.resize(900, 520);
            window.tabs()->setCurrentWidget(window.membersTab());
            shoot(&window, QStringLiteral("members-") + lang);
        }
        {
            // The Overview of a subscription: every setting, the period and its orders.
            WorkspaceDetailWindow window(*app.env.services, app.session, idOf(app, QStringLiteral("spark-etl-prod")));
            window.refresh();
            window.resize(900, 790);
            shoot(&window, QStringLiteral("overview-") + lang);
        }
    }
    return 0;
}
