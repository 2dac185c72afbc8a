#pragma once

#include "models/planning/capacityprojection.h"
#include "models/planning/preflight.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Migration {
class MigrationEngine;
}

namespace Ui {

class CapacityTable;
class ProjectionChart;

// The plan of one or more replica moves, shown before anything changes: the steps, every
// preflight check with its finding, each affected pool's capacity before and after, and the
// server's dry-run verdict. Apply is enabled only when every blocking check passed and the
// dry run was accepted.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(Migration::MigrationEngine *engine, const QList<Migration::ReplicaMove> &moves,
               bool readOnly, const QString &readOnlyReason, QWidget *parent = nullptr);

    QList<Migration::ReplicaMove> moves() const { return m_moves; }
    bool canApply() const;
    QString dryRunResult() const { return m_dryRunResult; }
    // Each affected pool's used percent before and after, as bars.
    ProjectionChart *projectionChart() const { return m_projectionChart; }
    // The moved volume's recent I/O in words (Items::IoText::full), shown under the summary.
    void setVolumeIo(const QString &volume, const QString &text);

signals:
    void applyRequested(const QList<Migration::ReplicaMove> &moves);
    void dryRunFinished();

private:
    void fillChecks();
    void fillCapacity();
    void startDryRun();
    void updateApply();

    Migration::MigrationEngine *m_engine;
    QList<Migration::ReplicaMove> m_moves;
    bool m_readOnly;
    QString m_readOnlyReason;
    bool m_checksPassed = false;
    int m_dryRunsPending = 0;
    bool m_dryRunOk = true;
    QString m_dryRunResult;
    QLabel *m_summary;
    QTreeWidget *m_checks;
    CapacityTable *m_capacity;
    ProjectionChart *m_projectionChart;
    QLabel *m_io = nullptr;
    QLabel *m_dryRun;
    QPushButton *m_apply;
};

} // namespace Ui
