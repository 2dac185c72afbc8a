#include "app/console/migrationsession.h"

#include "app/console/blockingcall.h"
#include "app/console/interruptnotifier.h"
#include "app/console/output.h"
#include "app/console/texttable.h"
#include "models/cstor/capacity.h"
#include "models/items/pooltrends.h"
#include "models/items/readonlydays.h"
#include "models/kube/clusterwatcher.h"
#include "models/kube/restclient.h"
#include "models/metrics/poolforecaster.h"
#include "models/migration/datapaths.h"
#include "models/migration/restcvcwriter.h"
#include "models/planning/capacityprojection.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

using Migration::MigrationState;
using Migration::MigrationStates;
using Migration::MigrationStatus;

namespace {

// How long the informers may take to list everything once before the verb gives up.
constexpr int kSyncTimeoutMs = 60000;

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1m%2s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h%2m")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

bool isTerminal(FILE *stream)
{
    return ::isatty(::fileno(stream)) == 1;
}

} // namespace

MigrationSession::MigrationSession(const ClusterOptions::Target &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_terminal(isTerminal(stdout))
{
}

MigrationSession::~MigrationSession()
{
    closeLine();
    m_watcher.reset(); // stops its thread before the engine and the client go
    if (!m_skipped.isEmpty())
        Output::error(tr("warning: %n object(s) of the cluster still could not be read when this "
                         "command ended (named above); it went by what it could read",
                         nullptr, int(m_skipped.size())));
}

void MigrationSession::noteSkipped(const Kube::SkippedDelta &delta)
{
    delta.applyTo(&m_skipped);
    for (const Kube::SkippedObject &object : delta.skipped) {
        if (m_skippedNamed.contains(object.uid))
            continue;
        m_skippedNamed.insert(object.uid);
        closeLine();
        Output::error(tr("warning: skipping %1 \"%2\", which this command cannot see as it "
                         "is: %3")
                          .arg(object.kind.chopped(1), object.name, object.problem));
    }
}

std::unique_ptr<MigrationSession> MigrationSession::openFor(const ClusterOptions &cluster,
                                                            const QCommandLineParser &parser)
{
    QString error;
    const std::optional<ClusterOptions::Target> target = cluster.target(parser, &error);
    if (!target) {
        Output::error(tr("error: %1").arg(error));
        return nullptr;
    }
    auto session = std::make_unique<MigrationSession>(*target);
    if (!session->open(&error)) {
        Output::error(tr("error: %1").arg(error));
        return nullptr;
    }
    return session;
}

bool MigrationSession::open(QString *error)
{
    m_client = std::make_unique<Kube::RestClient>(m_target.cluster);
    if (!m_client->isUsable(error))
        return false;
    m_writer = std::make_unique<Migration::RestCvcWriter>(m_client.get(), m_target.namespaceName);
    m_engine = std::make_unique<Migration::MigrationEngine>(
        m_writer.get(), Migration::DataPaths::journal(), Migration::DataPaths::audit());
    connect(m_engine.get(), &Migration::MigrationEngine::migrationChanged, this,
            [this](const QString &id) {
                showProgress(id);
                wake();
            });
    connect(m_engine.get(), &Migration::MigrationEngine::migrationFinished, this, [this] {
        showPlanProgress();
        wake();
    });
    connect(m_engine.get(), &Migration::MigrationEngine::queueChanged, this, [this] {
        const Migration::QueueSettings &queue = m_engine->queue();
        const QString line =
            queue.paused ? tr("Queue paused: %1").arg(queue.reason) : tr("Queue running");
        if (line != m_queueLine && !m_engine->migrations().isEmpty()) {
            m_queueLine = line;
            write(line + QLatin1Char('\n'));
        }
        wake();
    });

    m_watcher = std::make_unique<Kube::ClusterWatcher>(m_target.cluster, m_target.namespaceName);
    connect(m_watcher.get(), &Kube::ClusterWatcher::delta, m_engine.get(),
            &Migration::MigrationEngine::applyDelta);
    connect(m_watcher.get(), &Kube::ClusterWatcher::synced, this, [this] {
        m_engine->setSynced(true);
        wake();
    });
    connect(m_watcher.get(), &Kube::ClusterWatcher::stateChanged, this, [this] { wake(); });
    connect(m_watcher.get(), &Kube::ClusterWatcher::delta, this,
            [this](const Kube::ClusterDelta &delta) {
                noteSkipped(delta.skipped);
                wake();
            });
    m_watcher->start();

    // Who we are, for the audit log; whether we may patch, for the plan and a clear refusal.
    m_writer->lookUpIdentity([this] {
        m_identityKnown = true;
        wake();
    });
    m_writer->checkMayPatch([this](bool known, bool allowed, const QString &reason) {
        m_accessKnown = true;
        m_accessReviewed = known;
        // A review that could not be made leaves the decision to the server: a refused patch
        // changes nothing.
        m_mayPatch = !known || allowed;
        m_accessReason = reason;
        m_engine->setMayPatch(m_mayPatch);
        wake();
    });

    const bool ready = waitUntil(
        [this] {
            return (m_watcher->isSynced() && m_identityKnown && m_accessKnown) ||
                   m_watcher->state() == Kube::ConnectionState::Failed;
        },
        kSyncTimeoutMs);
    if (m_watcher->state() == Kube::ConnectionState::Failed) {
        *error = tr("cannot watch the cStor resources of namespace \"%1\": %2")
                     .arg(m_target.namespaceName, m_watcher->stateDetail());
        return false;
    }
    if (!ready) {
        const QString detail = m_watcher->stateDetail();
        *error = tr("the cluster of context \"%1\" (%2) did not answer within %3 s%4")
                     .arg(contextName(), serverUrl())
                     .arg(kSyncTimeoutMs / 1000)
                     .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
        return false;
    }
    if (!m_accessReviewed) {
        writeError(tr("warning: cannot tell whether user \"%1\" may patch cstorvolumeconfigs "
                      "(%2); the server decides")
                       .arg(identity(), m_accessReason));
    }
    return true;
}

QString MigrationSession::identity() const
{
    return m_writer ? m_writer->identity() : m_target.cluster.userName;
}

QString MigrationSession::contextName() const
{
    return m_target.cluster.contextName;
}

QString MigrationSession::serverUrl() const
{
    return m_target.cluster.server.toString();
}

QString MigrationSession::refusal() const
{
    QString text = tr("error: Forbidden: user \"%1\" (context \"%2\") may not patch "
                      "cstorvolumeconfigs in namespace \"%3\", so no replica can be moved")
                       .arg(identity(), contextName(), m_target.namespaceName);
    if (!m_accessReason.isEmpty())
        text += QStringLiteral(" (%1)").arg(m_accessReason);
    text +=
        QLatin1Char('\n') +
        tr("Ask a cluster administrator for patch rights on cstorvolumeconfigs.cstor.openebs.io "
           "or choose another context with --context.");
    return text;
}

QList<Migration::JournalEntry> MigrationSession::unfinished() const
{
    return Migration::Journal(Migration::DataPaths::journal()).unfinished(contextName());
}

void MigrationSession::noteUnfinished() const
{
    const QList<Migration::JournalEntry> entries = unfinished();
    if (entries.isEmpty())
        return;
    QString text = tr("Note: the journal holds %n unfinished migration(s); the next migrate or "
                      "drain resumes them first:",
                      nullptr, int(entries.size())) +
                   QLatin1Char('\n');
    for (const Migration::JournalEntry &entry : entries)
        text += QStringLiteral("  %1 %2: %3 -> %4 (%5)\n")
                    .arg(entry.migrationId, entry.move.volume, entry.move.sourcePool,
                         entry.move.targetPool, MigrationStates::toString(entry.state));
    Output::write(text);
}

QList<MigrationStatus> MigrationSession::resumeUnfinished()
{
    const QList<Migration::JournalEntry> entries = unfinished();
    if (entries.isEmpty())
        return {};
    m_engine->resume();
    QStringList ids;
    QString text;
    int waiting = 0;
    for (const MigrationStatus &status : m_engine->migrations()) {
        if (MigrationStates::isFinal(status.state))
            continue;
        if (MigrationStates::isWaiting(status.state)) {
            ++waiting;
            continue;
        }
        ids << status.id;
        text += QStringLiteral("  %1 %2: %3 -> %4 (%5)\n")
                    .arg(status.id, status.move.volume, status.move.sourcePool,
                         status.move.targetPool, MigrationStates::toString(status.state));
    }
    if (ids.isEmpty())
        return {};
    write(tr("Resuming %n unfinished migration(s) from the journal first:", nullptr,
             int(ids.size())) +
          QLatin1Char('\n') + text);
    const QList<MigrationStatus> statuses = waitForMoves(ids, OnInterrupt::Cancel);
    for (const MigrationStatus &status : statuses)
        write(outcome(status) + QLatin1Char('\n'));
    return statuses;
}

bool MigrationSession::queueClear()
{
    int waiting = 0;
    for (const MigrationStatus &status : m_engine->migrations())
        waiting += MigrationStates::isWaiting(status.state) ? 1 : 0;
    const Migration::QueueSettings &queue = m_engine->queue();
    if (waiting > 0) {
        writeError(tr("error: the queue in the journal still holds %n move(s) waiting to start "
                      "(%1); a new plan would run beside them. `cstor-console queue` lists them, "
                      "`cstor-console queue resume` runs them, `cstor-console queue cancel --all` "
                      "drops them. Nothing was changed.",
                      nullptr, waiting)
                       .arg(queue.paused ? tr("paused: %1").arg(queue.reason) : tr("running")));
        return false;
    }
    if (queue.paused) {
        write(tr("The queue was paused (%1); these moves resume it.").arg(queue.reason) +
              QLatin1Char('\n'));
        m_engine->resumeQueue();
    }
    return true;
}

QString MigrationSession::checksTable(const QList<Migration::PreflightCheck> &checks)
{
    TextTable table({tr("CHECK"), tr("RESULT"), tr("FINDING")});
    for (const Migration::PreflightCheck &check : checks) {
        const QString result = check.passed     ? tr("ok")
                               : check.blocking ? tr("FAIL")
                                                : tr("warning");
        table.addRow({check.title, result, check.detail});
    }
    return table.render();
}

void MigrationSession::readForecast()
{
    Metrics::PoolForecaster::Request request;
    for (const Cstor::PoolInstance *pool : cluster().pools())
        request.pools.append(*pool);
    request.now = QDateTime::currentDateTimeUtc();
    const auto result = BlockingCall::awaitAnswer<Metrics::PoolForecaster::Result>(
        [this, &request](const Metrics::PoolForecaster::Done &done) {
            Metrics::PoolForecaster::run(m_client.get(), request, done);
        });
    if (!result.problem.isEmpty() && result.prometheus) // one found that failed
        Output::error(
            tr("warning: the plan leaves out when the pools go read-only: %1").arg(result.problem));
    m_engine->setPoolTrends(Items::poolTrendsOf(result));
}

QString MigrationSession::capacityTable(const QList<Migration::ReplicaMove> &moves) const
{
    const QList<Migration::PoolProjection> projection =
        Migration::CapacityProjection::project(cluster(), moves);
    const bool forecast = std::any_of(projection.begin(), projection.end(),
                                      [](const auto &pool) { return pool.trendKnown; });
    QStringList headers{tr("POOL"),        tr("NODE"),       tr("CAPACITY"),
                        tr("USED BEFORE"), tr("USED AFTER"), tr("READ-ONLY AT")};
    if (forecast)
        headers << tr("READ-ONLY");
    TextTable table(headers << tr("NOTE"));
    for (const Migration::PoolProjection &pool : projection) {
        QString note;
        if (pool.crossesThreshold())
            note = tr("crosses its read-only threshold");
        else if (pool.aboveThresholdAfter())
            note = tr("stays above its read-only threshold");
        QStringList row{pool.pool,
                        pool.node.isEmpty() ? QStringLiteral("-") : pool.node,
                        Cstor::Capacity::formatBytesCompact(pool.totalBytes),
                        QStringLiteral("%1 (%2%)")
                            .arg(Cstor::Capacity::formatBytesCompact(pool.usedBefore))
                            .arg(pool.percentBefore()),
                        QStringLiteral("%1 (%2%)")
                            .arg(Cstor::Capacity::formatBytesCompact(pool.usedAfter))
                            .arg(pool.percentAfter()),
                        QStringLiteral("%1%").arg(pool.thresholdPercent)};
        if (forecast)
            row << (pool.trendKnown ? Items::ReadOnlyDays::change(pool.readOnlyDaysBefore,
                                                                  pool.readOnlyDaysAfter)
                                    : QStringLiteral("-"));
        table.addRow(row << note);
    }
    return table.render();
}

QJsonObject MigrationSession::read(const QString &resource, const QString &name, QString *error)
{
    bool answered = false;
    Migration::CvcWriter::Reply answer;
    m_writer->get(resource, name, [&, this](const Migration::CvcWriter::Reply &reply) {
        answered = true;
        answer = reply;
        wake();
    });
    waitUntil([&answered] { return answered; }, -1);
    if (!answer.ok && error)
        *error = answer.message;
    return answer.ok ? answer.object : QJsonObject();
}

bool MigrationSession::dryRun(const QList<Migration::ReplicaMove> &moves)
{
    bool allAccepted = true;
    for (const Migration::ReplicaMove &move : moves) {
        bool answered = false;
        bool accepted = false;
        QString verdict;
        m_engine->dryRun(move, [&, this](bool ok, const QString &message) {
            answered = true;
            accepted = ok;
            verdict = message;
            wake();
        });
        waitUntil([&answered] { return answered; }, -1);
        const QString what =
            tr("Server-side dry run of adding %1 to %2").arg(move.targetPool, move.volume);
        if (accepted)
            write(tr("%1: %2").arg(what, verdict) + QLatin1Char('\n'));
        else
            writeError(tr("%1: refused: %2").arg(what, verdict));
        allAccepted = allAccepted && accepted;
    }
    return allAccepted;
}

bool MigrationSession::confirm(bool yes)
{
    if (yes)
        return true;
    if (!isTerminal(stdin)) {
        Output::error(tr("error: the input is not a terminal to ask on; pass --yes to go ahead "
                         "without asking. Nothing was changed."));
        return false;
    }
    Output::write(tr("Proceed? [y/N] "));
    std::string line;
    if (!std::getline(std::cin, line)) {
        Output::write(QStringLiteral("\n"));
        Output::error(tr("No answer; nothing was changed."));
        return false;
    }
    const QString answer = QString::fromLocal8Bit(line.c_str()).trimmed().toLower();
    if (answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y") ||
        answer == tr("yes"))
        return true;
    Output::error(tr("Nothing was changed."));
    return false;
}

QList<MigrationStatus> MigrationSession::run(const QList<Migration::ReplicaMove> &moves,
                                             OnInterrupt onInterrupt)
{
    QStringList ids;
    for (const Migration::ReplicaMove &move : moves)
        ids << m_engine->start(move);
    return waitForMoves(ids, onInterrupt);
}

QString MigrationSession::outcome(const MigrationStatus &status)
{
    const Migration::ReplicaMove &m = status.move;
    const QString what = tr("%1: %2 -> %3").arg(m.volume, m.sourcePool, m.targetPool);
    switch (status.state) {
    case MigrationState::Done:
        return status.reason.isEmpty() ? tr("%1: done").arg(what)
                                       : tr("%1: done; %2").arg(what, status.reason);
    case MigrationState::RolledBack:
        return tr("%1: rolled back: %2").arg(what, status.reason);
    case MigrationState::Cancelled:
        return tr("%1: cancelled: %2").arg(what, status.reason);
    case MigrationState::Failed:
        return tr("%1: failed: %2").arg(what, status.reason);
    default:
        return tr("%1: %2").arg(what, MigrationStates::toString(status.state));
    }
}

QList<MigrationStatus> MigrationSession::waitForMoves(const QStringList &ids,
                                                      OnInterrupt onInterrupt)
{
    bool leave = false; // Ctrl-C a second time: the journal keeps the rest
    const auto ended = [this, &ids, &leave] {
        if (leave)
            return true;
        bool anyRunning = false;
        for (const QString &id : ids) {
            const MigrationState state = m_engine->status(id).state;
            if (MigrationStates::isFinal(state))
                continue;
            if (!m_interrupted || Migration::MoveLimits::isActive(m_engine->status(id)))
                anyRunning = true;
        }
        return !anyRunning;
    };
    InterruptNotifier interrupt;
    connect(&interrupt, &InterruptNotifier::interrupted, this, [this, &ids, &leave, onInterrupt] {
        if (m_interrupted) {
            leave = true;
            wake();
            return;
        }
        m_interrupted = true;
        if (onInterrupt == OnInterrupt::Pause) {
            writeError(tr("Interrupted: the queue is paused; the moves running now finish, the "
                          "others stay in the journal (Ctrl-C again to leave the running ones to "
                          "the journal too; `cstor-console queue resume` goes on)."));
            m_engine->pauseQueue(tr("interrupted by %1 (Ctrl-C)").arg(identity()));
            wake();
            return;
        }
        writeError(tr("Interrupted: cancelling; a move whose new replica exists is rolled back "
                      "(Ctrl-C again to leave it to the journal, the next migrate or drain "
                      "resumes it)."));
        for (const QString &id : ids) {
            if (MigrationStates::isFinal(m_engine->status(id).state))
                continue;
            QString why;
            if (!m_engine->cancel(id, &why))
                writeError(tr("%1: cannot cancel: %2").arg(m_engine->status(id).move.volume, why));
        }
    });
    waitUntil(ended, -1);
    QList<MigrationStatus> statuses;
    for (const QString &id : ids)
        statuses << m_engine->status(id);
    closeLine();
    return statuses;
}

void MigrationSession::showPlanProgress()
{
    const Migration::QueueProgress progress = m_engine->progress();
    if (progress.total() < 2)
        return;
    const QString line = tr("plan: %1").arg(progress.text());
    if (line == m_planLine)
        return;
    m_planLine = line;
    write(line + QLatin1Char('\n'));
}

void MigrationSession::showProgress(const QString &id)
{
    const MigrationStatus status = m_engine->status(id);
    const bool final = MigrationStates::isFinal(status.state);
    const bool rebuilding = status.state == MigrationState::Rebuilding && status.progress.valid;
    const int percent = rebuilding ? int(status.progress.fraction * 100) : -1;

    QString text =
        QStringLiteral("%1 %2").arg(status.move.volume, MigrationStates::toString(status.state));
    if (!final && !status.step.isEmpty())
        text += QStringLiteral(": ") + status.step;
    if (rebuilding) {
        text += tr(", %1% copied").arg(percent);
        if (status.progress.etaSeconds)
            text += tr(", about %1 left").arg(duration(*status.progress.etaSeconds));
    }
    if (final && !status.reason.isEmpty())
        text += QStringLiteral(": ") + status.reason;

    Printed &printed = m_printed[id];
    if (text == printed.text)
        return;
    const bool sameStep = printed.state == status.state && printed.step == status.step;
    // One line per change; without a terminal, progress within a step every 10%.
    if (!m_terminal && sameStep && !final && printed.percentBucket == percent / 10)
        return;
    if (m_terminal && sameStep && !final && m_lineOpen && m_openLineId == id) {
        Output::progress(QStringLiteral("\r\033[K") + text, m_progressBesideDocument);
    } else {
        closeLine();
        Output::progress(text, m_progressBesideDocument);
        if (m_terminal) {
            m_lineOpen = true;
            m_openLineId = id;
        } else {
            Output::progress(QStringLiteral("\n"), m_progressBesideDocument);
        }
    }
    if (final)
        closeLine();
    printed = {status.state, status.step, percent < 0 ? -1 : percent / 10, text};
}

void MigrationSession::closeLine()
{
    if (!m_lineOpen)
        return;
    Output::progress(QStringLiteral("\n"), m_progressBesideDocument);
    m_lineOpen = false;
    m_openLineId.clear();
}

void MigrationSession::write(const QString &text)
{
    closeLine();
    Output::progress(text, m_progressBesideDocument);
}

void MigrationSession::writeError(const QString &text)
{
    closeLine();
    Output::error(text);
}

bool MigrationSession::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline =
        timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        // One loop per wait; every signal that may change the answer quits it.
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        if (!deadline.isForever())
            timeout.start(int(deadline.remainingTime()));
        m_loop = &loop;
        loop.exec();
        m_loop = nullptr;
    }
    return true;
}

void MigrationSession::wake()
{
    if (m_loop)
        m_loop->quit();
}
