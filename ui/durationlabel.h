#pragma once

#include "models/migration/planduration.h"

#include <QLabel>

namespace Ui {

class DurationEstimator;

// How long the moves of a plan should take, in one line under the plan ("Estimated duration:
// about 1 h 20 min at 48 MiB/s measured on this cluster"), and how that was worked out in its
// tooltip. The estimate is made off the UI thread (DurationEstimator); until it comes the line
// says it is being worked out. Hidden while there is no move.
class DurationLabel : public QLabel
{
    Q_OBJECT

public:
    DurationLabel(const QString &journalPath, const QString &context, QWidget *parent = nullptr);

    // Estimates these moves within these caps; no moves hide the line.
    void estimate(const QList<Migration::ReplicaMove> &moves,
                  const Migration::ClusterSnapshot &cluster, const Migration::MoveLimits &limits);
    // No moves: the line is hidden, and an estimate under way is not shown when it comes.
    void hideEstimate();
    // Whether the line shows an estimate (not one being worked out).
    bool hasEstimate() const { return m_hasEstimate; }
    // "1 h 20 min", "25 min", "under a minute": a duration rounded as an estimate is.
    static QString durationText(qint64 seconds);

signals:
    // The line shows a new estimate.
    void estimateShown();

private:
    void showEstimate(const Migration::PlanDuration::Estimate &estimate);

    DurationEstimator *m_estimator;
    bool m_hasEstimate = false;
    bool m_waiting = false; // for the estimate of the moves last given
};

} // namespace Ui
