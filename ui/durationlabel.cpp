#include "ui/durationlabel.h"

#include "ui/durationestimator.h"

#include <cmath>

namespace Ui {

DurationLabel::DurationLabel(const QString &journalPath, const QString &context, QWidget *parent)
    : QLabel(parent)
    , m_estimator(new DurationEstimator(journalPath, context, this))
{
    setObjectName(QStringLiteral("planDuration"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Estimated duration"));
    connect(m_estimator, &DurationEstimator::estimated, this, &DurationLabel::showEstimate);
    hide();
}

void DurationLabel::estimate(const QList<Migration::ReplicaMove> &moves,
                             const Migration::ClusterSnapshot &cluster,
                             const Migration::MoveLimits &limits)
{
    if (moves.isEmpty()) {
        hideEstimate();
        return;
    }
    m_hasEstimate = false;
    m_waiting = true;
    setText(tr("Estimated duration: working it out…"));
    setToolTip({});
    setVisible(true);
    m_estimator->estimate(moves, cluster, limits);
}

void DurationLabel::hideEstimate()
{
    m_hasEstimate = false;
    m_waiting = false;
    clear();
    hide();
}

QString DurationLabel::durationText(qint64 seconds)
{
    const qint64 minutes = qint64(std::ceil(double(std::max<qint64>(seconds, 0)) / 60.0));
    if (minutes < 1)
        return tr("under a minute");
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    const qint64 hours = (minutes + 30) / 60;
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

void DurationLabel::showEstimate(const Migration::PlanDuration::Estimate &estimate)
{
    if (!m_waiting)
        return; // the moves were cleared while it was worked out
    m_waiting = false;
    const Migration::PlanDuration::Throughput &throughput = estimate.throughput;
    const QString rate = QString::number(throughput.bytesPerSecond / (1024 * 1024), 'f', 0);
    const QString duration = durationText(estimate.seconds);
    if (throughput.samples > 0) {
        setText(tr("Estimated duration: about %1 at %2 MiB/s measured on this cluster")
                    .arg(duration, rate));
        setToolTip(tr("The moves scheduled within the caps, each at the throughput of the last "
                      "%n move(s) this console ran on this cluster (the volume's data over the "
                      "time from adding the target pool to the move's end)",
                      nullptr, throughput.samples));
    } else {
        setText(tr("Estimated duration: about %1 at the default %2 MiB/s: no move measured "
                   "yet")
                    .arg(duration, rate));
        setToolTip(tr("The moves scheduled within the caps, each at an assumed throughput: this "
                      "console has not finished a move on this cluster yet"));
    }
    m_hasEstimate = true;
    emit estimateShown();
}

} // namespace Ui
