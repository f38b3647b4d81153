// The invariants of issue 9, checked by a randomized model test: the services (no widgets) are
// driven through a long random sequence of operations on a manual clock with a fixed seed, by
// different identities, and after every step the database is checked:
// - the queues' caps add up to at most the CU quota; the CUs of runs that hold capacity (Running,
//   Cancelling) fit in their queue's cap and in the workspace's quota;
// - every order a step records equals the quote that step showed (a renewal: the renewal price);
// - what a subscription's orders add up to (paid minus refunds) is never negative;
// - no active run is left in a deleted workspace;
// - a quote confirmed after another instance changed its workspace, or older than its validity,
//   records nothing;
// - a refused operation changed nothing (a dump of every table before and after; the orders,
//   which only grow, as their count and last row).
// On a failure it prints the seed and the shortest step list it finds that still fails, and how
// to replay it. Replay or explore with WC_SEED / WC_STEPS, or --seed N / --steps N.
#include "tests/testsupport/TestSupport.h"
#include "tests/testsupport/Fixtures.h"

#include "models/Database.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/Quote.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSet>
#include <QSqlRecord>
#include <QtTest>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

#if defined(__SANITIZE_ADDRESS__)
#define WC_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WC_SANITIZED 1
#endif
#endif

quint64 g_seed = 20261201;
#ifdef WC_SANITIZED
int g_steps = 2'000; // the sanitizer build runs everything several times slower: a lighter check
#else
int g_steps = 10'000;
#endif
QString g_replayFile; // steps as the failure report prints them, one a line
bool g_trace = false;  // WC_TRACE=1: every step and its outcome

struct Step
{
    enum Kind : quint8 {
        CreatePayAsYouGo,
        CreateSubscription,
        Upgrade,
        Downgrade,
        ModifyPayAsYouGo,
        AddQueue,
        ResizeQueue,
        RemoveQueue,
        SubmitRun,
        StopRun,
        AdvanceTime,
        Unsubscribe,
        Delete,
        Renew,
        ConvertToSubscription,
        SetAutoRenew,
        KindCount
    };
    Kind kind = AdvanceTime;
    quint8 who = 0; // index into the identities, owner first
    // Raw random numbers, interpreted against the state when the step runs (which workspace,
    // how many CUs...), so any sub-list of steps is a valid sequence too: that is what shrinks.
    quint32 a = 0, b = 0, c = 0;
};

const char *kindName(Step::Kind k)
{
    static const char *names[] = {"create-payg", "create-subscription", "upgrade", "downgrade", "modify-payg",
                                  "add-queue", "resize-queue", "remove-queue", "submit-run", "stop-run",
                                  "advance-time", "unsubscribe", "delete", "renew", "convert", "auto-renew"};
    return names[k];
}

QString describe(const Step &s)
{
    return QStringLiteral("%1 who=%2 a=%3 b=%4 c=%5").arg(QLatin1String(kindName(s.kind))).arg(s.who).arg(s.a).arg(s.b).arg(s.c);
}

// The inverse of describe(), for --replay: "upgrade who=0 a=1 b=2 c=3" (a leading index is skipped).
std::optional<Step> parseStep(const QString &line)
{
    QStringList parts = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!parts.isEmpty() && parts.first().at(0).isDigit())
        parts.removeFirst();
    if (parts.size() != 5)
        return std::nullopt;
    Step s;
    int k = 0;
    while (k < Step::KindCount && parts.at(0) != QLatin1String(kindName(Step::Kind(k))))
        ++k;
    if (k == Step::KindCount)
        return std::nullopt;
    s.kind = Step::Kind(k);
    s.who = quint8(parts.at(1).section(QLatin1Char('='), 1).toUInt());
    s.a = parts.at(2).section(QLatin1Char('='), 1).toUInt();
    s.b = parts.at(3).section(QLatin1Char('='), 1).toUInt();
    s.c = parts.at(4).section(QLatin1Char('='), 1).toUInt();
    return s;
}

Step randomStep(QRandomGenerator &rng)
{
    // Weights: time and runs move most; money operations often.
    static const int weights[Step::KindCount] = {6, 8, 8, 8, 6, 5, 5, 4, 14, 5, 14, 5, 4, 6, 4, 4};
    int total = 0;
    for (int w : weights)
        total += w;
    int pick = int(rng.bounded(total));
    Step s;
    for (int k = 0; k < Step::KindCount; ++k) {
        if (pick < weights[k]) {
            s.kind = Step::Kind(k);
            break;
        }
        pick -= weights[k];
    }
    // Mostly the owner and alice (who may do everything), sometimes someone who may not.
    static const quint8 whoWeights[] = {0, 0, 0, 1, 1, 2, 3, 4};
    s.who = whoWeights[rng.bounded(int(sizeof whoWeights))];
    s.a = rng.generate();
    s.b = rng.generate();
    s.c = rng.generate();
    return s;
}

