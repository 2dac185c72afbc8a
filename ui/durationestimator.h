#pragma once

#include "models/migration/planduration.h"

#include <QObject>

#include <optional>

namespace Ui {

// How long a plan of moves should take (Migration::PlanDuration), worked out off the UI thread:
// there the journal is read for the throughput this console measured on the cluster's context,
// and the moves are scheduled within the caps. The answer comes by estimated(). A request made
// while one is under way is worked out once it ends; requests in between are dropped. The work
// holds copies only, so the estimator may go while it runs.
class DurationEstimator : public QObject
{
    Q_OBJECT

public:
    DurationEstimator(const QString &journalPath, const QString &context,
                      QObject *parent = nullptr);

    // `cluster` is copied (its tables are shared until the window's next change).
    void estimate(const QList<Migration::ReplicaMove> &moves,
                  const Migration::ClusterSnapshot &cluster, const Migration::MoveLimits &limits);
    bool isBusy() const { return m_running || m_next.has_value(); }

signals:
    void estimated(const Migration::PlanDuration::Estimate &estimate);

private:
    struct Request
    {
        QList<Migration::ReplicaMove> moves;
        Migration::ClusterSnapshot cluster;
        Migration::MoveLimits limits;
    };
    void run(Request request);
    void take(const Migration::PlanDuration::Estimate &estimate);

    QString m_journalPath;
    QString m_context;
    bool m_running = false; // an estimate is being worked out off the UI thread
    std::optional<Request> m_next;
};

} // namespace Ui
