#include "ui/chartwidget.h"

#include "ui/healthstyle.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QTextStream>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_caption(new QLabel(this))
{
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("chartView"));
    // Low enough that the docks can start low; the window gives a shown chart room for its
    // axes' labels.
    m_view->setMinimumHeight(100);
    m_caption->setObjectName(QStringLiteral("chartCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_accessibleTimer.setSingleShot(true);
    connect(&m_accessibleTimer, &QTimer::timeout, this, &ChartWidget::updateAccessibleText);

    auto *png = new QAction(tr("Export PNG…"), this);
    png->setObjectName(QStringLiteral("exportPng"));
    connect(png, &QAction::triggered, this, &ChartWidget::chooseExportPng);
    auto *csv = new QAction(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    connect(csv, &QAction::triggered, this, &ChartWidget::chooseExportCsv);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(png);
    m_view->addAction(csv);

    auto *top = new QHBoxLayout;
    m_top = top;
    top->addWidget(m_caption, 1);
    for (QAction *action : {png, csv}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        top->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
}

ChartWidget::~ChartWidget() = default;

QString ChartWidget::caption() const
{
    return m_caption->text();
}

void ChartWidget::setCaption(const QString &text)
{
    m_caption->setText(text);
    summaryChanged();
}

void ChartWidget::addControl(QWidget *control)
{
    m_top->insertWidget(m_top->indexOf(m_caption) + 1, control);
}

QString ChartWidget::accessibleSummary() const
{
    return caption();
}

void ChartWidget::summaryChanged()
{
    constexpr qint64 kIntervalMs = 1000;
    if (!m_accessibleClock.isValid() || m_accessibleClock.elapsed() >= kIntervalMs) {
        updateAccessibleText();
        return;
    }
    if (!m_accessibleTimer.isActive())
        m_accessibleTimer.start(int(kIntervalMs - m_accessibleClock.elapsed()));
}

void ChartWidget::updateAccessibleText()
{
    m_accessibleTimer.stop();
    m_accessibleClock.start();
    const QString summary = accessibleSummary();
    const QString title = m_chart->title().isEmpty() ? accessibleName() : m_chart->title();
    if (!title.isEmpty())
        m_view->setAccessibleName(title);
    if (summary != accessibleDescription()) {
        setAccessibleDescription(summary);
        m_view->setAccessibleDescription(summary);
    }
}

void ChartWidget::setCaptionWarning(bool warning)
{
    QPalette palette = m_caption->palette();
    palette.setColor(QPalette::WindowText,
                     warning ? HealthStyle::color(Items::Health::Error, this->palette())
                             : this->palette().color(QPalette::WindowText));
    m_caption->setPalette(palette);
}

bool ChartWidget::exportPng(const QString &path)
{
    if (m_view->size().isEmpty() || !m_view->isVisible()) {
        // A chart in a hidden tab has no useful size: render it at a readable one.
        m_view->resize(m_view->size().expandedTo(QSize(800, 450)));
    }
    const QPixmap pixmap = m_view->grab();
    return !pixmap.isNull() && pixmap.save(path, "PNG");
}

bool ChartWidget::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream out(&file);
    for (const QString &line : csvLines())
        out << line << '\n';
    out.flush();
    return file.commit();
}

void ChartWidget::chooseExportPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"),
                                                      exportBaseName() + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Export PNG"), tr("Could not write %1.").arg(path));
}

void ChartWidget::chooseExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart data as CSV"),
                                                      exportBaseName() + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        QMessageBox::warning(this, tr("Export CSV"), tr("Could not write %1.").arg(path));
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace Ui
