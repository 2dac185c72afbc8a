#include "ui/contextlayout.h"

#include "ui/topologyview.h"

#include <QAction>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QUrl>

#include <algorithm>

namespace Ui {

ContextLayout::ContextLayout(QMainWindow *window, QSplitter *splitter, QTabWidget *tabs,
                             QAction *lock, TopologyView *topology, const QList<Columns> &columns)
    : m_window(window)
    , m_splitter(splitter)
    , m_tabs(tabs)
    , m_lock(lock)
    , m_topology(topology)
    , m_columns(columns)
{
}

QString ContextLayout::settingsGroup(const QString &context)
{
    // Context names may hold '/' (EKS ARNs), which QSettings reads as a group separator.
    return QStringLiteral("contexts/") +
           QString::fromLatin1(
               QUrl::toPercentEncoding(context.isEmpty() ? QStringLiteral("(none)") : context));
}

QString ContextLayout::savedNamespace(const QString &context) const
{
    return QSettings().value(settingsGroup(context) + QStringLiteral("/namespace")).toString();
}

// A topology squeezed to a sliver (a layout saved from a tiny window, or the splitter sized
// while the scene was still empty) helps nobody: give it three fifths.
void ContextLayout::ensureTopologyRoom()
{
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total > 0 && sizes.value(0) < std::min(200, total / 3))
        m_splitter->setSizes({total * 3 / 5, total * 2 / 5});
}

void ContextLayout::fitTopologyToContent()
{
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int toFit = m_topology->heightToFit();
    const int needed = std::max(toFit, m_topology->minimumSizeHint().height());
    const bool fits = !m_restoredSplitter && total > 0 && toFit > 0 && needed < sizes.value(0);
    // A fitted topology keeps its height as the window or the docks change: the tables take
    // the difference. Otherwise both share it, three to two.
    m_splitter->setStretchFactor(0, fits ? 0 : 3);
    m_splitter->setStretchFactor(1, fits ? 1 : 2);
    if (fits)
        m_splitter->setSizes({needed, total - needed});
}

void ContextLayout::save(const QString &context, const QString &namespaceName) const
{
    QSettings settings;
    settings.beginGroup(settingsGroup(context));
    settings.setValue(QStringLiteral("geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("windowState"), m_window->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("readOnlyLock"), m_lock->isChecked());
    settings.setValue(QStringLiteral("namespace"), namespaceName);
    // A zoom only when the operator chose one: a fitted view fits again, whatever the window.
    if (const std::optional<qreal> zoom = m_topology->chosenZoom())
        settings.setValue(QStringLiteral("topologyZoom"), *zoom);
    else
        settings.remove(QStringLiteral("topologyZoom"));
    for (const auto &[name, header] : m_columns)
        settings.setValue(QStringLiteral("columns/") + name, header->saveState());
    settings.endGroup();
}

void ContextLayout::restore(const QString &context)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(context));
    if (settings.contains(QStringLiteral("geometry")))
        m_window->restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    m_restoredDocks =
        settings.contains(QStringLiteral("windowState")) &&
        m_window->restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    m_restoredSplitter =
        settings.contains(QStringLiteral("splitter")) &&
        m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    ensureTopologyRoom();
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("tab"), 0).toInt());
    m_lock->setChecked(settings.value(QStringLiteral("readOnlyLock"), false).toBool());
    bool zoomed = false;
    const double zoom = settings.value(QStringLiteral("topologyZoom")).toDouble(&zoomed);
    if (zoomed && zoom > 0)
        m_topology->setChosenZoom(zoom);
    // A state saved by a version with other columns is refused by the header, which keeps its
    // widths.
    for (const auto &[name, header] : m_columns) {
        const QString key = QStringLiteral("columns/") + name;
        if (settings.contains(key))
            header->restoreState(settings.value(key).toByteArray());
    }
    settings.endGroup();
}

} // namespace Ui
