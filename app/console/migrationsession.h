#pragma once

#include "app/console/clusteroptions.h"
#include "models/kube/clusterdelta.h"
#include "models/migration/journal.h"
#include "models/migration/migrationengine.h"
#include "models/planning/preflight.h"
#include "models/planning/replicamove.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

class QEventLoop;

namespace Kube {
class ClusterWatcher;
class RestClient;
} // namespace Kube

namespace Migration {
class RestCvcWriter;
}

// One cluster for the verbs that move replicas (migrate, drain): the client, informers,
// writer and engine the window uses, with the same journal and audit log, and the steps every
// such verb takes: connect and wait for the informers' first lists, resume what the journal
// left unfinished, show a plan, ask, run the moves with one progress line per change, and
// cancel them on Ctrl-C.
class MigrationSession : public QObject
{
    Q_OBJECT

public:
    explicit MigrationSession(const ClusterOptions::Target &target, QObject *parent = nullptr);
    ~MigrationSession() override;

    // Starts the informers and waits until they have listed everything once and the API has
    // said who we are and whether we may patch CStorVolumeConfigs. False and *error when the
    // client cannot be used or the informers fail or do not sync in time.
    bool open(QString *error);
    // The cluster the verb's options name, opened; null (after printing why) when it cannot be.
    static std::unique_ptr<MigrationSession> openFor(const ClusterOptions &cluster,
                                                     const QCommandLineParser &parser);

    Migration::MigrationEngine *engine() const { return m_engine.get(); }
    const Migration::ClusterSnapshot &cluster() const { return m_engine->cluster(); }
    QString identity() const;
    QString contextName() const;
    QString namespaceName() const { return m_target.namespaceName; }
    QString serverUrl() const;

    // False when the access review said no; refusal() then says so for the operator.
    bool mayPatch() const { return m_mayPatch; }
    QString refusal() const;

    // Moves of this context the journal has not seen finish, in the queue's order.
    QList<Migration::JournalEntry> unfinished() const;
    // Says what the journal left unfinished without touching it (--dry-run, no permission).
    void noteUnfinished() const;
    // Resumes the unfinished moves no live console runs, saying so, and waits until those that
    // had started end; their final statuses. Moves that had not started stay in the queue,
    // which the engine then pauses.
    QList<Migration::MigrationStatus> resumeUnfinished();
    // Before a verb starts moves: false (after saying why and what to run) when the journal's
    // queue holds moves still waiting, which the new ones must not overtake; a queue paused
    // with nothing waiting is resumed for them (saying it was paused).
    bool queueClear();

    // Reads the pools' capacity forecasts from the cluster's Prometheus (found as the forecast
    // verb finds it) so that the plans say what their moves do to the day each pool goes
    // read-only. Without a Prometheus the plans leave those dates out; one that is there but
    // fails is named in a warning.
    void readForecast();

    // The plan as tables: each check with ok / FAIL / warning and its finding, and each
    // affected pool's capacity before and after the moves (and its read-only date, when the
    // forecast is known).
    static QString checksTable(const QList<Migration::PreflightCheck> &checks);
    QString capacityTable(const QList<Migration::ReplicaMove> &moves) const;

    // A fresh read of one cStor object of the namespace ("cstorpoolclusters", …); empty (and
    // *error) when it cannot be read.
    QJsonObject read(const QString &resource, const QString &name, QString *error);

    // The server's verdict on each scale-up patch (dryRun=All), printed; true when all pass.
    bool dryRun(const QList<Migration::ReplicaMove> &moves);

    // True with --yes; on a terminal asks "Proceed? [y/N]"; otherwise refuses (saying to
    // pass --yes) and returns false.
    static bool confirm(bool yes);

    // What Ctrl-C does while moves run: cancel them (a single move: the new replica is removed
    // again), or pause the queue (a plan: running moves finish, waiting ones stay in the journal).
    enum class OnInterrupt { Cancel, Pause };

    // Starts the moves (queued by the engine's limits), prints their progress and waits until
    // every one has ended, or, once the queue is paused by Ctrl-C, until none runs; their
    // statuses in order (waiting ones are not final then).
    QList<Migration::MigrationStatus> run(const QList<Migration::ReplicaMove> &moves,
                                          OnInterrupt onInterrupt = OnInterrupt::Cancel);
    // Waits for moves the engine already holds, as run() does.
    QList<Migration::MigrationStatus> waitForMoves(const QStringList &ids, OnInterrupt onInterrupt);
    // The plan's line: done / running / waiting / failed, bytes copied, ETA.
    void showPlanProgress();

    // A line for the operator among the progress lines (on stdout, or beside the document).
    void note(const QString &text) { write(text); }
    // Progress lines go to stderr, as stdout carries a JSON document (-o json).
    void setProgressBesideDocument(bool beside) { m_progressBesideDocument = beside; }

    // Waits until `done` says yes as the cluster changes, at most `timeoutMs`; whether it did.
    bool waitFor(const std::function<bool()> &done, int timeoutMs)
    {
        return waitUntil(done, timeoutMs);
    }

    // Whether Ctrl-C was pressed while moves ran: the verb stops after them.
    bool wasInterrupted() const { return m_interrupted; }

    // One line for the operator about a move that has ended.
    static QString outcome(const Migration::MigrationStatus &status);

private:
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    void wake();
    void showProgress(const QString &id);
    void closeLine();
    void write(const QString &text);
    void writeError(const QString &text);
    // Names each object of the cluster that does not decode once, when it is first left out.
    void noteSkipped(const Kube::SkippedDelta &delta);

    ClusterOptions::Target m_target;
    std::unique_ptr<Kube::RestClient> m_client;
    std::unique_ptr<Migration::RestCvcWriter> m_writer;
    std::unique_ptr<Migration::MigrationEngine> m_engine;
    std::unique_ptr<Kube::ClusterWatcher> m_watcher;
    QEventLoop *m_loop = nullptr;

    bool m_interrupted = false;
    QString m_planLine;
    QString m_queueLine = tr("Queue running");
    bool m_identityKnown = false;
    bool m_accessKnown = false;
    bool m_accessReviewed = false; // false when the review itself failed
    bool m_mayPatch = true;
    QString m_accessReason;
    QMap<QString, Kube::SkippedObject> m_skipped; // by uid: left out now
    QSet<QString> m_skippedNamed;                 // uids named in a warning

    // Progress lines: what was last printed for each move, and whether the terminal line is
    // still open for an in-place update.
    struct Printed
    {
        Migration::MigrationState state = Migration::MigrationState::Planned;
        QString step;
        int percentBucket = -1;
        QString text;
    };
    QHash<QString, Printed> m_printed;
    bool m_terminal = false;
    bool m_progressBesideDocument = false;
    bool m_lineOpen = false;
    QString m_openLineId;
};
