#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace Ui {

class ClusterConnection;

// When this window may change the cluster: connected, the read-only lock off, and the user's
// permission to change volume placement known and granted. Holds the lock; enables the
// actions that write, or says in their tool tips why they cannot.
class WriteGate : public QObject
{
    Q_OBJECT

public:
    // `connection` tells which connection the window has now (null: none).
    WriteGate(std::function<ClusterConnection *()> connection, QWidget *window);

    // "Read-only": when on, nothing in the window can change the cluster.
    QAction *lockAction() const { return m_lock; }
    // Why nothing may be changed right now ("" when writes are allowed).
    QString whyNot() const;
    // "Move replica to…" for the selected replica ("" for none).
    void updateMoveAction(QAction *move, const QString &replica) const;
    // "Drain node…" for the selected node ("" for none).
    void updateDrainAction(QAction *drain, const QString &node) const;

signals:
    void lockToggled(bool locked);

private:
    std::function<ClusterConnection *()> m_connection;
    QAction *m_lock;
};

} // namespace Ui