QList<Step> generate(quint64 seed, int count)
{
    QRandomGenerator rng(seed);
    QList<Step> steps;
    steps.reserve(count);
    for (int i = 0; i < count; ++i)
        steps.append(randomStep(rng));
    return steps;
}

constexpr int MaxWorkspaces = 10;
const QString Active = QStringLiteral("('Submitted', 'Pending', 'Running', 'Cancelling')");
// RunScheduler::holdsCapacity: Running, or Cancelling after it had started.
const QString Holding = QStringLiteral("(state = 'Running' OR (state = 'Cancelling' AND started_at > 0))");

// One run of a step list on a fresh database.
class Model
{
public:
    Model() : m_env(false)
    {
        m_identities = m_env.services->account.identities().value();
        // owner, then RAM users by name: alice (full), bob (developer), carol (read-only), dave.
        m_lastOrderRow = maxOrderRow();
    }

    // Runs one step and checks the invariants; returns what failed, or an empty string.
    QString run(const Step &s)
    {
        m_quote.reset();
        m_moneyStep = false;
        m_staleConfirm = false;
        m_changedElsewhere = false;
        m_outcome = Status();
        const bool timeStep = s.kind == Step::AdvanceTime;
        if (!timeStep)
            m_before = dump();
        perform(s);
        ++ran[s.kind];
        refusedOf[s.kind] += m_outcome.ok() ? 0 : 1;
        if (g_trace)
            std::printf("%s -> %s\n", qPrintable(describe(s)),
                        m_outcome.ok() ? "ok" : qPrintable(m_outcome.text().replace(QLatin1Char('\n'), QLatin1Char(' '))));
        if (QString f = checkInvariants(); !f.isEmpty())
            return f;
        if (QString f = checkOrders(); !f.isEmpty())
            return f;
        if (!timeStep && !m_outcome.ok()) {
            if (m_outcome.has(ErrorCode::Storage))
                return QStringLiteral("storage: %1").arg(m_outcome.text());
            if (dump() != m_before)
                return QStringLiteral("refused-changed: refused (%1) but the tables changed").arg(m_outcome.text());
        }
        if (m_changedElsewhere && m_outcome.ok())
            return QStringLiteral("changed-quote: a quote was recorded after another instance changed its inputs");
        if (m_staleConfirm && m_outcome.ok())
            return QStringLiteral("stale-quote: a quote older than %1 ms was recorded").arg(Quote::ValidityMs);
        return {};
    }

