#include "ui/durationestimator.h"

#include "models/migration/journal.h"

#include "ui/offthread.h"

namespace Ui {

DurationEstimator::DurationEstimator(const QString &journalPath, const QString &context,
                                     QObject *parent)
    : QObject(parent)
    , m_journalPath(journalPath)
    , m_context(context)
{
}

void DurationEstimator::estimate(const QList<Migration::ReplicaMove> &moves,
                                 const Migration::ClusterSnapshot &cluster,
                                 const Migration::MoveLimits &limits)
{
    Request request{moves, cluster, limits};
    if (m_running) {
        m_next = std::move(request); // once the one under way ends
        return;
    }
    run(std::move(request));
}

void DurationEstimator::run(Request request)
{
    m_running = true;
    OffThread::run(
        this,
        [journalPath = m_journalPath, context = m_context, request = std::move(request)] {
            const Migration::PlanDuration::Throughput throughput =
                Migration::PlanDuration::measured(Migration::Journal(journalPath).entries(),
                                                  request.cluster, context);
            return Migration::PlanDuration::estimate(request.moves, request.cluster, request.limits,
                                                     throughput);
        },
        [this](const Migration::PlanDuration::Estimate &estimate) { take(estimate); });
}

void DurationEstimator::take(const Migration::PlanDuration::Estimate &estimate)
{
    m_running = false;
    if (m_next) {
        Request next = std::move(*m_next);
        m_next.reset();
        run(std::move(next));
        return;
    }
    emit estimated(estimate);
}

} // namespace Ui
