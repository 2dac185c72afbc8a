#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace Migration {

// Estimates how far a new replica's rebuild has got. cStor has no progress field (CSTOR.md):
// the estimate is the new replica's used bytes against a healthy peer's, cross-checked with the
// snapshots the peer has and the new replica still lacks; the rate and ETA come from history.
class RebuildEstimator
{
public:
    struct Sample
    {
        QDateTime time;
        qint64 copiedBytes = 0; // new replica status.capacity.used
        qint64 sourceBytes = 0; // healthy peer status.capacity.used
        int pendingSnapshots = 0;
        int peerSnapshots = 0;
    };

    struct Estimate
    {
        bool valid = false;  // false before the first sample, or after the replica vanished
        double fraction = 0; // 0..1, an estimate
        double bytesPerSecond = 0;
        std::optional<qint64> etaSeconds; // nullopt while the rate is unknown or zero
        bool stalled = false;             // no progress for stallAfterSeconds
        bool restarted = false;           // the copy went backwards: started again
        bool finished = false;
    };

    explicit RebuildEstimator(int stallAfterSeconds = 120, int windowSeconds = 300);

    void addSample(const Sample &sample);
    void markFinished(const QDateTime &time); // the replica turned Healthy
    void markGone();                          // the replica was deleted mid-way
    Estimate estimate(const QDateTime &now) const;
    QList<Sample> history() const { return m_history; }

private:
    int m_stallAfterSeconds;
    int m_windowSeconds;
    QList<Sample> m_history; // since the last restart
    QDateTime m_lastProgress;
    bool m_restarted = false;
    bool m_finished = false;
    bool m_gone = false;
};

} // namespace Migration
