#include "ui/rebuildchart.h"

#include "models/cstor/capacity.h"
#include "models/migration/migrationengine.h"
#include "ui/pointdecimation.h"
#include "ui/timeaxis.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Ui {

namespace {

QString formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return RebuildChart::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return RebuildChart::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return RebuildChart::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

RebuildChart::RebuildChart(QWidget *parent)
    : ChartWidget(parent)
    , m_x(new QCategoryAxis(this))
    , m_y(new QValueAxis(this))
{
    setObjectName(QStringLiteral("rebuildChart"));
    chart()->setTitle(tr("Rebuild progress (estimated)"));
    TimeAxis::fit(m_x, 0, 60);
    m_y->setTitleText(tr("Estimated % copied"));
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setRange(0, 100);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_clock.start();
    m_timer.setInterval(kUpdateIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RebuildChart::tick);
    updateCaption();
}

RebuildChart::~RebuildChart() = default;

void RebuildChart::setEngine(Migration::MigrationEngine *engine)
{
    if (m_engine == engine)
        return;
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    clear();
    m_engine = engine;
    if (!engine) {
        m_timer.stop();
        refresh();
        return;
    }
    connect(engine, &Migration::MigrationEngine::migrationChanged, this, &RebuildChart::onChanged);
    m_timer.start();
    for (const Migration::MigrationStatus &status : engine->migrations()) {
        if (!Migration::MigrationStates::isFinal(status.state))
            follow(status.id, Refresh::Later);
    }
    refresh();
}

void RebuildChart::clear()
{
    for (const Line &line : std::as_const(m_lines)) {
        chart()->removeSeries(line.series);
        delete line.series;
    }
    m_lines.clear();
    m_order.clear();
}

void RebuildChart::onChanged(const QString &id)
{
    follow(id, Refresh::Now);
}

void RebuildChart::follow(const QString &id, Refresh refreshWhen)
{
    if (!m_engine)
        return;
    auto it = m_lines.find(id);
    if (it == m_lines.end()) {
        const Migration::MigrationStatus status = m_engine->status(id);
        if (Migration::MigrationStates::isFinal(status.state))
            return; // finished before it was ever seen
        Line line;
        line.label = tr("%1 → %2").arg(status.move.volume.left(12), status.move.targetPool);
        line.series = new QLineSeries(this);
        line.series->setName(line.label);
        line.series->setPointsVisible(false);
        chart()->addSeries(line.series);
        line.series->attachAxis(m_x);
        line.series->attachAxis(m_y);
        connect(
            line.series, &QLineSeries::hovered, this,
            [this, id](const QPointF &point, bool entered) { showLineTip(id, point, entered); });
        it = m_lines.insert(id, line);
        m_order.append(id);
    }
    if (it->finished)
        return;
    it->pending = true;
    if (it->lastSampleMs < 0 || m_clock.elapsed() - it->lastSampleMs >= kUpdateIntervalMs)
        sample(id, refreshWhen);
}

void RebuildChart::tick()
{
    if (!m_engine)
        return;
    // Running moves are sampled every interval even without a change, so a stall shows as a
    // flat line and the caption's time left keeps up.
    // One refresh of the axes and caption for all lines: with a hundred rebuilds, refreshing
    // after each line's sample is what makes the event loop stall.
    for (const QString &id : std::as_const(m_order)) {
        const Line &line = m_lines[id];
        if (!line.finished)
            sample(id, Refresh::Later);
    }
    refresh();
}

void RebuildChart::sample(const QString &id, Refresh refreshWhen)
{
    Line &line = m_lines[id];
    const Migration::MigrationStatus status = m_engine->status(id);
    const qint64 now = m_clock.elapsed();
    line.lastSampleMs = now;
    line.pending = false;
    const bool finished = Migration::MigrationStates::isFinal(status.state);
    const auto &estimate = status.progress;
    if (estimate.valid || finished || status.state == Migration::MigrationState::Rebuilding ||
        status.state == Migration::MigrationState::ScalingDown) {
        const double percent = std::clamp(estimate.fraction, 0.0, 1.0) * 100.0;
        const QPointF point(double(now) / 1000.0, percent);
        line.points.append(point);
        line.series->append(point);
        // Hours of samples: keep what is drawn to about two points per pixel column.
        const int columns = std::max(100, int(chart()->plotArea().width()));
        if (line.series->count() > 4 * columns)
            line.series->replace(decimatePoints(line.points, columns));
    }
    line.eta = estimate.etaSeconds;
    line.rate = estimate.bytesPerSecond;
    line.stalled = estimate.stalled && !finished;
    line.finished = finished;
    QString name = line.label;
    if (finished)
        name = tr("%1 (%2)").arg(line.label, Migration::MigrationStates::toString(status.state));
    else if (line.stalled)
        name = tr("%1 — stalled").arg(line.label);
    if (line.series->name() != name)
        line.series->setName(name);
    const Qt::PenStyle style = line.stalled ? Qt::DashLine : Qt::SolidLine;
    QPen pen = line.series->pen();
    if (pen.style() != style) {
        pen.setWidthF(line.stalled ? 3.0 : 2.0);
        pen.setStyle(style);
        line.series->setPen(pen);
    }
    if (refreshWhen == Refresh::Now)
        refresh();
    emit sampled(id);
}

void RebuildChart::refresh()
{
    updateAxes();
    updateLegend();
    updateCaption();
}

void RebuildChart::updateLegend()
{
    // A legend of a hundred entries leaves no room for the plot and costs a layout per change:
    // beyond a few lines the names are in the caption and on the lines' tooltips instead.
    const bool show = m_lines.size() <= kMaxLegendEntries;
    if (chart()->legend()->isVisible() != show)
        chart()->legend()->setVisible(show);
}

void RebuildChart::updateAxes()
{
    double last = 0;
    for (const Line &line : std::as_const(m_lines)) {
        if (!line.points.isEmpty())
            last = std::max(last, line.points.last().x());
    }
    TimeAxis::fit(m_x, 0, std::max(60.0, std::ceil(last / 30.0) * 30.0));
}

void RebuildChart::updateCaption()
{
    const QString estimateNote = tr("Percentages are estimates from the new replica's used bytes.");
    // Stalled copies first, then the longest times left: what an operator waits for.
    QList<const Line *> running;
    for (const QString &id : std::as_const(m_order)) {
        const Line &line = m_lines[id];
        if (!line.finished)
            running.append(&line);
    }
    if (running.isEmpty()) {
        setTitleText(tr("Rebuild progress (estimated)"));
        setCaption(tr("No replica is rebuilding. %1").arg(estimateNote));
        return;
    }
    const auto urgency = [](const Line *line) {
        if (line->stalled)
            return std::numeric_limits<qint64>::max();
        return line->eta ? *line->eta : std::numeric_limits<qint64>::max() - 1;
    };
    std::stable_sort(running.begin(), running.end(),
                     [&](const Line *a, const Line *b) { return urgency(a) > urgency(b); });
    QStringList shown;
    for (const Line *line : std::as_const(running)) {
        if (shown.size() == kMaxCaptionLines)
            break;
        const QString rate = line->rate > 0
                                 ? tr("%1/s").arg(Cstor::Capacity::formatBytes(qint64(line->rate)))
                                 : tr("rate unknown");
        if (line->stalled)
            shown.append(tr("%1: stalled").arg(line->label));
        else if (line->eta)
            shown.append(tr("%1: ETA %2 at %3").arg(line->label, formatDuration(*line->eta), rate));
        else
            shown.append(tr("%1: ETA unknown (%2)").arg(line->label, rate));
    }
    if (running.size() > shown.size())
        shown.append(tr("… and %n more rebuilding (hover a line for its name)", nullptr,
                        int(running.size() - shown.size())));
    setTitleText(running.size() == 1 ? tr("Rebuild progress (estimated) — %1").arg(shown.first())
                                     : tr("Rebuild progress (estimated) — %n rebuilding", nullptr,
                                          int(running.size())));
    setCaption(shown.join(QLatin1Char('\n')) + QLatin1Char('\n') + estimateNote);
}

void RebuildChart::showLineTip(const QString &id, const QPointF &point, bool entered)
{
    const auto it = m_lines.constFind(id);
    if (!entered || it == m_lines.cend()) {
        QToolTip::hideText();
        return;
    }
    QString text = tr("%1\n%2 % copied at %3 s (estimate)")
                       .arg(it->series->name())
                       .arg(qRound(point.y()))
                       .arg(qRound(point.x()));
    if (it->eta && !it->finished && !it->stalled)
        text += QLatin1Char('\n') + tr("About %1 left").arg(formatDuration(*it->eta));
    QToolTip::showText(QCursor::pos(), text, chartView());
}

void RebuildChart::setTitleText(const QString &title)
{
    if (chart()->title() != title)
        chart()->setTitle(title);
}

QStringList RebuildChart::migrationIds() const
{
    return m_order;
}

QList<QPointF> RebuildChart::points(const QString &id) const
{
    return m_lines.value(id).points;
}

std::optional<qint64> RebuildChart::shownEtaSeconds(const QString &id) const
{
    return m_lines.value(id).eta;
}

double RebuildChart::shownBytesPerSecond(const QString &id) const
{
    return m_lines.value(id).rate;
}

bool RebuildChart::shownStalled(const QString &id) const
{
    return m_lines.value(id).stalled;
}

QString RebuildChart::seriesName(const QString &id) const
{
    const auto it = m_lines.constFind(id);
    return it == m_lines.cend() ? QString() : it->series->name();
}

bool RebuildChart::isLegendShown() const
{
    return chart()->legend()->isVisible();
}

QStringList RebuildChart::csvLines() const
{
    QStringList lines{QStringLiteral("seconds,migration,label,estimated_percent")};
    for (const QString &id : m_order) {
        const Line &line = m_lines[id];
        for (const QPointF &p : line.points)
            lines.append(QStringLiteral("%1,%2,%3,%4")
                             .arg(p.x(), 0, 'f', 3)
                             .arg(csvField(id), csvField(line.label))
                             .arg(p.y(), 0, 'f', 3));
    }
    return lines;
}

QString RebuildChart::exportBaseName() const
{
    return QStringLiteral("rebuild-progress");
}

// E.g. "Rebuild of pvc-… 42 % (estimate), 3 MiB/s, about 20 s left".
QString RebuildChart::accessibleSummary() const
{
    QStringList parts;
    for (const QString &id : std::as_const(m_order)) {
        const Line &line = m_lines[id];
        if (line.finished)
            continue;
        const double percent = line.points.isEmpty() ? 0 : line.points.last().y();
        QString text = tr("Rebuild of %1 %2 % (estimate)").arg(line.label).arg(qRound(percent));
        if (line.stalled) {
            text += tr(", stalled");
        } else {
            if (line.rate > 0)
                text += tr(", %1/s").arg(Cstor::Capacity::formatBytes(qint64(line.rate)));
            if (line.eta)
                text += tr(", about %1 left").arg(formatDuration(*line.eta));
        }
        parts.append(text);
    }
    if (parts.isEmpty())
        return tr("No replica is rebuilding.");
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace Ui
