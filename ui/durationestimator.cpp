#include "ui/durationestimator.h"

#include "models/migration/journal.h"

#include <QtConcurrent>

namespace Ui {

DurationEstimator::DurationEstimator(const QString &journalPath, const QString &context,
                                     QObject *parent)
    : QObject(parent)
    , m_journalPath(journalPath)
    , m_context(context)
{
    connect(&m_watcher, &QFutureWatcher<Migration::PlanDuration::Estimate>::finished, this,
            &DurationEstimator::take);
}

void DurationEstimator::estimate(const QList<Migration::ReplicaMove> &moves,
                                 const Migration::ClusterSnapshot &cluster,
                                 const Migration::MoveLimits &limits)
{
    Request request{moves, cluster, limits};
    if (m_watcher.isRunning()) {
        m_next = std::move(request); // once the one under way ends
        return;
    }
    run(std::move(request));
}

void DurationEstimator::run(Request request)
{
    m_watcher.setFuture(QtConcurrent::run([journalPath = m_journalPath, context = m_context,
                                           request = std::move(request)] {
        const Migration::PlanDuration::Throughput throughput = Migration::PlanDuration::measured(
            Migration::Journal(journalPath).entries(), request.cluster, context);
        return Migration::PlanDuration::estimate(request.moves, request.cluster, request.limits,
                                                 throughput);
    }));
}

void DurationEstimator::take()
{
    if (m_next) {
        Request next = std::move(*m_next);
        m_next.reset();
        run(std::move(next));
        return;
    }
    emit estimated(m_watcher.result());
}

} // namespace Ui
