#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
class QSpinBox;
class QTimer;

namespace Doctor {
struct Finding;
}
namespace Items {
class FindingModel;
}
namespace Migration {
class MigrationEngine;
}

namespace Ui {

// The Health dock: what the doctor finds wrong with the cluster, worst first, and for the
// selected finding what it risks, the kubectl commands that show it and the fix. It examines
// the migration engine's snapshot of the cluster at most once a second while changes come in,
// off the UI thread (the whole rule set costs a few milliseconds on a 1,000-node cluster, tens
// on thousands of pools): a change during an examination is examined once it ends.
class HealthPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HealthPanel(QWidget *parent = nullptr);

    void setEngine(Migration::MigrationEngine *engine);
    Items::FindingModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // "2 critical, 3 warnings" or "No problems found", for the status bar.
    QString countsText() const;
    // Whether the recovery planner, on the window's snapshot, has steps for the volume or
    // explains it (Repair or Manual): what "Recover volume…" offers.
    bool canRecover(const QString &volume) const;

signals:
    void findingsChanged();
    // The first Critical finding since the engine was set (once per connection).
    void criticalFound();
    // "Recover volume…" on a finding about a volume the recovery can bring back or explain.
    void recoverRequested(const QString &volume);
    // "Recover lost node…" on a finding about a node that is NotReady or gone with pools on it.
    void recoverNodeRequested(const QString &node);
    // "Replace failed disk…" on a finding about a pool's state.
    void replaceDiskRequested(const QString &pool);
    // "Follow moved disks…" on a finding about a node that is gone with pools on it.
    void followDisksRequested(const QString &pool);

public slots:
    void examineNow();

private:
    void dropExamination(); // what the one under way finds is not shown
    void showFindings(const QList<Doctor::Finding> &findings);
    void showFinding();
    // The volume of the selected finding when `recover` has something to do for it, else "".
    QString recoverableVolume() const;
    // The node of the selected finding when it is lost (LostNodePlanner::isLost), else "".
    QString lostNode() const;
    // The pool of the selected finding when it is about the pool's state, else "".
    QString poolOfStateFinding() const;
    // The first pool of the selected finding when it is about a node that is gone, else "".
    QString poolOfGoneNode() const;
    // The pool whose disks may sit on another node: one of a gone node, or one that is down or
    // fails to import (its disks may have been moved while its node stays Ready); the dialog's
    // dry run says where they are.
    QString poolToFollow() const;

    QPointer<Migration::MigrationEngine> m_engine;
    Items::FindingModel *m_model;
    QLabel *m_headline;
    QTableView *m_view;
    QTextBrowser *m_details;
    QPushButton *m_recover;
    QPushButton *m_recoverNode;
    QPushButton *m_replaceDisk;
    QPushButton *m_followDisks;
    QTimer *m_throttle;
    QSpinBox *m_horizon;
    QElapsedTimer m_lastExamined;
    bool m_alerted = false;
    bool m_examining = false;    // an examination runs off the UI thread
    bool m_examineAgain = false; // the cluster changed meanwhile
    quint64 m_generation = 0;    // examinations of another engine, or before a sync, are dropped
};

} // namespace Ui