    // "workspaces 8, job_runs 120, orders 900": how big the database grew.
    QString sizes() const
    {
        QStringList out;
        for (const char *table : {"workspaces", "queues", "jobs", "job_runs", "orders"}) {
            QSqlQuery q = query(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
            q.next();
            out << QStringLiteral("%1 %2").arg(QLatin1String(table)).arg(q.value(0).toInt());
        }
        return out.join(QStringLiteral(", "));
    }

    // Per kind of step: how often it ran and how often it was refused.
    int ran[Step::KindCount] = {};
    int refusedOf[Step::KindCount] = {};
    QString perKind() const
    {
        QStringList out;
        for (int k = 0; k < Step::KindCount; ++k)
            out << QStringLiteral("%1 %2/%3").arg(QLatin1String(kindName(Step::Kind(k)))).arg(ran[k] - refusedOf[k]).arg(ran[k]);
        return out.join(QStringLiteral(", "));
    }

    int stepsWithOrders = 0;
    int refused = 0;
    int requoted = 0;

private:
    const Identity &who(const Step &s) const { return m_identities.at(s.who % m_identities.size()); }

    // Workspaces by name (IDs are random; names come from the step counter, so a replay picks
    // the same workspace).
    QList<Workspace> workspaces(const QString &billing = {}) const
    {
        QList<Workspace> list = m_env.services->workspaces.list().value();
        std::sort(list.begin(), list.end(), [](const Workspace &x, const Workspace &y) { return x.name < y.name; });
        if (!billing.isEmpty())
            list.erase(std::remove_if(list.begin(), list.end(), [&](const Workspace &w) { return w.billing != billing; }),
                       list.end());
        return list;
    }

    static int pickCu(quint32 r, int min, int max)
    {
        // Now and then just outside the range, so the rules refuse.
        const int span = max - min + 1;
        const int slack = std::max(1, span / 20);
        return min - slack + int(r % quint32(span + 2 * slack));
    }

    WorkspaceSpec spec(const QString &billing, const Step &s)
    {
        WorkspaceSpec spec = Fixtures::payAsYouGoSpec(QStringLiteral("ws%1").arg(++m_names, 6, 10, QLatin1Char('0')));
        spec.billing = billing;
        const ProductSpec::CuRange range = ProductSpec::cuRange(billing);
        spec.cuQuota = pickCu(s.a, range.min, billing == ProductSpec::Subscription ? range.max : 600);
        if (billing == ProductSpec::Subscription) {
            const QList<int> months = ProductSpec::durationMonths();
            spec.durationMonths = months.at(int(s.b % quint32(months.size())));
            spec.autoRenew = s.b % 3 == 0;
        }
        return spec;
    }

    // The time a user takes between seeing a price and confirming it: mostly none, sometimes
    // half a minute, sometimes longer than the quote's validity. The app's scheduler runs meanwhile.
    // Or, while the user looks at the price, another app instance changes the workspace's quota.
    void think(const Step &s, const Quote &quote)
    {
        const quint32 r = s.c % 10;
        if (r == 9) {
            changeElsewhere(quote.inputs.workspaceId);
            return;
        }
        const qint64 ms = r < 5 ? 0 : r < 7 ? 30'000 : Quote::ValidityMs + 1000;
        if (ms == 0)
            return;
        m_env.clock.advance(ms);
        (void)m_env.services->scheduler.runDue();
        m_before = dump();
        m_staleConfirm = ms > Quote::ValidityMs;
    }

    // A money step as a user takes it: the quote is shown (when none can be made, that refusal is
    // the outcome), the user thinks a while, then confirms exactly that quote; a quote that went
    // stale meanwhile comes back as a new one (requote).
    void changeElsewhere(const QString &workspaceId)
    {
        const Result<Workspace> w = m_env.services->workspaces.find(workspaceId);
        if (!w.ok() || w->billing != ProductSpec::Subscription)
            return;
        if (!m_other.db)
            m_other = m_env.openSecondInstance();
        const bool up = w->cuQuota < ProductSpec::cuRange(ProductSpec::Subscription).max;
        const Result<Order> changed = m_other.services->quotas.changeSubscriptionQuota(
            m_identities.first(), workspaceId, w->cuQuota + (up ? 1 : -1),
            up ? QuotaService::Direction::Upgrade : QuotaService::Direction::Downgrade);
        if (!changed.ok())
            return;
        // The other instance's order is its own quote's: not this step's.
        m_lastOrderRow = maxOrderRow();
        m_before = dump();
        m_changedElsewhere = true;
    }

    void confirmQuote(const Step &s, const Result<Quote> &quote,
                      const std::function<Status(const Quote &, std::optional<Quote> *requote)> &confirm)
    {
        if (!quote.ok()) {
            m_outcome = quote;
            return;
        }
        think(s, quote.value());
        m_quote = quote.value();
        m_moneyStep = true;
        std::optional<Quote> requote;
        m_outcome = confirm(quote.value(), &requote);
        requoted += requote ? 1 : 0;
    }

    void perform(const Step &s)
    {
        Services &sv = *m_env.services;
        const Identity &id = who(s);
        switch (s.kind) {
        case Step::CreatePayAsYouGo:
        case Step::CreateSubscription: {
            if (workspaces().size() >= MaxWorkspaces)
                return removeOne(s);
            const bool subscription = s.kind == Step::CreateSubscription;
            const WorkspaceSpec sp = spec(subscription ? ProductSpec::Subscription : ProductSpec::PayAsYouGo, s);
            if (!subscription) {
                const Result<Workspace> created = sv.workspaces.create(id, sp);
                m_outcome = created;
                if (created.ok())
                    addMembers(created->id);
                return;
            }
            confirmQuote(s, sv.workspaces.quoteNewSubscription(sp),
                         [&](const Quote &quote, std::optional<Quote> *requote) {
                             const Result<Workspace> created = sv.workspaces.create(id, sp, quote, requote);
                             if (created.ok())
                                 addMembers(created->id);
                             return Status(created);
                         });
            return;
        }
        case Step::Upgrade:
        case Step::Downgrade: {
            const QList<Workspace> subs = workspaces(ProductSpec::Subscription);
            if (subs.isEmpty())
                return;
            const Workspace &w = subs.at(int(s.a % quint32(subs.size())));
            const auto dir = s.kind == Step::Upgrade ? QuotaService::Direction::Upgrade : QuotaService::Direction::Downgrade;
            const ProductSpec::CuRange range = ProductSpec::cuRange(ProductSpec::Subscription);
            // A quarter of the changes go to the limit of the range, as people often do.
            const bool toLimit = s.b % 4 == 0;
            const int newCu = dir == QuotaService::Direction::Upgrade
                ? (toLimit ? range.max : pickCu(s.b, w.cuQuota + 1, range.max))
                : (toLimit ? range.min : pickCu(s.b, range.min, w.cuQuota - 1));
            confirmQuote(s, sv.quotas.quoteSubscriptionChange(w.id, dir, newCu),
                         [&](const Quote &quote, std::optional<Quote> *requote) {
                             return sv.quotas.changeSubscriptionQuota(id, quote, requote);
                         });
            return;
        }
        case Step::ModifyPayAsYouGo: {
            const QList<Workspace> list = workspaces(ProductSpec::PayAsYouGo);
            if (list.isEmpty())
                return;
            const Workspace &w = list.at(int(s.a % quint32(list.size())));
            m_outcome = sv.quotas.setPayAsYouGoQuota(id, w.id, pickCu(s.b, 1, 600));
            return;
        }
        case Step::AddQueue:
        case Step::ResizeQueue:
        case Step::RemoveQueue: {
            const QList<Workspace> list = workspaces();
            if (list.isEmpty())
                return;
            const Workspace &w = list.at(int(s.a % quint32(list.size())));
            QList<Queue> queues = sv.queues.list(w.id).value();
            std::sort(queues.begin(), queues.end(), [](const Queue &x, const Queue &y) { return x.name < y.name; });
            if (s.kind == Step::AddQueue) {
                // Mostly within the CUs the other queues leave free, now and then more than that.
                const qint64 free = w.cuQuota - sv.queues.allocatedCu(w.id).value();
                const int cu = s.c % 5 == 0 || free <= 0 ? 1 + int(s.c % quint32(std::max(1, w.cuQuota / 8)))
                                                         : 1 + int(s.c % quint32(free));
                m_outcome = sv.queues.addQueue(id, w.id, QStringLiteral("q%1").arg(s.b % 4), cu);
            } else {
                // Removing an added queue, mostly (root_queue and dev_queue stay, as the rule says).
                QList<Queue> added = queues;
                added.erase(std::remove_if(added.begin(), added.end(), [](const Queue &q) {
                                return q.name == ProductSpec::RootQueue || q.name == ProductSpec::DevQueue;
                            }),
                            added.end());
                const QList<Queue> &from = s.kind == Step::RemoveQueue && !added.isEmpty() && s.b % 8 != 0 ? added : queues;
                const Queue &q = from.at(int(s.b % quint32(from.size())));
                const int cu = int(s.c % quint32(std::max(1, w.cuQuota / 2) + 2));
                m_outcome = s.kind == Step::ResizeQueue ? sv.queues.setQueueCu(id, w.id, q.name, cu)
                                                        : sv.queues.removeQueue(id, w.id, q.name);
            }
            return;
        }
        case Step::SubmitRun: {
            const QList<Workspace> list = workspaces();
            if (list.isEmpty())
                return;
            const Workspace &w = list.at(int(s.a % quint32(list.size())));
            const QStringList queues = sv.jobs.queueNames(w.id).value();
            const QString queue = queues.at(int(s.b % quint32(queues.size())));
            const int cu = 1 + int(s.c % quint32(std::max(1, w.cuQuota / 2)));
            static const qint64 durations[] = {5'000, 60'000, 600'000, 3 * 3600'000};
            const QString outcome = s.b % 5 == 0 ? ProductSpec::RunFailed : ProductSpec::RunSuccess;
            m_outcome = sv.jobs.runJob(id, w.id,
                                       Fixtures::jobRequest(QStringLiteral("job%1").arg(++m_jobs, 6, 10, QLatin1Char('0')),
                                                            cu, durations[(s.c >> 8) % 4], outcome, queue));
            return;
        }
        case Step::StopRun: {
            QList<JobRun> runs;
            for (const Workspace &w : workspaces())
                runs += sv.jobs.activeRuns(w.id).value();
            if (runs.isEmpty())
                return;
            std::sort(runs.begin(), runs.end(), [](const JobRun &x, const JobRun &y) { return x.jobName < y.jobName; });
            m_outcome = sv.jobs.stopRun(id, runs.at(int(s.a % quint32(runs.size()))).id);
            return;
        }
        case Step::AdvanceTime: {
            static const qint64 steps[] = {1'000, 5'000, 30'000, 600'000, 2 * 3600'000, 3 * 86400'000LL, 20 * 86400'000LL};
            m_env.clock.advance(steps[s.a % 7]);
            m_outcome = m_env.services->scheduler.runDue();
            return;
        }
        case Step::Unsubscribe:
        case Step::Delete:
            return removeOne(s);
        case Step::Renew: {
            const QList<Workspace> subs = workspaces(ProductSpec::Subscription);
            if (subs.isEmpty())
                return;
            const Workspace &w = subs.at(int(s.a % quint32(subs.size())));
            // Now and then a duration that is not offered.
            const QList<int> months = LifecycleService::renewalMonths();
            const int chosen = s.c % 11 == 0 ? 10 : months.at(int(s.b % quint32(months.size())));
            confirmQuote(s, sv.lifecycle.quoteRenewal(w.id, chosen),
                         [&](const Quote &quote, std::optional<Quote> *requote) {
                             return sv.lifecycle.renew(id, quote, requote);
                         });
            return;
        }
        case Step::ConvertToSubscription: {
            const QList<Workspace> list = workspaces(ProductSpec::PayAsYouGo);
            if (list.isEmpty())
                return;
            const Workspace &w = list.at(int(s.a % quint32(list.size())));
            const ProductSpec::CuRange range = ProductSpec::cuRange(ProductSpec::Subscription);
            // Sometimes just outside the subscription range.
            const int cu = s.c % 9 == 0 ? (s.c % 2 ? range.min - 1 : range.max + 1) : pickCu(s.b, range.min, range.max);
            const QList<int> durations = ProductSpec::durationMonths();
            const int months = durations.at(int(s.c % quint32(durations.size())));
            const QList<int> periods = ProductSpec::autoRenewPeriods();
            confirmQuote(s, sv.lifecycle.quoteConversion(w.id, months, cu),
                         [&](const Quote &quote, std::optional<Quote> *requote) {
                             return sv.lifecycle.convertToSubscription(id, quote, s.b % 2 == 0,
                                                                       periods.at(int(s.b % 5)), requote);
                         });
            return;
        }
        case Step::SetAutoRenew: {
            const QList<Workspace> subs = workspaces(ProductSpec::Subscription);
            if (subs.isEmpty())
                return;
            const Workspace &w = subs.at(int(s.a % quint32(subs.size())));
            const QList<int> periods = ProductSpec::autoRenewPeriods();
            const int period = s.c % 13 == 0 ? 4 : periods.at(int(s.c % quint32(periods.size())));
            m_outcome = sv.lifecycle.setAutoRenew(id, w.id, s.b % 3 != 0, period);
            return;
        }
        case Step::KindCount:
            return;
        }
    }

    // Everyone gets a role in a new workspace (as its administrator would add them), so the
    // identities' rights differ by role and not only by membership.
    void addMembers(const QString &workspaceId)
    {
        for (const auto &[user, role] : {std::pair{"alice", ProductSpec::RoleOwner}, std::pair{"bob", ProductSpec::RoleDataScience},
                                         std::pair{"carol", ProductSpec::RoleGuest},
                                         std::pair{"dave", ProductSpec::RoleDataEngineering}})
            Fixtures::ensureMember(m_env, workspaceId, QString::fromLatin1(user), role);
    }

    void removeOne(const Step &s)
    {
        Services &sv = *m_env.services;
        const QList<Workspace> list = workspaces();
        if (list.isEmpty())
            return;
        const Workspace &w = list.at(int(s.b % quint32(list.size())));
        // Now and then the typed name is wrong.
        const QString typed = s.c % 13 == 0 ? w.name + QLatin1Char('x') : w.name;
        if (w.billing == ProductSpec::PayAsYouGo) {
            m_outcome = sv.deletion.deleteWorkspace(who(s), w.id, typed);
            return;
        }
        confirmQuote(s, sv.deletion.quoteRefund(w.id), [&](const Quote &quote, std::optional<Quote> *requote) {
            return sv.deletion.unsubscribe(who(s), w.id, typed, quote, requote);
        });
    }

    QSqlQuery query(const QString &sql) const
    {
        QSqlQuery q(m_env.db->connection());
        if (!q.exec(sql))
            qFatal("check query failed: %s", qPrintable(sql));
        return q;
    }

    qint64 maxOrderRow() const
    {
        QSqlQuery q = query(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM orders"));
        q.next();
        return q.value(0).toLongLong();
    }

    // Every table's rows; the orders (append-only, the longest table) as their count and last row. One prepared statement that SQLite answers with one text value per table.
    QString dump() const
    {
        if (!m_dump) {
            QStringList parts;
            QSqlQuery q = query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                               " AND name NOT LIKE 'sqlite_%' ORDER BY name"));
            QStringList tables;
            while (q.next())
                tables << q.value(0).toString();
            for (const QString &table : std::as_const(tables)) {
                if (table == QLatin1String("orders")) {
                    // Orders are only ever appended: their count and last row say whether one
                    // was added or removed (a sum would read every row at every step).
                    parts << QStringLiteral("(SELECT count(*) || '|' || coalesce(max(rowid), '') FROM orders)");
                    continue;
                }
                QStringList columns;
                QSqlQuery info = query(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
                while (info.next())
                    columns << QStringLiteral("quote(\"%1\")").arg(info.value(1).toString());
                parts << QStringLiteral("(SELECT group_concat(%1, char(10)) FROM \"%2\")")
                             .arg(columns.join(QStringLiteral(" || '|' || ")), table);
            }
            m_dump = std::make_unique<QSqlQuery>(m_env.db->connection());
            if (!m_dump->prepare(QStringLiteral("SELECT ") + parts.join(QStringLiteral(", "))))
                qFatal("cannot prepare the dump");
        }
        if (!m_dump->exec() || !m_dump->next())
            qFatal("dump failed");
        QString out;
        const int columns = m_dump->record().count();
        for (int i = 0; i < columns; ++i) {
            out += m_dump->value(i).toString();
            out += QLatin1Char('\f');
        }
        m_dump->finish();
        return out;
    }

    QString checkInvariants() const
    {
        QSqlQuery q = query(QStringLiteral(
            "SELECT w.name, w.cu_quota, (SELECT coalesce(sum(cu), 0) FROM queues WHERE workspace_id = w.id),"
            " (SELECT coalesce(sum(cu), 0) FROM job_runs WHERE workspace_id = w.id AND %1)"
            " FROM workspaces w").arg(Holding));
        while (q.next()) {
            if (q.value(2).toLongLong() > q.value(1).toLongLong())
                return QStringLiteral("queue-sum: %1: queues add up to %2 CUs, quota %3")
                    .arg(q.value(0).toString()).arg(q.value(2).toLongLong()).arg(q.value(1).toLongLong());
            if (q.value(3).toLongLong() > q.value(1).toLongLong())
                return QStringLiteral("workspace-running: %1: running runs hold %2 CUs, quota %3")
                    .arg(q.value(0).toString()).arg(q.value(3).toLongLong()).arg(q.value(1).toLongLong());
        }
        q = query(QStringLiteral("SELECT w.name, r.queue, sum(r.cu), (SELECT cu FROM queues WHERE workspace_id = r.workspace_id"
                                 " AND name = r.queue) FROM job_runs r JOIN workspaces w ON w.id = r.workspace_id"
                                 " WHERE %1 GROUP BY r.workspace_id, r.queue").arg(QString(Holding).replace(QLatin1String("state"), QLatin1String("r.state")).replace(QLatin1String("started_at"), QLatin1String("r.started_at"))));
        while (q.next()) {
            if (q.value(3).isNull() || q.value(2).toLongLong() > q.value(3).toLongLong())
                return QStringLiteral("queue-running: %1/%2: running runs hold %3 CUs, cap %4")
                    .arg(q.value(0).toString(), q.value(1).toString()).arg(q.value(2).toLongLong())
                    .arg(q.value(3).isNull() ? QStringLiteral("(no queue)") : q.value(3).toString());
        }
        q = query(QStringLiteral("SELECT count(*) FROM job_runs WHERE state IN %1"
                                 " AND workspace_id NOT IN (SELECT id FROM workspaces)").arg(Active));
        q.next();
        if (q.value(0).toInt() > 0)
            return QStringLiteral("orphan-run: %1 active runs in deleted workspaces").arg(q.value(0).toInt());
        return {};
    }

    QString checkOrders()
    {
        QSqlQuery q = query(QStringLiteral("SELECT o.type, o.amount_cents, o.cu_after, o.workspace_id, w.region, o.rowid"
                                           " FROM orders o LEFT JOIN workspaces w ON w.id = o.workspace_id"
                                           " WHERE o.rowid > %1 ORDER BY o.rowid").arg(m_lastOrderRow));
        int quoted = 0;
        QString failure;
        QSet<QString> paidFor;
        // A Renew step's own order is the last one it added (an auto-renewal due may come first).
        const qint64 lastRow = maxOrderRow();
        const bool renewStep = m_moneyStep && m_outcome.ok() && m_quote
            && m_quote->inputs.orderType == ProductSpec::OrderRenewal;
        while (q.next()) {
            m_lastOrderRow = q.value(5).toLongLong();
            paidFor.insert(q.value(3).toString());
            const QString type = q.value(0).toString();
            const qint64 amount = q.value(1).toLongLong();
            if (type == ProductSpec::OrderRelease) {
                // Released: an order of nothing, and nothing of the workspace is kept.
                if (failure.isEmpty() && (amount != 0 || !q.value(4).isNull()))
                    failure = QStringLiteral("release: a Release order of %1 cents, workspace %2")
                                  .arg(amount)
                                  .arg(q.value(4).isNull() ? QStringLiteral("gone") : QStringLiteral("kept"));
                continue;
            }
            if (type == ProductSpec::OrderRenewal && !(renewStep && q.value(5).toLongLong() == lastRow)) {
                // An auto-renewal: the price of one of the periods one can choose.
                bool matches = q.value(4).isNull();
                for (const int period : ProductSpec::autoRenewPeriods())
                    matches = matches || amount == Pricing::subscriptionCents(q.value(4).toString(), q.value(2).toInt(), period);
                if (!matches && failure.isEmpty())
                    failure = QStringLiteral("order-quote: auto-renewal recorded %1, no period's price").arg(amount);
                continue;
            }
            ++quoted;
            if (failure.isEmpty() && (!m_quote || !m_outcome.ok()))
                failure = QStringLiteral("order-quote: a %1 order of %2 without a confirmed quote").arg(type).arg(amount);
            else if (failure.isEmpty() && (amount != m_quote->amountCents || type != m_quote->inputs.orderType))
                failure = QStringLiteral("order-quote: recorded %1 %2, quoted %3 %4")
                              .arg(type).arg(amount).arg(m_quote->inputs.orderType).arg(m_quote->amountCents);
        }
        // Paid minus refunds changes only with a new order: checked for those subscriptions.
        for (const QString &workspaceId : std::as_const(paidFor)) {
            QSqlQuery sum(m_env.db->connection());
            sum.prepare(QStringLiteral("SELECT workspace_name, sum(amount_cents) FROM orders WHERE workspace_id = ?"));
            sum.addBindValue(workspaceId);
            if (!sum.exec() || !sum.next())
                qFatal("cannot sum the orders");
            if (sum.value(1).toLongLong() < 0 && failure.isEmpty())
                failure = QStringLiteral("net-paid: %1: paid minus refunds is %2 cents")
                              .arg(sum.value(0).toString()).arg(sum.value(1).toLongLong());
        }
        if (quoted > 0)
            ++stepsWithOrders;
        if (!m_outcome.ok())
            ++refused;
        if (failure.isEmpty() && m_moneyStep && m_outcome.ok() && quoted != 1)
            failure = QStringLiteral("order-quote: a confirmed quote recorded %1 orders").arg(quoted);
        return failure;
    }

    TestEnv m_env;
    QList<Identity> m_identities;
    mutable std::unique_ptr<QSqlQuery> m_dump;
    QString m_before;
    std::optional<Quote> m_quote;
    bool m_moneyStep = false;
    bool m_staleConfirm = false;
    bool m_changedElsewhere = false;
    TestEnv::Instance m_other; // a second app instance on the same file, opened when first needed
    Status m_outcome;
    qint64 m_lastOrderRow = 0;
    int m_names = 0;
    int m_jobs = 0;
};

struct Failure
{
    int index = -1; // the step that failed
    QString message;
    QString kind() const { return message.section(QLatin1Char(':'), 0, 0); }
};

// Runs the steps on a fresh database; the first failure, if any.
Failure replay(const QList<Step> &steps, Model *stats = nullptr, const QElapsedTimer *clock = nullptr)
{
    std::unique_ptr<Model> own;
    Model *model = stats;
    if (!model) {
        own = std::make_unique<Model>();
        model = own.get();
    }
    for (int i = 0; i < steps.size(); ++i) {
        const QString f = model->run(steps.at(i));
        if (!f.isEmpty())
            return {i, f};
        // A long run says how far it is, every 100,000 steps.
        if (clock && (i + 1) % 100'000 == 0) {
            std::printf("  %d steps, %lld ms, %.1f steps/s\n", i + 1, static_cast<long long>(clock->elapsed()),
                        double(i + 1) * 1000.0 / double(std::max<qint64>(1, clock->elapsed())));
            std::fflush(stdout);
        }
    }
    return {};
}

// The shortest sub-list it finds that still fails the same way (delta debugging, bounded in time).
QList<Step> shrink(QList<Step> steps, const QString &kind, qint64 budgetMs)
{
    QElapsedTimer timer;
    timer.start();
    // A failure usually needs only the last steps before it: try the shortest tail that fails.
    for (int tail : {20, 100, 500, 2'000, 10'000}) {
        if (tail >= steps.size())
            break;
        const QList<Step> candidate = steps.mid(steps.size() - tail);
        const Failure f = replay(candidate);
        if (f.index >= 0 && f.kind() == kind) {
            steps = candidate.mid(0, f.index + 1);
            break;
        }
    }
    for (int chunk = std::max<int>(1, int(steps.size() / 2)); chunk >= 1 && timer.elapsed() < budgetMs;) {
        bool removed = false;
        for (int start = 0; start < steps.size() && timer.elapsed() < budgetMs;) {
            QList<Step> candidate = steps;
            candidate.remove(start, std::min<int>(chunk, int(candidate.size()) - start));
            const Failure f = replay(candidate);
            if (f.index >= 0 && f.kind() == kind) {
                steps = candidate.mid(0, f.index + 1);
                removed = true;
            } else {
                start += chunk;
            }
        }
        if (!removed)
            chunk /= 2;
    }
    return steps;
}

} // namespace

class tst_Invariants : public QObject
{
    Q_OBJECT

private slots:
    void randomOperationsKeepTheInvariants();
};

void tst_Invariants::randomOperationsKeepTheInvariants()
{
    QList<Step> steps;
    if (!g_replayFile.isEmpty()) {
        QFile file(g_replayFile);
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(g_replayFile));
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
            if (const std::optional<Step> s = parseStep(line))
                steps << *s;
    } else {
        steps = generate(g_seed, g_steps);
    }
    QElapsedTimer timer;
    timer.start();
    Model model;
    const Failure f = replay(steps, &model, &timer);
    const qint64 ms = timer.elapsed();
    std::printf("Invariant model test: seed %llu, %d steps in %lld ms (%.1f steps/s); %d refused, %d with orders, "
                "%d re-quoted\n",
                static_cast<unsigned long long>(g_seed), f.index >= 0 ? f.index + 1 : int(steps.size()),
                static_cast<long long>(ms), double(f.index >= 0 ? f.index + 1 : steps.size()) * 1000.0 / double(std::max<qint64>(1, ms)),
                model.refused, model.stepsWithOrders, model.requoted);
    std::printf("Rows at the end: %s\nSucceeded/ran per kind: %s\n", qPrintable(model.sizes()),
                qPrintable(model.perKind()));
    std::fflush(stdout);
    if (f.index < 0)
        return;
    std::printf("FAILED at step %d: %s\nShrinking (seed %llu)...\n", f.index, qPrintable(f.message),
                static_cast<unsigned long long>(g_seed));
    std::fflush(stdout);
    const QList<Step> shortest = shrink(steps.mid(0, f.index + 1), f.kind(), 120'000);
    const Failure again = replay(shortest);
    std::printf("Shortest failing sequence (%d steps) fails with: %s\n", int(shortest.size()),
                qPrintable(again.message));
    for (int i = 0; i < shortest.size(); ++i)
        std::printf("  %3d  %s\n", i, qPrintable(describe(shortest.at(i))));
    std::printf("Replay: WC_SEED=%llu WC_STEPS=%d tst_invariants, or the list above saved to a file:"
                " tst_invariants --replay FILE (WC_TRACE=1 prints every step)\n",
                static_cast<unsigned long long>(g_seed), f.index + 1);
    std::fflush(stdout);
    QFAIL(qPrintable(QStringLiteral("seed %1, step %2: %3").arg(g_seed).arg(f.index).arg(f.message)));
}

int main(int argc, char **argv)
{
    // --seed N and --steps N (or WC_SEED, WC_STEPS) choose the run; the rest goes to Qt Test.
    if (qEnvironmentVariableIsSet("WC_SEED"))
        g_seed = qEnvironmentVariable("WC_SEED").toULongLong();
    g_trace = qEnvironmentVariableIntValue("WC_TRACE") > 0;
    if (qEnvironmentVariableIsSet("WC_STEPS"))
        g_steps = qEnvironmentVariableIntValue("WC_STEPS");
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--seed" || arg == "--steps" || arg == "--replay") && i + 1 < argc) {
            const QByteArray value(argv[++i]);
            if (arg == "--seed")
                g_seed = value.toULongLong();
            else if (arg == "--steps")
                g_steps = value.toInt();
            else
                g_replayFile = QString::fromLocal8Bit(value);
            continue;
        }
        rest.push_back(argv[i]);
    }
    // Qt Test stops a test function after five minutes; the million-step run needs longer.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT") && g_steps > 100'000)
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(qint64(g_steps) * 20));
    QCoreApplication app(argc, argv);
    tst_Invariants test;
    return QTest::qExec(&test, int(rest.size()), rest.data());
}

#include "tst_invariants.moc"
