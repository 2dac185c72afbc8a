#pragma once

#include <QWidget>

class QPushButton;
class QTableView;
class QTreeWidget;
class QLabel;

namespace Items {
class MigrationListModel;
}
namespace Migration {
class MigrationEngine;
}

namespace Ui {

// The queue of migrations (step, estimated progress, rate, ETA, cancel, undo) and the audit log.
class OperationsPanel : public QWidget
{
    Q_OBJECT

public:
    OperationsPanel(Migration::MigrationEngine *engine, const QString &auditPath,
                    QWidget *parent = nullptr);

    QTableView *queueView() const { return m_view; }
    Items::MigrationListModel *model() const { return m_model; }
    void setWritesAllowed(bool allowed, const QString &whyNot);
    void refreshAudit();

signals:
    // The queue became empty (the panel shows one line instead of the table) or not.
    void emptyChanged(bool empty);
    // Undo a finished move: plan the reverse move (the caller opens the plan dialog).
    void undoRequested(const QString &volume, const QString &fromPool, const QString &toPool);

private:
    void updateButtons();
    void showQueueOrHint();

    Migration::MigrationEngine *m_engine;
    QString m_auditPath;
    Items::MigrationListModel *m_model;
    QTableView *m_view;
    QPushButton *m_cancel;
    QPushButton *m_undo;
    QTreeWidget *m_audit;
    QLabel *m_hint;
    QWidget *m_buttons;
    QLabel *m_empty;
    bool m_shownEmpty = false;
    bool m_writesAllowed = true;
    QString m_whyNot;
};

} // namespace Ui
