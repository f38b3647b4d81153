// Test helper: a second app process working on the same file through the real services, so two
// processes can race, one can be killed mid-write, and one can watch the other's changes arrive.
//   race <db> <rounds> <prefix>  prints "ready", then per line on stdin creates <prefix>-<round>
//                                and prints "won", "taken" or "error <text>"
//   create <db> <prefix>         creates <prefix>-0, -1, ... with three tags until killed,
//                                printing "created <name>" after each commit
//   once <db> add <name>         one change, then exit, printing "ok" or "error <text>":
//   once <db> quota <name> <cu>  add a pay-as-you-go workspace, set a pay-as-you-go quota,
//   once <db> delete <name>      delete a workspace, stop its first active run
//   once <db> stop <name>
//   interrupted <db> -           a first write into a new file that dies before its COMMIT,
//                                leaving the file and a hot rollback journal (exit code 0)
// WC_NOW_MS, when set, is the clock time to use (the test's manual clock), so both processes
// agree on which runs are still going.
#include "models/Clock.h"
#include "models/Database.h"
#include "models/DemoSeeder.h"
#include "models/Domain.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/WorkspaceRules.h"
#include "tests/testsupport/Fixtures.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <cstdlib>
#include <cstdio>
#include <iostream>
#include <string>

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int report(const Status &s)
{
    say(s.ok() ? QStringLiteral("ok") : QStringLiteral("error ") + s.text());
    return s.ok() ? 0 : 1;
}

int once(Services &services, const Identity &owner, const QStringList &args)
{
    const QString &command = args.at(0);
    const QString &name = args.at(1);
    if (command == QLatin1String("add"))
        return report(services.workspaces.create(owner, Fixtures::payAsYouGoSpec(name)));
    const Result<Workspace> w = services.workspaces.findByName(name);
    if (!w.ok())
        return report(w);
    if (command == QLatin1String("delete"))
        return report(services.deletion.deleteWorkspace(owner, w->id, w->name));
    if (command == QLatin1String("quota") && args.size() == 3)
        return report(services.quotas.setPayAsYouGoQuota(owner, w->id, args.at(2).toInt()));
    if (command == QLatin1String("stop")) {
        const Result<QList<JobRun>> active = services.jobs.activeRuns(w->id);
        if (!active.ok())
            return report(active);
        if (active->isEmpty())
            return report(Status::failure(Field::General, QStringLiteral("no active run")));
        return report(services.jobs.stopRun(owner, active->first().id));
    }
    return 64;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 64;
    if (args.at(1) == QLatin1String("interrupted")) {
        // Plain SQLite, as a process killed during its very first write would leave it: a tiny
        // page cache spills the uncommitted pages into the file before the process dies.
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        c.setDatabaseName(args.at(2));
        if (!c.open())
            return 4;
        QSqlQuery q(c);
        const bool ok = q.exec(QStringLiteral("PRAGMA cache_size = 1")) && q.exec(QStringLiteral("BEGIN"))
            && q.exec(QStringLiteral("CREATE TABLE t (x TEXT)"));
        for (int i = 0; ok && i < 500; ++i)
            q.exec(QStringLiteral("INSERT INTO t VALUES ('%1')").arg(QString(100, QLatin1Char('x'))));
        std::_Exit(ok ? 0 : 5);
    }
    auto opened = Database::open(args.at(2));
    if (!opened.ok()) {
        say(QStringLiteral("error ") + opened.message);
        return 4;
    }
    Clock systemClock;
    ManualClock testClock(qEnvironmentVariable("WC_NOW_MS").toLongLong());
    const Clock &clock = qEnvironmentVariableIsSet("WC_NOW_MS") ? static_cast<const Clock &>(testClock) : systemClock;
    if (const Status seeded = DemoSeeder::seed(*opened.db, clock); !seeded.ok()) {
        say(QStringLiteral("error ") + seeded.text());
        return 4;
    }
    Services services(*opened.db, clock);
    const Identity owner = services.account.owner().value();

    if (args.at(1) == QLatin1String("race") && args.size() == 5) {
        const int rounds = args.at(3).toInt();
        say(QStringLiteral("ready"));
        std::string line;
        for (int i = 0; i < rounds && std::getline(std::cin, line); ++i) {
            const Result<Workspace> r = services.workspaces.create(owner, Fixtures::payAsYouGoSpec(QStringLiteral("%1-%2").arg(args.at(4)).arg(i)));
            if (r.ok())
                say(QStringLiteral("won"));
            else if (r.has(ErrorCode::NameTaken))
                say(QStringLiteral("taken"));
            else
                say(QStringLiteral("error ") + r.text());
        }
        return 0;
    }
    if (args.at(1) == QLatin1String("once") && args.size() >= 5)
        return once(services, owner, args.mid(3));
    if (args.at(1) == QLatin1String("create")) {
        for (int i = 0;; ++i) {
            const QString name = QStringLiteral("%1-%2").arg(args.at(3)).arg(i);
            WorkspaceSpec s = Fixtures::payAsYouGoSpec(name);
            s.tags = {{QStringLiteral("trial"), args.at(3)}, {QStringLiteral("index"), QString::number(i)},
                      {QStringLiteral("last"), name}};
            const Result<Workspace> r = services.workspaces.create(owner, s);
            if (!r.ok()) {
                say(QStringLiteral("error ") + r.text());
                return 5;
            }
            say(QStringLiteral("created ") + name);
        }
    }
    return 64;
}
