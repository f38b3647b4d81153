// Test helper for tst_processes: a second app process that creates workspaces through the real
// services, so two processes can race and one can be killed mid-write.
//   race <db> <rounds> <prefix>  prints "ready", then per line on stdin creates <prefix>-<round>
//                                and prints "won", "taken" or "error <text>"
//   create <db> <prefix>         creates <prefix>-0, -1, ... with three tags until killed,
//                                printing "created <name>" after each commit
#include "models/Clock.h"
#include "models/Database.h"
#include "models/DemoSeeder.h"
#include "models/Domain.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/WorkspaceRules.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>

namespace {

WorkspaceSpec spec(const QString &name)
{
    WorkspaceSpec s;
    s.region = QStringLiteral("cn-hangzhou");
    s.billing = ProductSpec::PayAsYouGo;
    s.name = name;
    s.cuQuota = 100;
    s.bucket = QStringLiteral("emr-spark-logs-cn-hangzhou");
    s.path = QStringLiteral("spark/logs");
    s.catalogId = QStringLiteral("default_catalog");
    s.executionRole = ProductSpec::DefaultExecutionRole;
    return s;
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 64;
    auto opened = Database::open(args.at(2));
    if (!opened.ok()) {
        say(QStringLiteral("error ") + opened.message);
        return 4;
    }
    Clock clock;
    if (const Status seeded = DemoSeeder::seed(*opened.db, clock); !seeded.ok()) {
        say(QStringLiteral("error ") + seeded.text());
        return 4;
    }
    Services services(*opened.db, clock);
    const Identity owner = services.account.owner();

    if (args.at(1) == QLatin1String("race") && args.size() == 5) {
        const int rounds = args.at(3).toInt();
        say(QStringLiteral("ready"));
        std::string line;
        for (int i = 0; i < rounds && std::getline(std::cin, line); ++i) {
            const Result<Workspace> r = services.workspaces.create(owner, spec(QStringLiteral("%1-%2").arg(args.at(4)).arg(i)));
            if (r.ok())
                say(QStringLiteral("won"));
            else if (r.has(ErrorCode::NameTaken))
                say(QStringLiteral("taken"));
            else
                say(QStringLiteral("error ") + r.text());
        }
        return 0;
    }
    if (args.at(1) == QLatin1String("create")) {
        for (int i = 0;; ++i) {
            const QString name = QStringLiteral("%1-%2").arg(args.at(3)).arg(i);
            WorkspaceSpec s = spec(name);
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
