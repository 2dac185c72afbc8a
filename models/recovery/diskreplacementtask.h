#pragma once

#include "models/recovery/diskreplacementplanner.h"
#include "models/recovery/poolclustertask.h"

#include <QDeadlineTimer>

namespace Recovery {

// The cluster side of a disk replacement, for the window and the command line alike: reads what
// the plan of a pool needs (its CSPI and CSPC, the block devices of its node and the claims of
// its pool cluster), makes the CSPC edit, and follows it on fresh reads (the CSPC operator puts
// the new disk into the pool, the pool manager resilvers it, the pool is ONLINE again). Never
// blocks; every change is audited.
class DiskReplacementTask : public PoolClusterTask
{
    Q_OBJECT

public:
    // client is not owned and must outlive the task.
    DiskReplacementTask(Kube::RestClient *client, const QString &namespaceName,
                        QObject *parent = nullptr);

    // Reads the planner's input for `pool`: loaded() or failed().
    void load(const QString &pool);
    // Edits the CSPC as the plan says (a Replace plan) or only follows (InProgress): progress()
    // at each change, then finished().
    void run(const DiskReplacementPlan &plan);

    // How long the CSPC operator may take to put the new disk into the pool's spec.
    void setSpecTimeoutMs(int ms) { m_specTimeoutMs = ms; }

signals:
    void loaded(const Recovery::DiskReplacementPlanner::Input &input);
    // finished(ok): the pool is ONLINE with the new disk resilvered.

protected:
    void loadComplete() override { emit loaded(m_input); }
    void poolRead(const QJsonObject &cspi) override;
    QString auditTarget() const override;

private:
    void loadRest();
    // One read of the load: the NDM objects of `plural` that match `selector`.
    void list(const QString &plural, const QString &selector, QList<QJsonObject> *into);

    DiskReplacementPlanner::Input m_input;
    DiskReplacementPlan m_plan;
    QDeadlineTimer m_specDeadline;
    int m_specTimeoutMs = 180000;
    DiskReplacementPlanner::Stage m_stage = DiskReplacementPlanner::Stage::WaitingForSpec;
};

} // namespace Recovery
