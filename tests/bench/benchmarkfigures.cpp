#include "tests/bench/benchmark.h"

// The figures of the performance budget: what each is called in the table, its unit, and the
// goal it is held to. The budgets are those of 30,000 replicas (the default cluster, and any
// smaller one) and of 100,000 (3,000 nodes, 33,334 volumes) where they differ.

namespace {

// One frame at 60 Hz: the longest the UI thread may be busy at any moment.
constexpr double kFrameMs = 16;

} // namespace

bool Benchmark::isLargeScalePoint() const
{
    return m_options.replicas >= 100000;
}

void Benchmark::defineFigures()
{
    defineSyncFigures();
    defineRateFigures();
    defineMemoryFigures();
    defineInteractionFigures();
    defineHistoryFigures();
}

void Benchmark::defineSyncFigures()
{
    using Goal = FigureTable::Goal;
    m_figures.define(QStringLiteral("sync_models_ms"),
                     QStringLiteral("sync: connect to full models"), QStringLiteral("ms"));
    m_figures.define(QStringLiteral("sync_paint_ms"),
                     QStringLiteral("sync: connect to first complete paint"), QStringLiteral("ms"),
                     Goal::AtMost, isLargeScalePoint() ? 2000 : 600);
    m_figures.define(QStringLiteral("sync_lists_ms"),
                     QStringLiteral("  the lists' last page received"), QStringLiteral("ms"));
    m_figures.define(QStringLiteral("sync_lists_mb"), QStringLiteral("  the lists' pages"),
                     QStringLiteral("MB"));
    m_figures.define(QStringLiteral("sync_decode_ms"),
                     QStringLiteral("  decoding, summed over the decoding threads"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("sync_listed_ms"),
                     QStringLiteral("  every kind listed and decoded"), QStringLiteral("ms"));
    m_figures.define(QStringLiteral("sync_apply_models_ms"),
                     QStringLiteral("  UI thread: the models' apply (their tables' included)"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("sync_apply_followers_ms"),
                     QStringLiteral("  UI thread: what follows each apply (topology, details)"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("sync_ui_busy_ms"),
                     QStringLiteral("  UI thread: busy in all until the models were full"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("first_paint_ms"),
                     QStringLiteral("  the paint of the whole window"), QStringLiteral("ms"));
    m_figures.define(QStringLiteral("sync_stall_max_ms"),
                     QStringLiteral("  longest UI stall during the sync"), QStringLiteral("ms"),
                     Goal::AtMost, kFrameMs);
    m_figures.define(QStringLiteral("kubectl_fetch_ms"),
                     QStringLiteral("kubectl get cvr,cvc,cv,cspi -o json"), QStringLiteral("ms"));
    m_figures.define(QStringLiteral("kubectl_peak_rss_mb"), QStringLiteral("  kubectl peak RSS"),
                     QStringLiteral("MB"));
    m_figures.define(QStringLiteral("sync_ratio"), QStringLiteral("sync / kubectl fetch"),
                     QStringLiteral("x"), Goal::AtMost, 0.05);
    m_figures.define(QStringLiteral("sim_share_sync_pct"),
                     QStringLiteral("  simulator's share of CPU during sync"), QStringLiteral("%"));
}

void Benchmark::defineRateFigures()
{
    using Goal = FigureTable::Goal;
    for (int rate : std::as_const(m_options.rates)) {
        const QString r = QString::number(rate);
        m_figures.define(QStringLiteral("stall_max_ms_%1").arg(r),
                         QStringLiteral("@%1/s: longest UI stall").arg(r), QStringLiteral("ms"),
                         rate >= 2000 ? Goal::AtMost : Goal::Info, kFrameMs);
        m_figures.define(QStringLiteral("stall_p99_ms_%1").arg(r),
                         QStringLiteral("@%1/s: p99 UI stall").arg(r), QStringLiteral("ms"));
        m_figures.define(QStringLiteral("lag_p99_ms_%1").arg(r),
                         QStringLiteral("@%1/s: model lag p99").arg(r), QStringLiteral("ms"));
        m_figures.define(QStringLiteral("lag_max_ms_%1").arg(r),
                         QStringLiteral("@%1/s: model lag max").arg(r), QStringLiteral("ms"),
                         rate >= 10000 ? Goal::Below : Goal::Info, 250);
        m_figures.define(QStringLiteral("sim_rate_%1").arg(r),
                         QStringLiteral("@%1/s: updates the simulator wrote").arg(r),
                         QStringLiteral("/s"));
        m_figures.define(QStringLiteral("sim_cpu_pct_%1").arg(r),
                         QStringLiteral("@%1/s: simulator CPU (one core = 100)").arg(r),
                         QStringLiteral("%"));
        m_figures.define(QStringLiteral("console_cpu_pct_%1").arg(r),
                         QStringLiteral("@%1/s: console CPU (one core = 100)").arg(r),
                         QStringLiteral("%"));
    }
}

void Benchmark::defineMemoryFigures()
{
    using Goal = FigureTable::Goal;
    m_figures.define(QStringLiteral("rss_after_sync_mb"), QStringLiteral("RSS after sync"),
                     QStringLiteral("MB"), Goal::AtMost, isLargeScalePoint() ? 400 : 150);
    m_figures.define(QStringLiteral("rss_first_pass_growth_pct"),
                     QStringLiteral("RSS growth, first pass of updates over every replica"),
                     QStringLiteral("%"));
    m_figures.define(QStringLiteral("rss_after_churn_mb"),
                     QStringLiteral("RSS after %1 s of %2/s updates")
                         .arg(m_options.churnSeconds)
                         .arg(m_options.memoryChurnRate),
                     QStringLiteral("MB"));
    m_figures.define(QStringLiteral("rss_growth_pct"),
                     QStringLiteral("  RSS growth over the %1 s").arg(m_options.churnSeconds),
                     QStringLiteral("%"), Goal::Below, 2);
    m_figures.define(QStringLiteral("heap_growth_mb"),
                     QStringLiteral("  growth of memory in use (malloc)"), QStringLiteral("MB"));
}

void Benchmark::defineInteractionFigures()
{
    using Goal = FigureTable::Goal;
    m_figures.define(QStringLiteral("frame_fit_p95_ms"),
                     QStringLiteral("topology frame, zoomed out to fit (p95)"),
                     QStringLiteral("ms"), Goal::AtMost, 8);
    m_figures.define(QStringLiteral("frame_fit_max_ms"), QStringLiteral("  max"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("frame_pan_p95_ms"),
                     QStringLiteral("topology frame, 1:1 while panning (p95)"),
                     QStringLiteral("ms"), Goal::AtMost, 8);
    m_figures.define(QStringLiteral("frame_pan_max_ms"), QStringLiteral("  max"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("zoom_to_detail_ms"),
                     QStringLiteral("topology: fit to 1:1 (every chip made)"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("zoom_to_overview_ms"),
                     QStringLiteral("topology: 1:1 back to fit (chips dropped)"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("drop_to_patch_ms"),
                     QStringLiteral("drop to PATCH received (Apply when enabled)"),
                     QStringLiteral("ms"), Goal::AtMost, 50);
    m_figures.define(QStringLiteral("drop_to_apply_ms"),
                     QStringLiteral("  drop to Apply enabled (checks, dry run)"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("apply_to_patch_ms"), QStringLiteral("  Apply to PATCH"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("charts_capacity_sample_ms"),
                     QStringLiteral("charts: one capacity sample of every pool (1 Hz)"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("charts_rebuild_lines"),
                     QStringLiteral("charts: rebuilds followed at once"), QStringLiteral("moves"));
    m_figures.define(QStringLiteral("charts_stall_max_ms"),
                     QStringLiteral("  longest UI stall with both charts updating"),
                     QStringLiteral("ms"), Goal::AtMost, kFrameMs);
    m_figures.define(QStringLiteral("charts_stall_p99_ms"), QStringLiteral("  p99"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("plan_evacuate_ms"),
                     QStringLiteral("plan: evacuate 10 nodes (the dialog plans off the UI thread)"),
                     QStringLiteral("ms"), Goal::Below, 1000);
    m_figures.define(QStringLiteral("plan_evacuate_moves"), QStringLiteral("  moves planned"),
                     QStringLiteral("moves"));
    m_figures.define(QStringLiteral("plan_evacuate_stall_ms"),
                     QStringLiteral("  longest UI stall while the Evacuate dialog plans them"),
                     QStringLiteral("ms"), Goal::AtMost, kFrameMs);
    m_figures.define(QStringLiteral("plan_evacuate_dialog_ms"),
                     QStringLiteral("  ticks to plan shown (150 ms of it the dialog's debounce)"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("plan_rebalance_ms"),
                     QStringLiteral("plan: rebalance every pool cluster"), QStringLiteral("ms"));
}

void Benchmark::defineHistoryFigures()
{
    using Goal = FigureTable::Goal;
    const QString pools = QString::number(m_options.historyPools);
    m_figures.define(
        QStringLiteral("history_setup_s"),
        QStringLiteral("history: sim, Prometheus and 30 days of %1 pools set up").arg(pools),
        QStringLiteral("s"));
    m_figures.define(
        QStringLiteral("forecast_first_paint_ms"),
        QStringLiteral("forecast: cluster shown to chart painted (%1 pools, first pass: 7 days "
                       "6-hourly)")
            .arg(pools),
        QStringLiteral("ms"), Goal::Below, 1000);
    m_figures.define(QStringLiteral("forecast_locate_ms"),
                     QStringLiteral("  of which finding the Prometheus"), QStringLiteral("ms"));
    m_figures.define(QStringLiteral("forecast_query_ms"), QStringLiteral("  the proxy queries"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("forecast_query_mb"), QStringLiteral("  their answers"),
                     QStringLiteral("MB"));
    m_figures.define(QStringLiteral("forecast_fit_ms"),
                     QStringLiteral("  parse and fit, off the UI thread"), QStringLiteral("ms"));
    m_figures.define(QStringLiteral("forecast_apply_ms"),
                     QStringLiteral("  pools table, chart series and hand-offs"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("forecast_paint_ms"), QStringLiteral("  paint of the chart"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("forecast_stall_max_ms"),
                     QStringLiteral("  longest UI stall, until the hourly pass is shown"),
                     QStringLiteral("ms"), Goal::AtMost, kFrameMs);
    m_figures.define(QStringLiteral("forecast_refined_ms"),
                     QStringLiteral("forecast: the hourly pass shown in its place"),
                     QStringLiteral("ms"));
    m_figures.define(QStringLiteral("forecast_refined_mb"), QStringLiteral("  its answers"),
                     QStringLiteral("MB"));
    m_figures.define(
        QStringLiteral("history_raw_s"),
        QStringLiteral("history: %1 pools' used capacity, 30 days at 5 min, proxy").arg(pools),
        QStringLiteral("s"));
    m_figures.define(QStringLiteral("history_raw_mb"), QStringLiteral("  its answers"),
                     QStringLiteral("MB"));
    m_figures.define(QStringLiteral("kubectl_raw_s"),
                     QStringLiteral("kubectl get --raw of the same"), QStringLiteral("s"));
    m_figures.define(QStringLiteral("history_raw_ratio"), QStringLiteral("  proxy / kubectl"),
                     QStringLiteral("x"));
}
