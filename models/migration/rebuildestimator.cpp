#include "models/migration/rebuildestimator.h"

#include <algorithm>
#include <cmath>

namespace Migration {

RebuildEstimator::RebuildEstimator(int stallAfterSeconds, int windowSeconds)
    : m_stallAfterSeconds(stallAfterSeconds)
    , m_windowSeconds(windowSeconds)
{
}

void RebuildEstimator::addSample(const Sample &sample)
{
    if (m_gone || m_finished)
        return;
    if (!m_history.isEmpty()) {
        const Sample &last = m_history.last();
        if (sample.time < last.time)
            return; // out of order: ignore
        if (sample.copiedBytes < last.copiedBytes) {
            // The copy went backwards: the rebuild started again. History before it says
            // nothing about the new attempt's rate.
            m_history.clear();
            m_restarted = true;
        }
    }
    if (m_history.isEmpty() || sample.copiedBytes > m_history.last().copiedBytes)
        m_lastProgress = sample.time;
    m_history.append(sample);
}

void RebuildEstimator::markFinished(const QDateTime &time)
{
    m_finished = true;
    m_lastProgress = time;
    // A finished estimate reads only the last sample; a console that ran many moves does not
    // keep each one's history.
    if (m_history.size() > 1)
        m_history = {m_history.constLast()};
}

void RebuildEstimator::markGone()
{
    m_gone = true;
}

RebuildEstimator::Estimate RebuildEstimator::estimate(const QDateTime &now) const
{
    Estimate result;
    result.restarted = m_restarted;
    if (m_gone || m_history.isEmpty()) {
        result.finished = m_finished && !m_gone;
        result.valid = result.finished;
        result.fraction = result.finished ? 1.0 : 0.0;
        return result;
    }
    const Sample &last = m_history.last();
    result.valid = true;
    if (m_finished) {
        result.finished = true;
        result.fraction = 1.0;
        result.etaSeconds = 0;
        return result;
    }
    double fraction = last.sourceBytes > 0 ? double(last.copiedBytes) / last.sourceBytes : 0.0;
    // Snapshots still missing cap the estimate: bytes may match while snapshots are pending.
    if (last.peerSnapshots > 0 && last.pendingSnapshots > 0) {
        const double snapshotFraction =
            1.0 - double(last.pendingSnapshots) / double(last.peerSnapshots);
        fraction = std::min(fraction, std::max(snapshotFraction, 0.0));
    }
    result.fraction = std::clamp(fraction, 0.0, 0.99); // 100% only when Healthy

    // The new replica's used bytes move only when its pool manager resyncs, in steps, and the
    // copy may start a while after the replica appears. So the rate is measured between the
    // moments the bytes moved (each the end of a resync period), not from the first sample: that
    // would count the wait before the copy and the part of a period not yet reported.
    const QDateTime windowStart = last.time.addSecs(-m_windowSeconds);
    const Sample *firstMove = nullptr;
    const Sample *lastMove = nullptr;
    for (qsizetype i = 1; i < m_history.size(); ++i) {
        const Sample &s = m_history.at(i);
        if (s.copiedBytes <= m_history.at(i - 1).copiedBytes)
            continue;
        if (!firstMove && s.time >= windowStart)
            firstMove = &s;
        lastMove = &s;
    }
    const Sample &origin = m_history.first();
    const Sample *from = firstMove && firstMove != lastMove ? firstMove : &origin;
    const Sample *to = lastMove ? lastMove : &last;
    const double seconds = from->time.msecsTo(to->time) / 1000.0;
    if (seconds > 0)
        result.bytesPerSecond = std::max(0.0, (to->copiedBytes - from->copiedBytes) / seconds);

    result.stalled = m_lastProgress.isValid() && m_lastProgress.secsTo(now) >= m_stallAfterSeconds;
    if (result.bytesPerSecond > 0 && !result.stalled) {
        // What was left when the bytes last moved, less what has been copied since at the rate.
        const qint64 remaining = std::max<qint64>(0, last.sourceBytes - to->copiedBytes);
        const double since = std::max(0.0, to->time.msecsTo(now) / 1000.0);
        result.etaSeconds =
            std::max<qint64>(0, qint64(std::ceil(remaining / result.bytesPerSecond - since)));
    }
    return result;
}

} // namespace Migration
