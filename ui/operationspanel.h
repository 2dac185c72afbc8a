#pragma once

#include <QTimer>
#include <QWidget>

class QPushButton;
class QTableView;
class QTreeWidget;
class QLabel;

namespace Items {
class ClaimedMoveListModel;
class MigrationListModel;
} // namespace Items
namespace Migration {
class MigrationEngine;
}

namespace Ui {

class QueueBar;

// The queue of migrations (step, estimated progress, rate, ETA, cancel, undo), with the plan's
// progress, pause and window above it (QueueBar) and the order of the waiting moves, and the
// audit log.
class OperationsPanel : public QWidget
{
    Q_OBJECT

public:
    OperationsPanel(Migration::MigrationEngine *engine, const QString &auditPath,
                    QWidget *parent = nullptr);

    QTableView *queueView() const { return m_view; }
    Items::MigrationListModel *model() const { return m_model; }
    QueueBar *queueBar() const { return m_queueBar; }
    // The moves other consoles run on the cluster, and the button that adopts a silent one.
    QTableView *elsewhereView() const { return m_elsewhereView; }
    Items::ClaimedMoveListModel *elsewhereModel() const { return m_elsewhereModel; }
    QPushButton *adoptButton() const { return m_adopt; }
    void setWritesAllowed(bool allowed, const QString &whyNot);
    void refreshAudit();
    // Whether the queue is empty: the panel shows one line instead of the table.
    bool isEmpty() const { return m_shownEmpty; }

signals:
    // The queue became empty (the panel shows one line instead of the table) or not.
    void emptyChanged(bool empty);
    // Undo a finished move: plan the reverse move (the caller opens the plan dialog).
    void undoRequested(const QString &volume, const QString &fromPool, const QString &toPool);

private:
    void updateButtons();
    void showQueueOrHint();
    // The selected row's move id, or empty.
    QString selectedId() const;
    // Moves the selected waiting move `by` places among the waiting ones (-1: sooner).
    void reorderSelected(int by);
    void confirmCancelWaiting();
    void showMovesElsewhere();
    void updateAdoptButton();
    // Asks before adopting the selected move of another console (without a nested event
    // loop), then hands it to the engine.
    void confirmAdopt();

    Migration::MigrationEngine *m_engine;
    QString m_auditPath;
    Items::MigrationListModel *m_model;
    QTableView *m_view;
    QueueBar *m_queueBar;
    QPushButton *m_cancel;
    QPushButton *m_undo;
    QPushButton *m_sooner;
    QPushButton *m_later;
    QPushButton *m_cancelWaiting;
    QTreeWidget *m_audit;
    QLabel *m_hint;
    QWidget *m_buttons;
    QLabel *m_empty;
    Items::ClaimedMoveListModel *m_elsewhereModel;
    QWidget *m_elsewhere;
    QTableView *m_elsewhereView;
    QPushButton *m_adopt;
    QTimer m_elsewhereTick; // ages and silence change without a cluster change
    QTimer m_auditRefresh;
    bool m_shownEmpty = false;
    bool m_writesAllowed = true;
    QString m_whyNot;
};

} // namespace Ui
