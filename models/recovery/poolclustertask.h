#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

namespace Kube {
class RestClient;
}

namespace Recovery {

// What the recovery tasks on one pool of a CStorPoolCluster share (DiskReplacementTask,
// MovedDisksTask): the reads of a load counted to their end, the pools' names when the one asked
// for does not exist, the CSPC edit, fresh reads of the pool's CSPI while the change goes on, and
// the audit of every change. Never blocks.
class PoolClusterTask : public QObject
{
    Q_OBJECT

public:
    // client is not owned and must outlive the task; `auditAction` names its audit records.
    PoolClusterTask(Kube::RestClient *client, const QString &namespaceName,
                    const QString &auditAction, QObject *parent = nullptr);

signals:
    void failed(const QString &why);
    void progress(const QString &text);
    // ok: the pool is where the change wanted it; text says so or what failed.
    void finished(bool ok, const QString &text);

protected:
    // Reads CSPI `pool`: `found` gets it and goes on with the load. When there is none, the names
    // of the namespace's pools go to `names` (what the operator may have meant) and the load
    // ends; any other failure ends it with failed().
    void readPool(const QString &pool, const std::function<void(const QJsonObject &)> &found,
                  QStringList *names);
    // The load's next `count` reads; loadComplete() follows the last one, failed() the first
    // problem instead.
    void expectReads(int count) { m_pending = count; }
    // One read: the object at `path` to `use`, or `what` named in the problem.
    void read(const QString &path, const QString &what,
              const std::function<void(const QJsonObject &)> &use);
    // One read of a list: its items appended to `into`.
    void readList(const QString &path, const QUrlQuery &query, QList<QJsonObject> *into);
    virtual void loadComplete() = 0;

    // Runs a change: with a `patch`, edits CSPC `poolCluster` (audited, `text` as progress) and
    // then follows; without one, only follows the change made before.
    void start(const QString &pool, const QString &poolCluster, const QJsonArray &patch,
               const QString &text);
    // Each fresh read of the pool's CSPI while running: the subclass ends the run or asks for
    // the next read with followAgain().
    virtual void poolRead(const QJsonObject &cspi) = 0;
    void followAgain() { m_poll.start(); }
    // Follows another pool of the same change from now on.
    void followPool(const QString &pool)
    {
        m_pool = pool;
        followAgain();
    }
    bool isRunning() const { return m_running; }
    // The run's end; audited when the run changed something.
    void end(bool ok, const QString &text);
    void audit(const QString &result);
    // What the audit records name as the change's target.
    virtual QString auditTarget() const = 0;

    Kube::RestClient *client() const { return m_client; }
    const QString &namespaceName() const { return m_namespace; }

private:
    void readDone();
    void follow();

    Kube::RestClient *m_client;
    QString m_namespace;
    QString m_auditAction;
    int m_pending = 0;     // reads of the load not answered yet
    QString m_loadProblem; // the first read that failed

    QString m_pool;
    QTimer m_poll;
    bool m_running = false;
    bool m_changed = false; // this run audited a change
};

} // namespace Recovery
