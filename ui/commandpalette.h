#pragma once

#include "ui/topologyscene.h"

#include <QFrame>
#include <QList>

class QAction;
class QLineEdit;
class QListWidget;
class QMenuBar;

namespace Ui {

class SearchIndex;

// Ctrl+K: every command of the window's menus, and the nodes, pools and volumes the search
// field finds, by any words of their names. Enter runs the command or shows the object; a
// command that cannot run now is listed greyed, with the reason its action gives.
class CommandPalette : public QFrame
{
    Q_OBJECT

public:
    CommandPalette(QMenuBar *menus, SearchIndex *objects, QWidget *window);

    // Shown over the top of the window, the field empty and focused, the menus read again
    // (their commands change with the language menu's state, the docks, the selection).
    void popUp();

    QLineEdit *field() const { return m_field; }
    QListWidget *list() const { return m_list; }

    static constexpr int kMaxObjects = 50;

signals:
    // Select it in every view and bring it into view.
    void found(Ui::TopologyScene::Kind kind, const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Command
    {
        QAction *action = nullptr;
        QString path; // "View › Refresh"
    };

    void readMenus();
    void fill(const QString &text);
    void runCurrent();
    void step(int rows);
    void fitHeight();

    QMenuBar *m_menus;
    SearchIndex *m_objects;
    QLineEdit *m_field;
    QListWidget *m_list;
    QList<Command> m_commands;
};

} // namespace Ui
