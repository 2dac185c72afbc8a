#pragma once

#include <QString>

class QAction;
class QMainWindow;
class QSplitter;
class QTabWidget;

namespace Ui {

// The window's layout, remembered per kubeconfig context in the settings: its geometry and
// docks, the split between topology and tables, the table shown, the read-only lock and the
// namespace last used.
class ContextLayout
{
public:
    ContextLayout(QMainWindow *window, QSplitter *splitter, QTabWidget *tabs, QAction *lock);

    void save(const QString &context, const QString &namespaceName) const;
    void restore(const QString &context);
    // The namespace last used with the context ("" when none was saved).
    QString savedNamespace(const QString &context) const;
    // A topology squeezed to a sliver gets three fifths of the height back.
    void ensureTopologyRoom();

private:
    static QString settingsGroup(const QString &context);

    QMainWindow *m_window;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    QAction *m_lock;
};

} // namespace Ui
