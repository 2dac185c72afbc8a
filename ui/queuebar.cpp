#include "ui/queuebar.h"

#include "models/migration/migrationengine.h"
#include "ui/healthstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

namespace {
// Rebuilds report progress many times a second; the plan's line need not follow each report.
constexpr int kRefreshIntervalMs = 200;
constexpr int kBarSteps = 1000;
} // namespace

QueueBar::QueueBar(Migration::MigrationEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_bar(new QProgressBar(this))
    , m_progress(new QLabel(this))
    , m_pause(new QPushButton(this))
    , m_paused(new QLabel(this))
    , m_window(new QLabel(this))
{
    setObjectName(QStringLiteral("queueBar"));
    setAccessibleName(tr("Move queue"));
    m_bar->setObjectName(QStringLiteral("queueProgressBar"));
    m_bar->setAccessibleName(tr("Data copied by the plan"));
    m_bar->setRange(0, kBarSteps);
    m_bar->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18);
    m_progress->setObjectName(QStringLiteral("queueProgress"));
    m_progress->setAccessibleName(tr("Plan progress"));
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pause->setObjectName(QStringLiteral("queuePauseResume"));
    // As wide as its wider text, so that the row does not shift when it changes.
    const QString pauseText = tr("Pause queue");
    const QString resumeText = tr("Resume queue");
    m_pause->setText(pauseText);
    const int pauseWidth = m_pause->sizeHint().width();
    m_pause->setText(resumeText);
    m_pause->setMinimumWidth(std::max(pauseWidth, m_pause->sizeHint().width()));
    m_paused->setObjectName(QStringLiteral("queuePaused"));
    m_paused->setAccessibleName(tr("Queue paused"));
    m_paused->setWordWrap(true);
    m_paused->setTextFormat(Qt::RichText);
    m_paused->setMargin(6);
    m_paused->setAutoFillBackground(true);
    m_window->setObjectName(QStringLiteral("queueWindow"));
    m_window->setAccessibleName(tr("Maintenance window"));
    m_window->setWordWrap(true);
    m_window->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    line->addWidget(m_bar);
    line->addWidget(m_progress, 1);
    line->addWidget(m_pause);
    layout->addLayout(line);
    layout->addWidget(m_paused);
    layout->addWidget(m_window);
    restyle();

    m_throttle.setSingleShot(true);
    m_throttle.setInterval(kRefreshIntervalMs);
    connect(&m_throttle, &QTimer::timeout, this, &QueueBar::refresh);
    connect(m_pause, &QPushButton::clicked, this, &QueueBar::togglePause);
    if (engine) {
        // The operator's own change shows at once; the moves' progress (and their ends, which
        // come by the hundred when the waiting moves of a large plan are cancelled) a little
        // later.
        connect(engine, &Migration::MigrationEngine::queueChanged, this, &QueueBar::refresh);
        connect(engine, &Migration::MigrationEngine::migrationChanged, this,
                &QueueBar::refreshSoon);
    }
    refresh();
}

void QueueBar::setWritesAllowed(bool allowed, const QString &whyNot)
{
    m_writesAllowed = allowed;
    m_whyNot = whyNot;
    refresh();
}

void QueueBar::refreshSoon()
{
    if (!m_throttle.isActive())
        m_throttle.start();
}

void QueueBar::refresh()
{
    m_throttle.stop();
    if (!m_engine) {
        setVisible(false);
        return;
    }
    const Migration::QueueSettings &queue = m_engine->queue();
    Migration::QueueProgress progress = m_engine->progress();
    setVisible(!progress.isEmpty());
    if (progress.isEmpty())
        return;

    // The paused line says why in full; the progress line need not say it again.
    if (queue.paused)
        progress.heldBack.clear();
    m_progress->setText(progress.text());
    m_bar->setValue(progress.bytesTotal > 0 ? int(double(progress.bytesCopied) * kBarSteps /
                                                  double(progress.bytesTotal))
                                            : 0);

    m_paused->setVisible(queue.paused);
    if (queue.paused) {
        const QString why = queue.reason.isEmpty()
                                ? tr("<b>Queue paused.</b>")
                                : tr("<b>Queue paused:</b> %1.").arg(queue.reason.toHtmlEscaped());
        m_paused->setText(why + QLatin1Char(' ') +
                          tr("Running moves finish; no waiting move starts until the queue is "
                             "resumed."));
    }
    m_window->setVisible(queue.window.isSet());
    if (queue.window.isSet())
        m_window->setText(tr("Moves start only between %1")
                              .arg(queue.window.textWithZone(QDateTime::currentDateTime())));

    m_pause->setText(queue.paused ? tr("Resume queue") : tr("Pause queue"));
    m_pause->setAccessibleName(m_pause->text());
    const bool applies = queue.paused || progress.running > 0 || progress.waiting > 0;
    m_pause->setEnabled(m_writesAllowed && applies);
    m_pause->setToolTip(!m_writesAllowed ? m_whyNot
                        : queue.paused
                            ? tr("Let the waiting moves start again, as the caps allow")
                            : tr("Start no more moves until the queue is resumed; the running "
                                 "ones finish"));
}

void QueueBar::togglePause()
{
    if (!m_engine)
        return;
    if (m_engine->queue().paused) {
        m_engine->resumeQueue();
    } else {
        const QString user = qEnvironmentVariable("USER");
        m_engine->pauseQueue(
            tr("by %1 in the window").arg(user.isEmpty() ? tr("an operator") : user));
    }
    refresh();
}

void QueueBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        restyle();
}

// The paused line on the warning colour, its text black or white, whichever reads better.
void QueueBar::restyle()
{
    const QColor warning = HealthStyle::color(Items::Health::Warning, palette());
    QPalette paused = m_paused->palette();
    paused.setColor(QPalette::Window, warning);
    paused.setColor(QPalette::WindowText, HealthStyle::textOn(warning));
    m_paused->setPalette(paused);
}

} // namespace Ui
